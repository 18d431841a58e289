import { DataError } from '../errors.js';
import { cannotRead } from './common.js';

/** Where a text stream has got to: its line, and whether the text so far ends a line. */
export interface TextProgress {
  line: number;
  endsLine: boolean;
}

/**
 * A file's bytes as UTF-8 text, piece by piece as they come (a leading BOM dropped): bytes that
 * are not UTF-8 stop it with the line they are on, and a file that cannot be read with why.
 */
export async function* textPieces(where: string, chunks: AsyncIterable<Buffer> | Iterable<Buffer>, progress: TextProgress = { line: 1, endsLine: true }): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Buffer): string => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      const seen = chunk ? new TextDecoder().decode(chunk) : '';
      throw new DataError('not-utf8', { where: `${where}:${progress.line + newlines(seen, seen.indexOf('\uFFFD'))}` });
    }
  };
  try {
    for await (const chunk of chunks) {
      const text = decode(chunk);
      if (text === '') continue;
      progress.line += newlines(text, text.length);
      progress.endsLine = /[\r\n]$/.test(text);
      yield text;
    }
  } catch (err) {
    throw err instanceof DataError ? err : cannotRead(where, err);
  }
  // A file that ends inside a character.
  decode();
}

function newlines(text: string, before: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < before; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

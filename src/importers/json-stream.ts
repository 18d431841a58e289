import { Assembler } from 'stream-json/core/assembler.js';
import { jsonParser, type Token } from 'stream-json/core/parser.js';
import { DataError } from '../errors.js';
import { textPieces } from './common.js';

/**
 * The most text one record may take: the largest real one (a Fitbit night with its sleep stages)
 * is under 10 kB. A longer one stops the import rather than filling memory.
 */
export const MAX_RECORD_CHARS = 2 ** 20;
/** Text goes to the parser in slices this long, so a record over the cap is caught within a slice of it. */
const SLICE_CHARS = 2 ** 16;
/**
 * stream-chain's "no more input" (a registered symbol, so the same in every copy of the library):
 * handed to the parser at the end, it reports a file that stops inside a value.
 */
const END = Symbol.for('object-stream.none') as unknown as string;
/** JSON's white space only. */
const BLANKS = /^[ \t\n\r]*$/;

export interface JsonRecord {
  /** "sleep.json: element 3", for messages. */
  where: string;
  record: unknown;
}

/** Records one level down: the top-level array holds objects that each hold an array of records under `key`. */
export interface Nested {
  key: string;
  /** The error for a top-level element that is not such an object. */
  notNested: () => DataError;
}

/**
 * A file up to this size (every real one seen) is parsed whole by JSON.parse: stream-json's
 * tokenizer in JavaScript takes 5-8x its CPU once warm and far more cold (PMData p01's Fitbit
 * import 0.87 s against 0.36 s). As it is no larger than a record may be, the two read alike.
 */
const WHOLE_BYTES = MAX_RECORD_CHARS;

/**
 * The elements of a file's top-level JSON array, one at a time: memory holds one element, not
 * the file (a file over 1 MB streams; a smaller one is parsed whole, see WHOLE_BYTES). With
 * `nested`, the elements of the arrays under its key in the top-level objects instead (Garmin's
 * activities), numbered on across them.
 */
export async function* jsonRecords(file: string, chunks: AsyncIterable<Buffer>, nested?: Nested, wholeUpTo = WHOLE_BYTES): AsyncGenerator<JsonRecord> {
  const source = chunks[Symbol.asyncIterator]();
  // Copies: a plain file's pieces share one buffer, valid until the next is read.
  const head: Buffer[] = [];
  let bytes = 0;
  for (;;) {
    const next = await source.next();
    if (next.done) {
      yield* wholeRecords(file, head, nested);
      return;
    }
    head.push(Buffer.from(next.value));
    bytes += next.value.length;
    if (bytes > wholeUpTo) break;
  }
  const rest = async function* () {
    try {
      yield* head;
      for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
    } finally {
      // Closes the file when the import stops early.
      await source.return?.();
    }
  };
  yield* streamedRecords(file, rest(), nested);
}

/** A small file's records, parsed whole, the same as streamedRecords gives them. */
async function* wholeRecords(file: string, chunks: readonly Buffer[], nested?: Nested): AsyncGenerator<JsonRecord> {
  let text = '';
  for await (const piece of textPieces(file, chunks)) text += piece;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new DataError('json-invalid', { file, why: err as Error });
  }
  if (!Array.isArray(data)) throw new DataError('json-not-array', { file });
  let records: unknown[] = data;
  if (nested) {
    records = data.flatMap((element: unknown) => {
      const list = typeof element === 'object' && element !== null && !Array.isArray(element) ? (element as Record<string, unknown>)[nested.key] : undefined;
      if (!Array.isArray(list)) throw nested.notNested();
      return list as unknown[];
    });
  }
  for (let i = 0; i < records.length; i++) yield { where: `${file}: element ${i + 1}`, record: records[i] };
}

/** A large file's records as it streams in, through stream-json's tokenizer. */
async function* streamedRecords(file: string, chunks: AsyncIterable<Buffer>, nested?: Nested): AsyncGenerator<JsonRecord> {
  const parse = jsonParser({ streamValues: false });
  const records = new RecordReader(file, nested);
  /** At most how much text the record being read, or a value the parser is still reading, holds (counted by slice). */
  let held = 0;
  const feed = (text: string) => {
    let tokens;
    try {
      tokens = parse(text);
    } catch (err) {
      // Without an element number: the parser reads a slice at a time, and its error does not say where in the slice.
      throw new DataError('json-invalid', { file, why: err as Error });
    }
    const started = records.started;
    const taken = typeof tokens === 'symbol' ? 0 : tokens.values.length;
    if (typeof tokens !== 'symbol') for (const token of tokens.values) records.take(token);
    if (text === END) return;
    // A record counts from its start; outside records, only a value the parser may still be reading
    // (begun after its last token: a string read as a record, say), not blanks or values passed over,
    // which JSON.parse takes too. After the array the parser takes nothing but blanks.
    if (records.ended) held = 0;
    else if (records.assembling) held = records.started > started ? text.length : held + text.length;
    else if (taken > 0) held = text.length;
    else if (!records.opened || !BLANKS.test(text)) held += text.length;
    if (held > MAX_RECORD_CHARS) throw new DataError('json-record-too-long', { where: records.where(), max: MAX_RECORD_CHARS / 2 ** 20 });
  };
  for await (const piece of textPieces(file, chunks)) {
    for (let at = 0; at < piece.length; at += SLICE_CHARS) {
      feed(piece.slice(at, at + SLICE_CHARS));
      yield* records.drain();
    }
  }
  feed(END);
  yield* records.drain();
}

/** Follows the parser's tokens down to the records and puts each one together. */
class RecordReader {
  private readonly level: number;
  /** Arrays and objects open around the next token, outside a record. */
  private depth = 0;
  private readonly assembler = new Assembler();
  /** Whether a record is being put together. */
  assembling = false;
  /** Records begun so far. */
  started = 0;
  /** Whether the top-level array has begun, and ended. */
  opened = false;
  ended = false;
  /** Objects and arrays open in a value that is not read (a nested array's neighbours). */
  private skipping = 0;
  private key: string | null = null;
  private hasNested = false;
  private readonly ready: unknown[] = [];
  /** Records read so far. */
  count = 0;

  constructor(
    private readonly file: string,
    private readonly nested: Nested | undefined,
  ) {
    this.level = nested ? 3 : 1;
  }

  /** Where the next record is. */
  where(): string {
    return `${this.file}: element ${this.count + 1}`;
  }

  *drain(): Generator<JsonRecord> {
    const first = this.count - this.ready.length;
    for (let i = 0; i < this.ready.length; i++) yield { where: `${this.file}: element ${first + i + 1}`, record: this.ready[i] };
    this.ready.length = 0;
  }

  take(token: Token): void {
    if (this.assembling) {
      this.assembler.consume(token);
      if (this.assembler.done) this.record();
    } else if (this.skipping > 0) {
      if (token.name === 'startObject' || token.name === 'startArray') this.skipping++;
      else if (token.name === 'endObject' || token.name === 'endArray') this.skipping--;
    } else if (this.depth === this.level && token.name !== 'endArray') {
      this.assembling = true;
      this.started++;
      this.assembler.consume(token);
      if (this.assembler.done) this.record();
    } else if (this.depth === 0) {
      if (token.name !== 'startArray') throw new DataError('json-not-array', { file: this.file });
      [this.depth, this.opened] = [1, true];
    } else if (token.name === 'endArray' && this.depth !== 2) {
      this.depth--;
      this.ended = this.depth === 0;
    } else {
      this.inContainer(token);
    }
  }

  /** A token of a top-level object that holds records under the nested key. */
  private inContainer(token: Token): void {
    const nested = this.nested as Nested;
    if (this.depth === 1) {
      if (token.name !== 'startObject') throw nested.notNested();
      [this.depth, this.key, this.hasNested] = [2, null, false];
    } else if (token.name === 'keyValue') {
      this.key = token.value;
    } else if (token.name === 'endObject') {
      if (!this.hasNested) throw nested.notNested();
      this.depth = 1;
    } else if (this.key === nested.key) {
      if (token.name !== 'startArray') throw nested.notNested();
      [this.depth, this.hasNested] = [3, true];
    } else if (token.name === 'startObject' || token.name === 'startArray') {
      this.skipping = 1;
    }
  }

  private record(): void {
    this.ready.push(this.assembler.current);
    this.assembling = false;
    this.count++;
  }
}

import { Chalk, supportsColor, type ChalkInstance } from 'chalk';

export interface IO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  isStdoutTTY: boolean;
  isStderrTTY: boolean;
  /** Both stdin and stdout are terminals, so someone can answer prompts. */
  canPrompt: boolean;
  /** Colour only on a terminal and only without NO_COLOR (no-color.org). */
  color: ChalkInstance;
  /** The terminal's width, when stdout is one. */
  columns?: number;
  /** Block and box characters may not show (a locale that is not UTF-8, TERM=dumb): draw with ASCII. */
  ascii?: boolean;
  /** Why writing to stdout failed (a full disk, a closed pipe), if it did. */
  stdoutFailure?: () => NodeJS.ErrnoException | undefined;
}

export function systemIO(env: NodeJS.ProcessEnv): IO {
  const isStdoutTTY = Boolean(process.stdout.isTTY);
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const level = isStdoutTTY && !noColor ? Math.max(1, supportsColor ? supportsColor.level : 1) : 0;
  // A write error (`export > /dev/full`, `report | head -1`) is kept for main to report in one line.
  let failure: NodeJS.ErrnoException | undefined;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    failure ??= err;
  });
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    isStdoutTTY,
    isStderrTTY: Boolean(process.stderr.isTTY),
    canPrompt: Boolean(process.stdin.isTTY) && isStdoutTTY,
    color: new Chalk({ level: level as 0 | 1 | 2 | 3 }),
    stdoutFailure: () => failure,
    columns: process.stdout.columns,
    ascii: !canShowBlocks(env),
  };
}

/** Block characters need a UTF-8 locale (LC_ALL, else LC_CTYPE, else LANG; none set is taken as UTF-8) and a real terminal. */
export function canShowBlocks(env: NodeJS.ProcessEnv): boolean {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return env.TERM !== 'dumb' && (locale === '' || /utf-?8/i.test(locale));
}

import { Writable } from 'node:stream';
import { isatty } from 'node:tty';
import { Chalk, supportsColor, type ChalkInstance } from 'chalk';

export interface IO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  isStdoutTTY: boolean;
  isStderrTTY: boolean;
  /** Both stdin and stdout are terminals, so someone can answer prompts. */
  canPrompt: boolean;
  /** Colour only on a terminal and only without NO_COLOR (no-color.org); FORCE_COLOR and --color override. */
  color: ChalkInstance;
  /** The terminal's width in columns (COLUMNS, else the terminal's, else 80); tables fit it. */
  columns?: number;
  /** Block and box characters may not show (a locale that is not UTF-8, TERM=dumb): draw with ASCII. */
  ascii?: boolean;
  /** --quiet: no notes on stderr, and no questions. */
  quiet?: boolean;
  /** Why writing to stdout failed (a full disk, a closed pipe), if it did. */
  stdoutFailure?: () => NodeJS.ErrnoException | undefined;
}

export function systemIO(env: NodeJS.ProcessEnv): IO {
  const isStdoutTTY = Boolean(process.stdout.isTTY);
  const level = colorLevel(env, isStdoutTTY, 'auto');
  // A write error (`export > /dev/full`, `report | head -1`) is kept for main to report in one line.
  let failure: NodeJS.ErrnoException | undefined;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    failure ??= err;
  });
  return {
    // Made on first use: Node's stdin builds a stream (and loads its modules) that most commands never read.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    isStdoutTTY,
    isStderrTTY: Boolean(process.stderr.isTTY),
    canPrompt: isatty(0) && isStdoutTTY,
    color: new Chalk({ level }),
    columns: terminalColumns(env, process.stdout.columns),
    stdoutFailure: () => failure,
    ascii: !canShowBlocks(env),
  };
}

/** Block characters need a UTF-8 locale (LC_ALL, else LC_CTYPE, else LANG; none set is taken as UTF-8) and a real terminal. */
export function canShowBlocks(env: NodeJS.ProcessEnv): boolean {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return env.TERM !== 'dumb' && (locale === '' || /utf-?8/i.test(locale));
}

export type ColorMode = 'always' | 'never' | 'auto';

/** --color always|never beats FORCE_COLOR, which beats NO_COLOR, which beats "is it a terminal". */
export function colorLevel(env: NodeJS.ProcessEnv, isTTY: boolean, mode: ColorMode): 0 | 1 | 2 | 3 {
  const supported = Math.max(1, supportsColor ? supportsColor.level : 1) as 1 | 2 | 3;
  if (mode === 'never') return 0;
  if (mode === 'always') return supported;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return n >= 1 && n <= 3 ? (n as 1 | 2 | 3) : supported;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return isTTY ? supported : 0;
}

/** COLUMNS wins (a script can ask for a width); a terminal's own width next; 80 otherwise. */
export function terminalColumns(env: NodeJS.ProcessEnv, tty: number | undefined): number {
  const fromEnv = Number(env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv >= 20 && fromEnv <= 1000) return fromEnv;
  return tty && tty >= 20 ? tty : 80;
}

/** Applies the global --color and --quiet flags once they are parsed. */
export function applyOutputFlags(io: IO, env: NodeJS.ProcessEnv, flags: { color?: ColorMode; quiet?: boolean }): void {
  if (flags.color && flags.color !== 'auto') io.color = new Chalk({ level: colorLevel(env, io.isStdoutTTY, flags.color) });
  if (flags.quiet) {
    // Notes and progress go; errors still reach the person, through main's own handle on stderr.
    io.quiet = true;
    io.canPrompt = false;
    io.stderr = new Writable({ write: (_chunk, _enc, done) => done() });
  }
}

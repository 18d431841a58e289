import { spawn, type IPty } from '@lydell/node-pty';
import { BIN } from './run-cli.js';

export const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

/**
 * The real binary in a pseudo-terminal, through a shell that holds the terminal open a moment after
 * recover exits: node-pty stops reading when the last process on the terminal ends, and on a busy
 * machine the end of the output was lost.
 */
export function spawnOnTerminal(args: string[], options: { cols: number; rows: number; env: NodeJS.ProcessEnv }): IPty {
  return spawn('/bin/sh', ['-c', '"$@"; status=$?; sleep 0.3; exit $status', 'sh', process.execPath, BIN, ...args], options);
}

/** Drives the real binary in a pseudo-terminal, typing only once each question shows. */
export class Terminal {
  private readonly pty: IPty;
  private screen = '';
  raw = '';
  private seen = 0;
  readonly exited: Promise<number>;

  constructor(args: string[], db: string, env: NodeJS.ProcessEnv = { NO_COLOR: '1' }, cols = 140) {
    const { NO_COLOR: _, COLUMNS: __, ...inherited } = process.env;
    this.pty = spawnOnTerminal(args, { cols, rows: 40, env: { ...inherited, RECOVER_DB: db, TZ: 'UTC', ...env } });
    this.pty.onData((data) => {
      this.raw += data;
      this.screen += data.replace(ANSI, '');
    });
    // Output can trail the exit event (longer on a busy machine): read until it has been still for 100 ms.
    this.exited = new Promise((resolve) => this.pty.onExit(({ exitCode }) => void this.drained().then(() => resolve(exitCode))));
  }

  private async drained(): Promise<void> {
    for (let length = -1, waited = 0; length !== this.raw.length && waited < 5_000; waited += 100) {
      length = this.raw.length;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Waits for `text` to appear after what was already answered, then types `keys`. */
  async answer(text: string, keys: string): Promise<void> {
    await this.waitFor(text);
    this.pty.write(keys);
  }

  async waitFor(text: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = this.screen.indexOf(text, this.seen);
      if (at >= 0) {
        this.seen = at + text.length;
        return;
      }
      if (Date.now() > deadline) throw new Error(`"${text}" never showed; screen:\n${this.screen.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  get output(): string {
    return this.screen;
  }
}

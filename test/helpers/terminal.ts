import { spawn, type IPty } from '@lydell/node-pty';
import { BIN } from './run-cli.js';

export const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

/** Drives the real binary in a pseudo-terminal, typing only once each question shows. */
export class Terminal {
  private readonly pty: IPty;
  private screen = '';
  raw = '';
  private seen = 0;
  readonly exited: Promise<number>;

  constructor(args: string[], db: string, env: NodeJS.ProcessEnv = { NO_COLOR: '1' }, cols = 140) {
    const { NO_COLOR: _, COLUMNS: __, ...inherited } = process.env;
    this.pty = spawn(process.execPath, [BIN, ...args], {
      cols,
      rows: 40,
      env: { ...inherited, RECOVER_DB: db, TZ: 'UTC', ...env },
    });
    this.pty.onData((data) => {
      this.raw += data;
      this.screen += data.replace(ANSI, '');
    });
    // Output can trail the exit event by a moment: let it drain before anyone reads it.
    this.exited = new Promise((resolve) => this.pty.onExit(({ exitCode }) => setTimeout(() => resolve(exitCode), 100)));
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

import { existsSync } from 'node:fs';
import { expect } from 'vitest';
import { checkDay } from '../../src/core/fields.js';
import { listAllDays } from '../../src/storage/days.js';
import { PassThrough, Writable } from 'node:stream';
import { Chalk } from 'chalk';
import { createDeps, type Deps } from '../../src/cli/deps.js';
import { tempDb } from './run-cli.js';
import type { IO } from '../../src/cli/io.js';
import type { Prompter } from '../../src/cli/prompter.js';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export interface TestDeps {
  deps: Deps;
  stdout(): string;
  stderr(): string;
  /** The questions asked, in order. */
  asked: string[];
}

type Answer = string | boolean | string[];

/**
 * Deps for in-process command tests: a new database in a temporary folder, a fixed clock and, when
 * answers are given, a prompter that replies with them in order (undefined = press Enter).
 */
export function testDeps(o: { tty?: boolean; today?: string; answers?: Array<Answer | undefined>; db?: string; tz?: string; columns?: number; now?: string } = {}): TestDeps {
  const stdout = new Sink();
  const stderr = new Sink();
  const tty = o.tty ?? false;
  const io: IO = {
    stdin: new PassThrough(),
    stdout,
    stderr,
    isStdoutTTY: tty,
    isStderrTTY: tty,
    canPrompt: tty,
    color: new Chalk({ level: 0 }),
    columns: o.columns ?? 80,
  };
  const asked: string[] = [];
  const answers = [...(o.answers ?? [])];
  const next = <T extends Answer>(message: string, fallback: T | undefined): T => {
    asked.push(message);
    if (answers.length === 0) throw new Error(`no answer queued for "${message}"`);
    const answer = answers.shift();
    const value = (answer ?? fallback) as T | undefined;
    if (value === undefined) throw new Error(`Enter pressed on "${message}" without a default`);
    return value;
  };
  const prompter: Prompter = {
    input: async ({ message, default: fallback, validate }) => {
      const value = next<string>(message, fallback ?? '');
      const verdict = validate?.(value) ?? true;
      if (verdict !== true) throw new Error(`answer "${value}" to "${message}" refused: ${verdict}`);
      return value;
    },
    confirm: async ({ message, default: fallback }) => next<boolean>(message, fallback),
    select: async ({ message, default: fallback }) => next(message, fallback),
    checkbox: async ({ message, choices }) => next(message, choices.filter((c) => c.checked).map((c) => c.value)),
  };
  const now = new Date(o.now ?? `${o.today ?? '2026-11-26'}T20:00:00`);
  const deps = createDeps(io, { RECOVER_DB: o.db ?? tempDb() }, { now: () => now, timeZone: () => o.tz ?? 'UTC', prompter: async () => prompter });
  return { deps, stdout: () => stdout.text, stderr: () => stderr.text, asked };
}

/** An import into a new database either succeeds with valid days or is refused before the database exists. */
export async function expectCleanImportOrRefusal(t: TestDeps, code: number): Promise<void> {
  expect(t.stderr()).not.toContain('internal error');
  expect([0, 1]).toContain(code);
  if (code === 1) expect(existsSync(await t.deps.dbPath())).toBe(false);
  else for (const day of listAllDays(await t.deps.db())) expect(() => checkDay(day)).not.toThrow();
  t.deps.close();
}

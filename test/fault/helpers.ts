import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { BIN } from '../helpers/run-cli.js';

const GUARD = fileURLToPath(new URL('./guard.mjs', import.meta.url));

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the process in MB, when asked for. */
  peakMb?: number;
}

/** The environment that loads guard.mjs: network use is refused and logged in `dir`, peak memory kept there. */
export function guardedEnv(dir: string): NodeJS.ProcessEnv {
  return {
    NODE_OPTIONS: `--import ${GUARD}`,
    RECOVER_TEST_NET_LOG: join(dir, 'network-used.log'),
    RECOVER_TEST_RSS_FILE: join(dir, 'peak-rss'),
  };
}

/** What guarded processes tried on the network: nothing, one line per attempt otherwise. */
export function networkUse(dir: string): string {
  const log = join(dir, 'network-used.log');
  return existsSync(log) ? readFileSync(log, 'utf8') : '';
}

/**
 * Runs the real binary under the guard (env from `guardedEnv(dir)`) without blocking, optionally
 * sending `kill.signal` after `kill.afterMs`.
 */
export function spawnCli(
  args: string[],
  o: { db: string; dir: string; stdin?: string; env?: NodeJS.ProcessEnv; kill?: { afterMs: number; signal: NodeJS.Signals }; command?: string[] },
): Promise<Run> {
  return new Promise((resolve) => {
    const [cmd = process.execPath, ...pre] = o.command ?? [process.execPath];
    const child = spawn(cmd, [...pre, ...(o.command ? [] : [BIN]), ...args], {
      env: { ...process.env, RECOVER_DB: o.db, NO_COLOR: '1', TZ: 'UTC', ...guardedEnv(o.dir), ...o.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdin.end(o.stdin ?? '');
    const timer = o.kill ? setTimeout(() => child.kill(o.kill?.signal), o.kill.afterMs) : undefined;
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const rss = join(o.dir, 'peak-rss');
      const peakMb = existsSync(rss) ? Number(readFileSync(rss, 'utf8')) / 1024 : undefined;
      resolve({ code, signal, stdout, stderr, ...(peakMb === undefined ? {} : { peakMb }) });
    });
  });
}

/** SQLite's own check and the day and session counts, read directly. */
export function inspect(db: string): { integrity: string; days: number; sessions: number } {
  const raw = new Database(db);
  try {
    const integrity = raw.pragma('integrity_check', { simple: true }) as string;
    const days = (raw.prepare('SELECT count(*) AS n FROM day').get() as { n: number }).n;
    const sessions = (raw.prepare('SELECT count(*) AS n FROM session').get() as { n: number }).n;
    return { integrity, days, sessions };
  } finally {
    raw.close();
  }
}

/** A few columns of one day and its session count, read directly (null when the day is absent). */
export function dayOf(db: string, date: string): { sleep_h: number | null; protein_g: number | null; note: string | null; sessions: number } | null {
  const raw = new Database(db, { readonly: true });
  try {
    const row = raw
      .prepare('SELECT sleep_h, protein_g, note, (SELECT count(*) FROM session s WHERE s.date = d.date) AS sessions FROM day d WHERE date = ?')
      .get(date) as { sleep_h: number | null; protein_g: number | null; note: string | null; sessions: number } | undefined;
    return row ?? null;
  } finally {
    raw.close();
  }
}

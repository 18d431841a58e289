import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/recover', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real binary, as a script or cron job would: no terminal, no colour. */
export function runCli(args: string[], o: { db?: string; stdin?: string; env?: NodeJS.ProcessEnv; uid?: number } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: o.stdin ?? '',
    encoding: 'utf8',
    env: { ...process.env, ...(o.db ? { RECOVER_DB: o.db } : {}), NO_COLOR: '1', TZ: 'UTC', ...o.env },
    ...(o.uid === undefined ? {} : { uid: o.uid, gid: o.uid }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'recover-test-'));
}

/** A tmpfs of `kib` KiB, which only root can mount; undefined (and a visible message naming `what`) elsewhere. */
export function tinyDisk(kib: number, what: string): string | undefined {
  const dir = tempDir();
  const r = process.getuid?.() === 0 ? spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kib}k`, 'tmpfs', dir]) : undefined;
  if (r?.status === 0) return dir;
  console.warn(`\n  SKIPPED: ${what} (needs root to mount a tiny tmpfs)\n`);
  return undefined;
}

export function tempDb(): string {
  return join(tempDir(), 'recover.db');
}

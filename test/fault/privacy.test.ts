import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { BIN, tempDir } from '../helpers/run-cli.js';
import { networkUse, spawnCli, type Run } from './helpers.js';

// Under umask 000 (a careless shell profile) every file recover makes is still 0600 and every
// folder 0700; and no command opens a socket or looks up a name (guard.mjs refuses and logs it).

const mode = (path: string) => statSync(path).mode & 0o777;
const UMASK_000 = ['sh', '-c', 'umask 000; exec "$0" "$@"', process.execPath, BIN];

describe('privacy', () => {
  it('runs every command without touching the network, and makes every file 0600 and folder 0700 under umask 000', async () => {
    const dir = tempDir();
    const db = join(dir, 'new', 'nested', 'recover.db');
    const run = (...args: string[]) => spawnCli(args, { db, dir, command: UMASK_000 });
    const ok = async (...args: string[]): Promise<Run> => {
      const r = await run(...args);
      expect({ args, code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({ args, code: 0, stderr: '' });
      return r;
    };
    await ok('log', '--date', '2026-11-20', '--sleep', '7', '--session', 'strength:45:7', '--note', 'private', '--yes');
    for (const [source, path] of [
      ['csv', join(dir, 'days.csv')],
      ['apple-health', fixture('apple-health/export.zip')],
      ['whoop', fixture('whoop')],
      ['fitbit', fixture('fitbit')],
      ['pmsys', fixture('pmsys')],
      ['oura', fixture('oura/oura_trends.csv')],
      ['cronometer', fixture('cronometer/dailysummary.csv')],
      ['myfitnesspal', fixture('myfitnesspal')],
      ['garmin', fixture('garmin')],
    ] as const) {
      if (source === 'csv') writeFileSync(path, 'date,sleep_h\n2026-11-10,8\n');
      await ok('import', source, path, '--tz', 'UTC');
    }
    await ok('import', 'oura', fixture('oura/oura_trends.csv'), '--dry-run');
    for (const args of [['report', '--date', '2026-11-20'], ['status', '--date', '2026-11-20'], ['export', '--json'], ['plan', '--week', '2026-W49', '--rest', 'mon,thu'], ['config', 'set', 'weight', '80'], ['config', 'list'], ['doctor'], ['--help']]) {
      await ok(...args);
    }
    const exported = join(dir, 'export.csv');
    const backup = join(dir, 'copies', 'deep', 'copy.db');
    await ok('export', '-o', exported);
    await ok('backup', backup);
    await ok('backup');
    await ok('restore', backup, '--yes');
    await ok('delete', '--date', '2026-11-10', '--yes');
    expect(networkUse(dir)).toBe('');

    expect(mode(db)).toBe(0o600);
    expect(mode(dirname(db))).toBe(0o700);
    expect(mode(dirname(dirname(db)))).toBe(0o700);
    expect(mode(exported)).toBe(0o600);
    expect(mode(backup)).toBe(0o600);
    expect(mode(dirname(backup))).toBe(0o700);
    const made = readdirSync(dirname(db));
    expect(made.filter((f) => f.startsWith('recover-backup-') || f.startsWith('recover-before-restore-'))).toHaveLength(2);
    for (const file of made) expect([file, mode(join(dirname(db), file))]).toEqual([file, 0o600]);
  }, 120_000);

  it('would notice: the guard logs a process that opens a socket or fetches', async () => {
    const dir = tempDir();
    const script = "try { require('node:net').connect(9, '127.0.0.1'); } catch {} fetch('http://127.0.0.1:9').catch(() => {});";
    await spawnCli([], { db: join(dir, 'x.db'), dir, command: [process.execPath, '-e', script] });
    expect(networkUse(dir)).toBe('net.connect\nfetch\n');
  });

  it('creates the -wal and -shm files 0600 under umask 000 while a command writes', async () => {
    const dir = tempDir();
    const db = join(dir, 'recover.db');
    const csv = join(dir, 'days.csv');
    const start = Date.UTC(1980, 0, 1);
    writeFileSync(csv, `date,sleep_h\n${Array.from({ length: 8000 }, (_, i) => `${new Date(start + i * 86_400_000).toISOString().slice(0, 10)},7\n`).join('')}`);
    const seen = new Map<string, number>();
    const child = spawnCli(['import', 'csv', csv], { db, dir, command: UMASK_000 });
    let done = false;
    void child.then(() => (done = true));
    while (!done) {
      for (const suffix of ['', '-wal', '-shm']) {
        try {
          if (existsSync(db + suffix)) seen.set(suffix, mode(db + suffix));
        } catch {
          // Gone between the check and the stat: the command closed the database.
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect((await child).code).toBe(0);
    expect(Object.fromEntries(seen)).toEqual({ '': 0o600, '-wal': 0o600, '-shm': 0o600 });
    expect(networkUse(dir)).toBe('');
  }, 60_000);
});

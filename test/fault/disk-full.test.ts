import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir, tinyDisk } from '../helpers/run-cli.js';
import { dayOf, inspect } from './helpers.js';

describe('log and import on a full disk', () => {
  const disk = tinyDisk(300, 'log and import on a full disk');
  afterAll(() => {
    if (disk) spawnSync('umount', [disk]);
  });

  it.skipIf(!disk)('end in one line and exit 1, and keep the data stored before', () => {
    const db = join(disk ?? '', 'recover.db');
    const full = `error: The disk holding ${db} is full; nothing was saved.\n`;
    expect(runCli(['log', '--date', '2026-11-20', '--sleep', '7', '--rest', '--note', 'before', '--yes'], { db }).code).toBe(0);

    // An import larger than the disk.
    const csv = join(tempDir(), 'days.csv');
    const start = Date.UTC(1990, 0, 1);
    const rows = Array.from({ length: 2000 }, (_, i) => `${new Date(start + i * 86_400_000).toISOString().slice(0, 10)},7.5,${'x'.repeat(200)}\n`);
    writeFileSync(csv, `date,sleep_h,note\n${rows.join('')}`);
    expect(runCli(['import', 'csv', csv], { db })).toEqual({ code: 1, stdout: '', stderr: full });
    expect(inspect(db)).toEqual({ integrity: 'ok', days: 1, sessions: 0 });

    // A log once every byte is taken.
    const filler = join(disk ?? '', 'filler');
    writeFileSync(filler, Buffer.alloc(0));
    spawnSync('sh', ['-c', `cat /dev/zero > "${filler}"`]);
    const r = runCli(['log', '--date', '2026-11-21', '--sleep', '6', '--rest', '--note', 'y'.repeat(900), '--yes'], { db });
    expect(r).toEqual({ code: 1, stdout: '', stderr: full });

    // With room again, the data is as before and the next write works.
    rmSync(filler);
    expect(dayOf(db, '2026-11-20')).toEqual({ sleep_h: 7, protein_g: null, note: 'before', sessions: 0 });
    expect(dayOf(db, '2026-11-21')).toBeNull();
    expect(runCli(['log', '--date', '2026-11-21', '--sleep', '6', '--rest', '--yes'], { db }).code).toBe(0);
    expect(inspect(db)).toEqual({ integrity: 'ok', days: 2, sessions: 0 });
    expect(readdirSync(disk ?? '').filter((f) => !f.startsWith('recover.db'))).toEqual([]);
  });
});

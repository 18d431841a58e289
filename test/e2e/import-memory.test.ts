import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDb, tempDir } from '../helpers/run-cli.js';

// The CSV importers stream: a file is read row by row, so what is held is the days it gives, not
// its rows. Here 100,000 rows (4 MB, a year of days over and over) go through a 32 MB heap, where
// the file as text with its parsed rows (about 600 bytes a row) could not be held: read whole,
// 150,000 such rows ran out of memory at 40 MB (PMSys) and 64 MB (Cronometer).
const ROWS = 100_000;
const heap = { NODE_OPTIONS: '--max-old-space-size=32' };
const date = (i: number) => new Date(Date.UTC(2023, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);

describe('a CSV import of many rows', () => {
  it('PMSys wellness.csv streams through a 32 MB heap', () => {
    const dir = tempDir();
    const rows = Array.from({ length: ROWS }, (_, i) => `${date(i)}T07:30:00.000Z,${1 + (i % 5)},3,5,7,3,2,[],3`);
    writeFileSync(join(dir, 'wellness.csv'), `effective_time_frame,fatigue,mood,readiness,sleep_duration_h,sleep_quality,soreness,soreness_area,stress\n${rows.join('\n')}\n`);
    const db = tempDb();
    const r = runCli(['import', 'pmsys', join(dir, 'wellness.csv'), '--tz', 'UTC'], { db, env: heap });
    expect(r.stderr).toMatch(/Updated 365 days\.\n$/);
    // The last row of each date counts: fatigue 1 + (i % 5) for the last i of the date, mirrored (6 - x).
    const [first] = JSON.parse(runCli(['export', '--json', '--from', '2023-01-01', '--to', '2023-01-01'], { db }).stdout);
    const last = ROWS - 1 - ((ROWS - 1) % 365);
    expect(first).toMatchObject({ date: '2023-01-01', fatigue: 6 - (1 + (last % 5)), sleepHours: 7 });
  }, 120_000);

  it('a Cronometer export streams through a 32 MB heap', () => {
    const dir = tempDir();
    const rows = Array.from({ length: ROWS }, (_, i) => `${date(i)},2400,${100 + (i % 50)},250,80,true`);
    writeFileSync(join(dir, 'dailysummary.csv'), `Date,Energy (kcal),Protein (g),Carbs (g),Fat (g),Completed\n${rows.join('\n')}\n`);
    const db = tempDb();
    const r = runCli(['import', 'cronometer', join(dir, 'dailysummary.csv')], { db, env: heap });
    expect(r.stderr).toMatch(/Updated 365 days\.\n$/);
    const [first] = JSON.parse(runCli(['export', '--json', '--from', '2023-01-01', '--to', '2023-01-01'], { db }).stdout);
    const last = ROWS - 1 - ((ROWS - 1) % 365);
    expect(first).toMatchObject({ date: '2023-01-01', proteinG: 100 + (last % 50), carbsG: 250, fatG: 80 });
  }, 120_000);
});

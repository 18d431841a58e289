import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAppleHealthExport } from '../../bench/apple-health.mjs';
import { runCli, tempDb, tempDir } from '../helpers/run-cli.js';

describe('a large Apple Health export', () => {
  it('imports in bounded memory: a 90 MB file through a 40 MB heap', () => {
    const file = join(tempDir(), 'export.xml');
    const bytes = writeAppleHealthExport(file, { days: 1500, heartRates: 150 });
    expect(bytes).toBeGreaterThan(85e6);
    const db = tempDb();
    // Holding the file as one string would need more than twice this heap.
    // Times are written at +0100 all year: a fixed +01:00 zone keeps every record on its written date.
    const r = runCli(['import', 'apple-health', file, '--tz', 'Etc/GMT-1'], { db, env: { NODE_OPTIONS: '--max-old-space-size=40' } });
    expect(r.stderr).toMatch(/Updated 1500 days\.\n$/);
    expect(r.code).toBe(0);
    const [first] = JSON.parse(runCli(['export', '--json', '--from', '2024-12-31'], { db }).stdout);
    // Night 23:00-03:00 + 03:15-06:45 = 7.5 h; protein 40 + 55 g; water 2000 mL.
    expect(first).toMatchObject({ date: '2024-12-31', sleepHours: 7.5, proteinG: 95, waterL: 2, restingHrBpm: 50 });
  }, 60_000);
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Day } from '../../src/core/types.js';
import { listAllDays } from '../../src/storage/days.js';
import { fixture } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-cli.js';
import { testDeps, type TestDeps } from '../helpers/test-deps.js';

async function cli(t: TestDeps, ...args: string[]): Promise<string> {
  const before = t.stderr().length;
  const code = await main(args, t.deps);
  if (code !== 0) throw new Error(`${args.join(' ')} failed: ${t.stderr().slice(before)}`);
  return t.stderr().slice(before);
}

const cycles = fixture('whoop-contradictory/physiological_cycles.csv');
const sleeps = fixture('whoop-contradictory/sleeps.csv');

describe('importing files that disagree', () => {
  it('stores sleeps.csv over the cycles whatever the order, and a second import reports nothing new', async () => {
    const stored: Day[][] = [];
    for (const paths of [[cycles, sleeps], [sleeps, cycles]]) {
      const t = testDeps();
      expect(await main(['import', 'whoop', ...paths], t.deps)).toBe(0);
      expect(await main(['import', 'whoop', ...paths.reverse()], t.deps)).toBe(0);
      expect(t.stderr()).toMatch(/Updated 3 days\.\n[^]*Nothing new: every value from .* is already stored\.\n$/);
      const days = listAllDays(await t.deps.db());
      expect(days.map((d) => [d.date, d.sleepHours, d.napH])).toEqual([
        ['2024-04-02', 6.33, null],
        ['2024-04-03', 4.25, null],
        ['2024-04-04', 7.5, null],
      ]);
      stored.push(days);
      t.deps.close();
    }
    expect(stored[0]).toEqual(stored[1]);
  });
});

describe('WHOOP files in separate commands', () => {
  const sleepsBySource = async (t: TestDeps) =>
    (await t.deps.db()).prepare("SELECT date, sources ->> '$.sleepHours' AS source FROM day WHERE source IS NOT NULL ORDER BY date").all();

  it('stores the same whichever file comes first, keeping both nights', async () => {
    const dumps: unknown[] = [];
    for (const order of [[cycles, sleeps], [sleeps, cycles]]) {
      const t = testDeps();
      const said = [];
      for (const path of order) said.push(await cli(t, 'import', 'whoop', path));
      expect(listAllDays(await t.deps.db()).map((d) => [d.date, d.sleepHours])).toEqual([
        ['2024-04-02', 6.33],
        ['2024-04-03', 4.25],
        ['2024-04-04', 7.5],
      ]);
      expect(await sleepsBySource(t)).toEqual([
        { date: '2024-04-02', source: 'whoop' },
        { date: '2024-04-03', source: 'whoop' },
        { date: '2024-04-04', source: 'whoop-cycles' },
      ]);
      // The cycles' 8.67 h is kept beside sleeps.csv's 6.33 h: replaced by it, or stored behind it.
      expect(said[1]).toContain(
        order[1] === sleeps
          ? 'sleeps.csv: 2 days touched, 5 fields filled, 1 replaced, 0 sessions added, 0 rows skipped\n'
          : 'note: sleep_h on 1 day: whoop (cycles) differs from the rest of the whoop export, which comes first; both are stored\n',
      );
      for (const path of order) expect(await cli(t, 'import', 'whoop', path)).toMatch(/Nothing new: every value from .* is already stored\.\n$/);
      dumps.push((await t.deps.db()).prepare('SELECT o.date, j.key AS field, o.source, j.value FROM observation o, json_each(o.fields) j ORDER BY o.date, j.key, o.source').all());
      t.deps.close();
    }
    expect(dumps[1]).toEqual(dumps[0]);
  });

  it("keeps the cycles' source through export and import csv, so sleeps.csv still comes first", async () => {
    const t = testDeps();
    await cli(t, 'import', 'whoop', cycles);
    const before = t.stdout().length;
    expect(await main(['export'], t.deps)).toBe(0);
    const csv = t.stdout().slice(before);
    expect(csv.split('\r\n')[1]).toMatch(/^2024-04-02,8\.67,.*,sleep_h=whoop-cycles;resting_hr_bpm=whoop;hrv_ms=whoop;bedtime_min=whoop-cycles;wake_min=whoop-cycles,1370,450,,,,$/);
    const backup = join(tempDir(), 'days.csv');
    writeFileSync(backup, csv);
    t.deps.close();

    const restored = testDeps();
    await cli(restored, 'import', 'csv', backup);
    const said = await cli(restored, 'import', 'whoop', sleeps);
    expect(said).toContain('sleeps.csv: 2 days touched, 5 fields filled, 1 replaced, 0 sessions added, 0 rows skipped\n');
    expect(listAllDays(await restored.deps.db()).map((d) => [d.date, d.sleepHours])).toEqual([
      ['2024-04-02', 6.33],
      ['2024-04-03', 4.25],
      ['2024-04-04', 7.5],
    ]);
    // The plain source name still chooses WHOOP, its cycles right behind it.
    expect(await cli(restored, 'config', 'set', 'source.sleep', 'whoop')).toBe(
      'source.sleep set: sleep_h comes from whoop, oura, garmin, fitbit, apple-health, pmsys, cronometer, myfitnesspal, in that order; 0 days changed.\n',
    );
    restored.deps.close();
  });
});

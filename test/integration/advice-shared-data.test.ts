import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { getDay } from '../../src/storage/days.js';
import { testDeps } from '../helpers/test-deps.js';

// Bed and wake times, time awake, tags and insights on the real exports in ../shared/data.
// Figures below were read by hand from the raw files.
const DATA = fileURLToPath(new URL('../../../shared/data', import.meta.url));
const present = existsSync(DATA);
if (!present) console.warn(`\n  SKIPPED: real-data tests of bed and wake times, tags and insights (no ${DATA})\n`);

describe.skipIf(!present)('real data: sleep rhythm, tags and insights', () => {
  it('WHOOP: bed and wake times from sleep onset and wake onset, time awake, journal answers as tags, and insights', async () => {
    const t = testDeps({ today: '2024-06-30' });
    expect(await main(['import', 'whoop', join(DATA, 'whoop-theonerichy')], t.deps)).toBe(0);
    const db = await t.deps.db();
    // sleeps.csv: onset 2024-06-23 20:24:26, wake 2024-06-24 05:44:09, awake 53 min.
    expect(getDay(db, '2024-06-24')).toMatchObject({ bedtimeMin: 20 * 60 + 24, wakeMin: 5 * 60 + 44, wasoMin: 53 });
    // 22:23:56-05:55:21 (awake 143 min) and the 11:49-12:06 "nap" (awake 4) in one night: first start, last end.
    expect(getDay(db, '2024-03-11')).toMatchObject({ bedtimeMin: 22 * 60 + 23, wakeMin: 12 * 60 + 6, wasoMin: 147 });
    // The unfinished cycle's journal (begun 2024-06-23 20:24) is about the 23rd: yes to alcohol, caffeine,
    // screen in bed, hydrated, shared bed; no to the rest. "Feeling sick or ill?" is the sick field, not a tag.
    expect(getDay(db, '2024-06-23')).toMatchObject({ tags: 'alcohol,caffeine,-creatine,hydrated,-injury,-protein,-reading-in-bed,screen-in-bed,shared-bed', sick: false });
    const before = t.stdout().length;
    expect(await main(['insights', '--json'], t.deps)).toBe(0);
    const insights = JSON.parse(t.stdout().slice(before)) as Array<{ tag: string; daysWith: number; daysWithout: number; outcomes: Array<{ outcome: string; nWith: number; nWithout: number; effect: { difference: number; low: number; high: number } | null }> }>;
    expect(insights.map((i) => i.tag)).toEqual([
      'alcohol', 'breathwork', 'caffeine', 'creatine', 'hydrated', 'injury', 'morning-sunlight', 'protein', 'reading-in-bed', 'screen-in-bed', 'shared-bed',
    ]);
    const alcohol = insights.find((i) => i.tag === 'alcohol');
    expect([alcohol?.daysWith, alcohol?.daysWithout]).toEqual([70, 102]);
    const sleep = alcohol?.outcomes.find((o) => o.outcome === 'sleep');
    expect([sleep?.nWith, sleep?.nWithout]).toEqual([69, 102]);
    expect(sleep?.effect?.difference).toBeCloseTo(-24.4, 0);
    expect(sleep?.effect?.high).toBeLessThan(0);
    // WHOOP has no fatigue scale: not enough data, never a guess.
    expect(alcohol?.outcomes.find((o) => o.outcome === 'fatigue')).toEqual({ outcome: 'fatigue', nWith: 0, nWithout: 0, effect: null });
    t.deps.close();
  });

  it('WHOOP: the report shows the week\'s rhythm, the irregular week of travel and its interrupted night', async () => {
    const t = testDeps({ today: '2024-06-30', columns: 160 }); // wide: the lines are checked whole
    await main(['import', 'whoop', join(DATA, 'whoop-theonerichy')], t.deps);
    await main(['config', 'set', 'weight', '80'], t.deps);
    const before = t.stdout().length;
    expect(await main(['report', '--date', '2024-06-16', '--format', 'table'], t.deps)).toBe(0);
    const out = t.stdout().slice(before);
    expect(out).toContain('  Rhythm    bedtime 23:43 +/- 153 min, wake 08:51 +/- 147 min (average and spread over 7 nights)\n');
    expect(out).toContain('irregular: bed times vary by more than 60 min over these nights.');
    expect(out).toContain('Interrupted 1 night more broken than usual: Thu 06-13 126 min awake (your usual 60 +/- 25 min awake).');
    expect(out).toContain('  Hydration target 2.4 l a day, plus 0.5 l per hour of training; no water logged\n');
    t.deps.close();
  });

  it('PMData p02: the daily report\'s alcohol answers as tags, compared on Fitbit nights and PMSys fatigue', async () => {
    const t = testDeps({ today: '2020-12-31' });
    const p02 = join(DATA, 'pmdata', 'p02');
    expect(await main(['import', 'pmsys', p02, '--tz', 'Europe/Oslo'], t.deps)).toBe(0);
    expect(await main(['import', 'fitbit', join(p02, 'fitbit')], t.deps)).toBe(0);
    // reporting.csv: 153 reports of 87 dates, 35 of them with alcohol.
    expect(t.stderr()).toContain('googledocs/reporting.csv: 87 days touched, 87 fields filled, 0 sessions added, 0 rows skipped\n');
    const before = t.stdout().length;
    expect(await main(['insights', '--json'], t.deps)).toBe(0);
    const [alcohol] = JSON.parse(t.stdout().slice(before)) as Array<{ tag: string; daysWith: number; daysWithout: number; outcomes: Array<{ outcome: string; nWith: number; nWithout: number; effect: { difference: number; low: number; high: number } | null }> }>;
    expect([alcohol?.tag, alcohol?.daysWith, alcohol?.daysWithout]).toEqual(['alcohol', 35, 52]);
    const by = (o: string) => alcohol?.outcomes.find((x) => x.outcome === o);
    expect([by('restingHr')?.nWith, by('restingHr')?.nWithout]).toEqual([34, 51]);
    expect(by('restingHr')?.effect?.difference).toBeCloseTo(1.1, 1);
    expect(by('restingHr')?.effect?.low).toBeGreaterThan(0);
    expect([by('fatigue')?.nWith, by('fatigue')?.nWithout]).toEqual([26, 33]);
    expect(by('fatigue')?.effect?.low).toBeLessThan(0);
    expect(by('fatigue')?.effect?.high).toBeGreaterThan(0);
    t.deps.close();
  });

  it('PMData p01: Fitbit startTime and endTime give bed and wake times, minutesAwake the time awake', async () => {
    const t = testDeps({ today: '2020-12-31' });
    expect(await main(['import', 'fitbit', join(DATA, 'pmdata', 'p01', 'fitbit')], t.deps)).toBe(0);
    // logId 24486013387: 2019-11-02 00:09:30 to 07:19:30, minutesAwake 52.
    expect(getDay(await t.deps.db(), '2019-11-02')).toMatchObject({ bedtimeMin: 9, wakeMin: 7 * 60 + 19, wasoMin: 52 });
    t.deps.close();
  });

  it('Apple Health: the watch\'s one asleep sample gives that night\'s bed and wake times in the zone', async () => {
    const t = testDeps();
    const file = join(DATA, 'apple-health-fixtures', 'alxdrcirilo-apple-health-parser_export.xml');
    expect(await main(['import', 'apple-health', file, '--tz', 'Europe/Amsterdam'], t.deps)).toBe(0);
    // AsleepCore 03:27:53-03:40:23 +0200 is 02:27-02:40 in Amsterdam (CET, +0100).
    expect(getDay(await t.deps.db(), '2024-01-01')).toMatchObject({ bedtimeMin: 2 * 60 + 27, wakeMin: 2 * 60 + 40 });
    t.deps.close();
  });
});

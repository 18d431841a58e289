import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { hrvStatus, lookup, restingHrStatus } from '../../src/core/baselines.js';
import { dayLoad, sessionLoad } from '../../src/core/day-status.js';
import { isLoadEstimated } from '../../src/core/estimated-load.js';
import { listAllDays } from '../../src/storage/days.js';
import type { Day } from '../../src/core/types.js';
import type { Db } from '../../src/storage/db.js';
import { tempDir } from '../helpers/run-cli.js';
import { testDeps } from '../helpers/test-deps.js';
import { writeZip } from '../helpers/zip.js';

// The real exports in ../shared/data (beside the clone, as CI lays it out). Figures below were
// worked out by hand from the raw files.
const DATA = fileURLToPath(new URL('../../../shared/data', import.meta.url));
const present = existsSync(DATA);
if (!present) console.warn(`\n  SKIPPED: real-data integration tests (no ${DATA})\n`);

async function importAll(args: string[][]): Promise<{ days: Map<string, Day>; stderr: string }> {
  const t = testDeps();
  for (const a of args) {
    const code = await main(['import', ...a], t.deps);
    if (code !== 0) throw new Error(`import ${a.join(' ')} failed: ${t.stderr()}`);
  }
  const days = new Map(listAllDays(await t.deps.db()).map((d) => [d.date, d]));
  t.deps.close();
  return { days, stderr: t.stderr() };
}

describe.skipIf(!present)('real data in ../shared/data', () => {
  it('WHOOP: nights by wake-up date across DST and travel, RHR, HRV, workouts with TRIMP', async () => {
    const { days, stderr } = await importAll([['whoop', join(DATA, 'whoop-theonerichy')]]);
    // Wake onsets 2024-03-10 06:17 (UTC-05:00) and 2024-03-11 05:55 (UTC-04:00): DST in between.
    expect(days.get('2024-03-10')).toMatchObject({ sleepHours: 8.4, restingHrBpm: 92, hrvMs: 11 });
    // 306 min, plus 13 min 11:49-12:06 that WHOOP calls a nap: it ends before 14:00, so the night.
    expect(days.get('2024-03-11')).toMatchObject({ sleepHours: 5.32, napH: null, restingHrBpm: 85, hrvMs: 12 });
    // 471 min + a 108-min "nap" ending 13:28.
    expect(days.get('2024-01-13')).toMatchObject({ sleepHours: 9.65, napH: null });
    // 220 min, and 188 min 11:19-14:51: it ends after 14:00 but is over 3 h, so a split night, not a nap.
    expect(days.get('2024-06-11')).toMatchObject({ sleepHours: 6.8, napH: null });
    expect([...days.values()].filter((d) => d.napH !== null).map((d) => [d.date, d.napH])).toEqual([
      ['2024-01-12', 1.13], ['2024-02-23', 0.93], ['2024-05-30', 1.98], ['2024-06-10', 1.67],
    ]);
    // In Europe (UTC+01:00): woke 2024-06-10 10:04 after 317 min asleep.
    expect(days.get('2024-06-10')).toMatchObject({ sleepHours: 5.28, restingHrBpm: 107, hrvMs: 9 });
    // The current cycle (no end time): woke 2024-06-24 05:44 after 504 min; a 21-min run, zones 1/6/12/58/23 %.
    const latest = days.get('2024-06-24');
    expect(latest).toMatchObject({ sleepHours: 8.4, restingHrBpm: 77, hrvMs: 16 });
    expect(latest?.sessions).toEqual([{ type: 'cardio', minutes: 21, rpe: null, source: 'whoop', externalId: '2024-06-24 08:08:18 Running', trimp: 83.2 }]);
    expect([...days.values()].reduce((n, d) => n + d.sessions.length, 0)).toBe(124);
    expect(stderr).toContain('note: 7 sleeps WHOOP calls a nap counted in the night by the night rule');
  });

  it('WHOOP: importing the export again, or its files in another order, changes nothing', async () => {
    const dir = join(DATA, 'whoop-theonerichy');
    const files = ['physiological_cycles.csv', 'sleeps.csv', 'workouts.csv', 'journal_entries.csv'].map((f) => join(dir, f));
    const t = testDeps();
    expect(await main(['import', 'whoop', dir], t.deps)).toBe(0);
    expect(await main(['import', 'whoop', ...[...files].reverse()], t.deps)).toBe(0);
    expect(t.stderr()).toMatch(/Nothing new: every value from .* is already stored\.\n$/);
    const reversed = await importAll([['whoop', ...[...files].reverse()]]);
    expect([...reversed.days.values()]).toEqual(listAllDays(await t.deps.db()));
    t.deps.close();
  });

  it('WHOOP: "Feeling sick or ill?" is the day\'s sick field: rest until well, and the ill days out of the baselines', async () => {
    const t = testDeps();
    expect(await main(['import', 'whoop', join(DATA, 'whoop-theonerichy')], t.deps)).toBe(0);
    const stored = listAllDays(await t.deps.db());
    // 11 yes answers, each about the date before its cycle's wake day; the cycle waking on 2024-01-01 said no.
    expect(stored.filter((d) => d.sick === true).map((d) => d.date)).toEqual([
      '2023-12-29', '2023-12-30', '2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-06', '2024-01-07', '2024-01-08', '2024-05-03',
    ]);
    expect(stored.filter((d) => d.sick === false)).toHaveLength(161);
    // No journal for these dates: unknown, not "not ill".
    expect(stored.filter((d) => d.sick === null).map((d) => d.date)).toEqual(['2024-06-16', '2024-06-24']);
    expect(stored.filter((d) => /(^|,)-?sick(,|$)/.test(d.tags ?? ''))).toEqual([]);
    const before = t.stdout().length;
    expect(await main(['status', '--date', '2024-01-06', '--format', 'table'], t.deps)).toBe(0);
    expect(t.stdout().slice(before)).toMatch(/^Readiness for Sat 2024-01-06: RED → Rest until you are well/);
    // Resting HR before the week of 2024-01-02..08: 2023-12-30 (89), 12-31 (95), 2024-01-01 (78); only 12-31 was well.
    // HRV over the 60 days to 01-08: 10 readings (12-30 to 01-08), all but 12-31 on ill days.
    const days = lookup(stored);
    expect([restingHrStatus(days, '2024-01-08').baselineDays, restingHrStatus(days, '2024-01-08').baselineMean, hrvStatus(days, '2024-01-08').normalDays]).toEqual([1, 95, 1]);
    t.deps.close();
  }, 30_000);

  it('WHOOP: every workout gets a load estimated from its heart-rate zones, marked as such', async () => {
    const { days } = await importAll([['whoop', join(DATA, 'whoop-theonerichy')]]);
    const load = (date: string) => dayLoad(days.get(date) ?? null);
    // RPE ~ 2 x TRIMP / minutes, to 0.1, x minutes.
    expect(load('2024-06-24')).toBe(165.9); // Running 21 min, TRIMP 83.2: RPE 7.9
    expect(load('2024-06-03')).toBe(186.3); // Running 27 min, TRIMP 93.4: RPE 6.9
    expect(load('2024-06-01')).toBe(275.9); // Disc Golf 89 min, TRIMP 138.8: RPE 3.1
    expect(load('2024-05-31')).toBe(91.2); // Functional Fitness 19 min, TRIMP 45.8: RPE 4.8
    expect(load('2024-06-10')).toBe(49); // Walking 14 min, TRIMP 24.4: RPE 3.5
    const sessions = [...days.values()].flatMap((d) => d.sessions);
    expect(sessions.filter(isLoadEstimated)).toHaveLength(124);
    expect(Math.round(sessions.reduce((sum, s) => sum + (sessionLoad(s) ?? 0), 0) * 10) / 10).toBe(16817.2);
  });

  it('WHOOP and Fitbit as downloaded: the zip, and a Takeout folder', async () => {
    const dir = tempDir();
    const whoopZip = join(dir, 'my_whoop_data_2024_06_24.zip');
    const files = ['physiological_cycles.csv', 'sleeps.csv', 'workouts.csv', 'journal_entries.csv'];
    writeZip(whoopZip, Object.fromEntries(files.map((f) => [`my_whoop_data_2024_06_24/${f}`, readFileSync(join(DATA, 'whoop-theonerichy', f), 'utf8')])));
    const fromZip = await importAll([['whoop', whoopZip]]);
    expect([...fromZip.days.values()]).toEqual([...(await importAll([['whoop', join(DATA, 'whoop-theonerichy')]])).days.values()]);
    const takeout = join(dir, 'Takeout', 'Fitbit', 'Global Export Data');
    mkdirSync(takeout, { recursive: true });
    for (const f of ['sleep.json', 'resting_heart_rate.json', 'sleep_score.csv']) copyFileSync(join(DATA, 'pmdata', 'p01', 'fitbit', f), join(takeout, f));
    copyFileSync(join(DATA, 'pmdata', 'p01', 'fitbit', 'exercise.json'), join(takeout, 'exercise-0.json'));
    const nested = await importAll([['fitbit', dir]]);
    expect(nested.days.get('2019-11-02')?.sleepHours).toBe(6.3);
    expect([...nested.days.values()]).toEqual([...(await importAll([['fitbit', join(DATA, 'pmdata', 'p01')]])).days.values()]);
  });

  it('PMData p01: PMSys wellness and sessions, then Fitbit sleep and resting HR over them', async () => {
    const p01 = join(DATA, 'pmdata', 'p01');
    const { days } = await importAll([['pmsys', p01, '--tz', 'Europe/Oslo'], ['fitbit', join(p01, 'fitbit')]]);
    // wellness 2019-11-01T08:31Z: fatigue 2, readiness 5, sleep 6 h, quality 3, soreness 2, stress 3
    expect(days.get('2019-11-01')).toMatchObject({ fatigue: 4, motivation: 3, sleepQuality: 3, soreness: 4, stress: 3, restingHrBpm: 53.7 });
    // Fitbit's measured night (378 min) replaces PMSys's whole-hour report.
    expect(days.get('2019-11-02')?.sleepHours).toBe(6.3);
    // sleep_score.csv's 53 bpm at 2019-11-01T06:29:30Z is the resting HR of 31 October, which
    // resting_heart_rate.json lacks.
    expect(days.get('2019-10-31')).toMatchObject({ restingHrBpm: 53, sleepHours: null });
    // The same run from both: one source's sessions per day, and PMSys's typed RPE comes first.
    expect(days.get('2019-11-05')?.sessions).toEqual([{ type: 'cardio', minutes: 30, rpe: 7, source: 'pmsys', externalId: '2019-11-05T22:51:54.710Z' }]);
    // PMSys's 34 sessions, and Fitbit's on the 4 days PMSys has none: nothing counted twice.
    expect([...days.values()].reduce((n, d) => n + d.sessions.length, 0)).toBe(34 + 4);
  });

  it('PMData p01 and p05: Fitbit exercises get a load estimated from average heart rate; walks it detected itself are left out', async () => {
    const load = (days: Map<string, Day>, date: string) => days.get(date)?.sessions.map((s) => [s.type, s.minutes, s.avgHrBpm, s.maxHrBpm, sessionLoad(s)]);
    const total = (days: Map<string, Day>) => Math.round([...days.values()].flatMap((d) => d.sessions).reduce((sum, s) => sum + (sessionLoad(s) ?? 0), 0) * 10) / 10;
    const p01 = await importAll([['fitbit', join(DATA, 'pmdata', 'p01', 'fitbit')]]);
    // Max HR from Peak's lower bound / 0.85: 147 -> 173, from late December 146 -> 172.
    expect(load(p01.days, '2019-11-05')).toEqual([['cardio', 24.4, 144, 173, 195.2]]); // Run: 83% of max, zone 4, RPE 8
    expect(load(p01.days, '2019-11-14')).toEqual([['sport', 52.9, 119, 173, 211.6]]); // Sport: 69%, zone 2, RPE 4
    expect(load(p01.days, '2019-11-18')).toEqual([['cardio', 52.6, 127, 173, 315.6]]); // Treadmill: 73%, zone 3, RPE 6
    // 49%, below Edwards' zones, and Fitbit detected it by itself: easy movement, not a workout.
    expect(load(p01.days, '2019-12-07')).toEqual([['active-recovery', 20.5, 85, 173, 0]]);
    expect(load(p01.days, '2019-12-26')).toEqual([['cardio', 26.4, 163, 172, 264]]); // Run: 95%, zone 5, RPE 10
    const p01Sessions = [...p01.days.values()].flatMap((d) => d.sessions);
    expect(p01Sessions).toHaveLength(39);
    expect(p01Sessions.filter(isLoadEstimated)).toHaveLength(39);
    expect(total(p01.days)).toBe(10140.8); // PMSys's typed session RPEs of p01 add up to 9510
    expect(p01.stderr).toContain('note: 150 walks Fitbit detected by itself left out: daily life, not training');
    expect(p01.stderr).toContain('note: 4 activities Fitbit detected by itself at an easy heart rate (under 60% of max) counted as active recovery, not training');
    expect(p01.stderr).toContain('exercise.json: element 92: implausible session left out: session minutes must be a number from 1 to 1440, got "0.2"');

    const p05 = await importAll([['fitbit', join(DATA, 'pmdata', 'p05', 'fitbit')]]);
    expect(load(p05.days, '2020-01-07')).toEqual([['cardio', 44.9, 144, 185, 269.4]]); // Treadmill: 78%, zone 3
    expect(load(p05.days, '2020-02-13')).toEqual([['cardio', 9.9, 128, 185, 39.6], ['strength', 10.6, 118, 185, 42.4], ['cardio', 5.1, 137, 185, 30.6]]);
    expect([...p05.days.values()].flatMap((d) => d.sessions)).toHaveLength(65);
    expect(p05.stderr).toContain('note: 80 walks Fitbit detected by itself left out: daily life, not training');
    // Its 19-minute bike rides at 85-110 bpm (a commute) are active recovery: the days count as rest.
    expect(p05.stderr).toContain('note: 42 activities Fitbit detected by itself at an easy heart rate (under 60% of max) counted as active recovery, not training');
  });

  it('PMData p04: split nights counted whole, naps apart, resting HR from sleep_score.csv', async () => {
    const { days, stderr } = await importAll([['fitbit', join(DATA, 'pmdata', 'p04', 'fitbit')]]);
    // 22:42-06:34 (417 min) + 09:58-11:44 (102 min, "not main sleep"): was 6.95 h.
    expect(days.get('2020-01-16')).toMatchObject({ sleepHours: 8.65, napH: null });
    // The only sleep ends 14:33: a nap, no night (was a 2.75 h night).
    expect(days.get('2020-02-16')).toMatchObject({ sleepHours: null, napH: 2.75 });
    // resting_heart_rate.json starts in late February; sleep_score.csv (2019-11-07T06:44:30Z, 67) fills the 6th.
    expect(days.get('2019-11-06')).toMatchObject({ restingHrBpm: 67 });
    // sleep_score.csv fills 106 days; on 33 more it differs from resting_heart_rate.json, which is used.
    expect(stderr).toContain('p04/fitbit/sleep_score.csv: 106 days touched, 106 fields filled, 0 sessions added, 0 rows skipped');
    expect(stderr).toContain('note: resting_hr_bpm on 33 days: fitbit (sleep_score.csv) differs from the rest of the fitbit export, which comes first; both are stored');
    expect(stderr).toContain('note: 12 logs Fitbit calls a nap counted in the night by the night rule');
  });

  it('PMData p16: a late sleeper, whose sleeps end after 14:00, keeps their nights', async () => {
    const { days, stderr } = await importAll([['fitbit', join(DATA, 'pmdata', 'p16', 'fitbit')]]);
    // 05:14-14:01: 445 min, 3 h or more ending before 20:00, so the night.
    expect(days.get('2019-11-17')).toMatchObject({ sleepHours: 7.42, napH: null });
    expect([...days.values()].filter((d) => d.sleepHours !== null)).toHaveLength(145);
    expect(stderr).toContain('note: 2 sleeps of 3 h or more end after 20:00: counted as naps, not as a night');
  });

  it('PMData p01: PMSys then Fitbit, or Fitbit then PMSys, store the same database; again is nothing new', async () => {
    const p01 = join(DATA, 'pmdata', 'p01');
    const pmsys = ['pmsys', p01, '--tz', 'Europe/Oslo'];
    const fitbit = ['fitbit', join(p01, 'fitbit')];
    const dump = (db: Db) =>
      ['SELECT * FROM day ORDER BY date', 'SELECT * FROM session ORDER BY date, position', 'SELECT d.date, j.key AS field, j.value AS source FROM day d, json_each(d.sources) j ORDER BY d.date, j.key', 'SELECT o.date, j.key AS field, o.source, j.value FROM observation o, json_each(o.fields) j ORDER BY o.date, j.key, o.source'].map((sql) =>
        db.prepare(sql).all().map((r) => ({ ...(r as object), updated_at: undefined, id: undefined })),
      );
    const stores: unknown[] = [];
    for (const order of [[pmsys, fitbit], [fitbit, pmsys]]) {
      const t = testDeps();
      for (const a of order) expect(await main(['import', ...a], t.deps)).toBe(0);
      stores.push(dump(await t.deps.db()));
      const before = t.stderr().length;
      for (const a of order) expect(await main(['import', ...a], t.deps)).toBe(0);
      expect(t.stderr().slice(before).match(/Nothing new/g)).toHaveLength(2);
      t.deps.close();
    }
    expect(stores[1]).toEqual(stores[0]);
    // 153 days (2019-10-31 only from sleep_score.csv's resting HR); Fitbit's measured nights win
    // over PMSys's whole hours on 150 days, both kept; sleep_score.csv's resting HR is kept beside
    // resting_heart_rate.json's on the days both give one (149 of the observations).
    const [days, , sources, observed] = stores[0] as Array<Array<Record<string, unknown>>>;
    expect(days).toHaveLength(153);
    expect(sources?.filter((s) => s.field === 'sleepHours' && s.source === 'fitbit')).toHaveLength(150);
    // 1281 before bed and wake times: + 150 bedtimes, 150 wake times, 150 times awake (Fitbit) and
    // 100 dates of alcohol answers (googledocs/reporting.csv).
    expect(observed).toHaveLength(1831);
    expect(observed?.filter((o) => o.source === 'fitbit-sleep-score')).toHaveLength(150);
  }, 30_000);

  it('WHOOP: cycles then sleeps, or sleeps then cycles, as separate commands store the same database', async () => {
    const dir = join(DATA, 'whoop-theonerichy');
    const [cycles, sleeps] = ['physiological_cycles.csv', 'sleeps.csv'].map((f) => join(dir, f)) as [string, string];
    const dump = (db: Db) =>
      ['SELECT * FROM day ORDER BY date', 'SELECT d.date, j.key AS field, j.value AS source FROM day d, json_each(d.sources) j ORDER BY d.date, j.key', 'SELECT o.date, j.key AS field, o.source, j.value FROM observation o, json_each(o.fields) j ORDER BY o.date, j.key, o.source'].map((sql) =>
        db.prepare(sql).all().map((r) => ({ ...(r as object), updated_at: undefined })),
      );
    const stores: unknown[] = [];
    for (const order of [[cycles, sleeps], [sleeps, cycles]]) {
      const t = testDeps();
      for (const path of order) expect(await main(['import', 'whoop', path], t.deps)).toBe(0);
      stores.push(dump(await t.deps.db()));
      const before = t.stderr().length;
      for (const path of order) expect(await main(['import', 'whoop', path], t.deps)).toBe(0);
      expect(t.stderr().slice(before).match(/Nothing new/g)).toHaveLength(2);
      t.deps.close();
    }
    expect(stores[1]).toEqual(stores[0]);
    // 171 nights from each file; sleeps.csv's are used, and on 7 the cycles' differ (was: the
    // last file imported won on those 7, e.g. 2024-06-11 6.8 h from sleeps.csv vs 3.67 h).
    const [days, sources, observed] = stores[0] as Array<Array<Record<string, unknown>>>;
    expect(days).toHaveLength(171);
    expect(sources?.filter((s) => s.field === 'sleepHours').map((s) => s.source)).toEqual(Array(171).fill('whoop'));
    const night = (source: string) => new Map(observed?.filter((o) => o.field === 'sleepHours' && o.source === source).map((o) => [o.date, o.value]));
    const [fromSleeps, fromCycles] = [night('whoop'), night('whoop-cycles')];
    expect([fromSleeps.size, fromCycles.size]).toEqual([171, 171]);
    expect([...fromSleeps].filter(([date, h]) => fromCycles.get(date) !== h)).toHaveLength(7);
    expect([fromSleeps.get('2024-06-11'), fromCycles.get('2024-06-11')]).toEqual([6.8, 3.67]);
  }, 30_000);

  it('WHOOP twice: the second import is nothing new', async () => {
    const { stderr } = await importAll([['whoop', join(DATA, 'whoop-theonerichy')], ['whoop', join(DATA, 'whoop-theonerichy')]]);
    // 171 days with sleep, recovery or workouts, and 3 with only journal answers.
    expect(stderr).toMatch(/Updated 174 days\.\n[^]*Nothing new: every value from .* is already stored\.\n$/);
  });

  it('real files cut off mid-row are refused with file and line, writing nothing', async () => {
    const dir = tempDir();
    const cases: Array<[string, string, string]> = [
      ['whoop', join(DATA, 'whoop-theonerichy', 'physiological_cycles.csv'), 'physiological_cycles.csv'],
      ['pmsys', join(DATA, 'pmdata', 'p01', 'pmsys', 'wellness.csv'), 'wellness.csv'],
    ];
    for (const [source, path, name] of cases) {
      const text = readFileSync(path, 'utf8');
      const lines = text.split('\n');
      // Cut a third of the way in, just after the first digit of a row's second number.
      const line = Math.floor(lines.length / 3);
      const cutAt = lines.slice(0, line - 1).join('\n').length + 1 + (lines[line - 1] ?? '').search(/,\d/) + 2;
      const cut = join(dir, name);
      writeFileSync(cut, text.slice(0, cutAt));
      const t = testDeps();
      expect(await main(['import', source, cut], t.deps)).toBe(1);
      expect(t.stderr()).toMatch(new RegExp(`^error: ${cut}:${line}: \\d+ of \\d+ cells: the row is cut short`));
      expect(existsSync(await t.deps.dbPath())).toBe(false);
    }
  });

  it('PMData: every participant imports cleanly; Fitbit nights, naps and resting HR in all', async () => {
    const participants = readdirSync(join(DATA, 'pmdata')).filter((p) => /^p\d\d$/.test(p));
    expect(participants).toHaveLength(16);
    const totals = { days: 0, naps: 0, restingHr: 0 };
    for (const p of participants) {
      const { days } = await importAll([['pmsys', join(DATA, 'pmdata', p), '--tz', 'Europe/Oslo'], ['fitbit', join(DATA, 'pmdata', p, 'fitbit')]]);
      expect(days.size).toBeGreaterThan(30);
      totals.days += days.size;
      totals.naps += [...days.values()].filter((d) => d.napH !== null).length;
      totals.restingHr += [...days.values()].filter((d) => d.restingHrBpm !== null).length;
    }
    // Resting HR: 1658 days from resting_heart_rate.json, 324 more from sleep_score.csv.
    // 51 days more than before reporting.csv was read: dates with only an alcohol answer.
    expect(totals).toEqual({ days: 2235, naps: 92, restingHr: 1982 });
  }, 90_000);

  it('Apple Health: the real-device excerpts, old and new shapes, each in its own zone', async () => {
    const dir = join(DATA, 'apple-health-fixtures');
    // The zones their HKTimeZone metadata, offsets and locales point to.
    const zones: Record<string, string> = {
      'alxdrcirilo-apple-health-parser_export.xml': 'Europe/Amsterdam',
      'dogsheep-healthkit-to-sqlite_export.xml': 'America/Los_Angeles',
      'opendroid-hk_sampleexport.xml': 'America/Los_Angeles',
      'tdda-applehealthdata_export6s3sample.xml': 'Europe/London',
    };
    const files = readdirSync(dir).filter((f) => f.endsWith('.xml'));
    expect(files.sort()).toEqual(Object.keys(zones).sort());
    const { days } = await importAll(files.map((f) => ['apple-health', join(dir, f), '--tz', zones[f] ?? '']));
    expect(days.size).toBe(5);
    // Watch AsleepCore 03:27:53-03:40:23 (12.5 min); the iPhone's InBed sample does not count.
    expect(days.get('2024-01-01')?.sleepHours).toBe(0.21);
    expect(days.get('2020-12-06')?.hrvMs).toBe(26.5);
    expect(days.get('2016-11-14')?.sessions.map((s) => [s.type, s.minutes])).toEqual([['cardio', 5.2]]);
    expect(days.get('2016-04-02')?.sessions.map((s) => [s.type, s.minutes])).toEqual([['other', 31.7]]);
    // Exports from before iOS 16 have no <WorkoutStatistics>: no heart rate, so no estimated load.
    const workouts = [...days.values()].flatMap((d) => d.sessions);
    expect(workouts.map((s) => [s.avgHrBpm, s.maxHrBpm, sessionLoad(s), isLoadEstimated(s)])).toEqual([
      [undefined, undefined, null, false],
      [undefined, undefined, null, false],
      [undefined, undefined, null, false],
    ]);
  });
});

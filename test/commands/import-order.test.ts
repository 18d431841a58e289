import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { addDays } from '../../src/core/dates.js';
import type { Db } from '../../src/storage/db.js';
import { tempDir } from '../helpers/run-cli.js';
import { testDeps, type TestDeps } from '../helpers/test-deps.js';

// Property: whatever order the sources (or one source's files) are imported in, the database
// ends the same, and importing everything again changes nothing and says so.

const DATES = ['2024-03-01', '2024-03-02', '2024-03-03', '2024-03-04'];

const night = fc.record({
  date: fc.constantFrom(...DATES),
  sleepMin: fc.integer({ min: 240, max: 600 }),
  rhr: fc.integer({ min: 40, max: 80 }),
  hrv: fc.integer({ min: 20, max: 120 }),
});
const food = fc.record({ date: fc.constantFrom(...DATES), protein: fc.integer({ min: 20, max: 250 }), water: fc.integer({ min: 500, max: 4000 }) });
const wellness = fc.record({ date: fc.constantFrom(...DATES), fatigue: fc.integer({ min: 1, max: 5 }), sleepH: fc.integer({ min: 4, max: 10 }) });
const workout = fc.record({ date: fc.constantFrom(...DATES), minutes: fc.integer({ min: 10, max: 90 }), hour: fc.integer({ min: 10, max: 20 }) });

const uniqueBy = <T extends { date: string }>(items: T[]) => [...new Map(items.map((i) => [i.date, i])).values()];

type Of<A> = A extends fc.Arbitrary<infer T> ? T : never;

interface Export {
  whoopCycles: Array<Of<typeof night>>;
  whoopSleeps: Array<Of<typeof night>>;
  workouts: Array<Of<typeof workout>>;
  oura: Array<Of<typeof night>>;
  apple: Array<Of<typeof night> & Of<typeof food>>;
  cronometer: Array<Of<typeof food>>;
  pmsys: Array<Of<typeof wellness>>;
  fitbitSleep: Array<Of<typeof night>>;
  fitbitRhr: Array<Of<typeof night>>;
  fitbitScore: Array<Of<typeof night>>;
}

const exportArb: fc.Arbitrary<Export> = fc.record({
  whoopCycles: fc.array(night, { maxLength: 4 }).map(uniqueBy),
  whoopSleeps: fc.array(night, { maxLength: 4 }).map(uniqueBy),
  workouts: fc.array(workout, { maxLength: 3 }).map(uniqueBy),
  oura: fc.array(night, { maxLength: 4 }).map(uniqueBy),
  apple: fc.array(fc.tuple(night, food).map(([n, f]) => ({ ...f, ...n })), { maxLength: 4 }).map(uniqueBy),
  cronometer: fc.array(food, { maxLength: 4 }).map(uniqueBy),
  pmsys: fc.array(wellness, { maxLength: 4 }).map(uniqueBy),
  fitbitSleep: fc.array(night, { maxLength: 4 }).map(uniqueBy),
  fitbitRhr: fc.array(night, { maxLength: 4 }).map(uniqueBy),
  fitbitScore: fc.array(night, { maxLength: 4 }).map(uniqueBy),
});

const prev = (date: string) => addDays(date, -1);

/** Writes each source's files with their real headers; returns the import commands, one per source. */
function writeExport(e: Export): { commands: string[][]; whoopFiles: string[]; fitbitFiles: string[] } {
  const dir = tempDir();
  const file = (name: string, lines: string[]) => {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };
  const cycles = file('whoop/physiological_cycles.csv', [
    'Cycle start time,Cycle end time,Cycle timezone,Recovery score %,Resting heart rate (bpm),Heart rate variability (ms),Wake onset,Asleep duration (min)',
    ...e.whoopCycles.map((n) => `${prev(n.date)} 23:00:00,,UTC+01:00,50,${n.rhr},${n.hrv},${n.date} 07:00:00,${n.sleepMin}`),
  ]);
  const sleeps = file('whoop/sleeps.csv', [
    'Cycle start time,Cycle end time,Cycle timezone,Sleep onset,Wake onset,Asleep duration (min),Nap',
    ...e.whoopSleeps.map((n) => `${prev(n.date)} 23:00:00,,UTC+01:00,${prev(n.date)} 23:00:00,${n.date} 07:00:00,${n.sleepMin},false`),
  ]);
  const workouts = file('whoop/workouts.csv', [
    'Cycle start time,Cycle end time,Cycle timezone,Workout start time,Workout end time,Duration (min),Activity name,HR Zone 1 %,HR Zone 2 %,HR Zone 3 %,HR Zone 4 %,HR Zone 5 %',
    ...e.workouts.map((w) => `${w.date} 06:00:00,,UTC+01:00,${w.date} ${w.hour}:00:00,,${w.minutes},Running,10,20,30,30,10`),
  ]);
  const oura = file('oura.csv', [
    'date,Total Sleep Duration,Lowest Resting Heart Rate,Average HRV',
    ...e.oura.map((n) => `${n.date},${n.sleepMin * 60},${n.rhr},${n.hrv}`),
  ]);
  const record = (type: string, unit: string, date: string, hour: string, value: number, source = 'Watch') =>
    `<Record type="${type}" sourceName="${source}" unit="${unit}" startDate="${date} ${hour} +0100" endDate="${date} ${hour} +0100" value="${value}"/>`;
  const apple = file('export.xml', [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<HealthData locale="en_GB">',
    ...e.apple.flatMap((n) => [
      record('HKQuantityTypeIdentifierRestingHeartRate', 'count/min', n.date, '08:00:00', n.rhr),
      record('HKQuantityTypeIdentifierHeartRateVariabilitySDNN', 'ms', n.date, '08:00:00', n.hrv),
      record('HKQuantityTypeIdentifierDietaryProtein', 'g', n.date, '12:00:00', n.protein, 'MyFitnessPal'),
    ]),
    '</HealthData>',
  ]);
  const cronometer = file('dailysummary.csv', ['Date,Protein (g),Carbs (g),Water (g),Completed', ...e.cronometer.map((f) => `${f.date},${f.protein},,${f.water},true`)]);
  const pmsys = file('pmsys/wellness.csv', [
    'effective_time_frame,fatigue,mood,readiness,sleep_duration_h,sleep_quality,soreness,soreness_area,stress',
    ...e.pmsys.map((w) => `${w.date}T08:00:00.000Z,${w.fatigue},3,5,${w.sleepH},3,3,[],3`),
  ]);
  const fitbitSleep = file(
    'fitbit/sleep.json',
    [JSON.stringify(e.fitbitSleep.map((n, i) => ({ logId: i + 1, dateOfSleep: n.date, endTime: `${n.date}T07:00:00.000`, minutesAsleep: n.sleepMin, type: 'stages', mainSleep: true })))],
  );
  const fitbitRhr = file(
    'fitbit/resting_heart_rate.json',
    [JSON.stringify(e.fitbitRhr.map((n) => ({ dateTime: `${n.date} 00:00:00`, value: { date: n.date, value: n.rhr + 0.25, error: 6 } })))],
  );
  // sleep_score.csv's reading stamped on a morning is the resting HR of the day before.
  const fitbitScore = file('fitbit/sleep_score.csv', [
    'timestamp,sleep_log_entry_id,overall_score,resting_heart_rate',
    ...e.fitbitScore.map((n, i) => `${addDays(n.date, 1)}T07:00:00Z,${i + 1},80,${n.rhr}`),
  ]);
  return {
    fitbitFiles: [fitbitSleep, fitbitRhr, fitbitScore],
    commands: [
      ['whoop', cycles, sleeps, workouts],
      ['oura', oura],
      ['apple-health', apple],
      ['cronometer', cronometer],
      ['pmsys', pmsys],
    ],
    whoopFiles: [cycles, sleeps, workouts],
  };
}

/** Everything stored, except when it was written. */
function dump(db: Db): unknown {
  const all = (sql: string) => db.prepare(sql).all();
  return {
    day: all('SELECT * FROM day ORDER BY date').map((r) => ({ ...(r as object), updated_at: undefined })),
    session: all('SELECT date, position, type, minutes, rpe, source, external_id, trimp FROM session ORDER BY date, position'),
    sources: all('SELECT d.date, j.key AS field, j.value AS source FROM day d, json_each(d.sources) j ORDER BY d.date, j.key'),
    observation: all('SELECT o.date, j.key AS field, o.source, j.value FROM observation o, json_each(o.fields) j ORDER BY o.date, j.key, o.source'),
  };
}

async function run(t: TestDeps, args: string[]): Promise<string> {
  const before = t.stderr().length;
  const code = await main(['import', ...args], t.deps);
  const said = t.stderr().slice(before);
  if (code !== 0) throw new Error(`import ${args.join(' ')} failed: ${said}`);
  return said;
}

async function importAll(commands: string[][]): Promise<{ t: TestDeps; stored: unknown }> {
  const t = testDeps();
  expect(await main(['log', '--date', '2024-03-02', '--sleep', '7.5', '--rest', '--yes'], t.deps)).toBe(0);
  for (const c of commands) await run(t, c);
  return { t, stored: dump(await t.deps.db()) };
}

describe('import order and re-import', () => {
  it('any order of sources gives the same database; importing again changes nothing and says so', async () => {
    await fc.assert(
      fc.asyncProperty(exportArb, fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5 }), async (e, permutation) => {
        const { commands } = writeExport(e);
        const shuffled = permutation.map((i) => commands[i] ?? []);
        const first = await importAll(commands);
        const second = await importAll(shuffled);
        expect(second.stored).toEqual(first.stored);
        for (const c of commands) expect(await run(first.t, c)).toMatch(/Nothing new: every value from .* is already stored\.\n$/);
        expect(dump(await first.t.deps.db())).toEqual(first.stored);
        first.t.deps.close();
        second.t.deps.close();
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it("one source's files in any order give the same database", async () => {
    await fc.assert(
      fc.asyncProperty(exportArb, async (e) => {
        const { whoopFiles } = writeExport(e);
        const together = await importAll([['whoop', ...whoopFiles]]);
        const reversed = await importAll([['whoop', ...[...whoopFiles].reverse()]]);
        expect(reversed.stored).toEqual(together.stored);
        expect(await run(together.t, ['whoop', ...[...whoopFiles].reverse()])).toMatch(/Nothing new/);
        together.t.deps.close();
        reversed.t.deps.close();
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  // Each file goes to one of up to as many commands as there are files, run in a shuffled order.
  const split = (n: number) =>
    fc.tuple(fc.array(fc.nat({ max: n - 1 }), { minLength: n, maxLength: n }), fc.shuffledSubarray([...Array(n).keys()], { minLength: n }));
  const commandsOf = (source: string, files: readonly string[], [group, order]: [number[], number[]]) =>
    order.map((g) => files.filter((_, i) => group[i] === g)).filter((f) => f.length > 0).map((f) => [source, ...f]);

  it.each(['whoop', 'fitbit'] as const)('%s: any split of the files into separate commands, in any order, gives the same database', async (source) => {
    await fc.assert(
      fc.asyncProperty(exportArb, split(3), async (e, how) => {
        const written = writeExport(e);
        const files = source === 'whoop' ? written.whoopFiles : written.fitbitFiles;
        const commands = commandsOf(source, files, how);
        const together = await importAll([[source, ...files]]);
        const apart = await importAll(commands);
        expect(apart.stored).toEqual(together.stored);
        for (const c of commands) expect(await run(apart.t, c)).toMatch(/Nothing new: every value from .* is already stored\.\n$/);
        expect(dump(await apart.t.deps.db())).toEqual(together.stored);
        together.t.deps.close();
        apart.t.deps.close();
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { testDeps } from '../helpers/test-deps.js';

/** Three days across a year end, one of them without an entry, and a plan for the week they fall in. */
async function yearEnd(): Promise<string> {
  const t = testDeps({ today: '2027-01-01' });
  expect(await main(['log', '--date', '2026-12-30', '--sleep', '6.5', '--fatigue', '4', '--session', 'strength:60:7'], t.deps)).toBe(0);
  expect(await main(['log', '--date', '2027-01-01', '--sleep', '7.25', '--rest'], t.deps)).toBe(0);
  expect(await main(['plan', '--week', '2026-W53', '--rest', 'fri'], t.deps)).toBe(0);
  t.deps.close();
  return t.deps.dbPath();
}

const run = async (db: string, args: string[], tty = false) => {
  const t = testDeps({ db, today: '2027-01-01', tty, columns: 120 });
  expect(await main(args, t.deps), 'exit code').toBe(0);
  expect(t.stderr()).toBe('');
  return t.stdout();
};

describe('rows for a script carry ISO dates', () => {
  it('report: a Date column of YYYY-MM-DD in TSV and CSV, across a year end and in Dutch too', async () => {
    const db = await yearEnd();
    const span = ['report', '--from', '2026-12-30', '--to', '2027-01-01'];
    const tsv = await run(db, span);
    expect(tsv).toBe('Date\tSleep h\tTraining (min)\tLoad\tFatigue\tPlan\n2026-12-30\t6.5\tstrength 60\t420\t4\ttrain ✓\n2026-12-31\tno entry\t\t\t\t\n2027-01-01\t7.25\trest day\t\t\trest ✓\n');
    expect(await run(db, ['--lang', 'nl', ...span])).toBe(tsv);
    const csv = 'Date,Sleep h,Training (min),Load,Fatigue,Plan\n2026-12-30,6.5,strength 60,420,4,train ✓\n2026-12-31,no entry,,,,\n2027-01-01,7.25,rest day,,,rest ✓\n';
    expect(await run(db, [...span, '--format', 'csv'])).toBe(csv);
    expect(await run(db, ['--lang', 'nl', ...span, '--format', 'csv'])).toBe(csv);
    // A span within one year has the same shape: the date does not lose its year.
    expect(await run(db, ['report', '--from', '2026-12-29', '--to', '2026-12-30'])).toBe('Date\tSleep h\tTraining (min)\tLoad\tFatigue\tPlan\n2026-12-29\tno entry\t\t\t\t\n2026-12-30\t6.5\tstrength 60\t420\t4\ttrain ✓\n');
  });

  it('report: the terminal keeps the human day names', async () => {
    const db = await yearEnd();
    const en = await run(db, ['report', '--from', '2026-12-30', '--to', '2027-01-01'], true);
    expect(en).toMatch(/│ Day +│/);
    expect(en).toMatch(/│ Wed 2026-12-30 +│ 6\.5↓/);
    expect(en).toMatch(/│ Thu 2026-12-31 +│ no entry/);
    const nl = await run(db, ['--lang', 'nl', 'report', '--from', '2026-12-30', '--to', '2027-01-01'], true);
    expect(nl).toMatch(/│ Dag +│/);
    expect(nl).toMatch(/│ wo 30 dec 2026 +│ 6,5↓/);
    expect(nl).toMatch(/│ vr 1 jan 2027 +│ 7,25/);
    expect(await run(db, ['report', '--from', '2026-12-29', '--to', '2026-12-30'], true)).toMatch(/│ Wed 12-30 +│ 6\.5↓/);
  });

  it('plan: a Date column of YYYY-MM-DD piped, the day names on a terminal', async () => {
    const db = await yearEnd();
    const tsv = await run(db, ['plan', '--week', '2026-W53']);
    expect(tsv.split('\n').slice(0, 6)).toEqual(['Date\tPlan\tDone', '2026-12-28\ttraining\t', '2026-12-29\ttraining\t', '2026-12-30\ttraining\ttrained', '2026-12-31\ttraining\t', '2027-01-01\trest\trested']);
    expect(await run(db, ['--lang', 'nl', 'plan', '--week', '2026-W53'])).toBe(tsv);
    expect((await run(db, ['plan', '--week', '2026-W53', '--format', 'csv'])).split('\n').slice(0, 2)).toEqual(['Date,Plan,Done', '2026-12-28,training,']);
    expect(await run(db, ['plan', '--week', '2026-W53'], true)).toMatch(/│ Day +│ Plan +│ Done +│\n├[─┼]+┤\n│ Mon 2026-12-28 │/);
  });
});

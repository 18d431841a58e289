import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import { runCli, tempDb, tempDir } from '../helpers/run-cli.js';

const END = '2026-11-22'; // a Sunday

/** 35 days through the CSV import: four steady weeks of 300 AU, then a week of 900 AU. */
function seed(db: string): void {
  const rows = ['date,sleep_h,fatigue,resting_hr_bpm,rest_day,sessions'];
  for (let i = 0; i < 35; i++) {
    const date = addDays(END, -(34 - i));
    const lastWeek = i >= 28;
    const rest = i % 7 === 6 && !lastWeek;
    const session = lastWeek ? 'hiit:100:9' : 'strength:50:6';
    rows.push(`${date},${lastWeek ? 6 : 8},${lastWeek ? 4 : 2},${lastWeek ? 58 : 50 + (i % 2)},${rest ? 'full' : ''},${rest ? '' : session}`);
  }
  const file = join(tempDir(), 'history.csv');
  writeFileSync(file, `${rows.join('\n')}\n`);
  expect(runCli(['import', 'csv', file], { db }).code).toBe(0);
}

describe('training load end to end', () => {
  let db: string;
  beforeAll(() => {
    db = tempDb();
    seed(db);
  });

  it('adds a load section with ACWR, monotony and strain, and the load warnings', () => {
    const r = runCli(['report', '--date', END, '--format', 'table', '--detail'], { db, env: { COLUMNS: '200' } });
    expect(r.code).toBe(0);
    // Week 5: 7 x 900 = 6300 AU; chronic = (3 x 6 x 300 + 6300) / 28 = 11700 / 28; ACWR = 900 / 417.857 = 2.15
    expect(r.stdout).toMatch(/│ 11-16 to 11-22 +│ 0 +│ 6300 │ 2\.15↑ +│ - +│ - +│/);
    expect(r.stdout).toContain('Sleep debt  7 h↓ short of 7 h a night, over the last 7 logged nights of 7');
    expect(r.stdout).toMatch(/Resting HR {2}7-day average 58 bpm↑; usual 50\.5 \+\/- 0\.5 bpm/);
    // Without --detail the jargon stays out: the week's load in plain words, no ACWR column.
    const plain = runCli(['report', '--date', END, '--format', 'table'], { db, env: { COLUMNS: '200' } }).stdout;
    expect(plain).toContain('  Mon 11-16 to Sun 11-22: 6300\n');
    expect(plain).not.toContain('Monotony');
    expect(r.stdout).toMatch(/\[ALERT\] Load spike: ACWR 2\.15 \(acute 900 \/ chronic 418 AU a day, training known on 7 of 7 and 28 of 28 days\)/);
    expect(r.stdout).toMatch(/\[WARNING\] Resting heart rate elevated: 58, 58, 58, 58, 58, 58, 58 bpm on Mon 11-16 to Sun 11-22/);
    expect(r.stdout).toMatch(/\[WARNING\] Sleep debt: 7\.0 h short of 7 h/);
  });

  it('carries every figure in JSON and switches to EWMA on request', () => {
    const json = JSON.parse(runCli(['report', '--month', '--date', END, '--json'], { db }).stdout);
    expect(json.load.model).toBe('rolling');
    expect(json.load.weeks).toHaveLength(4);
    const lastDay = json.load.days.at(-1);
    expect(lastDay.acute).toBe(900);
    expect(lastDay.chronic).toBeCloseTo(11700 / 28, 5);
    expect(lastDay.acwr).toBeCloseTo(900 / (11700 / 28), 5);
    expect(lastDay.monotony).toBeNull();
    const steadyWeek = json.load.weeks[0];
    // 6 x 300 and a rest day: mean 1800/7, population SD 300 x sqrt(6)/7 -> monotony sqrt(6)
    expect(steadyWeek.monotony).toBeCloseTo(Math.sqrt(6), 5);
    expect(steadyWeek.strain).toBeCloseTo(1800 * Math.sqrt(6), 5);
    const ewma = JSON.parse(runCli(['report', '--date', END, '--json', '--acwr', 'ewma'], { db }).stdout);
    expect(ewma.load.model).toBe('ewma');
    expect(ewma.warnings.find((w: { code: string }) => w.code === 'acwr-spike').evidence).toMatch(/^ACWR \d\.\d\d \(EWMA acute \d+ \/ chronic \d+/);
  });

  it('gives a red status with its reasons, strongest first', () => {
    const r = runCli(['status', '--date', END, '--format', 'table', '--detail'], { db, env: { COLUMNS: '200' } });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Readiness for Sun 2026-11-22: RED → Take a full rest day.');
    expect(r.stdout).toMatch(/Why \(.*\)\n {2}!!! Load spike: ACWR 2\.15.*\n {6}load: load ratio 2 or more on known days: twice your usual load\n/);
    // One fact, one reason: the week's short nights, not also last night's and the debt.
    expect(r.stdout).toMatch(/!! {2}Poor sleep: under 7 h on Mon 11-16 to Sun 11-22 6 h each\n {6}sleep: sleep worse than your normal this week/);
    expect(r.stdout).not.toContain('Slept 6 h last night');
    expect(r.stdout).toContain('Sleep 7-9 h tonight: you are 7.0 h short of your 7 h target this week.');
    const json = JSON.parse(runCli(['today', '--date', END, '--json'], { db }).stdout);
    expect(json.verdict).toBe('red');
    expect(json.reasons.map((x: { code: string; pillar: string; strength: number }) => [x.code, x.pillar, x.strength])).toEqual([
      ['acwr-spike', 'load', 3],
      ['constant-fatigue', 'feeling', 2],
      ['poor-sleep', 'sleep', 2],
      ['rhr-elevated', 'body', 2],
      ['no-rest-streak', 'load', 1],
    ]);
  });

  it('says what is missing when there is little data', () => {
    const fresh = tempDb();
    runCli(['log', '--date', '2026-11-22', '--sleep', '8', '--rest'], { db: fresh });
    const r = runCli(['status', '--date', '2026-11-22', '--format', 'table'], { db: fresh, env: { COLUMNS: '200' } });
    expect(r.stdout).toContain('Readiness for Sun 2026-11-22: NOT ENOUGH DATA');
    expect(r.stdout).toContain('Log a few days first: 1 of the last 7 has an entry.');
    expect(r.stdout).toContain(
      'load ratio (ACWR) not shown: training known on 1 of the last 7 days (5 needed) and 1 of the last 28 (21 needed); log --session or --rest on the others',
    );
  });
});

describe('recover plan end to end', () => {
  it('plans rest days, warns about a thin plan and shows planned against done in the report', () => {
    const db = tempDb();
    const plan = runCli(['plan', '--week', '2026-W48', '--rest', 'wed', '--format', 'table'], { db, env: { COLUMNS: '200' } });
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('Plan for 2026-W48 (1 rest day; target 2)');
    expect(plan.stdout).toContain('[WARNING] Plan has too few rest days: 1 rest day planned in 2026-W48 (Wed 11-25), target 2');
    const fixed = runCli(['plan', '--week', '2026-W48', '--rest', 'wed,sun', '--json'], { db });
    const json = JSON.parse(fixed.stdout);
    expect(json.warnings).toEqual([]);
    expect(json.days.map((d: { planned: { rest: boolean } }) => d.planned.rest)).toEqual([false, false, true, false, false, false, true]);
    runCli(['plan', '--date', '2026-11-23', '--session', 'strength:60:7'], { db });
    expect(runCli(['plan', '--date', '2026-11-25', '--session', 'hiit:30:8'], { db }).stderr).toBe('2026-11-25 was a planned rest day; it is now planned as training.\n');
    runCli(['plan', '--week', '2026-W48', '--rest', 'wed,sun'], { db });

    runCli(['log', '--date', '2026-11-23', '--sleep', '8', '--session', 'strength:60:7'], { db });
    runCli(['log', '--date', '2026-11-25', '--sleep', '8', '--session', 'hiit:40:8'], { db });
    const report = runCli(['report', '--date', '2026-11-29', '--format', 'table'], { db, env: { COLUMNS: '200' } });
    expect(report.stdout).toMatch(/│ Mon 11-23 │.*│ strength 60 ✓ +│/);
    expect(report.stdout).toMatch(/│ Wed 11-25 │.*│ rest ✗ +│/);
    expect(report.stdout).toContain('[WARNING] Planned rest skipped: trained on planned rest day Wed 11-25');
  });

  it('refuses a bad week and clears a plan', () => {
    const db = tempDb();
    expect(runCli(['plan', '--week', '2026-49', '--rest', 'wed'], { db })).toMatchObject({ code: 2, stderr: expect.stringContaining('--week must be an ISO week like 2026-W49') });
    runCli(['plan', '--week', '2026-W49', '--rest', 'wed'], { db });
    // --date with --clear clears that day only, as its help says.
    const day = JSON.parse(runCli(['plan', '--date', '2026-12-02', '--clear', '--json'], { db }).stdout);
    expect(day.days.map((d: { planned: unknown }) => d.planned !== null)).toEqual([true, true, false, true, true, true, true]);
    const cleared = runCli(['plan', '--week', '2026-W49', '--clear', '--json'], { db });
    expect(JSON.parse(cleared.stdout).days.every((d: { planned: unknown }) => d.planned === null)).toBe(true);
  });
});

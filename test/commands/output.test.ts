import { stripVTControlCharacters } from 'node:util';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { colorLevel, terminalColumns } from '../../src/cli/io.js';
import { fixture } from '../helpers/fixtures.js';
import { testDeps } from '../helpers/test-deps.js';

const WEEK_END = '2026-11-22';

/** A hard week with long training cells, so that a table has to work to fit 80 columns. */
async function hardWeek(): Promise<string> {
  const t = testDeps({ today: WEEK_END });
  const log = (args: string[]) => main(['log', ...args], t.deps);
  await main(['config', 'set', 'weight', '80'], t.deps);
  expect(await log(['--date', '2026-11-16', '--sleep', '6.5', '--sleep-quality', '2', '--protein', '100', '--session', 'strength:75:8', '--session', 'active-recovery:30:2', '--performance', '4', '--fatigue', '4', '--motivation', '3', '--soreness', '3', '--rhr', '55', '--awakenings', '3'])).toBe(0);
  expect(await log(['--date', '2026-11-17', '--sleep', '6', '--sleep-quality', '2', '--protein', '95', '--session', 'hiit:45:9', '--performance', '3', '--post-meal', 'no', '--fatigue', '4', '--motivation', '2', '--soreness', '4'])).toBe(0);
  expect(await log(['--date', '2026-11-18', '--sleep', '7.5', '--protein', '140', '--rest', '--fatigue', '5', '--motivation', '2', '--soreness', '4'])).toBe(0);
  expect(await log(['--date', '2026-11-19', '--sleep', '6.75', '--protein', '110', '--session', 'strength:80:8', '--session', 'mobility:15:2', '--performance', '2', '--fatigue', '4', '--soreness', '4', '--injury', 'left knee aches'])).toBe(0);
  expect(await log(['--date', '2026-11-20', '--sleep', '8', '--protein', '150', '--session', 'cardio:50:7', '--performance', '2', '--fatigue', '3'])).toBe(0);
  expect(await main(['plan', '--week', '2026-W47', '--rest', 'wed,sun'], t.deps)).toBe(0);
  t.deps.close();
  return t.deps.dbPath();
}

/** Two weeks, alcohol every other evening: enough for insights to compare both sides. */
async function taggedWeeks(): Promise<string> {
  const t = testDeps({ today: WEEK_END });
  for (let i = 0; i < 14; i++) {
    const date = `2026-11-${String(9 + i).padStart(2, '0')}`;
    const tag = ['--tag', i % 2 === 0 ? 'alcohol' : 'coffee'];
    const args = ['log', '--date', date, '--sleep', String(i % 2 === 0 ? 7 + (i % 3) / 4 : 8 + (i % 3) / 4), '--rhr', String(52 + (i % 2) * 3 + (i % 3)), '--fatigue', String(2 + (i % 2)), '--rest', ...tag];
    expect(await main(args, t.deps)).toBe(0);
  }
  t.deps.close();
  return t.deps.dbPath();
}

const widest = (text: string) => Math.max(...stripVTControlCharacters(text).split('\n').map((l) => [...l].length));

const SCREENS: string[][] = [
  ['report', '--date', WEEK_END],
  ['report', '--month', '--date', WEEK_END],
  ['report', '--date', WEEK_END, '--detail'],
  ['status', '--date', WEEK_END],
  ['status', '--date', WEEK_END, '--detail'],
  ['--quiet', 'plan', '--week', '2026-W47'], // --quiet: show the plan, ask nothing
  ['config', 'list'],
  ['explain', WEEK_END],
  ['explain', 'poor-sleep', '--date', WEEK_END],
];

describe('every screen fits the terminal', () => {
  it.each([80, 120])('fits %i columns, with and without colour, and keeps the content', async (columns) => {
    const db = await hardWeek();
    for (const args of SCREENS) {
      for (const color of ['never', 'always']) {
        const t = testDeps({ tty: true, db, today: WEEK_END, columns });
        const code = await main(["--color", color, ...args], t.deps);
        expect(code, `${args.join(" ")}: ${t.stderr()}`).toBe(0);
        const out = t.stdout();
        expect(widest(out), `${args.join(' ')} --color ${color}`).toBeLessThanOrEqual(columns);
        if (color === 'never' || args[0] === 'report' || args[0] === 'status') expect(/\u001b\[/.test(out), `${args.join(' ')} --color ${color}`).toBe(color === 'always');
      }
    }
    const report = testDeps({ tty: true, db, today: WEEK_END, columns });
    await main(['report', '--date', WEEK_END], report.deps);
    const text = report.stdout();
    // The headline first; every day's values are still there, marked without colour.
    expect(text.split('\n')[0]).toMatch(/^\[ALERT\] Overreaching: 3 of the 5 signs this week → Back off now: take 2 full/);
    for (const value of ['6.5↓', '100↓', '4↑', '6.75↓', 'no entry', 'Mon 11-16', 'Sun 11-22']) expect(text).toContain(value);
    expect(text).not.toMatch(/…/); // nothing cut off
    // A week is still a table at 80 columns: one line starts each day, its values beside the date.
    expect(text).toMatch(columns === 80 ? /^Mon 11-16 +6\.5↓ +2↓ +3↑ +100↓ +strength/m : /│ Mon 11-16 │ 6\.5↓ +│ 2↓ +│ 3↑ +│ 100↓ +│ strength/);
  });

  // The reading side in both languages: every screen at 80 and 120 columns, with and without colour.
  const READING: string[][] = [
    ['report', '--date', WEEK_END],
    ['report', '--month', '--date', WEEK_END],
    ['report', '--date', WEEK_END, '--detail'],
    ['status', '--date', WEEK_END],
    ['status', '--date', WEEK_END, '--detail'],
    ['--quiet', 'plan', '--week', '2026-W47'],
    ['chart', 'sleep', 'rhr', 'load', 'fatigue', '--weeks', '2', '--date', WEEK_END],
  ];
  it.each([
    [80, 'en'],
    [120, 'en'],
    [80, 'nl'],
    [120, 'nl'],
  ])('report, status, plan, chart and insights fit %i columns in %s, with and without colour', async (columns, lang) => {
    const db = await hardWeek();
    const tagged = await taggedWeeks();
    const screens = [...READING.map((args) => ({ db, args })), { db: tagged, args: ['insights', '--to', WEEK_END] }];
    const shown = new Map<string, string>();
    for (const { db: file, args } of screens) {
      for (const color of ['never', 'always']) {
        const t = testDeps({ tty: true, db: file, today: WEEK_END, columns });
        const code = await main(['--lang', lang, '--color', color, ...args], t.deps);
        const name = `${lang} ${args.join(' ')} --color ${color} at ${columns}`;
        expect(code, `${name}: ${t.stderr()}`).toBe(0);
        const out = t.stdout();
        expect(out.length, `${name}`).toBeGreaterThan(100);
        expect(widest(out), `${name}`).toBeLessThanOrEqual(columns);
        expect(/\u001b\[/.test(out), `${name}`).toBe(color === 'always');
        const command = args.find((a) => a !== '--quiet') ?? '';
        if (color === 'never') shown.set(command, `${shown.get(command) ?? ''}${out}`);
      }
    }
    const [report, status, plan, chart, insights] = ['report', 'status', 'plan', 'chart', 'insights'].map((k) => shown.get(k) ?? '') as [string, string, string, string, string];
    if (lang === 'nl') {
      expect(report.split('\n')[0]).toMatch(/^\[ALARM\] /);
      for (const text of ['Herstelrapport 16 nov 2026 t/m 22 nov 2026 (7 dagen)', 'ma 16 nov', 'zo 22 nov', '6,5↓', '6,75↓', 'rustdag', 'niets ingevuld', 'Samenvatting (5 van 7 dagen ingevuld)', 'Slaaptekort', 'Trainingsbelasting']) {
        expect(report, `${text}`).toContain(text);
      }
      expect(report).not.toMatch(/Recovery report|no entry|Summary/);
      expect(status.split('\n')[0]).toMatch(/^Oordeel voor zo 22 nov 2026: ROOD → /);
      expect(status).toContain('Waarom');
      expect(plan).toMatch(/^Plan voor 2026-W47 \(2 rustdagen; doel \d\)/);
      expect(plan).toContain('wo 18 nov 2026');
      expect(plan).toMatch(/│ rust +│ gerust +│|rust +gerust/);
      expect(chart).toContain('Slaap (uren per nacht)');
      expect(chart).toContain('Vermoeidheid (1 fris tot 5 uitgeput)');
      expect(chart).toMatch(/\d+ van 14 dagen met een meting/);
      expect(insights).toMatch(/alcohol: 7 dagen met, 7 zonder/);
      expect(insights.replace(/\s+/g, ' ')).toMatch(/slaap de nacht erna +\d+ min (korter|langer) na dagen met alcohol \(95%-BI/);
    } else {
      expect(report.split('\n')[0]).toMatch(/^\[ALERT\] /);
      for (const text of ['Recovery report 2026-11-16 to 2026-11-22 (7 days)', 'Mon 11-16', '6.5↓', 'rest day', 'no entry', 'Summary (5 of 7 days logged)']) expect(report, `${text}`).toContain(text);
      expect(status.split('\n')[0]).toMatch(/^Readiness for Sun 2026-11-22: RED → /);
      expect(plan).toMatch(/^Plan for 2026-W47 \(2 rest days; target \d\)/);
      expect(chart).toContain('Sleep (hours a night)');
      expect(insights).toMatch(/alcohol: 7 days with, 7 without/);
    }
  });

  it('uses the width it has: a 200-column table has borders and one line per day', async () => {
    const db = await hardWeek();
    const t = testDeps({ tty: true, db, today: WEEK_END, columns: 200 });
    await main(['report', '--date', WEEK_END], t.deps);
    expect(t.stdout()).toMatch(/│ Mon 11-16 │ 6\.5↓ +│ 2↓ +│ 3↑ +│ 100↓ +│ strength 75, active-recovery 30 +│ 660 +│/);
  });
});

describe('output for scripts', () => {
  it('prints tab-separated rows when piped, CSV or JSON on request, and nothing on stderr with --quiet', async () => {
    const db = await hardWeek();
    const piped = testDeps({ db, today: WEEK_END });
    await main(['status', '--date', WEEK_END], piped.deps);
    expect(piped.stdout()).toBe('Date\tVerdict\tAction\tReasons\n2026-11-22\tred\tTake a full rest day.\toverreaching,performance-drop,soreness-injury\n');
    const csv = testDeps({ db, today: WEEK_END });
    await main(['plan', '--week', '2026-W47', '--format', 'csv'], csv.deps);
    expect(csv.stdout().split('\n').slice(0, 2)).toEqual(['Date,Plan,Done', '2026-11-16,training,trained']);
    const quiet = testDeps({ db, today: WEEK_END });
    expect(await main(['--quiet', 'log', '--date', '2026-11-21', '--sleep', '7', '--rest', '--json'], quiet.deps)).toBe(0);
    expect(quiet.stderr()).toBe('');
    expect(JSON.parse(quiet.stdout())).toMatchObject({ date: '2026-11-21', action: 'created', day: { sleepHours: 7, trainingLogged: true } });
    // Rows for a script read the same in every language: English headings, codes, ISO dates, '.' decimals.
    for (const args of [['status', '--date', WEEK_END], ['report', '--date', WEEK_END], ['plan', '--week', '2026-W47', '--format', 'csv']]) {
      const en = testDeps({ db, today: WEEK_END });
      const nl = testDeps({ db, today: WEEK_END });
      await main(args, en.deps);
      await main(['--lang', 'nl', ...args], nl.deps);
      expect(nl.stdout(), `${args.join(' ')}`).toBe(en.stdout());
    }
    const rows = testDeps({ db, today: WEEK_END });
    await main(['--lang', 'nl', 'report', '--date', WEEK_END], rows.deps);
    expect(rows.stdout().split('\n').slice(0, 2)).toEqual([
      'Date\tSleep h\tSleep quality\tWoke (times)\tProtein g\tTraining (min)\tLoad\tFatigue\tDrive\tSore\tResting HR bpm\tPlan',
      '2026-11-16\t6.5\t2\t3\t100\tstrength 75, active-recovery 30\t660\t4\t3\t3\t55\ttrain ✓',
    ]);
    const failing = testDeps({ db, today: WEEK_END });
    expect(await main(['--quiet', 'report', '--week', '--month'], failing.deps)).toBe(2);
    expect(failing.stderr()).toContain('error: choose one range'); // errors still show
  });

  it('says in JSON what import, delete and config set did', async () => {
    const db = await hardWeek();
    const t = testDeps({ db, today: WEEK_END });
    expect(await main(['config', 'set', 'weight', '78.5', '--json'], t.deps)).toBe(0);
    expect(JSON.parse(t.stdout())).toEqual({ setting: 'weight', value: 78.5 });
    const del = testDeps({ db, today: WEEK_END });
    expect(await main(['delete', '--from', '2026-11-16', '--to', '2026-11-17', '--yes', '--json'], del.deps)).toBe(0);
    expect(JSON.parse(del.stdout())).toEqual({ from: '2026-11-16', to: '2026-11-17', deleted: 2 });
    const imp = testDeps({ db, today: WEEK_END });
    expect(await main(['import', 'pmsys', fixture('pmsys/wellness.csv'), '--tz', 'UTC', '--dry-run', '--json'], imp.deps)).toBe(0);
    expect(JSON.parse(imp.stdout())).toMatchObject({
      source: 'pmsys', dryRun: true, daysUpdated: 3,
      files: [{ days: 3, fieldsFilled: 17, sessionsAdded: 0, skipped: [{ reason: 'implausible value left out: sleep must be a number from 0 to 24, got "30"' }] }],
    });
  });

  it('honours --color, FORCE_COLOR and NO_COLOR in that order, and COLUMNS', () => {
    expect(colorLevel({}, true, 'auto')).toBeGreaterThan(0);
    expect(colorLevel({}, false, 'auto')).toBe(0);
    expect(colorLevel({ NO_COLOR: '1' }, true, 'auto')).toBe(0);
    expect(colorLevel({ NO_COLOR: '1', FORCE_COLOR: '1' }, false, 'auto')).toBe(1);
    expect(colorLevel({ FORCE_COLOR: '0' }, true, 'auto')).toBe(0);
    expect(colorLevel({ FORCE_COLOR: '3' }, true, 'never')).toBe(0);
    expect(colorLevel({ NO_COLOR: '1' }, false, 'always')).toBeGreaterThan(0);
    expect(terminalColumns({ COLUMNS: '100' }, 80)).toBe(100);
    expect(terminalColumns({}, 132)).toBe(132);
    expect(terminalColumns({}, undefined)).toBe(80);
  });

  it('explains a code and a day with the rule, the numbers and the source', async () => {
    const db = await hardWeek();
    const t = testDeps({ db, today: WEEK_END });
    await main(['explain', 'poor-sleep', '--date', WEEK_END, '--json'], t.deps);
    expect(JSON.parse(t.stdout())).toMatchObject({
      code: 'poor-sleep', fired: true, source: 'Watson et al. 2015 (AASM/SRS: 7 h or more for adults)',
      numbers: { shortNights: 3, nights: 5 },
    });
    const day = testDeps({ db, today: WEEK_END });
    await main(['explain', WEEK_END, '--json'], day.deps);
    const json = JSON.parse(day.stdout());
    expect(json.verdict).toBe('red');
    expect(json.reasons[0]).toMatchObject({ code: 'overreaching', rule: '3 or more of the 5 overreaching signs in the last 7 days', numbers: { signs: 3 }, source: 'Meeusen et al. 2013, ECSS/ACSM consensus on overtraining' });
    const bad = testDeps({ db, today: WEEK_END });
    expect(await main(['explain', 'nonsense'], bad.deps)).toBe(2);
  });
});

describe('export --excel', () => {
  it('writes a BOM, semicolons and decimal commas, which parse back to the same numbers', async () => {
    const db = await hardWeek();
    const t = testDeps({ db, today: WEEK_END });
    expect(await main(['export', '--excel'], t.deps)).toBe(0);
    const text = t.stdout();
    expect(text.startsWith('\uFEFFdate;sleep_h;')).toBe(true);
    // As a spreadsheet in a Dutch locale reads it: ';' between cells, ',' as the decimal mark.
    const rows: Array<Record<string, string>> = parse(text, { bom: true, delimiter: ';', columns: true });
    expect(rows.map((r) => r.sleep_h)).toEqual(['6,5', '6', '7,5', '6,75', '8']);
    expect(rows.map((r) => Number(r.sleep_h?.replace(',', '.')))).toEqual([6.5, 6, 7.5, 6.75, 8]);
    expect(rows[0]).toMatchObject({ date: '2026-11-16', protein_g: '100', sessions: 'strength:75:8;active-recovery:30:2', load: '660' });
    const sessions = testDeps({ db, today: WEEK_END });
    await main(['export', '--excel', '--table', 'sessions'], sessions.deps);
    const sessionRows: unknown[] = parse(sessions.stdout(), { bom: true, delimiter: ';', columns: true });
    expect(sessionRows).toHaveLength(6);
  });
});

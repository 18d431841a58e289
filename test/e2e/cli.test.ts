import { spawn } from 'node:child_process';
import { chmodSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli, tempDb, tempDir } from '../helpers/run-cli.js';

const WEEK_END = '2026-11-22'; // a Sunday

/** A hard week: the kind that should light up the warnings. */
function logHardWeek(db: string): void {
  const log = (args: string[]) => {
    const r = runCli(['log', ...args], { db });
    expect(r.stderr).toMatch(/^(Saved|Updated) /);
    expect(r.code).toBe(0);
  };
  expect(runCli(['config', 'set', 'weight', '80'], { db }).code).toBe(0);
  log(['--date', '2026-11-16', '--sleep', '6.5', '--sleep-quality', '2', '--protein', '100', '--session', 'strength:75:8', '--performance', '4', '--post-meal', 'yes', '--fatigue', '4', '--motivation', '3', '--soreness', '3', '--rhr', '55']);
  log(['--date', '2026-11-17', '--sleep', '6', '--sleep-quality', '2', '--protein', '95', '--session', 'hiit:45:9', '--performance', '3', '--post-meal', 'no', '--fatigue', '4', '--motivation', '2', '--soreness', '4']);
  log(['--date', '2026-11-18', '--sleep', '7.5', '--protein', '140', '--rest', '--fatigue', '5', '--motivation', '2', '--soreness', '4']);
  log(['--date', '2026-11-19', '--sleep', '6.75', '--protein', '110', '--session', 'strength:80:8', '--session', 'mobility:15:2', '--performance', '2', '--post-meal', 'yes', '--fatigue', '4', '--soreness', '4', '--injury', 'left knee aches']);
  log(['--date', '2026-11-20', '--sleep', '8', '--protein', '150', '--session', 'cardio:50:7', '--performance', '2', '--fatigue', '3']);
}

describe('recover, end to end', () => {
  let db: string;
  beforeAll(() => {
    db = tempDb();
    logHardWeek(db);
  });

  it('creates the database readable by its owner only', () => {
    expect(statSync(db).mode & 0o777).toBe(0o600);
    expect(statSync(join(db, '..')).mode & 0o777).toBe(0o700);
  });

  it('prints the weekly report: the headline, a row per day, the summary and warnings with evidence', () => {
    const r = runCli(['report', '--week', '--date', WEEK_END, '--format', 'table'], { db, env: { COLUMNS: '200' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    const lines = out.split('\n');
    // One answer first: the week in a sentence and the one thing to do.
    expect(lines[0]).toBe('[ALERT] Overreaching: 3 of the 5 signs this week → Back off now: take 2 full rest days, then train light until fatigue, sleep and mood recover.');
    expect(out).toContain('Recovery report 2026-11-16 to 2026-11-22 (7 days)');
    // Units in the headings; arrows mark values out of range, so they read without colour.
    expect(out).toMatch(/│ Day +│ Sleep h │ Sleep quality │ Protein g │ Training \(min\) +│ Load │ Fatigue │ Drive │ Sore │ Resting HR bpm │/);
    expect(out).toMatch(/│ Mon 11-16 │ 6\.5↓ +│ 2↓ +│ 100↓ +│ strength 75 +│ 600 +│ 4↑ +│ 3 +│ 3 +│ 55 +│/);
    expect(out).toMatch(/│ Wed 11-18 │ 7\.5 +│ +│ 140 +│ rest day +│ +│ 5↑ /);
    expect(out).toMatch(/│ Sat 11-21 │ no entry +│/);
    expect(out).toContain('Sleep     average 6.95 h↓ over 5 nights (target 7 h); 3 nights under 7 h, 3 nights under target');
    expect(out).toContain('Protein   average 119 g↓ (1.5 g/kg) over 5 days; target 128 g; 3 days under target');
    expect(out).toContain('Rest      1 of 2 target rest days (1 full, 0 active); 2 days without training logged');
    expect(out).toContain('Load      2025 total (effort x minutes) over 4 training days, 5 sessions');
    const warnings = out.slice(out.indexOf('\nWarnings\n') + 1, out.indexOf('\nWhat to do')).trim().split('\n').slice(1);
    // A week's cluster is overreaching, not overtraining (that needs three weeks despite rest); the signs it
    // names are folded under it, not repeated as warnings of their own.
    expect(warnings.slice(0, 4)).toEqual([
      '[ALERT] Overreaching: 3 of the 5 signs this week',
      '    - Performance dropping while load stays high: performance 3.5 -> 2 (Mon 11-16 4, Tue 11-17 3, Thu 11-19 to Fri 11-20 2 each) while load per training day went 503 -> 510 AU',
      '    - Poor sleep: under 7 h on Mon 11-16 6.5 h, Tue 11-17 6 h, Thu 11-19 6.75 h',
      '    - Injury or lingering soreness: injury noted on Thu 11-19: "left knee aches"',
    ]);
    expect(warnings.filter((w) => w.startsWith('[WARNING] Poor sleep'))).toEqual([]);
    // A new user's normal is still building: only the far end of the fatigue scale counts yet.
    expect(out).not.toContain('Constant fatigue');
    expect(warnings).toContain('[WARNING] No meal within 2 h after training: on Tue 11-17');
    // One plan: one rest-day count.
    const plan = out.slice(out.indexOf('\nWhat to do'));
    expect(plan.match(/rest days?/g)).toEqual(['rest days']);
    expect(plan).toContain('take 2 full rest days');
    expect(out).not.toMatch(/\u001b\[/); // no colour without a terminal
  });

  it('prints the days as tab-separated rows when piped', () => {
    const r = runCli(['report', '--week', '--date', WEEK_END], { db });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Date\tSleep h\tSleep quality\tProtein g\tTraining (min)\tLoad\tFatigue\tDrive\tSore\tResting HR bpm');
    expect(lines[1]).toBe('2026-11-16\t6.5\t2\t100\tstrength 75\t600\t4\t3\t3\t55');
    expect(lines[6]).toBe('2026-11-21\tno entry\t\t\t\t\t\t\t\t');
    expect(lines).toHaveLength(8);
  });

  it('prints the same report as one JSON document', () => {
    const r = runCli(['report', '--date', WEEK_END, '--json'], { db });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.from).toBe('2026-11-16');
    expect(json.days).toHaveLength(7);
    expect(json.days[0]).toMatchObject({ date: '2026-11-16', weekday: 'Mon', logged: true, status: 'training', load: 600, sleepHours: 6.5 });
    expect(json.days[2]).toMatchObject({ date: '2026-11-18', status: 'full-rest', load: 0 });
    expect(json.days[5]).toEqual({ date: '2026-11-21', weekday: 'Sat', logged: false, status: 'unknown', load: null, loadEstimated: false });
    expect(json.summary.load.total).toBe(2025);
    expect(json.warnings.map((w: { code: string }) => w.code)).toEqual([
      'overreaching', 'performance-drop', 'poor-sleep', 'soreness-injury', 'low-protein', 'no-post-training-meal',
    ]);
  });

  it('covers a month and a custom range', () => {
    const month = JSON.parse(runCli(['report', '--month', '--date', WEEK_END, '--json'], { db }).stdout);
    expect([month.from, month.to, month.days.length]).toEqual(['2026-10-26', '2026-11-22', 28]);
    const custom = JSON.parse(runCli(['report', '--from', '2026-11-17', '--to', '2026-11-18', '--format', 'json'], { db }).stdout);
    expect(custom.days.map((d: { date: string }) => d.date)).toEqual(['2026-11-17', '2026-11-18']);
  });

  it('says so, and exits 0, for a range with nothing logged', () => {
    const r = runCli(['report', '--date', '2026-01-10'], { db });
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'Nothing logged from 2026-01-04 to 2026-01-10. Log a day with "recover log".\n' });
  });

  it('exports CSV and JSON, and imports its own export back to the same data', () => {
    const csv = runCli(['export'], { db });
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[4]).toBe('2026-11-19,6.75,,,110,,,2,4,,4,,,,yes,left knee aches,,,strength:80:8;mobility:15:2,670,,,,sleep_h=manual;protein_g=manual;performance=manual;fatigue=manual;soreness=manual;meal_within_2h=manual;injury=manual,,,,,,');
    const sessions = runCli(['export', '--table', 'sessions', '--from', '2026-11-19', '--to', '2026-11-19'], { db }).stdout;
    expect(sessions).toBe(
      'date,position,type,minutes,rpe,load,trimp,source,external_id,load_estimated,avg_hr_bpm,max_hr_bpm\r\n2026-11-19,0,strength,80,8,640,,,,,,\r\n2026-11-19,1,mobility,15,2,30,,,,,,\r\n',
    );
    const json = runCli(['export', '--json'], { db });
    const days = JSON.parse(json.stdout);
    expect(days).toHaveLength(5);
    expect(days[2]).toMatchObject({ date: '2026-11-18', trainingLogged: true, sessions: [], fatigue: 5 });

    const dir = tempDir();
    const file = join(dir, 'backup.csv');
    const written = runCli(['export', '--output', file], { db });
    expect(written.stderr).toBe(`Wrote 5 days to ${file}.\n`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const copy = join(dir, 'copy.db');
    expect(runCli(['import', 'csv', file], { db: copy }).stderr).toBe(`${file}: 5 days touched, 33 fields filled, 5 sessions added, 0 rows skipped\nUpdated 5 days.\n`);
    expect(runCli(['export'], { db: copy }).stdout).toBe(csv.stdout);
    expect(runCli(['export', '--json'], { db: copy }).stdout).toBe(json.stdout);
  });

  it('export, wipe, import gives the same data back', () => {
    const copy = tempDb();
    const file = join(tempDir(), 'all.csv');
    runCli(['export', '-o', file], { db });
    runCli(['import', 'csv', file], { db: copy });
    const before = runCli(['export', '--json'], { db: copy }).stdout;
    expect(runCli(['delete', '--from', '2026-01-01', '--to', '2026-12-31', '--yes'], { db: copy }).stderr).toBe('Deleted 5 days (2026-01-01 to 2026-12-31).\n');
    expect(runCli(['export', '--json'], { db: copy }).stdout).toBe('[]\n');
    runCli(['import', 'csv', file], { db: copy });
    expect(runCli(['export', '--json'], { db: copy }).stdout).toBe(before);
  });
});

describe('errors', () => {
  const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

  it('refuses an out-of-range value with its range, exit 2, and keeps the stored day', () => {
    const db = tempDb();
    runCli(['log', '--date', '2026-11-20', '--sleep', '7', '--rest'], { db });
    const before = runCli(['export'], { db }).stdout;
    for (const [flag, value, message] of [
      ['--sleep', '25', '--sleep: sleep must be a number from 0 to 24, got "25"'],
      ['--fatigue', '0', '--fatigue: fatigue must be a whole number from 1 to 5, got "0"'],
      ['--session', 'strength:60:12', '--session: session RPE must be a number from 0 to 10, got "12"'],
      ['--post-meal', 'maybe', '--post-meal: --post-meal must be yes or no, got "maybe"'],
      ['--date', '2026-02-30', '--date must be a date as YYYY-MM-DD from 1900-01-01 to 2199-12-31, got "2026-02-30"'],
    ] as const) {
      const r = runCli(['log', '--date', '2026-11-20', '--protein', '200', flag, value], { db });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`error: ${message}\nRun "recover log --help" for usage.\n`);
    }
    expect(runCli(['export'], { db }).stdout).toBe(before);
  });

  it('refuses dates outside 1900-2199 at once, in every command (no endless loop, no slow report)', () => {
    const db = tempDb();
    runCli(['log', '--date', '2026-11-20', '--sleep', '7', '--rest'], { db });
    for (const args of [['report', '--date', '9999-12-31'], ['status', '--date', '9999-12-31'], ['report', '--from', '0100-01-01', '--to', '2026-11-20']]) {
      const r = runCli(args, { db });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/must be a date as YYYY-MM-DD from 1900-01-01 to 2199-12-31/);
    }
    const file = join(tempDir(), 'old.csv');
    writeFileSync(file, 'date,sleep_h\n0100-01-01,7\n');
    expect(runCli(['import', 'csv', file], { db })).toMatchObject({ code: 1, stderr: expect.stringContaining(':2: date must be YYYY-MM-DD, got "0100-01-01"') });
  });

  it('gives a usage error, exit 2, for unknown commands and options', () => {
    const r = runCli(['repot'], { db: tempDb() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'repot'");
    const opt = runCli(['report', '--weekly'], { db: tempDb() });
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain("unknown option '--weekly'");
    const both = runCli(['report', '--week', '--month'], { db: tempDb() });
    expect(both).toMatchObject({ code: 2, stderr: 'error: choose one range: --week, --month or --from/--to\nRun "recover report --help" for usage.\n' });
  });

  it('explains a missing, corrupt, folder or newer database, exit 1', () => {
    const dir = tempDir();
    const missing = runCli(['report'], { db: join(dir, 'nothing.db') });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`error: No database at ${join(dir, 'nothing.db')} yet. Log a day with "recover log" first, or point --db or RECOVER_DB at your database.\n`);

    const corrupt = join(dir, 'corrupt.db');
    writeFileSync(corrupt, Buffer.alloc(8192, 7));
    const c = runCli(['report'], { db: corrupt });
    expect(c).toMatchObject({ code: 1, stderr: `error: ${corrupt} is not a recover database, or it is corrupt. Restore it from a backup or pass another --db.\n` });

    const folder = join(dir, 'folder.db');
    mkdirSync(folder);
    expect(runCli(['log', '--sleep', '7', '--rest'], { db: folder })).toMatchObject({ code: 1, stderr: expect.stringContaining('is a folder, not a database file') });

    const newer = join(dir, 'newer.db');
    const raw = new Database(newer);
    raw.pragma('user_version = 99');
    raw.pragma('application_id = 0x52435652');
    raw.close();
    const n = runCli(['log', '--sleep', '7', '--rest'], { db: newer });
    expect(n.code).toBe(1);
    expect(n.stderr).toContain('made by a newer recover (schema v99');
    for (const r of [missing, c, n]) noStack(r.stderr);
  });

  it('stops a bad import at the file and line, writing nothing', () => {
    const db = tempDb();
    runCli(['log', '--date', '2026-11-20', '--sleep', '7', '--rest'], { db });
    const before = runCli(['export'], { db }).stdout;
    const file = join(tempDir(), 'bad.csv');
    writeFileSync(file, 'date,sleep_h,fatigue\n2026-11-21,8,2\n2026-11-22,7,9\n');
    const r = runCli(['import', 'csv', file], { db });
    expect(r).toMatchObject({ code: 1, stderr: `error: ${file}:3: fatigue must be a whole number from 1 to 5, got "9"\n` });
    expect(runCli(['export'], { db }).stdout).toBe(before);
    expect(runCli(['import', 'csv', join(tempDir(), 'none.csv')], { db }).stderr).toMatch(/Cannot read .*none\.csv: no such file/);
  });

  // File permissions do not bind root, so these run as "nobody" (only possible when the tests run as root).
  const asRoot = process.getuid?.() === 0;
  // "nobody" must be able to run the binary at all: not when the checkout sits in a private folder.
  const nobodyCanRun = asRoot && runCli(['--version'], { uid: 65534 }).code === 0;
  if (!asRoot) console.warn('  SKIPPED: read-only and unreadable database tests need root to switch to "nobody"');
  else if (!nobodyCanRun) console.warn('  SKIPPED: read-only and unreadable database tests: "nobody" cannot read this checkout (a private folder above it)');
  it.skipIf(!nobodyCanRun)('explains a read-only database (reading still works) and an unreadable one', () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    const db = join(dir, 'shared.db');
    runCli(['log', '--date', '2026-11-20', '--sleep', '7', '--rest'], { db });
    chmodSync(db, 0o644);
    const NOBODY = 65534;
    expect(runCli(['report', '--date', '2026-11-20', '--json'], { db, uid: NOBODY }).code).toBe(0);
    const write = runCli(['log', '--date', '2026-11-21', '--sleep', '7', '--rest'], { db, uid: NOBODY });
    expect(write).toMatchObject({ code: 1, stderr: `error: ${db} is read-only, so recover cannot use it. Make it writable (chmod u+w) or copy it somewhere writable.\n` });
    chmodSync(db, 0o600);
    const read = runCli(['report', '--date', '2026-11-20'], { db, uid: NOBODY });
    expect(read).toMatchObject({ code: 1, stderr: `error: Cannot open ${db}: check that the file and its folder are readable and writable by you.\n` });
  });

  it('asks for --yes before deleting without a terminal', () => {
    const db = tempDb();
    runCli(['log', '--date', '2026-11-20', '--sleep', '7', '--rest'], { db });
    const r = runCli(['delete', '--date', '2026-11-20'], { db });
    expect(r).toMatchObject({ code: 2, stderr: expect.stringContaining('deleting 1 day (2026-11-20) needs confirmation: pass --yes') });
    expect(runCli(['export'], { db }).stdout).toContain('2026-11-20');
  });

  it('shows the stack only with RECOVER_DEBUG=1', () => {
    const corrupt = join(tempDir(), 'c.db');
    writeFileSync(corrupt, Buffer.alloc(8192, 7));
    expect(runCli(['report'], { db: corrupt, env: { RECOVER_DEBUG: '1' } }).stderr).toMatch(/^\s+at /m);
  });
});

describe('where the data lives', () => {
  it('uses --db over RECOVER_DB, and RECOVER_DB over the user data folder', () => {
    const home = tempDir();
    const env = { XDG_DATA_HOME: join(home, 'xdg'), HOME: home, RECOVER_DB: '' };
    runCli(['log', '--sleep', '7', '--rest'], { env });
    const defaultDb = join(home, 'xdg', 'recover', 'recover.db');
    expect(statSync(defaultDb).mode & 0o777).toBe(0o600);
    const viaEnv = tempDb();
    const flag = tempDb();
    runCli(['--db', flag, 'log', '--sleep', '6', '--rest'], { env: { RECOVER_DB: viaEnv } });
    expect(runCli(['export'], { db: flag }).stdout).toContain(',6,');
    expect(runCli(['export'], { db: viaEnv }).code).toBe(1);
    expect(JSON.parse(runCli(['config', 'list', '--json'], { env }).stdout).database).toBe(defaultDb);
  });

  it('lets two commands write at once: the second waits instead of failing', async () => {
    const db = tempDb();
    runCli(['log', '--date', '2026-11-01', '--sleep', '7', '--rest'], { db });
    const run = (date: string) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'log', '--date', date, '--sleep', '7', '--rest'], {
          env: { ...process.env, RECOVER_DB: db },
          stdio: 'ignore',
        });
        child.on('exit', resolve);
      });
    const dates = Array.from({ length: 6 }, (_, i) => `2026-11-0${i + 2}`);
    expect(await Promise.all(dates.map(run))).toEqual(dates.map(() => 0));
    expect(JSON.parse(runCli(['export', '--json'], { db }).stdout)).toHaveLength(7);
  });
});

describe('config', () => {
  it('sets, gets and lists settings, refusing bad values', () => {
    const db = tempDb();
    expect(runCli(['config', 'set', 'sleep-target', '8.5'], { db })).toMatchObject({ code: 0, stderr: 'sleep-target set to 8.5 h.\n' });
    expect(runCli(['config', 'get', 'sleep-target'], { db }).stdout).toBe('8.5\n');
    expect(runCli(['config', 'get', 'weight'], { db }).stdout).toBe('\n');
    const bad = runCli(['config', 'set', 'rest-days', '0'], { db });
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('rest-days must be a whole number from 1 to 7 days/week, got "0"') });
    expect(runCli(['config', 'set', 'bogus', '1'], { db }).stderr).toContain('unknown setting "bogus"');
    expect(runCli(['config', 'list'], { db }).stdout).toMatch(/^sleep-target\t8\.5\th\t/m);
    expect(runCli(['config', 'list', '--format', 'table'], { db }).stdout).toMatch(/^sleep-target +8\.5 +h /m);
    const settings = readFileSync(db).length;
    expect(settings).toBeGreaterThan(0);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDb, tempDir } from '../helpers/run-cli.js';
import { fixture } from '../helpers/fixtures.js';

const json = (db: string) => JSON.parse(runCli(['export', '--json'], { db }).stdout) as Array<Record<string, unknown>>;

describe('recover import', () => {
  it('imports a WHOOP folder, summarises per file, and a second import adds nothing', () => {
    const db = tempDb();
    const first = runCli(['import', 'whoop', fixture('whoop')], { db });
    expect(first.code).toBe(0);
    // sleeps.csv gives the sleep; the cycles give resting HR and HRV.
    expect(first.stderr).toContain('physiological_cycles.csv: 2 days touched, 4 fields filled, 0 sessions added, 0 rows skipped');
    expect(first.stderr).toContain('sleeps.csv: 3 days touched, 9 fields filled, 0 sessions added, 0 rows skipped');
    expect(first.stderr).toContain('workouts.csv: 2 days touched, 0 fields filled, 3 sessions added, 0 rows skipped');
    expect(first.stderr).toContain('note: 1 day with naps (sleep ending from 14:00 until midnight): kept apart as nap_h');
    expect(first.stderr).toMatch(/Updated 4 days\.\n$/);
    const again = runCli(['import', 'whoop', fixture('whoop')], { db });
    expect(again.stderr).toMatch(/Nothing new: every value from .* is already stored\.\n$/);
    const days = json(db);
    // 2024-03-09 holds only the journal's answers about that day (the cycle waking on the 10th).
    expect(days.map((d) => d.date)).toEqual(['2024-03-09', '2024-03-10', '2024-03-11', '2024-03-12']);
    expect(days[0]).toMatchObject({ sleepHours: null, tags: '-injury' });
    expect(days[2]).toMatchObject({ sleepHours: null, napH: 0.67, tags: 'caffeine,-hydrated,injury,protein' });
    expect(days[3]).toMatchObject({ sleepHours: 7.75, bedtimeMin: 22 * 60 + 10, wakeMin: 6 * 60 + 40, restingHrBpm: 52, hrvMs: 61, trainingLogged: true });
  });

  it('shows what would change on --dry-run and writes nothing, not even a database', () => {
    const db = join(tempDir(), 'never.db');
    const r = runCli(['import', 'whoop', fixture('whoop/sleeps.csv'), '--dry-run', '--format', 'table'], { db });
    expect(r.stdout).toBe(
      'Dry run: nothing was written. These changes would be made:\n2024-03-10\n  sleep_h: empty -> 6.7 (whoop)\n  bedtime_min: empty -> 21:30 (whoop)\n  wake_min: empty -> 05:15 (whoop)\n  waso_min: empty -> 63 (whoop)\n' +
        '2024-03-11\n  nap_h: empty -> 0.67 (whoop)\n2024-03-12\n  sleep_h: empty -> 7.75 (whoop)\n  bedtime_min: empty -> 22:10 (whoop)\n  wake_min: empty -> 06:40 (whoop)\n  waso_min: empty -> 45 (whoop)\n',
    );
    expect(r.stderr).toMatch(/Would update 3 days\.\n$/);
    expect(runCli(['export'], { db }).code).toBe(1);
  });

  it('keeps what you typed, says so on --dry-run, and replaces it with --overwrite', () => {
    const db = tempDb();
    runCli(['log', '--date', '2024-03-12', '--sleep', '8', '--rest', '--rhr', '50', '--bedtime', '23:15'], { db });
    const dry = runCli(['import', 'whoop', fixture('whoop/physiological_cycles.csv'), '--dry-run', '--format', 'table'], { db });
    // The cycles' sleep is WHOOP's fallback source, named as such.
    expect(dry.stdout).toContain('  sleep_h: keeps 8 (typed by hand) over 7.75 from whoop (cycles); --overwrite would replace it');
    expect(dry.stdout).toContain('  resting_hr_bpm: keeps 50 (typed by hand) over 52 from whoop; --overwrite would replace it');
    expect(dry.stdout).toContain('  hrv_ms: empty -> 61 (whoop)');
    // Bed and wake times as the clock reads them, not the minutes after midnight stored.
    expect(dry.stdout).toContain('  bedtime_min: keeps 23:15 (typed by hand) over 22:10 from whoop (cycles); --overwrite would replace it');
    runCli(['import', 'whoop', fixture('whoop/physiological_cycles.csv')], { db });
    expect(json(db).find((d) => d.date === '2024-03-12')).toMatchObject({ sleepHours: 8, restingHrBpm: 50, hrvMs: 61 });
    runCli(['import', 'whoop', fixture('whoop/physiological_cycles.csv'), '--overwrite'], { db });
    expect(json(db).find((d) => d.date === '2024-03-12')).toMatchObject({ sleepHours: 7.75, restingHrBpm: 52 });
  });

  it('stops at a malformed row with file and line, writing nothing; --skip-invalid skips and reports it', () => {
    const db = tempDb();
    runCli(['log', '--date', '2024-03-01', '--sleep', '7', '--rest'], { db });
    const before = runCli(['export'], { db }).stdout;
    const file = join(tempDir(), 'dailysummary.csv');
    writeFileSync(file, 'Date,Protein (g),Carbs (g),Water (g)\n2024-03-02,150,200,2000\n2024-03-03,lots,200,2000\n2024-03-04,140,,\n');
    const r = runCli(['import', 'cronometer', file], { db });
    expect(r).toMatchObject({ code: 1, stderr: `error: ${file}:3: "Protein (g)" is not a number: "lots" (use --skip-invalid to skip such rows)\n` });
    expect(runCli(['export'], { db }).stdout).toBe(before);
    const skipped = runCli(['import', 'cronometer', file, '--skip-invalid'], { db });
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toContain(`${file}: 2 days touched, 3 fields filled, 0 sessions added, 1 row skipped`);
    expect(skipped.stderr).toContain(`  skipped ${file}:3: "Protein (g)" is not a number: "lots"`);
  });

  it('imports only the days asked for', () => {
    const db = tempDb();
    runCli(['import', 'cronometer', fixture('cronometer/dailysummary.csv'), '--from', '2024-03-02', '--to', '2024-03-02'], { db });
    expect(json(db).map((d) => d.date)).toEqual(['2024-03-02']);
  });

  it('marks days whose sessions lack an RPE in the report', () => {
    const db = tempDb();
    runCli(['import', 'apple-health', fixture('apple-health/export.zip'), '--tz', 'Europe/Amsterdam'], { db });
    const report = runCli(['report', '--date', '2024-03-03', '--format', 'table'], { db, env: { COLUMNS: '200' } }).stdout;
    // The strength workout's average HR 128 of the export's highest 171 (75%): RPE ~6; the walk has no heart rate.
    expect(report).toMatch(/│ Sat 03-02 │ 7\.67 +│.*strength 52\.5 \(est\.\) +│ ~315 │/);
    expect(report).toMatch(/│ Sun 03-03 │.*active-recovery 30 \(no effort\)/);
    expect(report).toContain('1 session without an effort score add no load; 1 session estimated from heart rate (~)');
  });

  it('round-trips imported sessions through the CSV tables, so a re-import still adds nothing', () => {
    const db = tempDb();
    runCli(['import', 'whoop', fixture('whoop')], { db });
    const dir = tempDir();
    runCli(['export', '-o', join(dir, 'days.csv')], { db });
    runCli(['export', '--table', 'sessions', '-o', join(dir, 'sessions.csv')], { db });
    const copy = tempDb();
    expect(runCli(['import', 'csv', join(dir, 'days.csv'), join(dir, 'sessions.csv')], { db: copy }).code).toBe(0);
    expect(json(copy)).toEqual(json(db));
    expect(runCli(['import', 'whoop', fixture('whoop/workouts.csv')], { db: copy }).stderr).toMatch(/Nothing new/);
    // The days table alone keeps them too.
    const daysOnly = tempDb();
    runCli(['import', 'csv', join(dir, 'days.csv')], { db: daysOnly });
    expect(json(daysOnly)).toEqual(json(db));
  });

  it('refuses a path that is not there, or not of the source', () => {
    const db = tempDb();
    expect(runCli(['import', 'fitbit', join(tempDir(), 'nope')], { db })).toMatchObject({ code: 1, stderr: expect.stringMatching(/Cannot read .*nope: no such file or folder/) });
    expect(runCli(['import', 'pmsys', fixture('cronometer/dailysummary.csv')], { db })).toMatchObject({ code: 1, stderr: expect.stringContaining(': not from pmsys (expected wellness.csv, srpe.csv, injury.csv or reporting.csv); it looks like a cronometer export (dailysummary.csv): run "recover import cronometer') });
    expect(runCli(['import', 'polar', 'x'], { db }).code).toBe(2);
  });
});

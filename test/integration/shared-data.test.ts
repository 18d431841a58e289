import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { dayLoad, sessionLoad } from '../../src/core/day-status.js';
import { isLoadEstimated } from '../../src/core/estimated-load.js';
import { listAllDays } from '../../src/storage/days.js';
import type { Day } from '../../src/core/types.js';
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
    expect(days.get('2024-03-11')).toMatchObject({ sleepHours: 5.1, restingHrBpm: 85, hrvMs: 12 });
    // In Europe (UTC+01:00): woke 2024-06-10 10:04 after 317 min asleep.
    expect(days.get('2024-06-10')).toMatchObject({ sleepHours: 5.28, restingHrBpm: 107, hrvMs: 9 });
    // The current cycle (no end time): woke 2024-06-24 05:44 after 504 min; a 21-min run, zones 1/6/12/58/23 %.
    const latest = days.get('2024-06-24');
    expect(latest).toMatchObject({ sleepHours: 8.4, restingHrBpm: 77, hrvMs: 16 });
    expect(latest?.sessions).toEqual([{ type: 'cardio', minutes: 21, rpe: null, source: 'whoop', externalId: '2024-06-24 08:08:18 Running', trimp: 83.2 }]);
    expect([...days.values()].reduce((n, d) => n + d.sessions.length, 0)).toBe(124);
    expect(stderr).toContain('note: 11 naps left out');
  });

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
    for (const f of ['sleep.json', 'resting_heart_rate.json']) copyFileSync(join(DATA, 'pmdata', 'p01', 'fitbit', f), join(takeout, f));
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
    expect(days.get('2019-11-05')?.sessions).toEqual([{ type: 'cardio', minutes: 30, rpe: 7, source: 'pmsys', externalId: '2019-11-05T22:51:54.710Z' }]);
    expect([...days.values()].reduce((n, d) => n + d.sessions.length, 0)).toBe(34);
  });

  it('PMData: every participant imports cleanly', async () => {
    const participants = readdirSync(join(DATA, 'pmdata')).filter((p) => /^p\d\d$/.test(p));
    expect(participants).toHaveLength(16);
    for (const p of participants) {
      const { days } = await importAll([['pmsys', join(DATA, 'pmdata', p), '--tz', 'Europe/Oslo'], ['fitbit', join(DATA, 'pmdata', p, 'fitbit')]]);
      expect(days.size).toBeGreaterThan(30);
    }
  }, 60_000);

  it('Apple Health: the real-device excerpts, old and new shapes', async () => {
    const dir = join(DATA, 'apple-health-fixtures');
    const { days } = await importAll(readdirSync(dir).filter((f) => f.endsWith('.xml')).map((f) => ['apple-health', join(dir, f)]));
    // Watch AsleepCore 03:27:53-03:40:23 (12.5 min); the iPhone's InBed sample does not count.
    expect(days.get('2024-01-01')?.sleepHours).toBe(0.21);
    expect(days.get('2020-12-06')?.hrvMs).toBe(26.5);
    expect(days.get('2016-11-14')?.sessions.map((s) => [s.type, s.minutes])).toEqual([['cardio', 5.2]]);
    expect(days.get('2016-04-02')?.sessions.map((s) => [s.type, s.minutes])).toEqual([['other', 31.7]]);
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDb, tempDir } from '../helpers/run-cli.js';

// The CSV importers stream: a file is read row by row, so what is held is the days it gives, not
// its rows. Here 100,000 rows (4 MB, a year of days over and over) go through a 32 MB heap, where
// the file as text with its parsed rows (about 600 bytes a row) could not be held: read whole,
// 150,000 such rows ran out of memory at 40 MB (PMSys) and 64 MB (Cronometer).
const ROWS = 100_000;
const heap = { NODE_OPTIONS: '--max-old-space-size=32' };
const date = (i: number) => new Date(Date.UTC(2023, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);

describe('a CSV import of many rows', () => {
  it('PMSys wellness.csv streams through a 32 MB heap', () => {
    const dir = tempDir();
    const rows = Array.from({ length: ROWS }, (_, i) => `${date(i)}T07:30:00.000Z,${1 + (i % 5)},3,5,7,3,2,[],3`);
    writeFileSync(join(dir, 'wellness.csv'), `effective_time_frame,fatigue,mood,readiness,sleep_duration_h,sleep_quality,soreness,soreness_area,stress\n${rows.join('\n')}\n`);
    const db = tempDb();
    const r = runCli(['import', 'pmsys', join(dir, 'wellness.csv'), '--tz', 'UTC'], { db, env: heap });
    expect(r.stderr).toMatch(/Updated 365 days\.\n$/);
    // The last row of each date counts: fatigue 1 + (i % 5) for the last i of the date, mirrored (6 - x).
    const [first] = JSON.parse(runCli(['export', '--json', '--from', '2023-01-01', '--to', '2023-01-01'], { db }).stdout);
    const last = ROWS - 1 - ((ROWS - 1) % 365);
    expect(first).toMatchObject({ date: '2023-01-01', fatigue: 6 - (1 + (last % 5)), sleepHours: 7 });
  }, 120_000);

  it('a Cronometer export streams through a 32 MB heap', () => {
    const dir = tempDir();
    const rows = Array.from({ length: ROWS }, (_, i) => `${date(i)},2400,${100 + (i % 50)},250,80,true`);
    writeFileSync(join(dir, 'dailysummary.csv'), `Date,Energy (kcal),Protein (g),Carbs (g),Fat (g),Completed\n${rows.join('\n')}\n`);
    const db = tempDb();
    const r = runCli(['import', 'cronometer', join(dir, 'dailysummary.csv')], { db, env: heap });
    expect(r.stderr).toMatch(/Updated 365 days\.\n$/);
    const [first] = JSON.parse(runCli(['export', '--json', '--from', '2023-01-01', '--to', '2023-01-01'], { db }).stdout);
    const last = ROWS - 1 - ((ROWS - 1) % 365);
    expect(first).toMatchObject({ date: '2023-01-01', proteinG: 100 + (last % 50), carbsG: 250, fatG: 80 });
  }, 120_000);
});

// Fitbit's and Garmin's JSON files stream element by element, and recover's own CSV row by row:
// files of about 20 MB go through a 32 MB heap, where the same files read whole ran out of memory
// (20 MB of Fitbit sleep logs or Garmin activities; 12,000 days of recover's own export, 1.3 MB).
const dayFrom = (year: number, i: number) => new Date(Date.UTC(year, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

describe('a JSON import of a large file', () => {
  it('a Fitbit sleep.json of 8,000 real-shaped logs (20 MB) streams through a 32 MB heap', () => {
    const dir = tempDir();
    // Each log with its sleep stages as Fitbit writes them, about 2.5 kB.
    const log = (i: number) => {
      const date = dayFrom(2000, i);
      const data = Array.from({ length: 30 }, (_, k) => ({ dateTime: `${date}T0${k % 7}:${String((k * 2) % 60).padStart(2, '0')}:00.000`, level: ['wake', 'light', 'deep', 'rem'][k % 4], seconds: 600 + k }));
      return {
        logId: 1e10 + i, dateOfSleep: date, startTime: `${dayFrom(2000, i - 1)}T23:00:00.000`, endTime: `${date}T07:00:00.000`, duration: 28_800_000,
        minutesAsleep: 420 + (i % 30), minutesAwake: 60, timeInBed: 480, efficiency: 95, type: 'stages', mainSleep: true,
        levels: { summary: { deep: { count: 3, minutes: 80 }, wake: { count: 20, minutes: 60 }, light: { count: 25, minutes: 250 }, rem: { count: 5, minutes: 90 } }, data },
      };
    };
    writeFileSync(join(dir, 'sleep.json'), `[${Array.from({ length: 8000 }, (_, i) => JSON.stringify(log(i))).join(', ')}]`);
    const db = tempDb();
    const r = runCli(['import', 'fitbit', join(dir, 'sleep.json')], { db, env: heap });
    expect(r.stderr).toMatch(/Updated 8000 days\.\n$/);
    const [night] = JSON.parse(runCli(['export', '--json', '--from', '2000-01-30', '--to', '2000-01-30'], { db }).stdout);
    // Log 29: 449 minutes asleep, 23:00 to 07:00, 60 minutes awake.
    expect(night).toMatchObject({ date: '2000-01-30', sleepHours: 7.48, bedtimeMin: 1380, wakeMin: 420, wasoMin: 60 });
  }, 120_000);

  it('a Garmin activities file of 20,000 activities in one element (22 MB) streams through a 32 MB heap', () => {
    const dir = join(tempDir(), 'DI_CONNECT', 'DI-Connect-Fitness');
    mkdirSync(dir, { recursive: true });
    // A year of activities over and over (the same ids, each counted once), about 1 kB each.
    const activity = (i: number) => {
      const d = i % 365;
      const a: Record<string, unknown> = { activityId: 14e9 + d, activityType: 'running', startTimeLocal: Date.UTC(2023, 0, 1, 7) + d * 86_400_000, duration: 2_700_000 + (d % 7) * 60_000 };
      for (let z = 0; z <= 5; z++) a[`hrTimeInZone_${z}`] = 300_000 + z * 1000;
      for (let k = 0; k < 40; k++) a[`metric${k}`] = 1234.5678 + k;
      return a;
    };
    const file = join(dir, 'runner@example.com_0_summarizedActivities.json');
    writeFileSync(file, `[{"summarizedActivitiesExport": [${Array.from({ length: 20_000 }, (_, i) => JSON.stringify(activity(i))).join(',')}]}]`);
    const db = tempDb();
    const r = runCli(['import', 'garmin', file, '--tz', 'UTC'], { db, env: heap });
    expect(r.stderr).toMatch(/Updated 365 days\.\n$/);
    const [first] = JSON.parse(runCli(['export', '--json', '--from', '2023-01-01', '--to', '2023-01-01'], { db }).stdout);
    // 45 minutes; TRIMP 45 x (0 x 300 + 1 x 301 + ... + 5 x 305) / 1815 = 112.9.
    expect(first.sessions).toEqual([{ type: 'cardio', minutes: 45, rpe: null, source: 'garmin', externalId: '14000000000', trimp: 112.9 }]);
  }, 120_000);
});

describe("recover's own CSV import of a large file", () => {
  it('12,000 days stream through a 32 MB heap', () => {
    const dir = tempDir();
    // As `recover export` writes them: every column, most of them empty.
    const header = 'date,sleep_h,sleep_quality,awakenings,protein_g,carbs_g,water_l,performance,fatigue,motivation,soreness,stress,resting_hr_bpm,hrv_ms,meal_within_2h,injury,note,rest_day,sessions,load,load_estimated,sick,nap_h,sources,bedtime_min,wake_min,waso_min,fat_g,fruit_veg,tags';
    const rows = Array.from({ length: 12_000 }, (_, i) => `${dayFrom(1970, i)},7.5,4,,120,,,,,,,,52,,,,"a note of a few words, ${i}",,strength:60:7,420,,,,sleep_h=manual,,,,,,`);
    writeFileSync(join(dir, 'days.csv'), `${header}\n${rows.join('\n')}\n`);
    const db = tempDb();
    const r = runCli(['import', 'csv', join(dir, 'days.csv')], { db, env: heap });
    expect(r.stderr).toMatch(/Updated 12000 days\.\n$/);
    const [last] = JSON.parse(runCli(['export', '--json', '--from', dayFrom(1970, 11_999), '--to', dayFrom(1970, 11_999)], { db }).stdout);
    expect(last).toMatchObject({ date: '2002-11-08', sleepHours: 7.5, sleepQuality: 4, proteinG: 120, restingHrBpm: 52, note: 'a note of a few words, 11999' });
    expect(last.sessions).toEqual([{ type: 'strength', minutes: 60, rpe: 7 }]);
  }, 120_000);
});

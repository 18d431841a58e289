import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionLoad } from '../../../src/core/day-status.js';
import type { Session } from '../../../src/core/types.js';
import { sessionTypeFor } from '../../../src/importers/activity.js';
import { appleHealth, parseStamp } from '../../../src/importers/apple-health.js';
import { cronometer } from '../../../src/importers/cronometer.js';
import { fitbit } from '../../../src/importers/fitbit.js';
import { garmin, garminTrimp } from '../../../src/importers/garmin.js';
import { myfitnesspal } from '../../../src/importers/myfitnesspal.js';
import { oura } from '../../../src/importers/oura.js';
import { injuryText, pmsys, readinessToMotivation } from '../../../src/importers/pmsys.js';
import { edwardsTrimp, whoop } from '../../../src/importers/whoop.js';
import { DataError } from '../../../src/errors.js';
import { tempDir } from '../../helpers/run-cli.js';
import { byDate, ctx, fixture } from '../../helpers/fixtures.js';
import { writeZip } from '../../helpers/zip.js';
import { sayNote } from '../../../src/render/messages/import-notes.js';

describe('apple-health', () => {
  it('counts asleep samples once where phone, watch and apps overlap, and keeps naps apart; in-bed and awake are not sleep', async () => {
    const [result] = await appleHealth.read(fixture('apple-health/export.xml'), ctx({ tz: 'Europe/Amsterdam' }));
    const days = byDate(result ? [result] : []);
    // Core 23:00-03:00 + REM 03:20-06:50 + AutoSleep 05:50-07:00 overlapping: 240 + 210 + 10 min;
    // the Watch's 14:00-14:30 sleep ends after 14:00: a nap.
    expect(days.get('2024-03-02')?.values).toEqual({
      sleepHours: 7.67, bedtimeMin: 23 * 60, wakeMin: 7 * 60, napH: 0.5, restingHrBpm: 52.5, hrvMs: 55, proteinG: 75.5, waterL: 1.75,
    });
    expect(days.get('2019-01-06')?.values).toEqual({ sleepHours: 6, bedtimeMin: 390, wakeMin: 750 }); // the pre-iOS 16 "Asleep" value
    expect(days.get('2024-03-02')?.sessions).toEqual([
      // Its own peak is the only one in the export, so the max HR it is judged against.
      {
        type: 'strength', minutes: 52.5, rpe: null, source: 'apple-health',
        externalId: '2024-03-02 18:00:00 +0100 HKWorkoutActivityTypeTraditionalStrengthTraining', avgHrBpm: 128, maxHrBpm: 171,
      },
    ]);
    expect(days.get('2024-03-03')?.sessions.map((s) => [s.type, s.minutes])).toEqual([['active-recovery', 30]]);
    expect(result?.notes.map(sayNote)).toEqual(['1 day with naps (sleep ending from 14:00 until midnight): kept apart as nap_h']);
  });

  it('reads export.xml straight out of export.zip', async () => {
    const [result] = await appleHealth.read(fixture('apple-health/export.zip'), ctx({ tz: 'Europe/Amsterdam' }));
    expect(result?.file).toMatch(/export\.zip!apple_health_export\/export\.xml$/);
    expect(byDate(result ? [result] : []).get('2024-03-02')?.values.sleepHours).toBe(7.67);
  });

  it("names the source of another source's file, and calls a file that is not XML no export", async () => {
    await expect(appleHealth.read(fixture('whoop/sleeps.csv'), ctx())).rejects.toThrow(
      /sleeps\.csv: not from apple-health \(expected export\.xml.*\); it looks like a whoop export \(physiological_cycles\.csv\): run "recover import whoop /,
    );
    const dir = tempDir();
    writeFileSync(join(dir, 'days.csv'), 'date,sleep\n2024-03-02,7\n');
    await expect(appleHealth.read(join(dir, 'days.csv'), ctx())).rejects.toThrow(/days\.csv: not an Apple Health export \(no <HealthData> element\)/);
  });

  it('refuses what is not an Apple Health export, naming the line of bad XML', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'other.xml'), '<?xml version="1.0"?>\n<gpx></gpx>\n');
    await expect(appleHealth.read(join(dir, 'other.xml'), ctx())).rejects.toThrow('not an Apple Health export (no <HealthData> element)');
    writeFileSync(join(dir, 'broken.xml'), '<HealthData>\n<Record type="x"\n</HealthData>');
    await expect(appleHealth.read(join(dir, 'broken.xml'), ctx())).rejects.toThrow(/broken\.xml:3: not valid XML/);
    writeFileSync(join(dir, 'bad.xml'), '<HealthData>\n<Record type="HKQuantityTypeIdentifierRestingHeartRate" unit="count/min" startDate="2024-03-02 07:00:00 +0100" value="fast"/>\n</HealthData>');
    await expect(appleHealth.read(join(dir, 'bad.xml'), ctx())).rejects.toThrow(/bad\.xml:2: HKQuantityTypeIdentifierRestingHeartRate has no numeric value: "fast"/);
    const [skipped] = await appleHealth.read(join(dir, 'bad.xml'), ctx({ skipInvalid: true }));
    expect(skipped?.skipped).toHaveLength(1);
    await expect(appleHealth.read(join(dir, 'none.zip'), ctx())).rejects.toThrow(DataError);
    await expect(appleHealth.read(dir, ctx())).rejects.toThrow(`${dir}: no export.xml (pass export.zip or export.xml) here or in the folders below.`);
    const [unzipped] = await appleHealth.read(fixture('apple-health'), ctx());
    expect(unzipped?.file).toBe(fixture('apple-health/export.xml'));
  });

  it('reads the records inside a food correlation once: they repeat top-level records', async () => {
    const [result] = await appleHealth.read(fixture('apple-health/correlation.xml'), ctx({ tz: 'Europe/Amsterdam' }));
    // Breakfast 30 g (top level and again in the correlation) + dinner 41.5 g.
    expect(byDate(result ? [result] : []).get('2024-03-02')?.values).toEqual({ proteinG: 71.5, carbsG: 62.5 });
    expect(result?.notes.map(sayNote)).toEqual(['2 records inside correlations left out: Apple repeats each at the top level']);
  });

  it("places each instant in the user's zone by that date's rules, not by the export's offset", async () => {
    const [result] = await appleHealth.read(fixture('apple-health/dst.xml'), ctx({ tz: 'Europe/Amsterdam' }));
    const days = byDate(result ? [result] : []);
    // "2024-01-15 00:30:00 +0200" is 23:30 CET on the 14th.
    expect(days.get('2024-01-14')?.values).toEqual({ proteinG: 30 });
    // 05:30-09:30 + 09:40-13:30 CET: the night ends before 14:00 (it reads 14:30 at +0200).
    expect(days.get('2024-01-21')?.values).toEqual({ sleepHours: 7.83, bedtimeMin: 330, wakeMin: 810 });
    // 23:30 CET on the 30th; the night 23:00 CET to 07:00 CEST is 7 h; 00:30 CEST on 1 April.
    expect(days.get('2024-03-30')?.values).toEqual({ restingHrBpm: 50 });
    expect(days.get('2024-03-31')?.values).toEqual({ sleepHours: 7, bedtimeMin: 23 * 60, wakeMin: 7 * 60 });
    expect(days.get('2024-04-01')?.values).toEqual({ restingHrBpm: 52 });
    expect([...days.keys()]).toEqual(['2024-01-14', '2024-01-21', '2024-03-30', '2024-03-31', '2024-04-01']);
  });

  it("keeps each workout's average heart rate, judged against the highest any workout reached; older workouts have none", async () => {
    const [result] = await appleHealth.read(fixture('apple-health/workout-hr.xml'), ctx({ tz: 'Europe/Amsterdam' }));
    const sessions = [...byDate(result ? [result] : []).values()].map((d) => [d.date, d.sessions]);
    const workout = (type: string, minutes: number, start: string, activity: string, measured: object) => [
      { type, minutes, rpe: null, source: 'apple-health', externalId: `${start} +0200 HKWorkoutActivityType${activity}`, ...measured },
    ];
    // Max HR 181: the cycling's peak. Not the 199 inside <WorkoutActivity> (a copy per part), not the 262 artefact.
    expect(sessions).toEqual([
      ['2024-05-04', workout('cardio', 45.5, '2024-05-04 08:00:00', 'Running', { avgHrBpm: 151.2, maxHrBpm: 181 })],
      ['2024-05-06', workout('cardio', 60, '2024-05-06 18:00:00', 'Cycling', { avgHrBpm: 122.4, maxHrBpm: 181 })],
      ['2024-05-08', workout('strength', 40, '2024-05-08 07:00:00', 'TraditionalStrengthTraining', { avgHrBpm: 105, maxHrBpm: 181 })],
      ['2024-05-09', workout('active-recovery', 30, '2024-05-09 12:00:00', 'Walking', {})],
    ]);
    // 83.5, 67.6 and 58.0 % of max: Edwards zones 4, 2 and 1, RPE 8, 4 and 2; the walk has no estimate.
    expect(sessions.map(([, s]) => (s as Session[]).map(sessionLoad))).toEqual([[364], [240], [80], [null]]);
  });

  it('reads a time as the instant it names', () => {
    expect(parseStamp('2024-03-01 23:30:00 -0500', 'x')).toBe(Date.parse('2024-03-02T04:30:00Z'));
    expect(() => parseStamp('2024-03-01T23:30:00Z', 'startDate')).toThrow('startDate is not an Apple Health time: "2024-03-01T23:30:00Z"');
  });
});

describe('whoop', () => {
  it("keeps a cycle's journal notes as the day's note, once, as WHOOP repeats them on every answer", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'journal_entries.csv'),
      [
        'Cycle start time,Cycle end time,Cycle timezone,Question text,Answered yes,Notes',
        '2024-01-01 20:17:11,,UTC-05:00,Feeling sick or ill?,true,weird tickle in throat before going to bed was noticed.',
        '2024-01-01 20:17:11,,UTC-05:00,Have any caffeine? ,true,weird tickle in throat before going to bed was noticed.',
        '2024-01-02 21:00:00,,UTC-05:00,Have any caffeine? ,false,',
        '',
      ].join('\n'),
    );
    const days = byDate(await whoop.read(dir, ctx()));
    expect(days.get('2024-01-01')?.values).toEqual({ sick: true, tags: 'caffeine', note: 'weird tickle in throat before going to bed was noticed.' });
    expect(days.get('2024-01-02')?.values).toEqual({ tags: '-caffeine' });
  });

  it('reads the whole export folder: sleep by wake-up date, RHR, HRV, workouts with TRIMP, injuries', async () => {
    const results = await whoop.read(fixture('whoop'), ctx());
    const days = byDate(results);
    expect(days.get('2024-03-12')?.values).toEqual({
      restingHrBpm: 52, hrvMs: 61, sleepHours: 7.75, bedtimeMin: 1330, wakeMin: 400, wasoMin: 45, injury: 'injury or wound (WHOOP journal): sprained left ankle',
    });
    expect(days.get('2024-03-10')?.values).toEqual({ restingHrBpm: 58, hrvMs: 38, sleepHours: 6.7, bedtimeMin: 1290, wakeMin: 315, wasoMin: 63 });
    // 13:20-14:05 ends after 14:00: a 40-minute nap. The journal of the cycle waking on the 12th is about the 11th.
    expect(days.get('2024-03-11')?.values).toEqual({ napH: 0.67, tags: 'caffeine,-hydrated,injury,protein', note: 'sprained left ankle' });
    expect(days.get('2024-03-09')?.values).toEqual({ tags: '-injury' });
    expect(days.get('2024-03-12')?.sessions).toEqual([
      { type: 'cardio', minutes: 40, rpe: null, source: 'whoop', externalId: '2024-03-12 17:30:00 Running', trimp: 144 },
    ]);
    expect(days.get('2024-03-10')?.sessions.map((s) => [s.type, s.minutes, s.trimp])).toEqual([
      ['strength', 60, 153],
      ['active-recovery', 30, undefined],
    ]);
    expect(results.flatMap((r) => r.notes.map(sayNote))).toEqual([
      '1 day with naps (sleep ending from 14:00 until midnight): kept apart as nap_h',
      '2 yes/no answers on protein and hydration kept as tags only: they give no grams or litres',
    ]);
  });

  it('takes sleep from sleeps.csv, whatever WHOOP calls a nap, and from the cycles only where sleeps.csv has none, in any file order', async () => {
    const cycles = fixture('whoop-contradictory/physiological_cycles.csv');
    const sleeps = fixture('whoop-contradictory/sleeps.csv');
    for (const paths of [[cycles, sleeps], [sleeps, cycles]]) {
      const results = await whoop.readAll!(paths, ctx());
      const days = byDate(results);
      // Cycles say 520 min, sleeps.csv 380 min for the night ending 2024-04-02 07:30.
      expect(days.get('2024-04-02')?.values).toEqual({ restingHrBpm: 57, hrvMs: 44, sleepHours: 6.33, bedtimeMin: 1370, wakeMin: 450, wasoMin: 160 });
      // 255 min from 01:42, flagged as a nap: the night of 2024-04-03.
      expect(days.get('2024-04-03')?.values).toEqual({ sleepHours: 4.25, bedtimeMin: 102, wakeMin: 357, wasoMin: 15 });
      // sleeps.csv lacks the night ending 2024-04-04: the cycle's 450 min fill it.
      expect(days.get('2024-04-04')?.values).toEqual({ restingHrBpm: 55, hrvMs: 48, sleepHours: 7.5, bedtimeMin: 1360, wakeMin: 390 });
      expect([...days.keys()].sort()).toEqual(['2024-04-02', '2024-04-03', '2024-04-04']);
      expect(results.flatMap((r) => r.notes.map(sayNote))).toEqual(['1 sleep WHOOP calls a nap counted in the night by the night rule']);
    }
  });

  it("computes Edwards' TRIMP from zone percentages", () => {
    expect(edwardsTrimp(100, [10, 20, 30, 20, 20])).toBe(10 + 40 + 90 + 80 + 100);
    expect(edwardsTrimp(30, [null, null, null, null, null])).toBeNull();
  });

  it('tells a single file by its header and stops at a malformed row', async () => {
    const dir = tempDir();
    const file = join(dir, 'export.csv');
    writeFileSync(file, 'Cycle start time,Cycle end time,Cycle timezone,Sleep onset,Wake onset,Asleep duration (min),Nap\n2024-03-11 22:10:00,,UTC-04:00,2024-03-11 22:10:00,2024-03-12 06:40:00,465,maybe\n');
    await expect(whoop.read(file, ctx())).rejects.toThrow(`${file}:2: "Nap" must be true or false, got "maybe"`);
    writeFileSync(file, 'a,b\n1,2\n');
    await expect(whoop.read(file, ctx())).rejects.toThrow('not a WHOOP export file');
  });
});

describe('pmsys', () => {
  it('mirrors the wellness scales onto ours and places reports in the given time zone', async () => {
    const days = byDate(await pmsys.read(fixture('pmsys'), ctx({ tz: 'Europe/Oslo' })));
    expect(days.get('2019-11-01')?.values).toEqual({ fatigue: 4, soreness: 4, stress: 3, sleepQuality: 3, sleepHours: 6, motivation: 3 });
    // 23:30 UTC is 00:30 in Oslo: the next day's report; a later report that day replaces it, but 30 h of sleep is refused.
    expect(days.get('2019-11-03')?.values).toEqual({ fatigue: 5, soreness: 5, stress: 5, sleepQuality: 1, sleepHours: 8, motivation: 1 });
    expect(days.get('2019-11-05')?.sessions).toEqual([{ type: 'cardio', minutes: 30, rpe: 7, source: 'pmsys', externalId: '2019-11-05T22:51:54.710Z' }]);
    expect(days.get('2019-11-14')?.sessions[0]?.type).toBe('sport');
    expect(days.get('2019-11-19')?.sessions[0]).toMatchObject({ type: 'strength', minutes: 45, rpe: 8 });
    expect(days.get('2019-11-18')?.values.injury).toBe('left hand (minor), right knee (minor)');
    expect(days.get('2019-11-25')?.values.injury).toBe('stomach back (major)');
    const utc = byDate(await pmsys.read(fixture('pmsys/wellness.csv'), ctx()));
    expect(utc.get('2019-11-02')?.values.fatigue).toBe(2);
  });

  it('maps readiness 0-10 onto motivation 1-5 and reads injury maps', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((r) => readinessToMotivation(r))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 5]);
    expect(injuryText('{}')).toBeNull();
    expect(() => injuryText('right knee')).toThrow('injuries is not a {part: severity} map');
  });

  it('leaves out a wellness report sent blank (every answer 0), which gave 0 h of sleep over the real report', async () => {
    // PMData p05, wellness.csv lines 39-40: a report, then a blank one four hours later.
    const file = join(tempDir(), 'wellness.csv');
    writeFileSync(
      file,
      'effective_time_frame,fatigue,mood,readiness,sleep_duration_h,sleep_quality,soreness,soreness_area,stress\n2019-12-12T06:25:44.612Z,3,1,0,7,2,3,[],1\n2019-12-12T10:50:32.079Z,0,0,0,0,0,0,[],0\n',
    );
    const [result] = await pmsys.read(file, ctx({ tz: 'Europe/Oslo' }));
    expect(byDate([result as NonNullable<typeof result>]).get('2019-12-12')?.values).toEqual({ fatigue: 3, soreness: 3, stress: 5, sleepQuality: 2, sleepHours: 7, motivation: 1 });
    expect([result?.notes.map(sayNote), result?.skipped]).toEqual([['1 wellness report with every answer 0 (left blank) left out'], []]);
  });

  it('refuses an unknown time zone', async () => {
    await expect(pmsys.read(fixture('pmsys'), ctx({ tz: 'Mars/Olympus' }))).rejects.toThrow('Unknown time zone "Mars/Olympus"');
  });
});

describe('fitbit', () => {
  it('reads every log once by the night rule, whatever Fitbit calls a nap; resting HR without zeros, gaps filled from sleep_score.csv', async () => {
    const results = await fitbit.read(fixture('fitbit'), ctx());
    const days = byDate(results);
    // sleep_score.csv's 52 bpm (timestamp 2019-11-03) is the resting HR of the 2nd, where the JSON has 0.
    expect(days.get('2019-11-01')?.values).toEqual({ restingHrBpm: 53.7 });
    expect(days.get('2019-11-02')?.values).toEqual({ sleepHours: 6.3, restingHrBpm: 52, wasoMin: 52, bedtimeMin: 9, wakeMin: 439 });
    // The 14:00-14:40 log ends after 14:00: 35 min of nap beside the night.
    expect(days.get('2019-11-03')?.values).toEqual({ sleepHours: 6.7, napH: 0.58, awakenings: 2, restingHrBpm: 52.9, wasoMin: 33, bedtimeMin: 1420, wakeMin: 415 });
    // A split night: 23:00-01:45 (Fitbit: not the main sleep, 140 min) + 03:00-07:30 (250 min).
    expect(days.get('2019-11-04')?.values).toEqual({ sleepHours: 6.5, wasoMin: 40, bedtimeMin: 23 * 60, wakeMin: 7 * 60 + 30 });
    // Two scores for the night of the 6th: the later one (07:00, 55 bpm) whatever the row order.
    expect(days.get('2019-11-05')?.values).toEqual({ restingHrBpm: 55 });
    expect(results.flatMap((r) => r.notes.map(sayNote))).toEqual([
      '1 log Fitbit calls a nap counted in the night by the night rule',
      '1 day with naps (sleep ending from 14:00 until midnight): kept apart as nap_h',
      '1 repeated log counted once',
      '1 day with value 0 (no reading) left out',
    ]);
    // sleep_score.csv is its own source, behind resting_heart_rate.json, with every day it gives.
    expect(results.map((r) => r.source)).toEqual([undefined, undefined, 'fitbit-sleep-score']);
    expect(results[2]?.days.map((d) => [d.date, d.values.restingHrBpm])).toEqual([
      ['2019-11-01', 53],
      ['2019-11-02', 52],
      ['2019-11-03', 51],
      ['2019-11-05', 55],
    ]);
  });

  it('counts a night split across two monthly Takeout files whole, in either order', async () => {
    const nov = fixture('fitbit-takeout/sleep-2019-11-01.json');
    const dec = fixture('fitbit-takeout/sleep-2019-12-01.json');
    for (const paths of [[nov, dec], [dec, nov]]) {
      const days = byDate(await fitbit.readAll!(paths, ctx()));
      // 22:30-02:10 (200 min, in both files) + 03:00-06:40 (210 min, only in December's, "not main sleep").
      expect(days.get('2019-12-01')?.values).toEqual({ sleepHours: 6.83, wasoMin: 40, bedtimeMin: 22 * 60 + 30, wakeMin: 6 * 60 + 40 });
      expect(days.get('2019-11-30')?.values).toEqual({ sleepHours: 7, wasoMin: 20, bedtimeMin: 1420, wakeMin: 7 * 60 });
    }
  });
});

describe('fitbit exercises', () => {
  it('reads exercises as sessions with average HR and the max HR its zones imply; leaves out walks Fitbit detected itself', async () => {
    const [result] = await fitbit.read(fixture('fitbit-exercise'), ctx());
    const days = byDate(result ? [result] : []);
    const session = (type: string, minutes: number, id: string, measured: object) => ({ type, minutes, rpe: null, source: 'fitbit', externalId: id, ...measured });
    expect([...days.values()].map((d) => [d.date, d.sessions])).toEqual([
      // Peak from 147 bpm: max 147 / 0.85 = 173; duration 1465000 ms.
      ['2019-11-05', [session('cardio', 24.4, '26517400839', { avgHrBpm: 144, maxHrBpm: 173 })]],
      ['2019-11-14', [session('sport', 52.9, '26736567295', { avgHrBpm: 119, maxHrBpm: 173 })]],
      // Takeout's "11/20/19" start; averageHeartRate 0 and no zones: nothing to estimate from.
      ['2019-11-20', [session('active-recovery', 30, '26900000001', {})]],
      // A birthday later Peak starts at 146: max 172.
      ['2019-12-26', [session('cardio', 26.4, '27592462148', { avgHrBpm: 163, maxHrBpm: 172 })]],
    ]);
    // 83.2, 68.8 and 94.8 % of max: Edwards zones 4, 2 and 5.
    expect([...days.values()].map((d) => d.sessions.map(sessionLoad))).toEqual([[195.2], [211.6], [null], [264]]);
    expect(result?.notes.map(sayNote)).toEqual(['1 walk Fitbit detected by itself left out: daily life, not training']);
  });

  it('takes an activity Fitbit detected by itself at an easy heart rate (a commute by bike) for active recovery, and one the person started for what it is', async () => {
    const logs = JSON.parse(readFileSync(fixture('fitbit-exercise/exercise.json'), 'utf8')) as Array<Record<string, unknown>>;
    const sport = logs.find((l) => l.activityName === 'Sport') as Record<string, unknown>;
    const ride = (logId: number, logType: string, averageHeartRate: number) => ({ ...sport, logId, logType, activityName: 'Outdoor Bike', averageHeartRate });
    const dir = tempDir();
    // Max HR 173 (Peak from 147): 103 bpm is 59.5%, 104 bpm 60.1%.
    writeFileSync(join(dir, 'exercise.json'), JSON.stringify([ride(1, 'auto_detected', 103), ride(2, 'auto_detected', 104), ride(3, 'tracker', 90), ride(4, 'auto_detected', 0)]));
    const [result] = await fitbit.read(join(dir, 'exercise.json'), ctx());
    expect(result?.days.flatMap((d) => d.sessions.map((s) => [s.externalId, s.type]))).toEqual([['1', 'active-recovery'], ['2', 'cardio'], ['3', 'cardio'], ['4', 'cardio']]);
    expect(result?.notes.map(sayNote)).toEqual(['1 activity Fitbit detected by itself at an easy heart rate (under 60% of max) counted as active recovery, not training']);
  });

  it("counts a log repeated in Takeout's exercise-N.json files once, and stops at a malformed one naming file and element", async () => {
    const dir = tempDir();
    const logs = JSON.parse(readFileSync(fixture('fitbit-exercise/exercise.json'), 'utf8')) as Array<Record<string, unknown>>;
    writeFileSync(join(dir, 'exercise-100.json'), JSON.stringify([logs[1]]));
    const [result] = await fitbit.readAll!([fixture('fitbit-exercise'), join(dir, 'exercise-100.json')], ctx());
    expect(result?.days.flatMap((d) => d.sessions.map((s) => s.externalId))).toEqual(['26517400839', '26736567295', '26900000001', '27592462148']);
    writeFileSync(join(dir, 'exercise-100.json'), JSON.stringify([{ ...logs[1], logId: 1, duration: '24 min' }]));
    await expect(fitbit.read(join(dir, 'exercise-100.json'), ctx())).rejects.toThrow(
      `${join(dir, 'exercise-100.json')}: element 1: duration is not a number: "24 min" (use --skip-invalid to skip such rows)`,
    );
  });
});

describe('oura', () => {
  it('reads seconds as hours, "None" as missing, and prefers the lowest resting HR', async () => {
    const days = byDate(await oura.read(fixture('oura/oura_trends.csv'), ctx()));
    expect(days.get('2024-03-01')?.values.sleepHours).toBeCloseTo(26730 / 3600, 2);
    expect(days.get('2024-03-01')?.values).toMatchObject({ restingHrBpm: 47, hrvMs: 61 });
    expect(days.has('2024-03-02')).toBe(false);
    expect(days.get('2024-03-03')?.values).toEqual({ sleepHours: 6.5, restingHrBpm: 55.3, hrvMs: 48, wasoMin: 60, bedtimeMin: 1430, wakeMin: 440 });
    // Bedtime 05:30-14:10: it ends after 14:00 but is 3 h or more, so a late sleeper's 7.5 h stay the night.
    expect(days.get('2024-03-04')?.values).toEqual({ sleepHours: 7.5, restingHrBpm: 55.3, hrvMs: 48, wasoMin: 60, bedtimeMin: 5 * 60 + 30, wakeMin: 14 * 60 + 10 });
  });
});

describe('cronometer', () => {
  it('reads protein and carbs, an empty cell as not logged; leaves out water, which counts water in food', async () => {
    const [result] = await cronometer.read(fixture('cronometer/dailysummary.csv'), ctx());
    const days = byDate(result ? [result] : []);
    expect(days.get('2024-03-01')?.values).toEqual({ proteinG: 162.4, carbsG: 250.1, fatG: 80.2 });
    expect(days.get('2024-03-02')?.values).toEqual({ carbsG: 120, fatG: 40 });
    expect(result?.notes.map(sayNote)).toEqual([
      '1 day not marked completed in Cronometer: their totals may be partial',
      '"Water (g)" left out on 3 days: it counts the water in food too, not only what you drank (log drinks with recover log --water)',
    ]);
  });
});

describe('myfitnesspal', () => {
  const MFP = fixture('myfitnesspal/Nutrition-Summary-2024-03-01-to-2024-03-02.csv');
  const OLD_HEADER = 'Date,Meal,Time,Calories,Fat (g),Saturated Fat,Polyunsaturated Fat,Monounsaturated Fat,Trans Fat,Cholesterol,Sodium (mg),Potassium,Carbohydrates (g),Fiber,Sugar,Protein (g),Vitamin A,Vitamin C,Calcium,Iron';

  it('sums protein, carbs and fat over a day\'s meals; an empty cell adds nothing', async () => {
    const [result] = await myfitnesspal.read(MFP, ctx());
    const days = byDate(result ? [result] : []);
    // 31.4 + 45.6 + 48.3 + 25.0 protein, 58.2 + 80.4 + 55.0 + 30.0 carbs, 18.5 + 22.0 + 19.3 + 2.5 fat.
    expect(days.get('2024-03-01')?.values).toEqual({ proteinG: 150.3, carbsG: 223.6, fatG: 62.3 });
    expect(days.get('2024-03-02')?.values).toEqual({ proteinG: 24, carbsG: 68, fatG: 21 });
    expect(result).toMatchObject({ records: 6, skipped: [], notes: [] });
  });

  it('reads the shape without Note and with a byte-order mark, from the bare file name', async () => {
    const file = join(tempDir(), 'Nutrition-Summary.csv');
    writeFileSync(file, `\uFEFF${OLD_HEADER}\n2018-07-01,Breakfast,10:00 AM,40.0,0.6,0.0,0.0,0.0,0.0,0.0,0.0,0.0,5.8,0.0,0.0,1.8,0.0,0.0,0.0,0.0\n`);
    const [result] = await myfitnesspal.read(file, ctx());
    expect(result?.days).toEqual([{ date: '2018-07-01', values: { proteinG: 1.8, carbsG: 5.8, fatG: 0.6 }, sessions: [] }]);
  });

  it('stops at a bad number with file and line; with --skip-invalid leaves that whole day out, as its sum would be too low', async () => {
    const file = join(tempDir(), 'Nutrition-Summary-2024-03-01-to-2024-03-02.csv');
    const rows = ['2024-03-01,Breakfast,,500,10,,,,,,,,50,,,30,,,,', '2024-03-01,Lunch,,500,10,,,,,,,,50,,,"1,000.0",,,,', '2024-03-02,Lunch,,500,10,,,,,,,,50,,,30,,,,'];
    writeFileSync(file, [OLD_HEADER, ...rows, ''].join('\n'));
    await expect(myfitnesspal.read(file, ctx())).rejects.toThrow(`${file}:3: "Protein (g)" is not a number: "1,000.0" (use --skip-invalid to skip such rows)`);
    const [result] = await myfitnesspal.read(file, ctx({ skipInvalid: true }));
    expect(result?.days.map((d) => d.date)).toEqual(['2024-03-02']);
    expect(result?.skipped).toEqual([{ where: `${file}:3`, reason: '"Protein (g)" is not a number: "1,000.0"' }]);
    expect(result?.notes.map(sayNote)).toEqual(['1 day left out: a meal row was skipped, so the totals would be too low']);
  });

  it('points from the export\'s other files to the nutrition one', async () => {
    const file = join(tempDir(), 'Exercise-Summary-2024-03-01-to-2024-03-02.csv');
    writeFileSync(file, 'Date,Exercise,Type,Exercise Calories,Exercise Minutes,Sets,Reps Per Set,Kilograms,Steps,Note\n');
    await expect(myfitnesspal.read(file, ctx())).rejects.toThrow(`${file}: this is not the MyFitnessPal file recover reads. Pass Nutrition-Summary-….csv, or the whole export zip.`);
  });
});

describe('activity names', () => {
  it.each([
    ['HKWorkoutActivityTypeTraditionalStrengthTraining', 'strength'],
    ['HKWorkoutActivityTypeHighIntensityIntervalTraining', 'hiit'],
    ['HKWorkoutActivityTypeRunning', 'cardio'],
    ['HKWorkoutActivityTypeWalking', 'active-recovery'],
    ['HKWorkoutActivityTypeYoga', 'mobility'],
    ['HKWorkoutActivityTypeSoccer', 'sport'],
    ['Disc Golf', 'sport'],
    ['Hiking/Rucking', 'cardio'],
    ['Functional Fitness', 'strength'],
    ['Gaming', 'other'],
    ['Treadmill', 'cardio'],
    ['strength endurance', 'strength'],
  ] as const)('%s is %s', (name, type) => expect(sessionTypeFor(name)).toBe(type));
});

describe('garmin', () => {
  it('reads the DI_CONNECT folder: asleep time from stages, resting HR, HRV, activities with TRIMP from HR zones', async () => {
    const results = await garmin.read(fixture('garmin'), ctx());
    expect(results.map((r) => r.file.slice(fixture('garmin').length + 1))).toEqual([
      'DI_CONNECT/DI-Connect-Aggregator/UDSFile_2024-03-01_2024-06-09.json',
      'DI_CONNECT/DI-Connect-Fitness/runner@example.com_0_summarizedActivities.json',
      'DI_CONNECT/DI-Connect-Wellness/2024-03-01_2024-06-09_12345678_healthStatusData.json',
      'DI_CONNECT/DI-Connect-Wellness/2024-03-01_2024-06-09_12345678_sleepData.json',
    ]);
    const days = byDate(results);
    // deep 5340 + light 14400 + REM 5400 s = 6.98 h; the 7.8 h window (sleepingSeconds 28080) also holds 49 min awake.
    expect(days.get('2024-03-12')?.values).toEqual({ restingHrBpm: 48, hrvMs: 62, sleepHours: 6.98, bedtimeMin: 21 * 60 + 41, wakeMin: 5 * 60 + 29, wasoMin: 49 });
    expect(days.get('2024-03-13')?.values).toEqual({});
    expect(days.get('2024-03-14')?.values).toEqual({ restingHrBpm: 51, hrvMs: 48, sleepHours: 7.5, bedtimeMin: 22 * 60, wakeMin: 6 * 60, wasoMin: 30 });
    expect(days.get('2024-03-12')?.sessions).toEqual([
      // zones 0-5: 1, 4, 10, 20, 9, 1 min -> 4x1 + 10x2 + 20x3 + 9x4 + 1x5 = 125
      { type: 'cardio', minutes: 45, rpe: null, source: 'garmin', externalId: '14000000001', trimp: 125 },
    ]);
    expect(days.get('2024-03-13')?.sessions).toEqual([
      { type: 'strength', minutes: 50, rpe: null, source: 'garmin', externalId: '14000000002', trimp: 45 },
    ]);
    // The walk started at 00:30 local time (23:30 GMT the day before); the multisport container is left out.
    expect(days.get('2024-03-14')?.sessions).toEqual([
      { type: 'active-recovery', minutes: 30, rpe: null, source: 'garmin', externalId: '14000000003' },
      { type: 'cardio', minutes: 90, rpe: null, source: 'garmin', externalId: '14000000005', trimp: 180 },
    ]);
    expect(results.flatMap((r) => r.notes.map(sayNote))).toEqual([
      '1 multisport total left out: the legs are counted one by one',
      "Garmin's own HRV baseline (recover keeps its own from these values) on 2024-03-14: 55-71 ms, unbalanced",
      '1 night without sleep stages left out (the watch did not confirm a sleep)',
    ]);
  });

  it('reads the export zip as Garmin sends it, and stops at a malformed record naming file and element', async () => {
    const dir = tempDir();
    const zip = join(dir, 'a1b2c3d4-garmin-export.zip');
    const inner = 'DI_CONNECT/DI-Connect-Wellness/2024-03-01_2024-06-09_12345678_sleepData.json';
    writeZip(zip, {
      [inner]: readFileSync(fixture(`garmin/${inner}`), 'utf8'),
      'DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip': 'PK',
      'customer_data/customer.json': '{}',
    });
    const [result] = await garmin.read(zip, ctx());
    expect(result?.file).toBe(`${zip}!${inner}`);
    expect(byDate(result ? [result] : []).get('2024-03-14')?.values).toEqual({ sleepHours: 7.5, bedtimeMin: 22 * 60, wakeMin: 6 * 60, wasoMin: 30 });
    const bad = join(dir, 'x_sleepData.json');
    writeFileSync(bad, '[{"calendarDate": "2024-03-12", "deepSleepSeconds": "long"}]');
    await expect(garmin.read(bad, ctx())).rejects.toThrow(`${bad}: element 1: deepSleepSeconds is not a number: "long" (use --skip-invalid to skip such rows)`);
    await expect(garmin.read(fixture('whoop'), ctx())).rejects.toThrow('it looks like a whoop export (physiological_cycles.csv): run "recover import whoop');
  });

  it.each([
    [{ hrTimeInZone_1: 600, hrTimeInZone_3: 600 }, 20, 40],
    [{ hrTimeInZone_0: 1000 }, 30, 0],
    [{ hrTimeInZone_5: 10, hrTimeInZone_6: 10 }, 10, 50],
    [{}, 30, null],
  ])('Edwards TRIMP from zone times %j over %d min is %s', (zones, minutes, trimp) => {
    expect(garminTrimp(zones, minutes)).toBe(trimp);
  });
});

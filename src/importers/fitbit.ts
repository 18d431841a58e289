import { Phrase } from '../errors.js';
import { addDays } from '../core/dates.js';
import { checkNumber, fieldByKey, InvalidValue } from '../core/fields.js';
import { isNight, parseLocalTime, sumSleep, type SleepPeriod } from '../core/nights.js';
import { sessionTypeFor } from './activity.js';
import { napNotes } from './sleep-notes.js';
import { asRecord, counted, csvStream, DayCollector, eachRecord, hours, localDateOf, numberCell, type FileResult, type Importer, type ReadContext } from './common.js';
import { jsonRecords } from './json-stream.js';
import { locateAll, type Located } from './locate.js';

// Fitbit / Google Takeout, times local to where the person was, without a zone:
//   sleep.json (or sleep-2019-11-01.json): [{"logId": 24486013387, "dateOfSleep": "2019-11-02",
//     "startTime": "2019-11-02 00:09:30", "endTime": "2019-11-02T07:19:30.000", "minutesAsleep": 378, "minutesAwake": 52, "type": "stages", "mainSleep": true, ...}, ...]
//   resting_heart_rate.json: [{"dateTime": "2019-11-01 00:00:00", "value": {"date": "11/01/19", "value": 53.74, "error": 6.79}}]
//   sleep_score.csv: timestamp,sleep_log_entry_id,overall_score,...,resting_heart_rate,restlessness
//                    2019-11-02T07:19:30Z,24486013387,79,20,22,37,36,53,0.0789
//   exercise.json (Takeout: exercise-0.json, exercise-100.json, with startTime "11/05/19 22:40:41"):
//     [{"logId": 26543301371, "activityName": "Run", "logType": "tracker", "startTime": "2019-11-05 22:40:41",
//       "duration": 1464000, "averageHeartRate": 144, "heartRateZones": [{"name": "Out of Range", "min": 30,
//       "max": 86, "minutes": 0}, {"name": "Fat Burn", ...}, {"name": "Cardio", ...}, {"name": "Peak", "min": 147, ...}]}]

type Json = Record<string, unknown>;
/** A file is read when its turn comes, record by record as it streams in. */
type FitbitFile = Located;


const stringOf = (value: unknown): string => (typeof value === 'string' ? value : '');

function num(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InvalidValue('json-not-number', { what, value: String(JSON.stringify(value)) });
  return value;
}

/** All sleep logs of one import together: Takeout's monthly files repeat a log across a month boundary. */
async function readSleep(files: readonly FitbitFile[], ctx: ReadContext): Promise<FileResult> {
  const label = files.length === 1 ? (files[0]?.where ?? '') : `${files.length} sleep files (${files.map((f) => f.name).join(', ')})`;
  const days = new DayCollector(label);
  const seen = new Set<unknown>();
  const periods: SleepPeriod[] = [];
  const awakenings = new Map<string, number>();
  // minutesAwake: awake between falling asleep and the final waking (Fitbit leaves out the minutes to fall asleep and after waking).
  const awake = new Map<string, number>();
  let flaggedNaps = 0;
  let duplicates = 0;
  for (const { where: file, chunks } of files) {
    await eachRecord(days, ctx, jsonRecords(file, chunks()), (raw) => {
      const log = asRecord(raw);
      if (seen.has(log.logId)) {
        duplicates++;
        return;
      }
      seen.add(log.logId);
      const end = parseLocalTime(stringOf(log.endTime));
      if (end === null) throw new InvalidValue('json-not-time', { what: 'endTime', value: String(JSON.stringify(log.endTime)) });
      const start = parseLocalTime(stringOf(log.startTime));
      const period: SleepPeriod = { ...end, asleepMin: num(log.minutesAsleep, 'minutesAsleep'), ...(start ? { startDate: start.endDate, startMinute: start.endMinute } : {}) };
      periods.push(period);
      if (typeof log.minutesAwake === 'number' && isNight(period)) awake.set(end.endDate, (awake.get(end.endDate) ?? 0) + log.minutesAwake);
      if (log.mainSleep !== true && isNight(period)) flaggedNaps++;
      // Only classic logs count awakenings as people notice them; a stages log's "wake"
      // count includes every brief stir, which would read as a restless night every night.
      const summary = (log.levels as Json | undefined)?.summary as Record<string, Json> | undefined;
      if (log.type === 'classic' && summary?.awake && isNight(period)) {
        awakenings.set(end.endDate, (awakenings.get(end.endDate) ?? 0) + num(summary.awake.count, 'levels.summary.awake.count'));
      }
    });
  }
  const totals = sumSleep(periods);
  for (const [date, minutes] of totals.nights) days.set(label, date, 'sleepHours', hours(minutes));
  for (const [date, minutes] of totals.naps) days.set(label, date, 'napH', hours(minutes));
  for (const [date, count] of awakenings) days.set(label, date, 'awakenings', count);
  for (const [date, minutes] of awake) days.set(label, date, 'wasoMin', minutes);
  for (const [date, minute] of totals.bedtime) days.set(label, date, 'bedtimeMin', minute);
  for (const [date, minute] of totals.wake) days.set(label, date, 'wakeMin', minute);
  return days.result([
    ...counted({ code: 'fitbit-naps-flagged', n: flaggedNaps }),
    ...napNotes(totals),
    ...counted({ code: 'fitbit-repeated', n: duplicates }),
  ]);
}

/**
 * Fitbit's default zones start at 50, 70 and 85% of max HR (220 - age): Fat Burn 86, Cardio 121,
 * Peak 147 bpm for a max of 173. Peak's lower bound is the largest, so it gives the max most exactly.
 */
const PEAK_SHARE_OF_MAX = 0.85;

/**
 * PMData's activities Fitbit detected by itself average 46-79% of max HR (median 57%, 46 of 69
 * under 60%); the ones people started 30-95% (median 81%, 3 of 36 under 60%).
 */
const EASY_SHARE_OF_MAX = 0.6;

function maxHrFromZones(zones: unknown): number | undefined {
  const peak = Array.isArray(zones) ? (zones as Json[]).find((z) => z?.name === 'Peak') : undefined;
  return typeof peak?.min === 'number' && peak.min > 0 ? Math.round(peak.min / PEAK_SHARE_OF_MAX) : undefined;
}

/** "2019-11-05 22:40:41" (PMData) or Takeout's "11/05/19 22:40:41": the local date. */
function startDate(stamp: string): string {
  const us = /^(\d{2})\/(\d{2})\/(\d{2}) /.exec(stamp);
  return us ? localDateOf(`20${us[3]}-${us[1]}-${us[2]}`, 'startTime') : localDateOf(stamp, 'startTime');
}

/**
 * Exercises as sessions, by the date of their local start, with the average heart rate and the
 * max HR implied by the zones. Walks Fitbit detected by itself (any 10 minutes of walking) are
 * daily life, not training, and are left out; a walk the person started on the watch is kept.
 * Another activity it detected by itself at an easy heart rate (under EASY_SHARE_OF_MAX: a
 * commute by bike) is active recovery, the article's easy cycling, not a training session.
 */
async function readExercise(files: readonly FitbitFile[], ctx: ReadContext): Promise<FileResult> {
  const label = files.length === 1 ? (files[0]?.where ?? '') : `${files.length} exercise files (${files.map((f) => f.name).join(', ')})`;
  const days = new DayCollector(label);
  const seen = new Set<unknown>();
  let walks = 0;
  let easy = 0;
  for (const { where: file, chunks } of files) {
    await eachRecord(days, ctx, jsonRecords(file, chunks()), (raw, where) => {
      const log = asRecord(raw);
      if (typeof log.logId !== 'number' && typeof log.logId !== 'string') throw new InvalidValue('json-missing', { what: 'logId' });
      if (seen.has(log.logId)) return;
      seen.add(log.logId);
      const name = stringOf(log.activityName);
      if (log.logType === 'auto_detected' && name === 'Walk') {
        walks++;
        return;
      }
      const avgHrBpm = log.averageHeartRate === undefined ? 0 : num(log.averageHeartRate, 'averageHeartRate');
      const maxHrBpm = maxHrFromZones(log.heartRateZones);
      const daily = log.logType === 'auto_detected' && avgHrBpm > 0 && maxHrBpm !== undefined && avgHrBpm < EASY_SHARE_OF_MAX * maxHrBpm;
      if (daily) easy++;
      days.addSession(where, startDate(stringOf(log.startTime)), {
        type: daily ? 'active-recovery' : sessionTypeFor(name),
        minutes: Math.round((num(log.duration, 'duration') / 60_000) * 10) / 10,
        rpe: null,
        source: 'fitbit',
        externalId: String(log.logId),
        // 0 is Fitbit's "no heart rate" (the watch was off the wrist).
        ...(avgHrBpm > 0 ? { avgHrBpm } : {}),
        ...(maxHrBpm === undefined ? {} : { maxHrBpm }),
      });
    });
  }
  return days.result(counted({ code: 'fitbit-walks', n: walks }, { code: 'fitbit-easy', n: easy }));
}

async function readRestingHr({ where: file, chunks }: FitbitFile, ctx: ReadContext): Promise<FileResult> {
  const days = new DayCollector(file);
  let empty = 0;
  await eachRecord(days, ctx, jsonRecords(file, chunks()), (raw, where) => {
    const entry = asRecord(raw);
    const date = localDateOf(stringOf(entry.dateTime), 'dateTime');
    const bpm = num((entry.value as Json | undefined)?.value, 'value.value');
    if (bpm === 0) {
      empty++; // Fitbit writes 0 for a day it has no reading for
      return;
    }
    days.set(where, date, 'restingHrBpm', Math.round(bpm * 10) / 10);
  });
  return days.result(counted({ code: 'fitbit-zero', n: empty }));
}

/**
 * sleep_score.csv's resting heart rate fills the days resting_heart_rate.json lacks: it is
 * stored as its own source, 'fitbit-sleep-score', which every field's order puts right after
 * 'fitbit', so the result does not depend on which file was imported first. Its timestamp is
 * the log's local end time despite the "Z", and its value is the previous day's resting HR,
 * whole (on PMData, 1481 of 1511 equal that day's resting_heart_rate.json value rounded down,
 * or within 1 bpm), so it goes on the date before the timestamp's.
 */
async function readSleepScore({ where: file, chunks }: FitbitFile, ctx: ReadContext): Promise<FileResult> {
  const days = new DayCollector(file);
  // Two logs of one night give the later reading whatever the row order: the timestamp of the one kept, per date.
  const kept = new Map<string, string>();
  await eachRecord(days, ctx, csvStream(file, chunks(), ['timestamp', 'resting_heart_rate']), (r, where) => {
    const stamp = r.timestamp ?? '';
    const end = parseLocalTime(stamp);
    if (end === null) throw new InvalidValue('cell-not-time', { what: 'timestamp', value: stamp });
    const bpm = numberCell(r, 'resting_heart_rate');
    if (bpm === null || bpm === 0) return;
    const date = addDays(end.endDate, -1);
    const keptStamp = kept.get(date);
    // An implausible reading is only reported (set refuses it), an earlier one left out.
    if (!plausibleRestingHr(bpm)) days.set(where, date, 'restingHrBpm', bpm);
    else if (keptStamp === undefined || stamp.localeCompare(keptStamp) >= 0) {
      kept.set(date, stamp);
      days.set(where, date, 'restingHrBpm', bpm);
    }
  });
  return { ...days.result(), source: 'fitbit-sleep-score' };
}

function plausibleRestingHr(bpm: number): boolean {
  try {
    checkNumber(fieldByKey('restingHrBpm'), bpm);
    return true;
  } catch (err) {
    if (err instanceof InvalidValue) return false;
    throw err;
  }
}

const isSleep = (name: string) => /^sleep(-\d{4}-\d{2}-\d{2})?\.json$/.test(name);
const isRestingHr = (name: string) => /^resting_heart_rate(-\d{4}-\d{2}-\d{2})?\.json$/.test(name);
const isSleepScore = (name: string) => /^sleep_score(-\d{4}-\d{2}-\d{2})?\.csv$/.test(name);
const isExercise = (name: string) => /^exercise(-\d+)?\.json$/.test(name);
const isFitbitFile = (name: string) => isSleep(name) || isRestingHr(name) || isSleepScore(name) || isExercise(name);

const WANTED = {
  source: 'fitbit',
  files: new Phrase('files-fitbit'),
  matches: isFitbitFile,
};

/** Every file of one import is read together, so the result does not depend on their order. */
async function readAll(paths: readonly string[], ctx: ReadContext): Promise<FileResult[]> {
  return locateAll(paths, WANTED, async (found) => {
    const files = [...new Map(found.map((f) => [f.where, f])).values()].sort((a, b) => a.name.localeCompare(b.name) || a.where.localeCompare(b.where));
    const named = (test: (name: string) => boolean) => files.filter((f) => test(f.name));
    const sleep = named(isSleep);
    const exercise = named(isExercise);
    const results: FileResult[] = [];
    if (sleep.length > 0) results.push(await readSleep(sleep, ctx));
    for (const f of named(isRestingHr)) results.push(await readRestingHr(f, ctx));
    for (const f of named(isSleepScore)) results.push(await readSleepScore(f, ctx));
    if (exercise.length > 0) results.push(await readExercise(exercise, ctx));
    return results;
  });
}

export const fitbit: Importer = {
  id: 'fitbit',
  read: (path, ctx) => readAll([path], ctx),
  readAll,
  tzNote: { code: 'tz-fitbit' },
};

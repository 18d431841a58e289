import { wallClockIn } from '../core/dates.js';
import { InvalidValue } from '../core/fields.js';
import { DataError, Phrase } from '../errors.js';
import { sessionTypeFor } from './activity.js';
import { counted, DayCollector, eachRecord, hours, localDateOf, type FileResult, type Importer, type Note, type ReadContext } from './common.js';
import { jsonRecords } from './json-stream.js';
import { locateAll } from './locate.js';

// Garmin Connect account export (the zip from "Export Your Data", or its DI_CONNECT folder); JSON arrays:
//   DI-Connect-Wellness/*_sleepData.json: [{"calendarDate": "2024-03-12", "sleepStartTimestampGMT": "2024-03-11T21:41:00.0",
//     "deepSleepSeconds": 5340, "lightSleepSeconds": 14400, "remSleepSeconds": 5400, "awakeSleepSeconds": 2940, ...}]
//   DI-Connect-Wellness/*_healthStatusData.json: [{"calendarDate": "2024-03-12", "metrics": [{"type": "HRV", "value": 62.0,
//     "status": "BALANCED", "baselineLowerLimit": 55.0, "baselineUpperLimit": 70.0}, ...]}]
//   DI-Connect-Aggregator/UDSFile_*.json: [{"calendarDate": "2024-03-12", "restingHeartRate": 48, "sleepingSeconds": 28080, ...}]
//   DI-Connect-Fitness/*_summarizedActivities.json: [{"summarizedActivitiesExport": [{"activityId": 14000000001,
//     "activityType": "running", "startTimeLocal": 1710227100000, "duration": 2700000.0, "avgHr": 152.0,
//     "hrTimeInZone_1": 240000.0, ...}]}]

type Json = Record<string, unknown>;
type Chunks = AsyncIterable<Buffer>;

const KINDS = {
  sleep: /_sleepData\.json$/,
  health: /_healthStatusData\.json$/,
  daily: /^UDSFile_.*\.json$/,
  activities: /_summarizedActivities\.json$/,
} as const;


const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function object(value: unknown): Json {
  if (!isObject(value)) throw new InvalidValue('json-not-object', { value: String(JSON.stringify(value)) });
  return value;
}

/** A number, or null when Garmin left it out or wrote null. */
function num(record: Json, key: string): number | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InvalidValue('json-not-number', { what: key, value: String(JSON.stringify(value)) });
  return value;
}

function calendarDate(record: Json): string {
  return localDateOf(typeof record.calendarDate === 'string' ? record.calendarDate : '', 'calendarDate');
}

/** "2024-03-11T21:41:00.0" (GMT) on the clock of `tz`; null when absent or not such a time. */
function gmtClock(value: unknown, tz: string): { minute: number } | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/.test(value)) return null;
  const ms = Date.parse(`${value}Z`);
  return Number.isNaN(ms) ? null : wallClockIn(ms, tz);
}

/** Asleep time is deep + light + REM; the sleep window (and UDS sleepingSeconds) also holds time awake. */
async function readSleep(file: string, chunks: Chunks, ctx: ReadContext): Promise<FileResult> {
  const days = new DayCollector(file);
  let unstaged = 0;
  await eachRecord(days, ctx, jsonRecords(file, chunks), (raw, where) => {
    const night = object(raw);
    const date = calendarDate(night);
    const stages = [num(night, 'deepSleepSeconds'), num(night, 'lightSleepSeconds'), num(night, 'remSleepSeconds')];
    if (stages.every((s) => s === null)) {
      unstaged++;
      return;
    }
    const seconds = stages.reduce<number>((sum, s) => sum + (s ?? 0), 0);
    days.set(where, date, 'sleepHours', hours(seconds / 60));
    // The sleep window is in GMT: its ends on the user's clock are the bed and wake times.
    const [start, end] = ['sleepStartTimestampGMT', 'sleepEndTimestampGMT'].map((k) => gmtClock(night[k], ctx.tz));
    if (start) days.set(where, date, 'bedtimeMin', Math.floor(start.minute));
    if (end) days.set(where, date, 'wakeMin', Math.floor(end.minute));
    const awake = num(night, 'awakeSleepSeconds');
    days.set(where, date, 'wasoMin', awake === null ? null : Math.round(awake / 60));
  });
  return days.result(counted({ code: 'garmin-unstaged', n: unstaged }));
}

async function readHealthStatus(file: string, chunks: Chunks, ctx: ReadContext): Promise<FileResult> {
  const days = new DayCollector(file);
  let baseline = null as Note | null;
  await eachRecord(days, ctx, jsonRecords(file, chunks), (raw, where) => {
    const entry = object(raw);
    const date = calendarDate(entry);
    if (!Array.isArray(entry.metrics)) throw new InvalidValue('json-not-list', { what: 'metrics' });
    const hrv = (entry.metrics as unknown[]).filter(isObject).find((m) => m.type === 'HRV');
    if (!hrv) return;
    const value = num(hrv, 'value');
    days.set(where, date, 'hrvMs', value === null ? null : Math.round(value * 10) / 10);
    const low = num(hrv, 'baselineLowerLimit');
    const high = num(hrv, 'baselineUpperLimit');
    // 0.0 is Garmin's "no baseline yet" (the first weeks of wear).
    if (value !== null && low && high) baseline = { code: 'garmin-hrv-baseline', date, low, high, status: typeof hrv.status === 'string' ? hrv.status.toLowerCase() : 'none' };
  });
  return days.result(baseline ? [baseline] : []);
}

async function readDaily(file: string, chunks: Chunks, ctx: ReadContext): Promise<FileResult> {
  const days = new DayCollector(file);
  await eachRecord(days, ctx, jsonRecords(file, chunks), (raw, where) => {
    const day = object(raw);
    const bpm = num(day, 'restingHeartRate');
    // Garmin writes null, and on some days 0, when the watch was not worn at rest.
    if (bpm) days.set(where, calendarDate(day), 'restingHrBpm', bpm);
  });
  return days.result();
}

/**
 * Edwards' TRIMP from Garmin's time in heart-rate zones: zone i counts i (zone 0, below zone 1,
 * counts 0; anything above 5 counts 5). Garmin's default zones are Edwards' 50-60% ... 90-100% of
 * max HR. Each zone's share of the recorded time is applied to the activity's minutes.
 */
export function garminTrimp(activity: Json, minutes: number): number | null {
  const zones = Object.keys(activity)
    .map((key) => /^hrTimeInZone_(\d)$/.exec(key))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ weight: Math.min(5, Number(m[1])), time: num(activity, m[0]) ?? 0 }));
  const total = zones.reduce((sum, z) => sum + z.time, 0);
  if (total <= 0) return null;
  return Math.round(zones.reduce((sum, z) => sum + (minutes * z.time * z.weight) / total, 0) * 10) / 10;
}

/** startTimeLocal is the local wall-clock time written as if it were UTC epoch milliseconds. */
function localStart(activity: Json): string {
  const value = activity.startTimeLocal;
  if (typeof value === 'string') return localDateOf(value, 'startTimeLocal');
  const date = typeof value === 'number' ? new Date(value) : null;
  // Date holds +/- 8.64e15 ms; past that (or not a number) it is no time at all.
  if (date === null || Number.isNaN(date.getTime())) throw new InvalidValue('json-not-a-time', { what: 'startTimeLocal', value: String(JSON.stringify(value)) });
  return date.toISOString().slice(0, 10);
}

async function readActivities(file: string, chunks: Chunks, ctx: ReadContext): Promise<FileResult> {
  const days = new DayCollector(file);
  let containers = 0;
  // Each element of the file holds its activities in an array: those are read one by one, not a whole element.
  const activities = jsonRecords(file, chunks, { key: 'summarizedActivitiesExport', notNested: () => new DataError('garmin-not-activities', { file }) });
  await eachRecord(days, ctx, activities, (raw, where) => {
    const a = object(raw);
    const type = typeof a.activityType === 'string' ? a.activityType : ((a.activityType as Json | undefined)?.typeKey as string | undefined) ?? '';
    // A multisport activity lists its legs as activities of their own: counting it too would double them.
    if (a.parent === true || type === 'multi_sport') {
      containers++;
      return;
    }
    const id = a.activityId;
    if (typeof id !== 'number' && typeof id !== 'string') throw new InvalidValue('json-missing', { what: 'activityId' });
    const ms = num(a, 'duration');
    if (ms === null) throw new InvalidValue('json-missing', { what: 'duration' });
    const minutes = Math.round((ms / 60_000) * 10) / 10;
    const trimp = garminTrimp(a, minutes);
    days.addSession(where, localStart(a), {
      type: sessionTypeFor(type.replace(/_/g, ' ')),
      minutes,
      rpe: null,
      source: 'garmin',
      externalId: String(id),
      ...(trimp === null ? {} : { trimp }),
    });
  });
  return days.result(counted({ code: 'garmin-multisport', n: containers }));
}

const READERS: ReadonlyArray<[RegExp, (file: string, chunks: Chunks, ctx: ReadContext) => Promise<FileResult>]> = [
  [KINDS.sleep, readSleep],
  [KINDS.health, readHealthStatus],
  [KINDS.daily, readDaily],
  [KINDS.activities, readActivities],
];

const readerFor = (name: string) => READERS.find(([pattern]) => pattern.test(name))?.[1];

export const garmin: Importer = {
  id: 'garmin',
  async read(path, ctx) {
    const wanted = {
      source: 'garmin',
      files: new Phrase('files-garmin'),
      matches: (n: string) => readerFor(n) !== undefined,
    };
    // One file at a time, each one JSON array read element by element as it streams in.
    return locateAll([path], wanted, async (files) => {
      const results: FileResult[] = [];
      for (const { where, name, chunks } of files) {
        const reader = readerFor(name);
        if (!reader) throw new DataError('garmin-not-file', { where, files: wanted.files });
        results.push(await reader(where, chunks(), ctx));
      }
      return results;
    });
  },
};

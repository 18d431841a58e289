import { dateOfDay, localClock, zoneOffset } from '../core/dates.js';
import { InvalidValue, SESSION_HR } from '../core/fields.js';
import { joinSegments, sumSleep, type Segment } from '../core/nights.js';
import type { Session } from '../core/types.js';
import { DataError, Phrase } from '../errors.js';
import { napNotes } from './sleep-notes.js';
import { sessionTypeFor } from './activity.js';
import { counted, DayCollector, decimal, hours, instantOf, type FileResult, type Importer, type ReadContext } from './common.js';
import { checkFile, head, locate } from './locate.js';
import { FALLBACK, scanHealthXml, type Attribute, type ElementSink } from './apple-health-scan.js';

// Apple Health export.xml (inside export.zip), streamed. Every time carries the offset of the
// moment of export, not its own, so instants are placed in the user's zone (ctx.tz) instead:
//   <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="… Watch" startDate="2024-01-01 03:27:53 +0200"
//           endDate="2024-01-01 03:40:23 +0200" value="HKCategoryValueSleepAnalysisAsleepCore"/>
//   <Record type="HKQuantityTypeIdentifierRestingHeartRate" unit="count/min" startDate="…" value="52"/>
//   <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="30.5" durationUnit="min" startDate="…" endDate="…"/>
//   newer exports (iOS 16 on) nest the workout's statistics, and a copy per <WorkoutActivity>:
//   <Workout …><WorkoutActivity …><WorkoutStatistics …/></WorkoutActivity>
//     <WorkoutStatistics type="HKQuantityTypeIdentifierHeartRate" startDate="…" endDate="…" average="140.139"
//                        minimum="75" maximum="157" unit="count/min"/></Workout>

const SLEEP = 'HKCategoryTypeIdentifierSleepAnalysis';
const HEART_RATE = 'HKQuantityTypeIdentifierHeartRate';
/** Asleep values, old (iOS 15 and before) and new; InBed and Awake are not sleep. */
const ASLEEP = new Set([
  'HKCategoryValueSleepAnalysisAsleep',
  'HKCategoryValueSleepAnalysisAsleepUnspecified',
  'HKCategoryValueSleepAnalysisAsleepCore',
  'HKCategoryValueSleepAnalysisAsleepDeep',
  'HKCategoryValueSleepAnalysisAsleepREM',
]);
/** Record types averaged per day, and summed per day (per app: see Aggregates.sum), by field. Maps: a type read from a file is no key of an object's prototype. */
const MEANS = new Map<string, 'restingHrBpm' | 'hrvMs'>([
  ['HKQuantityTypeIdentifierRestingHeartRate', 'restingHrBpm'],
  ['HKQuantityTypeIdentifierHeartRateVariabilitySDNN', 'hrvMs'],
]);
const SUMS = new Map<string, 'proteinG' | 'carbsG' | 'waterL' | 'fatG'>([
  ['HKQuantityTypeIdentifierDietaryProtein', 'proteinG'],
  ['HKQuantityTypeIdentifierDietaryCarbohydrates', 'carbsG'],
  ['HKQuantityTypeIdentifierDietaryWater', 'waterL'],
  ['HKQuantityTypeIdentifierDietaryFatTotal', 'fatG'],
]);
/**
 * Symptoms of an illness the Health app records (iOS 13.6 on), each with a severity: any but "not
 * present" marks the day ill (`sick`). Not fatigue, headache or the like, which training alone
 * brings; and "not present" is no proof of being well, so no symptom never says `sick` no.
 */
const ILLNESS_SYMPTOMS = new Set(
  ['Fever', 'Chills', 'Coughing', 'SoreThroat', 'RunnyNose', 'SinusCongestion', 'GeneralizedBodyAche', 'LossOfSmell', 'LossOfTaste', 'Nausea', 'Vomiting', 'Diarrhea', 'ShortnessOfBreath'].map(
    (name) => `HKCategoryTypeIdentifier${name}`,
  ),
);
const SYMPTOM_PRESENT = new Set(['Unspecified', 'Mild', 'Moderate', 'Severe'].map((s) => `HKCategoryValueSeverity${s}`));
/** A symptom record spanning days (a cold logged for the week) marks at most this many. */
const MAX_SYMPTOM_DAYS = 14;
/** Every record type the import reads (the pre-filter's list): a type added to MEANS, SUMS or the symptoms is read. */
export const RECORD_TYPES: ReadonlySet<string> = new Set([SLEEP, ...MEANS.keys(), ...SUMS.keys(), ...ILLNESS_SYMPTOMS]);
const TO_LITRES = new Map(Object.entries({ mL: 0.001, L: 1, dL: 0.1, cL: 0.01, fl_oz_us: 0.0295735, fl_oz_imp: 0.0284131 }));
const TO_GRAMS = new Map(Object.entries({ g: 1, mg: 0.001, kg: 1000, oz: 28.3495 }));
const TO_MINUTES = new Map(Object.entries({ min: 1, s: 1 / 60, hr: 60, h: 60 }));

/** Apple's own shape of a time, "2024-03-02 07:00:00 +0100": d a digit, s a sign, any other character itself. */
const STAMP = 'dddd-dd-dd dd:dd:dd sdddd';

/** Whether text has Apple's shape: a loop over its characters costs a quarter of a regular expression. */
function appleShape(text: string): boolean {
  if (text.length !== STAMP.length) return false;
  for (let i = 0; i < STAMP.length; i++) {
    const c = text.charCodeAt(i);
    const want = STAMP.charCodeAt(i);
    if (want === 100 ? c < 48 || c > 57 : want === 115 ? c !== 43 && c !== 45 : c !== want) return false;
  }
  return true;
}

/** "2024-01-01 03:27:53 +0200" -> the instant, in epoch milliseconds. */
export function parseStamp(stamp: string | undefined, what: string): number {
  const text = stamp ?? '';
  if (!appleShape(text)) throw new InvalidValue('health-bad-time', { what, value: text.slice(0, 40) });
  // The date's midnight once per date, read by the one strict parser first (no 30 February); the
  // rest is digits, checked as instantOf checks them. The date as a number (20240302) is the key: no string is cut.
  const date = two(text, 0) * 1e6 + two(text, 2) * 1e4 + two(text, 5) * 100 + two(text, 8);
  const midnight = midnights.get(date);
  const hour = two(text, 11);
  const minute = two(text, 14);
  const second = two(text, 17);
  const oh = two(text, 21);
  const om = two(text, 23);
  if (midnight === undefined || hour > 23 || minute > 59 || second > 59 || oh > 14 || om > 59) {
    const ms = instantOf(text, what);
    if (midnights.size >= 50_000) midnights.clear();
    midnights.set(date, Date.parse(`${text.slice(0, 10)}T00:00:00Z`));
    return ms;
  }
  const offsetMin = (text.charCodeAt(20) === 45 ? -1 : 1) * (oh * 60 + om);
  return midnight + (hour * 60 + minute + second / 60 - offsetMin) * 60_000;
}
/** UTC midnights of the calendar dates met, each checked by instantOf first. */
const midnights = new Map<number, number>();
const two = (text: string, at: number) => (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;

/**
 * A copy of a string that shares no memory with the chunk it was parsed from: V8 keeps a
 * whole 64 KB chunk alive for any slice of it that is kept, and memory would grow with the file.
 */
function own(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

function number(a: Attribute, name: string, what: string): number {
  const text = a(name) ?? '';
  const value = decimal(text);
  if (!Number.isFinite(value)) throw new InvalidValue('health-not-number', { what, name, value: text.slice(0, 40) });
  return value;
}

interface Workout {
  /** Where the element is, when the reader knows its line. */
  where: string | undefined;
  date: string;
  session: Session;
  avgHrBpm?: number;
  peakHrBpm?: number;
}

/** The fields of MEANS and SUMS, numbered for the aggregates' keys. */
const DAY_MS = 86_400_000;
const FIELDS = [...MEANS.values(), ...SUMS.values()];
type Field = (typeof FIELDS)[number];
const FIELD_NUMBERS = new Map<Field, number>(FIELDS.map((field, i) => [field, i]));

/**
 * Per-day aggregates, kept small: memory grows with the days covered, not the file size. Days
 * are numbers, and a day's field is one number (day × fields + field): no key string a record.
 */
class Aggregates {
  /** Workouts wait for the end of the file: their max HR is the highest any of them reached. */
  readonly workouts: Workout[] = [];
  /** The <Workout> being read, and whether inside one of its <WorkoutActivity> parts. */
  workout: Workout | undefined;
  inActivity = false;
  /** Asleep samples of every source; joined into periods once the whole file is read. */
  readonly asleep: Segment[] = [];
  readonly means = new Map<number, { sum: number; n: number }>();
  /** Per day, field and app: the same food logged through two apps is counted from one. */
  readonly sums = new Map<number, Map<string, number>>();
  /** The apps met, each name kept once (see own). */
  private readonly apps = new Map<string, string>();
  /** Records inside a <Correlation>: Apple repeats each of them at the top level. */
  repeated = 0;
  /** Days with a symptom of illness present. */
  readonly ill = new Set<number>();

  constructor(readonly tz: string) {}

  /** The day number (days since 1970-01-01) of an instant in the user's zone (localClock's, without its object). */
  day(ms: number): number {
    return Math.floor(Math.trunc(ms + zoneOffset(ms, this.tz)) / DAY_MS);
  }

  /** An instant on the user's wall clock, as wallClockIn gives it, each date made once. */
  clock(ms: number): { date: string; minute: number } {
    const { day, minute } = localClock(ms, this.tz);
    return { date: this.date(day), minute };
  }

  private readonly dates = new Map<number, string>();

  /** A day number as its date, each made once. */
  date(day: number): string {
    let date = this.dates.get(day);
    if (date === undefined) this.dates.set(day, (date = dateOfDay(day)));
    return date;
  }

  mean(day: number, field: Field, value: number): void {
    const key = day * FIELDS.length + (FIELD_NUMBERS.get(field) ?? 0);
    const m = this.means.get(key);
    if (m) {
      m.sum += value;
      m.n++;
    } else this.means.set(key, { sum: value, n: 1 });
  }

  sum(day: number, field: Field, app: string, value: number): void {
    const key = day * FIELDS.length + (FIELD_NUMBERS.get(field) ?? 0);
    let byApp = this.sums.get(key);
    if (!byApp) this.sums.set(key, (byApp = new Map<string, number>()));
    let kept = this.apps.get(app);
    if (kept === undefined) this.apps.set(app, (kept = own(app)));
    byApp.set(kept, (byApp.get(kept) ?? 0) + value);
  }

  /** Each day and field of `map`'s keys, in the order first met. */
  forEachDay<T>(map: Map<number, T>, each: (date: string, field: Field, value: T) => void): void {
    map.forEach((value, key) => {
      const day = Math.floor(key / FIELDS.length);
      each(this.date(day), FIELDS[key - day * FIELDS.length] ?? 'restingHrBpm', value);
    });
  }
}

function readElement(name: string, a: Attribute, agg: Aggregates, where: string | undefined): boolean {
  if (name === 'Workout') {
    const [startDate, type] = [a('startDate'), a('workoutActivityType') ?? ''];
    const start = parseStamp(startDate, 'startDate');
    const unit = a('durationUnit') ?? 'min';
    const minutes = a('duration') !== undefined ? number(a, 'duration', 'Workout') * (TO_MINUTES.get(unit) ?? Number.NaN) : (parseStamp(a('endDate'), 'endDate') - start) / 60_000;
    if (!Number.isFinite(minutes)) throw new InvalidValue('health-unknown-duration-unit', { unit });
    agg.workout = {
      where,
      date: agg.date(agg.day(start)),
      session: { type: sessionTypeFor(type), minutes: Math.round(minutes * 10) / 10, rpe: null, source: 'apple-health', externalId: own(`${startDate} ${type}`) },
    };
    return true;
  }
  if (name === 'WorkoutActivity') {
    agg.inActivity = true;
    return false;
  }
  if (name === 'WorkoutStatistics') {
    if (agg.workout === undefined || agg.inActivity || a('type') !== HEART_RATE) return false;
    const unit = a('unit') ?? 'count/min';
    if (unit !== 'count/min') throw new InvalidValue('health-unknown-hr-unit', { unit });
    agg.workout.avgHrBpm = Math.round(number(a, 'average', 'WorkoutStatistics') * 10) / 10;
    if (a('maximum') !== undefined) agg.workout.peakHrBpm = number(a, 'maximum', 'WorkoutStatistics');
    return false;
  }
  if (name !== 'Record') return false;
  const type = a('type') ?? '';
  if (type === SLEEP) {
    if (!ASLEEP.has(a('value') ?? '')) return false;
    agg.asleep.push([parseStamp(a('startDate'), 'startDate'), parseStamp(a('endDate'), 'endDate')]);
    return true;
  }
  if (ILLNESS_SYMPTOMS.has(type)) {
    const value = a('value') ?? '';
    if (value === 'HKCategoryValueSeverityNotPresent') return false;
    if (!SYMPTOM_PRESENT.has(value)) throw new InvalidValue('health-unknown-severity', { type, value: value.slice(0, 40) });
    const first = agg.day(parseStamp(a('startDate'), 'startDate'));
    const last = Math.min(agg.day(parseStamp(a('endDate') ?? a('startDate'), 'endDate')), first + MAX_SYMPTOM_DAYS - 1);
    for (let day = first; day <= last; day++) agg.ill.add(day);
    return true;
  }
  const mean = MEANS.get(type);
  if (mean !== undefined) {
    agg.mean(agg.day(parseStamp(a('startDate'), 'startDate')), mean, number(a, 'value', type));
    return true;
  }
  const sum = SUMS.get(type);
  if (sum !== undefined) {
    const unit = a('unit') ?? '';
    const factor = (sum === 'waterL' ? TO_LITRES : TO_GRAMS).get(unit);
    if (factor === undefined) throw new InvalidValue('health-unknown-unit', { type, unit });
    agg.sum(agg.day(parseStamp(a('startDate'), 'startDate')), sum, a('sourceName') ?? '', number(a, 'value', type) * factor);
    return true;
  }
  return false;
}

/**
 * Workouts as sessions. One with an average heart rate gets, as the max HR it is judged against,
 * the highest any workout of the export reached (a peak above 250 bpm is an artefact): a user's
 * true max is at least that, and the export holds their hardest efforts. False when a session
 * is skipped and its line is not known.
 */
function addWorkouts(file: string, workouts: readonly Workout[], days: DayCollector): boolean {
  const peaks = workouts.map((w) => w.peakHrBpm ?? 0).filter((bpm) => bpm <= SESSION_HR.max);
  const maxHrBpm = Math.max(0, ...peaks);
  for (const { where, date, session, avgHrBpm } of workouts) {
    const measured = avgHrBpm === undefined ? {} : { avgHrBpm, ...(maxHrBpm > 0 ? { maxHrBpm } : {}) };
    const skipped = days.skipped.length;
    days.addSession(where ?? file, date, { ...session, ...measured });
    if (where === undefined && days.skipped.length > skipped) return false;
  }
  return true;
}

const notAnExport = (file: string) => new DataError('health-not-export', { file });

/** An element to be named by its line, from a reader that does not count lines. */
const UNPLACED = new Error('unplaced');

/** What either reader does with an element: the one place their results come from. */
function elementSink(file: string, agg: Aggregates, days: DayCollector, ctx: ReadContext): ElementSink & { rooted(): boolean } {
  let root: string | undefined;
  let correlationDepth = 0;
  return {
    rooted: () => root !== undefined,
    open(name, attribute, line) {
      if (root === undefined) {
        root = name;
        if (root !== 'HealthData') throw notAnExport(file);
        return;
      }
      if (name === 'Correlation') correlationDepth++;
      if (correlationDepth > 0 && name === 'Record') {
        agg.repeated++;
        return;
      }
      const where = line === undefined ? undefined : `${file}:${line}`;
      try {
        if (readElement(name, attribute, agg, where)) days.records++;
      } catch (err) {
        if (!(err instanceof InvalidValue)) throw err;
        if (where === undefined) throw UNPLACED;
        if (!ctx.skipInvalid) throw new DataError('element-invalid', { where, problem: err });
        days.skipped.push({ where, reason: err.message });
      }
    },
    close(name) {
      if (name === 'Correlation') correlationDepth--;
      if (name === 'WorkoutActivity') agg.inActivity = false;
      if (name === 'Workout' && agg.workout) {
        agg.workouts.push(agg.workout);
        agg.workout = undefined;
      }
    },
  };
}

/** Apple's elements are under 1 KB; the DTD at the top about 10 KB. */
const MAX_ELEMENT_CHARS = 2 ** 20;

/** Reads export.xml with the full XML parser, every element. */
async function parseFully(input: AsyncIterable<Buffer>, file: string, sink: ElementSink, onBytes: (n: number) => void): Promise<undefined> {
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    sink.open(tag.name, (name) => (Object.hasOwn(attributes, name) ? attributes[name] : undefined), parser.line);
  });
  let lastTag = 0;
  parser.on('closetag', (tag) => {
    lastTag = parser.position;
    sink.close(tag.name);
  });
  parser.on('error', (err) => {
    throw new DataError('xml-invalid', { where: `${file}:${parser.line}`, why: err.message.split('\n')[0] ?? '' });
  });
  // Strict UTF-8, and no run of more than MAX_ELEMENT_CHARS without a tag: saxes holds a tag or text whole in memory.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of input) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new DataError('xml-not-utf8', { where: `${file}:${parser.line}` });
    }
    parser.write(text);
    if (parser.position - lastTag > MAX_ELEMENT_CHARS) throw new DataError('xml-element-too-long', { where: `${file}:${parser.line}` });
    onBytes(chunk.length);
  }
  parser.close();
  return undefined;
}

type Reader = (sink: ElementSink) => Promise<typeof FALLBACK | undefined>;

/** The file's days, as `reader` reports its elements; FALLBACK when it falls back or cannot say where an element it must name is. */
async function readDays(read: Reader, file: string, ctx: ReadContext): Promise<FileResult | typeof FALLBACK> {
  const days = new DayCollector(file);
  const agg = new Aggregates(ctx.tz);
  const sink = elementSink(file, agg, days, ctx);
  try {
    if ((await read(sink)) === FALLBACK) return FALLBACK;
  } catch (err) {
    if (err === UNPLACED) return FALLBACK;
    throw err;
  }
  if (!sink.rooted()) throw notAnExport(file);
  // Sleep stages and the samples of phone, watch and apps become periods, then nights and naps.
  const periods = joinSegments(agg.asleep).map(({ startMs, endMs, asleepMin }) => {
    const [start, end] = [agg.clock(startMs), agg.clock(endMs)];
    return { endDate: end.date, endMinute: end.minute, asleepMin, startDate: start.date, startMinute: start.minute };
  });
  const sleep = sumSleep(periods);
  for (const [night, minutes] of sleep.nights) days.set(file, night, 'sleepHours', hours(minutes));
  for (const [night, minute] of sleep.bedtime) days.set(file, night, 'bedtimeMin', minute);
  for (const [night, minute] of sleep.wake) days.set(file, night, 'wakeMin', minute);
  for (const [date, minutes] of sleep.naps) days.set(file, date, 'napH', hours(minutes));
  agg.forEachDay(agg.means, (date, field, { sum, n }) => days.set(file, date, field, Math.round((sum / n) * 10) / 10));
  for (const day of agg.ill) days.setFlag(agg.date(day), 'sick', true);
  if (!addWorkouts(file, agg.workouts, days)) return FALLBACK;
  agg.forEachDay(agg.sums, (date, field, byApp) => {
    let most = -Infinity;
    byApp.forEach((sum) => (most = Math.max(most, sum)));
    days.set(file, date, field, Math.round(most * 100) / 100);
  });
  return days.result([...napNotes(sleep), ...counted({ code: 'apple-health-repeated', n: agg.repeated })]);
}

/**
 * Streams export.xml; only per-day aggregates are kept. The byte-level pre-filter reads it unless
 * its layout is not Apple's usual one, or an element has to be named by its line (an invalid
 * one), and then the full parser reads it from the start.
 * `full` skips the pre-filter (for the tests that hold the two to the same results).
 */
export async function readHealthXml(open: () => Promise<AsyncIterable<Buffer>>, file: string, total: number, ctx: ReadContext, full = false): Promise<FileResult> {
  let done = 0;
  const onBytes = (n: number) => {
    done += n;
    ctx.onProgress?.(Math.min(done, total), total);
  };
  const scanned = full ? FALLBACK : await readDays(async (sink) => scanHealthXml(await open(), RECORD_TYPES, sink, onBytes), file, ctx);
  if (scanned !== FALLBACK) return scanned;
  done = 0;
  const parsed = await readDays(async (sink) => parseFully(await open(), file, sink, onBytes), file, ctx);
  if (parsed === FALLBACK) throw new Error('the full parser always places an element');
  return parsed;
}

export const appleHealth: Importer = {
  id: 'apple-health',
  async read(path, ctx) {
    const wanted = { source: 'apple-health', files: new Phrase('files-apple-health'), matches: (n: string) => n === 'export.xml' };
    return locate(path, wanted, async (files) => {
      const results: FileResult[] = [];
      for (const file of files) {
        if (!wanted.matches(file.name)) {
          // Another source's file says which; any other that is not XML is not an export (rather than an XML error at its first line).
          const start = await head(file);
          checkFile(file.where, file.name, start, wanted);
          if (!start.trimStart().startsWith('<')) throw notAnExport(file.where);
        }
        results.push(await readHealthXml(async () => file.chunks(), file.where, file.size, ctx));
      }
      return results;
    });
  },
};

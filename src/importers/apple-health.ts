import { wallClockIn } from '../core/dates.js';
import { InvalidValue, SESSION_HR } from '../core/fields.js';
import { joinSegments, sumSleep, type Segment } from '../core/nights.js';
import type { Session } from '../core/types.js';
import { DataError, Phrase } from '../errors.js';
import { napNotes } from './sleep-notes.js';
import { sessionTypeFor } from './activity.js';
import { counted, DayCollector, decimal, hours, instantOf, type FileResult, type Importer, type ReadContext } from './common.js';
import { locate } from './locate.js';
import { FALLBACK, scanHealthXml, type ElementSink } from './apple-health-scan.js';

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
const MEANS = {
  HKQuantityTypeIdentifierRestingHeartRate: 'restingHrBpm',
  HKQuantityTypeIdentifierHeartRateVariabilitySDNN: 'hrvMs',
} as const;
const SUMS = {
  HKQuantityTypeIdentifierDietaryProtein: 'proteinG',
  HKQuantityTypeIdentifierDietaryCarbohydrates: 'carbsG',
  HKQuantityTypeIdentifierDietaryWater: 'waterL',
  HKQuantityTypeIdentifierDietaryFatTotal: 'fatG',
} as const;
/** Every record type the import reads (the pre-filter's list): a type added to MEANS or SUMS is read. */
export const RECORD_TYPES: ReadonlySet<string> = new Set([SLEEP, ...Object.keys(MEANS), ...Object.keys(SUMS)]);
const TO_LITRES: Record<string, number> = { mL: 0.001, L: 1, dL: 0.1, cL: 0.01, fl_oz_us: 0.0295735, fl_oz_imp: 0.0284131 };
const TO_GRAMS: Record<string, number> = { g: 1, mg: 0.001, kg: 1000, oz: 28.3495 };
const TO_MINUTES: Record<string, number> = { min: 1, s: 1 / 60, hr: 60, h: 60 };

/** "2024-01-01 03:27:53 +0200" -> the instant, in epoch milliseconds. */
export function parseStamp(stamp: string | undefined, what: string): number {
  // Apple's own shape, "2024-03-02 07:00:00 +0100", read by the one strict parser (no 30 February).
  if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} [+-]\d{4}$/.test(stamp ?? '')) {
    throw new InvalidValue('health-bad-time', { what, value: (stamp ?? '').slice(0, 40) });
  }
  const text = stamp ?? '';
  // The date's midnight once per date (a few records a day): the rest is digits, checked as instantOf checks them.
  const midnight = midnights.get(text.slice(0, 10));
  const [hour, minute, second, oh, om] = [two(text, 11), two(text, 14), two(text, 17), two(text, 21), two(text, 23)];
  if (midnight === undefined || hour > 23 || minute > 59 || second > 59 || oh > 14 || om > 59) {
    const ms = instantOf(text, what);
    if (midnights.size >= 50_000) midnights.clear();
    midnights.set(text.slice(0, 10), Date.parse(`${text.slice(0, 10)}T00:00:00Z`));
    return ms;
  }
  const offsetMin = (text[20] === '-' ? -1 : 1) * (oh * 60 + om);
  return midnight + (hour * 60 + minute + second / 60 - offsetMin) * 60_000;
}
/** UTC midnights of the calendar dates met, each checked by instantOf first. */
const midnights = new Map<string, number>();
const two = (text: string, at: number) => (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;

/**
 * A copy of a string that shares no memory with the chunk it was parsed from: V8 keeps a
 * whole 64 KB chunk alive for any slice of it that is kept, and memory would grow with the file.
 */
function own(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

function number(attrs: Record<string, string>, name: string, what: string): number {
  const text = attrs[name] ?? '';
  const value = decimal(text);
  if (!Number.isFinite(value)) throw new InvalidValue('health-not-number', { what, name, value: text.slice(0, 40) });
  return value;
}

interface Workout {
  where: string;
  date: string;
  session: Session;
  avgHrBpm?: number;
  peakHrBpm?: number;
}

const QUARTER_HOUR = 900_000;

/** Per-day aggregates, kept small: memory grows with the days covered, not the file size. */
class Aggregates {
  /** Workouts wait for the end of the file: their max HR is the highest any of them reached. */
  readonly workouts: Workout[] = [];
  /** The <Workout> being read, and whether inside one of its <WorkoutActivity> parts. */
  workout: Workout | undefined;
  inActivity = false;
  /** Asleep samples of every source; joined into periods once the whole file is read. */
  readonly asleep: Segment[] = [];
  readonly means = new Map<string, { sum: number; n: number }>();
  /** Per day, field and app: the same food logged through two apps is counted from one. */
  readonly sums = new Map<string, Map<string, number>>();
  /** Records inside a <Correlation>: Apple repeats each of them at the top level. */
  repeated = 0;

  constructor(readonly tz: string) {}

  /**
   * Dates by UTC quarter hour, for a quarter hour the zone's date does not change in (nearly
   * every one: today's offsets are whole quarter hours); null for one it changes in. Bounded.
   */
  private readonly dates = new Map<number, string | null>();

  date(ms: number): string {
    const slot = Math.floor(ms / QUARTER_HOUR);
    let date = this.dates.get(slot);
    if (date === undefined) {
      if (this.dates.size >= 50_000) this.dates.clear();
      const [first, last] = [wallClockIn(slot * QUARTER_HOUR, this.tz).date, wallClockIn(slot * QUARTER_HOUR + QUARTER_HOUR - 1, this.tz).date];
      date = first === last ? first : null;
      this.dates.set(slot, date);
    }
    return date ?? wallClockIn(ms, this.tz).date;
  }

  mean(key: string, value: number): void {
    const m = this.means.get(key);
    if (m) {
      m.sum += value;
      m.n++;
    } else this.means.set(key, { sum: value, n: 1 });
  }

  sum(key: string, app: string, value: number): void {
    const byApp = this.sums.get(key) ?? new Map<string, number>();
    byApp.set(app, (byApp.get(app) ?? 0) + value);
    this.sums.set(key, byApp);
  }
}

function readElement(name: string, a: Record<string, string>, agg: Aggregates, where: string): boolean {
  if (name === 'Workout') {
    const start = parseStamp(a.startDate, 'startDate');
    const unit = a.durationUnit ?? 'min';
    const minutes =
      a.duration !== undefined
        ? number(a, 'duration', 'Workout') * (TO_MINUTES[unit] ?? Number.NaN)
        : (parseStamp(a.endDate, 'endDate') - start) / 60_000;
    if (!Number.isFinite(minutes)) throw new InvalidValue('health-unknown-duration-unit', { unit });
    agg.workout = {
      where,
      date: agg.date(start),
      session: {
        type: sessionTypeFor(a.workoutActivityType ?? ''),
        minutes: Math.round(minutes * 10) / 10,
        rpe: null,
        source: 'apple-health',
        externalId: own(`${a.startDate} ${a.workoutActivityType ?? ''}`),
      },
    };
    return true;
  }
  if (name === 'WorkoutActivity') {
    agg.inActivity = true;
    return false;
  }
  if (name === 'WorkoutStatistics') {
    if (agg.workout === undefined || agg.inActivity || a.type !== HEART_RATE) return false;
    if ((a.unit ?? 'count/min') !== 'count/min') throw new InvalidValue('health-unknown-hr-unit', { unit: a.unit ?? '' });
    agg.workout.avgHrBpm = Math.round(number(a, 'average', 'WorkoutStatistics') * 10) / 10;
    if (a.maximum !== undefined) agg.workout.peakHrBpm = number(a, 'maximum', 'WorkoutStatistics');
    return false;
  }
  if (name !== 'Record') return false;
  const type = a.type ?? '';
  if (type === SLEEP) {
    if (!ASLEEP.has(a.value ?? '')) return false;
    agg.asleep.push([parseStamp(a.startDate, 'startDate'), parseStamp(a.endDate, 'endDate')]);
    return true;
  }
  if (type in MEANS) {
    const date = agg.date(parseStamp(a.startDate, 'startDate'));
    agg.mean(`${date} ${MEANS[type as keyof typeof MEANS]}`, number(a, 'value', type));
    return true;
  }
  if (type in SUMS) {
    const field = SUMS[type as keyof typeof SUMS];
    const factor = (field === 'waterL' ? TO_LITRES : TO_GRAMS)[a.unit ?? ''];
    if (factor === undefined) throw new InvalidValue('health-unknown-unit', { type, unit: a.unit ?? '' });
    const date = agg.date(parseStamp(a.startDate, 'startDate'));
    agg.sum(`${date} ${field}`, own(a.sourceName ?? ''), number(a, 'value', type) * factor);
    return true;
  }
  return false;
}

/**
 * Workouts as sessions. One with an average heart rate gets, as the max HR it is judged against,
 * the highest any workout of the export reached (a peak above 250 bpm is an artefact): a user's
 * true max is at least that, and the export holds their hardest efforts.
 */
function addWorkouts(workouts: readonly Workout[], days: DayCollector): void {
  const peaks = workouts.map((w) => w.peakHrBpm ?? 0).filter((bpm) => bpm <= SESSION_HR.max);
  const maxHrBpm = Math.max(0, ...peaks);
  for (const { where, date, session, avgHrBpm } of workouts) {
    const measured = avgHrBpm === undefined ? {} : { avgHrBpm, ...(maxHrBpm > 0 ? { maxHrBpm } : {}) };
    days.addSession(where, date, { ...session, ...measured });
  }
}

const notAnExport = (file: string) => new DataError('health-not-export', { file });

/** What either reader does with an element: the one place their results come from. */
function elementSink(file: string, agg: Aggregates, days: DayCollector, ctx: ReadContext): ElementSink & { rooted(): boolean } {
  let root: string | undefined;
  let correlationDepth = 0;
  return {
    rooted: () => root !== undefined,
    open(name, attributes, line) {
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
      const where = `${file}:${line}`;
      try {
        if (readElement(name, attributes, agg, where)) days.records++;
      } catch (err) {
        if (!(err instanceof InvalidValue)) throw err;
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
async function parseFully(input: AsyncIterable<Buffer>, file: string, sink: ElementSink, onBytes: (n: number) => void): Promise<void> {
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on('opentag', (tag) => sink.open(tag.name, tag.attributes as Record<string, string>, parser.line));
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
}

/**
 * Streams export.xml; only per-day aggregates are kept. The byte-level pre-filter reads it unless
 * its layout is not Apple's usual one, and then the full parser reads it from the start.
 * `full` skips the pre-filter (for the tests that hold the two to the same results).
 */
export async function readHealthXml(open: () => Promise<AsyncIterable<Buffer>>, file: string, total: number, ctx: ReadContext, full = false): Promise<FileResult> {
  let days = new DayCollector(file);
  let agg = new Aggregates(ctx.tz);
  let sink = elementSink(file, agg, days, ctx);
  let done = 0;
  const onBytes = (n: number) => {
    done += n;
    ctx.onProgress?.(Math.min(done, total), total);
  };
  if (full || (await scanHealthXml(await open(), RECORD_TYPES, sink, onBytes)) === FALLBACK) {
    [days, agg, done] = [new DayCollector(file), new Aggregates(ctx.tz), 0];
    sink = elementSink(file, agg, days, ctx);
    await parseFully(await open(), file, sink, onBytes);
  }
  if (!sink.rooted()) throw notAnExport(file);
  // Sleep stages and the samples of phone, watch and apps become periods, then nights and naps.
  const periods = joinSegments(agg.asleep).map(({ startMs, endMs, asleepMin }) => {
    const [start, end] = [wallClockIn(startMs, ctx.tz), wallClockIn(endMs, ctx.tz)];
    return { endDate: end.date, endMinute: end.minute, asleepMin, startDate: start.date, startMinute: start.minute };
  });
  const sleep = sumSleep(periods);
  for (const [night, minutes] of sleep.nights) days.set(file, night, 'sleepHours', hours(minutes));
  for (const [night, minute] of sleep.bedtime) days.set(file, night, 'bedtimeMin', minute);
  for (const [night, minute] of sleep.wake) days.set(file, night, 'wakeMin', minute);
  for (const [date, minutes] of sleep.naps) days.set(file, date, 'napH', hours(minutes));
  for (const [key, { sum, n }] of agg.means) {
    const [date = '', field] = key.split(' ') as [string, 'restingHrBpm' | 'hrvMs'];
    days.set(file, date, field, Math.round((sum / n) * 10) / 10);
  }
  addWorkouts(agg.workouts, days);
  for (const [key, byApp] of agg.sums) {
    const [date = '', field] = key.split(' ') as [string, (typeof SUMS)[keyof typeof SUMS]];
    days.set(file, date, field, Math.round(Math.max(...byApp.values()) * 100) / 100);
  }
  return days.result([...napNotes(sleep), ...counted({ code: 'apple-health-repeated', n: agg.repeated })]);
}

export const appleHealth: Importer = {
  id: 'apple-health',
  async read(path, ctx) {
    const wanted = { source: 'apple-health', files: new Phrase('files-apple-health'), matches: (n: string) => n === 'export.xml' };
    return locate(path, wanted, async (files) => {
      const results: FileResult[] = [];
      for (const file of files) results.push(await readHealthXml(async () => file.chunks(), file.where, file.size, ctx));
      return results;
    });
  },
};

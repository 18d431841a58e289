import { basename } from 'node:path';
import { addDays } from '../core/dates.js';
import { InvalidValue } from '../core/fields.js';
import { isNight, parseLocalTime, sumSleep, type SleepPeriod, type SleepTotals } from '../core/nights.js';
import { answeredTags } from '../core/tags.js';
import { DataError } from '../errors.js';
import { napNotes } from './sleep-notes.js';
import { sessionTypeFor } from './activity.js';
import { counted, csvStream, DayCollector, eachRecord, hours, localDateOf, numberCell, type CsvRecord, type FileResult, type Importer, type Note, type ReadContext } from './common.js';
import { head, locateAll, type Located } from './locate.js';

// WHOOP "Export my data": times are local to the row's "Cycle timezone" (so --tz is not used), e.g.
//   Cycle start time,Cycle end time,Cycle timezone,...,Sleep onset,Wake onset,...,Asleep duration (min),...,Nap
//   2024-06-23 20:24:26,,UTC-04:00,...,2024-06-23 20:24:26,2024-06-24 05:44:09,...,504,...,false

const FILES = {
  cycles: 'physiological_cycles.csv',
  sleeps: 'sleeps.csv',
  workouts: 'workouts.csv',
  journal: 'journal_entries.csv',
} as const;

const CYCLE_START = 'Cycle start time';

/** A cycle starts at sleep onset; the day it belongs to is the one you wake up into. */
function cycleDay(start: string): string {
  const date = localDateOf(start, CYCLE_START);
  const hour = Number(start.trim().slice(11, 13));
  return hour >= 12 ? addDays(date, 1) : date;
}

/** The morning a sleep ended on: its wake onset's local date. */
function wakeDate(record: CsvRecord): string | null {
  const wake = (record['Wake onset'] ?? '').trim();
  return wake === '' ? null : localDateOf(wake, 'Wake onset');
}

/** A sleep from its sleep onset to its wake onset, for the night rule; null without a wake onset or a duration. */
function sleepPeriod(record: CsvRecord): SleepPeriod | null {
  const asleep = numberCell(record, 'Asleep duration (min)');
  const wake = (record['Wake onset'] ?? '').trim();
  if (wake === '' || asleep === null) return null;
  const end = parseLocalTime(wake);
  if (end === null) throw new InvalidValue('cell-not-time', { what: '"Wake onset"', value: wake });
  const onset = (record['Sleep onset'] ?? '').trim();
  const start = onset === '' ? null : parseLocalTime(onset);
  return { ...end, asleepMin: asleep, ...(start ? { startDate: start.endDate, startMinute: start.endMinute } : {}) };
}

/** A file's rows and what they give; `fallback` holds values stored as 'whoop-cycles'. */
interface Read {
  days: DayCollector;
  notes: Note[];
  fallback?: DayCollector;
}

/** Puts a file's sleep on its nights and nap dates. */
function setSleep(days: DayCollector, periods: readonly SleepPeriod[]): SleepTotals {
  const sleep = sumSleep(periods);
  for (const [date, minutes] of sleep.nights) days.set(days.file, date, 'sleepHours', hours(minutes));
  for (const [date, minutes] of sleep.naps) days.set(days.file, date, 'napH', hours(minutes));
  for (const [date, minute] of sleep.bedtime) days.set(days.file, date, 'bedtimeMin', minute);
  for (const [date, minute] of sleep.wake) days.set(days.file, date, 'wakeMin', minute);
  return sleep;
}

/**
 * sleeps.csv is authoritative for sleep: it has every sleep, naps included, and the cycles only
 * the main one. So the cycles' sleep is stored as its own source, 'whoop-cycles', which every
 * field's order puts right after 'whoop': it fills the dates sleeps.csv lacks, and both values
 * are kept, so the result does not depend on which file was imported first, in one command or two.
 */
async function readCycles(file: string, chunks: AsyncIterable<Buffer>, ctx: ReadContext): Promise<Read> {
  const days = new DayCollector(file);
  const rows = csvStream(file, chunks, [CYCLE_START, 'Resting heart rate (bpm)', 'Heart rate variability (ms)', 'Wake onset']);
  const periods: SleepPeriod[] = [];
  await eachRecord(days, ctx, rows, (r, where) => {
    const date = wakeDate(r);
    if (date === null) return; // strap not worn overnight: no recovery for this cycle
    days.set(where, date, 'restingHrBpm', numberCell(r, 'Resting heart rate (bpm)'));
    days.set(where, date, 'hrvMs', numberCell(r, 'Heart rate variability (ms)'));
    const period = sleepPeriod(r);
    if (period) periods.push(period);
  });
  const fallback = new DayCollector(file);
  setSleep(fallback, periods);
  return { days, notes: [], fallback };
}

async function readSleeps(file: string, chunks: AsyncIterable<Buffer>, ctx: ReadContext): Promise<Read> {
  const days = new DayCollector(file);
  let flaggedNaps = 0;
  const rows = csvStream(file, chunks, ['Wake onset', 'Asleep duration (min)', 'Nap']);
  const periods: SleepPeriod[] = [];
  // "Awake duration (min)": time awake in bed, summed over the night's sleeps (WHOOP's wake stage).
  const awake = new Map<string, number>();
  await eachRecord(days, ctx, rows, (r) => {
    const nap = (r.Nap ?? '').trim().toLowerCase();
    if (nap !== 'true' && nap !== 'false') throw new InvalidValue('cell-not-boolean', { what: '"Nap"', value: r.Nap ?? '' });
    const period = sleepPeriod(r);
    if (!period) return;
    periods.push(period);
    if (nap === 'true' && isNight(period)) flaggedNaps++;
    const awakeMin = numberCell(r, 'Awake duration (min)');
    if (awakeMin !== null && isNight(period)) awake.set(period.endDate, (awake.get(period.endDate) ?? 0) + awakeMin);
  });
  const sleep = setSleep(days, periods);
  for (const [date, minutes] of awake) days.set(days.file, date, 'wasoMin', minutes);
  return { days, notes: [...counted({ code: 'whoop-naps-flagged', n: flaggedNaps }), ...napNotes(sleep)] };
}

/** Edwards' TRIMP: minutes in each heart-rate zone (50-60% ... 90-100% of max HR) x 1 ... 5. */
export function edwardsTrimp(minutes: number, zonePercents: ReadonlyArray<number | null>): number | null {
  if (zonePercents.every((p) => p === null)) return null;
  return zonePercents.reduce<number>((sum, p, i) => sum + (minutes * (p ?? 0)) / 100 * (i + 1), 0);
}

async function readWorkouts(file: string, chunks: AsyncIterable<Buffer>, ctx: ReadContext): Promise<Read> {
  const days = new DayCollector(file);
  const zones = [1, 2, 3, 4, 5].map((z) => `HR Zone ${z} %`);
  const rows = csvStream(file, chunks, ['Workout start time', 'Duration (min)', 'Activity name']);
  await eachRecord(days, ctx, rows, (r, where) => {
    const start = (r['Workout start time'] ?? '').trim();
    const minutes = numberCell(r, 'Duration (min)');
    if (minutes === null) throw new InvalidValue('cell-empty', { what: '"Duration (min)"' });
    const activity = (r['Activity name'] ?? '').trim();
    const trimp = edwardsTrimp(minutes, zones.map((z) => numberCell(r, z)));
    days.addSession(where, localDateOf(start, 'Workout start time'), {
      type: sessionTypeFor(activity),
      minutes,
      rpe: null,
      source: 'whoop',
      externalId: `${start} ${activity}`,
      ...(trimp === null ? {} : { trimp: Math.round(trimp * 10) / 10 }),
    });
  });
  return { days, notes: [] };
}

const INJURY_QUESTION = /injury or wound/i;
// Its answer is the day's `sick` field (yes, no, or unknown when not asked), not a tag: a second copy
// as a tag would keep saying ill after `recover log --sick no` corrected the field.
const SICK_QUESTION = /sick or ill/i;
const UNMAPPED = /consumed protein|hydrated sufficiently/i;

/** Tags for WHOOP's usual journal questions; any other question becomes a tag made from its words. */
const JOURNAL_TAGS: ReadonlyArray<[RegExp, string]> = [
  [/alcoholic drinks/i, 'alcohol'],
  [/caffeine/i, 'caffeine'],
  [/screen device in bed/i, 'screen-in-bed'],
  [/read .*while in bed/i, 'reading-in-bed'],
  [/direct sunlight/i, 'morning-sunlight'],
  [/share your bed/i, 'shared-bed'],
  [/creatine/i, 'creatine'],
  [/breathwork/i, 'breathwork'],
  [/injury or wound/i, 'injury'],
  [/consumed protein/i, 'protein'],
  [/hydrated sufficiently/i, 'hydrated'],
];

export function journalTag(question: string): string {
  const known = JOURNAL_TAGS.find(([pattern]) => pattern.test(question));
  if (known) return known[1];
  const words = question.toLowerCase().replace(/^(have|had|did you|do you)( any)?\s+/, '').replace(/[^a-z0-9]+/g, '-');
  return words.replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '') || 'journal';
}

/**
 * Journal answers become the day's tags, "no" answers included (as "-tag"), so a question not
 * asked stays unknown; "Feeling sick or ill?" becomes the `sick` field instead, and the cycle's
 * notes the day's note. They are given after waking about the day before: the unfinished current
 * cycle, which began at last night's sleep onset, already has answers. So they go on the date
 * before the cycle's wake day.
 */
async function readJournal(file: string, chunks: AsyncIterable<Buffer>, ctx: ReadContext): Promise<Read> {
  const days = new DayCollector(file);
  let unmapped = 0;
  const answers = new Map<string, { yes: string[]; no: string[] }>();
  const rows = csvStream(file, chunks, [CYCLE_START, 'Question text', 'Answered yes']);
  await eachRecord(days, ctx, rows, (r) => {
    const question = r['Question text'] ?? '';
    const yes = (r['Answered yes'] ?? '').trim().toLowerCase();
    if (yes !== 'true' && yes !== 'false') throw new InvalidValue('cell-not-boolean', { what: '"Answered yes"', value: r['Answered yes'] ?? '' });
    const wakeDay = cycleDay(r[CYCLE_START] ?? '');
    const day = addDays(wakeDay, -1);
    // The day's note, in the person's words: WHOOP repeats it on every answer of the cycle.
    const notes = (r.Notes ?? '').trim();
    if (notes) days.setText(day, 'note', notes);
    if (SICK_QUESTION.test(question)) {
      days.setFlag(day, 'sick', yes === 'true');
      return;
    }
    const answered = answers.get(day) ?? { yes: [], no: [] };
    answered[yes === 'true' ? 'yes' : 'no'].push(journalTag(question));
    answers.set(day, answered);
    if (UNMAPPED.test(question)) unmapped++;
    if (!INJURY_QUESTION.test(question) || yes !== 'true') return;
    days.setText(wakeDay, 'injury', notes ? `injury or wound (WHOOP journal): ${notes}` : 'injury or wound (WHOOP journal)');
  });
  for (const [date, { yes, no }] of answers) days.setText(date, 'tags', answeredTags(yes, no));
  return { days, notes: counted({ code: 'whoop-unmapped', n: unmapped }) };
}

type Reader = (file: string, chunks: AsyncIterable<Buffer>, ctx: ReadContext) => Promise<Read>;

const READERS: Record<string, Reader> = {
  [FILES.cycles]: readCycles,
  [FILES.sleeps]: readSleeps,
  [FILES.workouts]: readWorkouts,
  [FILES.journal]: readJournal,
};

/** Tells a WHOOP file by its name, or failing that by its header; gives the file's kind. */
async function kindOf(file: Located): Promise<string> {
  const path = file.where;
  const name = basename(path.split('!').at(-1) ?? path);
  if (READERS[name]) return name;
  const header = (await head(file)).split(/\r?\n/, 1)[0] ?? '';
  if (header.includes('Question text')) return FILES.journal;
  if (header.includes('Workout start time')) return FILES.workouts;
  if (header.includes('Recovery score %')) return FILES.cycles;
  if (header.includes('Nap')) return FILES.sleeps;
  throw new DataError('whoop-not-export', { path, files: Object.values(FILES).join(', ') });
}

const WANTED = { source: 'whoop', files: Object.values(FILES).join(', '), matches: (n: string) => n in READERS };

async function readAll(paths: readonly string[], ctx: ReadContext): Promise<FileResult[]> {
  return locateAll(paths, WANTED, async (found) => {
    const order = (name: string) => Object.values<string>(FILES).indexOf(name);
    const files: Array<{ file: Located; name: string }> = [];
    for (const file of new Map(found.map((f) => [f.where, f])).values()) files.push({ file, name: await kindOf(file) });
    const reads: Read[] = [];
    for (const { file, name } of files.sort((a, b) => order(a.name) - order(b.name) || a.file.where.localeCompare(b.file.where))) {
      reads.push(await (READERS[name] as Reader)(file.where, file.chunks(), ctx));
    }
    return results(reads);
  });
}

function results(reads: readonly Read[]): FileResult[] {
  const fallbacks = reads.flatMap(({ fallback }) => (fallback ? [{ ...fallback.result(), source: 'whoop-cycles' }] : []));
  return [...reads.map(({ days, notes }) => days.result(notes)), ...fallbacks];
}

export const whoop: Importer = {
  id: 'whoop',
  read: (path, ctx) => readAll([path], ctx),
  readAll,
  tzNote: { code: 'tz-whoop' },
};

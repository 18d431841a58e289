import { basename } from 'node:path';
import { addDays } from '../core/dates.js';
import { InvalidValue } from '../core/fields.js';
import { DataError } from '../errors.js';
import { sessionTypeFor } from './activity.js';
import { csvRecords, DayCollector, eachRecord, hours, localDateOf, numberCell, type CsvRecord, type FileResult, type Importer, type ReadContext } from './common.js';
import { readSourceTexts } from './locate.js';

// WHOOP "Export my data": times are local to the row's "Cycle timezone", e.g.
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

function readCycles(file: string, text: string, ctx: ReadContext): FileResult {
  const days = new DayCollector(file);
  const rows = csvRecords(file, text, [CYCLE_START, 'Resting heart rate (bpm)', 'Heart rate variability (ms)', 'Wake onset']);
  eachRecord(days, ctx, rows, (r, where) => {
    const date = wakeDate(r);
    if (date === null) return; // strap not worn overnight: no recovery for this cycle
    days.set(where, date, 'restingHrBpm', numberCell(r, 'Resting heart rate (bpm)'));
    days.set(where, date, 'hrvMs', numberCell(r, 'Heart rate variability (ms)'));
    const asleep = numberCell(r, 'Asleep duration (min)');
    days.set(where, date, 'sleepHours', asleep === null ? null : hours(asleep));
  });
  return days.result();
}

function readSleeps(file: string, text: string, ctx: ReadContext): FileResult {
  const days = new DayCollector(file);
  let naps = 0;
  const rows = csvRecords(file, text, ['Wake onset', 'Asleep duration (min)', 'Nap']);
  const mainSleeps = new Map<string, number>();
  eachRecord(days, ctx, rows, (r, where) => {
    const nap = (r.Nap ?? '').trim().toLowerCase();
    if (nap !== 'true' && nap !== 'false') throw new InvalidValue(`"Nap" must be true or false, got "${r.Nap}"`);
    const date = wakeDate(r);
    const asleep = numberCell(r, 'Asleep duration (min)');
    if (nap === 'true') {
      naps++;
      return;
    }
    if (date === null || asleep === null) return;
    // Two main sleeps ending the same morning (a split night) add up.
    mainSleeps.set(date, (mainSleeps.get(date) ?? 0) + asleep);
    days.set(where, date, 'sleepHours', hours(mainSleeps.get(date) ?? 0));
  });
  return days.result(naps ? [`${naps} naps left out: only the main sleep counts as the night's sleep`] : []);
}

/** Edwards' TRIMP: minutes in each heart-rate zone (50-60% ... 90-100% of max HR) x 1 ... 5. */
export function edwardsTrimp(minutes: number, zonePercents: ReadonlyArray<number | null>): number | null {
  if (zonePercents.every((p) => p === null)) return null;
  return zonePercents.reduce<number>((sum, p, i) => sum + (minutes * (p ?? 0)) / 100 * (i + 1), 0);
}

function readWorkouts(file: string, text: string, ctx: ReadContext): FileResult {
  const days = new DayCollector(file);
  const zones = [1, 2, 3, 4, 5].map((z) => `HR Zone ${z} %`);
  const rows = csvRecords(file, text, ['Workout start time', 'Duration (min)', 'Activity name']);
  eachRecord(days, ctx, rows, (r, where) => {
    const start = (r['Workout start time'] ?? '').trim();
    const minutes = numberCell(r, 'Duration (min)');
    if (minutes === null) throw new InvalidValue('"Duration (min)" is empty');
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
  return days.result();
}

const INJURY_QUESTION = /injury or wound/i;
const UNMAPPED = /consumed protein|hydrated sufficiently/i;

function readJournal(file: string, text: string, ctx: ReadContext): FileResult {
  const days = new DayCollector(file);
  let unmapped = 0;
  const rows = csvRecords(file, text, [CYCLE_START, 'Question text', 'Answered yes']);
  eachRecord(days, ctx, rows, (r) => {
    const question = r['Question text'] ?? '';
    const yes = (r['Answered yes'] ?? '').trim().toLowerCase();
    if (yes !== 'true' && yes !== 'false') throw new InvalidValue(`"Answered yes" must be true or false, got "${r['Answered yes']}"`);
    if (UNMAPPED.test(question)) unmapped++;
    if (!INJURY_QUESTION.test(question) || yes !== 'true') return;
    const notes = (r.Notes ?? '').trim();
    days.setText(cycleDay(r[CYCLE_START] ?? ''), 'injury', notes ? `injury or wound (WHOOP journal): ${notes}` : 'injury or wound (WHOOP journal)');
  });
  const notes = unmapped
    ? [`${unmapped} yes/no answers on protein and hydration left out: they give no grams or litres`]
    : [];
  return days.result(notes);
}

const READERS: Record<string, (file: string, text: string, ctx: ReadContext) => FileResult> = {
  [FILES.cycles]: readCycles,
  [FILES.sleeps]: readSleeps,
  [FILES.workouts]: readWorkouts,
  [FILES.journal]: readJournal,
};

/** Tells a WHOOP file by its name, or failing that by its header. */
function readerFor(path: string, text: string): (file: string, text: string, ctx: ReadContext) => FileResult {
  const byName = READERS[basename(path)];
  if (byName) return byName;
  const header = text.slice(0, 2000).split(/\r?\n/, 1)[0] ?? '';
  if (header.includes('Question text')) return readJournal;
  if (header.includes('Workout start time')) return readWorkouts;
  if (header.includes('Recovery score %')) return readCycles;
  if (header.includes('Nap')) return readSleeps;
  throw new DataError(`${path}: not a WHOOP export file (expected ${Object.values(FILES).join(', ')})`);
}

export const whoop: Importer = {
  id: 'whoop',
  summary: 'WHOOP "Export my data" CSVs: sleep, resting HR, HRV (RMSSD), workouts, journal',
  async read(path, ctx) {
    const wanted = { source: 'whoop', files: Object.values(FILES).join(', '), matches: (n: string) => n in READERS };
    const order = (name: string) => Object.values<string>(FILES).indexOf(name);
    const files = (await readSourceTexts(path, wanted)).sort((a, b) => order(a.name) - order(b.name));
    return files.map(({ where, text }) => readerFor(where, text)(where, text, ctx));
  },
};

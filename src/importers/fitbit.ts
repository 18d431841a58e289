import { InvalidValue } from '../core/fields.js';
import { DataError } from '../errors.js';
import { DayCollector, eachRecord, hours, localDateOf, type FileResult, type Importer, type ReadContext } from './common.js';
import { readSourceTexts } from './locate.js';

// Fitbit / Google Takeout JSON, dates already local:
//   sleep.json (or sleep-2019-11-01.json): [{"logId": 24486013387, "dateOfSleep": "2019-11-02",
//     "minutesAsleep": 378, "type": "stages", "mainSleep": true, "levels": {"summary": {...}}}, ...]
//   resting_heart_rate.json: [{"dateTime": "2019-11-01 00:00:00", "value": {"date": "11/01/19", "value": 53.74, "error": 6.79}}]

type Json = Record<string, unknown>;

function parseArray(file: string, text: string): Json[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new DataError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  if (!Array.isArray(data)) throw new DataError(`${file}: expected a JSON array of records`);
  return data as Json[];
}

const elements = (file: string, items: Json[]) => items.map((record, i) => ({ where: `${file}: element ${i + 1}`, record }));

const stringOf = (value: unknown): string => (typeof value === 'string' ? value : '');

function num(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InvalidValue(`${what} is not a number: ${JSON.stringify(value)}`);
  return value;
}

function readSleep(file: string, text: string, ctx: ReadContext): FileResult {
  const days = new DayCollector(file);
  const seen = new Set<unknown>();
  const asleep = new Map<string, number>();
  const awakenings = new Map<string, number>();
  let naps = 0;
  let duplicates = 0;
  eachRecord(days, ctx, elements(file, parseArray(file, text)), (log, where) => {
    // Takeout's monthly files repeat a log that spans a month boundary.
    if (seen.has(log.logId)) {
      duplicates++;
      return;
    }
    seen.add(log.logId);
    const date = localDateOf(stringOf(log.dateOfSleep), 'dateOfSleep');
    const minutes = num(log.minutesAsleep, 'minutesAsleep');
    if (log.mainSleep !== true) {
      naps++;
      return;
    }
    asleep.set(date, (asleep.get(date) ?? 0) + minutes);
    days.set(where, date, 'sleepHours', hours(asleep.get(date) ?? 0));
    // Only classic logs count awakenings as people notice them; a stages log's "wake"
    // count includes every brief stir, which would read as a restless night every night.
    const summary = (log.levels as Json | undefined)?.summary as Record<string, Json> | undefined;
    if (log.type === 'classic' && summary?.awake) {
      awakenings.set(date, (awakenings.get(date) ?? 0) + num(summary.awake.count, 'levels.summary.awake.count'));
      days.set(where, date, 'awakenings', awakenings.get(date) ?? 0);
    }
  });
  const notes = [
    naps ? `${naps} naps left out: only the main sleep counts as the night's sleep` : '',
    duplicates ? `${duplicates} repeated logs counted once` : '',
  ].filter(Boolean);
  return days.result(notes);
}

function readRestingHr(file: string, text: string, ctx: ReadContext): FileResult {
  const days = new DayCollector(file);
  let empty = 0;
  eachRecord(days, ctx, elements(file, parseArray(file, text)), (entry, where) => {
    const date = localDateOf(stringOf(entry.dateTime), 'dateTime');
    const bpm = num((entry.value as Json | undefined)?.value, 'value.value');
    if (bpm === 0) {
      empty++; // Fitbit writes 0 for a day it has no reading for
      return;
    }
    days.set(where, date, 'restingHrBpm', Math.round(bpm * 10) / 10);
  });
  return days.result(empty ? [`${empty} days with value 0 (no reading) left out`] : []);
}

const isSleep = (name: string) => /^sleep(-\d{4}-\d{2}-\d{2})?\.json$/.test(name);
const isRestingHr = (name: string) => /^resting_heart_rate(-\d{4}-\d{2}-\d{2})?\.json$/.test(name);

export const fitbit: Importer = {
  id: 'fitbit',
  summary: 'Fitbit / Google Takeout JSON: sleep (stages and classic logs) and resting heart rate',
  async read(path, ctx) {
    const wanted = { source: 'fitbit', files: 'Fitbit sleep*.json or resting_heart_rate*.json', matches: (n: string) => isSleep(n) || isRestingHr(n) };
    return (await readSourceTexts(path, wanted)).map(({ where, name, text }) => {
      if (isSleep(name)) return readSleep(where, text, ctx);
      if (isRestingHr(name)) return readRestingHr(where, text, ctx);
      throw new DataError(`${where}: not a Fitbit sleep or resting heart rate file`);
    });
  },
};

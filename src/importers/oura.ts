import { Phrase } from '../errors.js';
import { InvalidValue } from '../core/fields.js';
import { isNight, parseLocalTime, sumSleep, type SleepPeriod } from '../core/nights.js';
import { csvStream, DayCollector, eachRecord, hours, localDateOf, numberCell, type FileResult, type Importer, type ReadContext } from './common.js';
import { locateAll } from './locate.js';
import { napNotes } from './sleep-notes.js';

// Oura web dashboard trends export, one row per day; `date` is the morning the sleep ended,
// durations in seconds, times with their own offset, missing values "None" or empty:
//   date,Total Sleep Duration,Total Bedtime ,...,Bedtime Start,Bedtime End,Average Resting Heart Rate,Lowest Resting Heart Rate,Average HRV,...
//   2024-03-02,26730,29880,...,2024-03-01T23:12:00+01:00,2024-03-02T07:30:00+01:00,52.1,47,61,...

export const oura: Importer = {
  id: 'oura',
  tzNote: { code: 'tz-oura' },
  async read(path, ctx) {
    const wanted = { source: 'oura', files: new Phrase('files-oura'), matches: (n: string) => /^oura.*trends.*\.csv$/i.test(n) };
    return locateAll([path], wanted, async (files) => {
      const results: FileResult[] = [];
      for (const file of files) results.push(await readTrends(file.where, file.chunks(), ctx));
      return results;
    });
  },
};

async function readTrends(path: string, chunks: AsyncIterable<Buffer>, ctx: ReadContext): Promise<FileResult> {
  const days = new DayCollector(path);
  const rows = csvStream(path, chunks, ['date', 'Total Sleep Duration']);
  const periods: SleepPeriod[] = [];
  await eachRecord(days, ctx, rows, (r, where) => {
    const date = localDateOf(r.date ?? '', 'date');
    if ((r.date ?? '').trim().length !== 10) throw new InvalidValue('date-not-iso', { column: 'date', value: r.date ?? '' });
    const seconds = numberCell(r, 'Total Sleep Duration');
    // The night rule goes by "Bedtime End" (its own local time); without it, by `date`.
    const endText = (r['Bedtime End'] ?? '').trim();
    const end = endText === '' || endText === 'None' ? { endDate: date, endMinute: 0 } : parseLocalTime(endText);
    if (end === null) throw new InvalidValue('cell-not-time', { what: '"Bedtime End"', value: endText });
    const startText = (r['Bedtime Start'] ?? '').trim();
    const start = startText === '' || startText === 'None' ? null : parseLocalTime(startText);
    if (seconds !== null) periods.push({ ...end, asleepMin: seconds / 60 });
    // Bed and wake times only where Oura gives both ends (a missing end above is only a date).
    if (start && endText !== '' && endText !== 'None' && seconds !== null && isNight({ ...end, asleepMin: seconds / 60 })) {
      days.set(where, date, 'bedtimeMin', Math.floor(start.endMinute));
      days.set(where, date, 'wakeMin', Math.floor(end.endMinute));
    }
    // "Awake Time" (seconds): awake within the bedtime period.
    const awake = numberCell(r, 'Awake Time');
    days.set(where, date, 'wasoMin', awake === null ? null : Math.round(awake / 60));
    // Oura's app shows the night's lowest heart rate as "resting heart rate".
    days.set(where, date, 'restingHrBpm', numberCell(r, 'Lowest Resting Heart Rate') ?? numberCell(r, 'Average Resting Heart Rate'));
    days.set(where, date, 'hrvMs', numberCell(r, 'Average HRV'));
  });
  const sleep = sumSleep(periods);
  for (const [date, minutes] of sleep.nights) days.set(path, date, 'sleepHours', hours(minutes));
  for (const [date, minutes] of sleep.naps) days.set(path, date, 'napH', hours(minutes));
  return days.result(napNotes(sleep));
}

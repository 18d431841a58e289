import { InvalidValue } from '../core/fields.js';
import { csvRecords, DayCollector, eachRecord, hours, localDateOf, numberCell, type FileResult, type Importer, type ReadContext } from './common.js';
import { readSourceTexts } from './locate.js';

// Oura web dashboard trends export, one row per day; `date` is the morning the sleep ended,
// durations in seconds, missing values "None" or empty:
//   date,Total Sleep Duration,Total Bedtime ,Awake Time,...,Average Resting Heart Rate,Lowest Resting Heart Rate,Average HRV,...
//   2024-03-02,26730,29880,3150,...,52.1,47,61,...

export const oura: Importer = {
  id: 'oura',
  summary: 'Oura trends CSV: sleep, resting heart rate (lowest), HRV (RMSSD)',
  async read(path, ctx) {
    const wanted = { source: 'oura', files: 'the Oura trends CSV (oura_…_trends.csv)', matches: (n: string) => /^oura.*trends.*\.csv$/i.test(n) };
    return (await readSourceTexts(path, wanted)).map(({ where, text }) => readTrends(where, text, ctx));
  },
};

function readTrends(file: string, text: string, ctx: ReadContext): FileResult {
  const days = new DayCollector(file);
  const rows = csvRecords(file, text, ['date', 'Total Sleep Duration']);
  eachRecord(days, ctx, rows, (r, where) => {
    const date = localDateOf(r.date ?? '', 'date');
    if ((r.date ?? '').trim().length !== 10) throw new InvalidValue(`date must be YYYY-MM-DD, got "${r.date}"`);
    const seconds = numberCell(r, 'Total Sleep Duration');
    days.set(where, date, 'sleepHours', seconds === null ? null : hours(seconds / 60));
    // Oura's app shows the night's lowest heart rate as "resting heart rate".
    days.set(where, date, 'restingHrBpm', numberCell(r, 'Lowest Resting Heart Rate') ?? numberCell(r, 'Average Resting Heart Rate'));
    days.set(where, date, 'hrvMs', numberCell(r, 'Average HRV'));
  });
  return days.result();
}

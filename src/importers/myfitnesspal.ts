import { Phrase } from '../errors.js';
import { InvalidValue } from '../core/fields.js';
import { counted, csvStream, DayCollector, type FileResult, eachRecord, localDateOf, numberCell, type Importer } from './common.js';
import { locateAll } from './locate.js';

// MyFitnessPal's export (a zip e-mailed to Premium users) holds Nutrition-Summary-<from>-to-<to>.csv:
//   Date,Meal,Time,Calories,Fat (g),Saturated Fat,...,Carbohydrates (g),Fiber,Sugar,Protein (g),...,Note
//   2024-07-02,Breakfast,10:00 AM,518.0,29.0,7.9,...,36.7,2.1,14.1,27.6,...,
// One row per meal, or per food entry when there is a Time column (older exports have no Time,
// some no Note): either way a day is the sum of its rows. Meal names are the user's own.

const WANTED = {
  source: 'myfitnesspal',
  files: new Phrase('files-myfitnesspal'),
  // The date range in the name varies and one real export has none ("Nutrition-Summary.csv").
  matches: (n: string) => /^Nutrition-Summary.*\.csv$/.test(n),
};

const COLUMNS = [
  ['proteinG', 'Protein (g)'],
  ['carbsG', 'Carbohydrates (g)'],
  ['fatG', 'Fat (g)'],
] as const;

type Totals = Record<(typeof COLUMNS)[number][0], number | null>;

export const myfitnesspal: Importer = {
  id: 'myfitnesspal',
  tzNote: { code: 'tz-myfitnesspal' },
  async read(path, ctx) {
    return locateAll([path], WANTED, async (files) => {
      const results: FileResult[] = [];
      for (const { where, chunks } of files) {
        const days = new DayCollector(where);
        const totals = new Map<string, { line: string; sums: Totals }>();
        // A day missing one of its meals would be stored too low, so a skipped row leaves its whole day out.
        const partial = new Set<string>();
        const rows = csvStream(where, chunks(), ['Date', 'Meal', 'Protein (g)']);
        await eachRecord(days, ctx, rows, (r, line) => {
          const date = localDateOf(r.Date ?? '', 'Date');
          if ((r.Date ?? '').trim().length !== 10) throw new InvalidValue('date-not-iso', { column: 'Date', value: r.Date ?? '' });
          try {
            const meal = COLUMNS.map(([key, column]) => [key, numberCell(r, column)] as const);
            const day = totals.get(date) ?? { line, sums: { proteinG: null, carbsG: null, fatG: null } };
            for (const [key, value] of meal) if (value !== null) day.sums[key] = (day.sums[key] ?? 0) + value;
            totals.set(date, day);
          } catch (err) {
            partial.add(date);
            throw err;
          }
        });
        // Rounded to 0.1 g as the export writes them, so 27.6 + 36.7 is stored as 64.3, not 64.30000000000001.
        for (const [date, { line, sums }] of totals) {
          if (partial.has(date)) continue;
          for (const [key] of COLUMNS) days.set(line, date, key, sums[key] === null ? null : Math.round(sums[key] * 10) / 10);
        }
        results.push(days.result(counted({ code: 'myfitnesspal-partial', n: partial.size })));
      }
      return results;
    });
  },
};

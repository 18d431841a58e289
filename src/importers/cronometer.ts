import { Phrase } from '../errors.js';
import { InvalidValue } from '../core/fields.js';
import { counted, csvStream, DayCollector, type FileResult, eachRecord, localDateOf, numberCell, type Importer } from './common.js';
import { locateAll } from './locate.js';

// Cronometer "Daily Nutrition" export (dailysummary.csv), one row per day, about 70 nutrient columns:
//   Date,Energy (kcal),Alcohol (g),...,Water (g),...,Carbs (g),...,Fat (g),...,Protein (g),...,Completed
//   2024-03-02,2412.5,0.00,...,2350.0,...,250.1,...,80.2,...,162.4,...,true
// An empty cell means "not logged", not zero.

const WANTED = { source: 'cronometer', files: new Phrase('files-cronometer'), matches: (n: string) => n === 'dailysummary.csv' };

export const cronometer: Importer = {
  id: 'cronometer',
  tzNote: { code: 'tz-cronometer' },
  async read(path, ctx) {
    return locateAll([path], WANTED, async (files) => {
      const results: FileResult[] = [];
      for (const { where, chunks } of files) {
        const days = new DayCollector(where);
        let incomplete = 0;
        let water = 0;
        const rows = csvStream(where, chunks(), ['Date', 'Protein (g)']);
        await eachRecord(days, ctx, rows, (r, line) => {
          const date = localDateOf(r.Date ?? '', 'Date');
          if ((r.Date ?? '').trim().length !== 10) throw new InvalidValue('date-not-iso', { column: 'Date', value: r.Date ?? '' });
          if ((r.Completed ?? '').trim().toLowerCase() === 'false') incomplete++;
          days.set(line, date, 'proteinG', numberCell(r, 'Protein (g)'));
          days.set(line, date, 'carbsG', numberCell(r, 'Carbs (g)'));
          days.set(line, date, 'fatG', numberCell(r, 'Fat (g)'));
          // "Water (g)" is the water in everything logged, food included: not the litres drunk that water_l holds.
          if (numberCell(r, 'Water (g)') !== null) water++;
        });
        results.push(days.result(counted({ code: 'cronometer-incomplete', n: incomplete }, { code: 'cronometer-water', n: water })));
      }
      return results;
    });
  },
};

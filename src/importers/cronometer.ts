import { InvalidValue } from '../core/fields.js';
import { csvRecords, DayCollector, eachRecord, localDateOf, numberCell, readText, type Importer } from './common.js';

// Cronometer "Daily Nutrition" export (dailysummary.csv), one row per day, about 70 nutrient columns:
//   Date,Energy (kcal),Alcohol (g),...,Water (g),...,Carbs (g),...,Fat (g),...,Protein (g),...,Completed
//   2024-03-02,2412.5,0.00,...,2350.0,...,250.1,...,80.2,...,162.4,...,true
// An empty cell means "not logged", not zero.

export const cronometer: Importer = {
  id: 'cronometer',
  summary: 'Cronometer Daily Nutrition CSV: protein, carbohydrates, water',
  tzNote: "Cronometer's dates are already local days",
  async read(path, ctx) {
    const days = new DayCollector(path);
    let incomplete = 0;
    const rows = csvRecords(path, readText(path), ['Date', 'Protein (g)']);
    eachRecord(days, ctx, rows, (r, where) => {
      const date = localDateOf(r.Date ?? '', 'Date');
      if ((r.Date ?? '').trim().length !== 10) throw new InvalidValue(`Date must be YYYY-MM-DD, got "${r.Date}"`);
      if ((r.Completed ?? '').trim().toLowerCase() === 'false') incomplete++;
      days.set(where, date, 'proteinG', numberCell(r, 'Protein (g)'));
      days.set(where, date, 'carbsG', numberCell(r, 'Carbs (g)'));
      const water = numberCell(r, 'Water (g)');
      days.set(where, date, 'waterL', water === null ? null : water / 1000);
    });
    return [days.result(incomplete ? [`${incomplete} days not marked completed in Cronometer: their totals may be partial`] : [])];
  },
};

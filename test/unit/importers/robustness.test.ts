import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { fitbit } from '../../../src/importers/fitbit.js';
import { listAllDays } from '../../../src/storage/days.js';
import { ctx } from '../../helpers/fixtures.js';
import { tempDir } from '../../helpers/run-cli.js';
import { expectCleanImportOrRefusal, testDeps } from '../../helpers/test-deps.js';

const HEADERS: Record<string, { file: string; header: string[] }> = {
  cronometer: { file: 'dailysummary.csv', header: ['Date', 'Energy (kcal)', 'Water (g)', 'Carbs (g)', 'Protein (g)', 'Completed'] },
  myfitnesspal: { file: 'Nutrition-Summary.csv', header: ['Date', 'Meal', 'Time', 'Calories', 'Fat (g)', 'Carbohydrates (g)', 'Protein (g)', 'Note'] },
  oura: { file: 'oura.csv', header: ['date', 'Total Sleep Duration', 'Total Bedtime ', 'Lowest Resting Heart Rate', 'Average Resting Heart Rate', 'Average HRV'] },
  whoop: { file: 'sleeps.csv', header: ['Cycle start time', 'Cycle end time', 'Cycle timezone', 'Sleep onset', 'Wake onset', 'Asleep duration (min)', 'Nap'] },
  pmsys: { file: 'wellness.csv', header: ['effective_time_frame', 'fatigue', 'mood', 'readiness', 'sleep_duration_h', 'sleep_quality', 'soreness', 'soreness_area', 'stress'] },
};

/** Cells that are sometimes plausible, often not: numbers, dates, junk, quotes, separators. */
const cell = fc.oneof(
  fc.constantFrom('', 'None', 'true', 'false', '2024-03-01', '2024-03-01 07:00:00', '2019-11-01T08:31:40.751Z', '0', '-1', '1e309', 'NaN'),
  fc.integer({ min: -100, max: 100_000 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.string({ maxLength: 12 }),
);
const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const TYPES = [
  'HKQuantityTypeIdentifierRestingHeartRate',
  'HKQuantityTypeIdentifierHeartRateVariabilitySDNN',
  'HKQuantityTypeIdentifierDietaryProtein',
  'HKQuantityTypeIdentifierDietaryWater',
  'HKCategoryTypeIdentifierSleepAnalysis',
];

describe('importers never crash and never write half an import', () => {
  it('apple-health: any record attributes end in a clean import or a clean refusal', async () => {
    const record = fc.record({ type: fc.constantFrom(...TYPES), unit: fc.constantFrom('g', 'mL', 'count/min', 'ms', '', 'lb'), start: cell, end: cell, value: fc.oneof(cell, fc.constant('HKCategoryValueSleepAnalysisAsleepCore')) });
    await fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 6 }), async (records) => {
        const t = testDeps();
        const path = join(tempDir(), 'export.xml');
        const body = records.map((r) => `<Record type="${r.type}" unit="${xmlEscape(r.unit)}" startDate="${xmlEscape(r.start)}" endDate="${xmlEscape(r.end)}" value="${xmlEscape(r.value)}"/>`);
        writeFileSync(path, `<?xml version="1.0"?>\n<HealthData locale="en">\n${body.join('\n')}\n</HealthData>\n`);
        const code = await main(['import', 'apple-health', path], t.deps);
        await expectCleanImportOrRefusal(t, code);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  for (const [source, { file, header }] of Object.entries(HEADERS)) {
    it(`${source}: any rows end in a clean import or a clean refusal`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { maxLength: 6 }), fc.boolean(), async (rows, skipInvalid) => {
          const t = testDeps();
          expect(await main(['log', '--date', '2020-01-01', '--sleep', '7', '--rest'], t.deps)).toBe(0);
          const before = listAllDays(await t.deps.db());
          t.deps.close();
          const path = join(tempDir(), file);
          writeFileSync(path, [header.map(quote).join(','), ...rows.map((r) => r.map(quote).join(','))].join('\n'));
          const args = ['import', source, path, ...(skipInvalid ? ['--skip-invalid'] : [])];
          const code = await main(args, t.deps);
          expect(t.stderr()).not.toContain('internal error');
          expect([0, 1]).toContain(code);
          const after = listAllDays(await t.deps.db());
          t.deps.close();
          if (code === 1) expect(after).toEqual(before);
          else expect(after.find((d) => d.date === '2020-01-01')).toEqual(before[0]);
        }),
        { numRuns: 40 },
      );
    }, 60_000);
  }
});

describe('JSON elements that are not records', () => {
  it('names the element instead of failing inside', async () => {
    const file = join(tempDir(), 'sleep.json');
    writeFileSync(file, '[null]');
    await expect(fitbit.read(file, ctx())).rejects.toThrow(`${file}: element 1: expected a record ({...}), got null`);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { tempDir } from '../../helpers/run-cli.js';
import { expectCleanImportOrRefusal, testDeps } from '../../helpers/test-deps.js';

/** Values that are sometimes plausible, often not. */
const value = fc.oneof(
  fc.constantFrom(null, '', '2024-03-12', 'HRV', 'running', 'multi_sport', true, 0, -1, Number.MAX_VALUE, 1710227100000),
  fc.double(),
  fc.integer({ min: -1000, max: 10_000_000 }),
  fc.string({ maxLength: 8 }),
  fc.array(fc.oneof(fc.constant(null), fc.record({ type: fc.constantFrom('HRV', 'HR'), value: fc.oneof(fc.double(), fc.constant(null)) })), { maxLength: 2 }),
);
const KEYS = {
  '2024_sleepData.json': ['calendarDate', 'deepSleepSeconds', 'lightSleepSeconds', 'remSleepSeconds'],
  '2024_healthStatusData.json': ['calendarDate', 'metrics'],
  'UDSFile_2024.json': ['calendarDate', 'restingHeartRate'],
  'x_summarizedActivities.json': ['activityId', 'activityType', 'startTimeLocal', 'duration', 'hrTimeInZone_1', 'hrTimeInZone_4', 'parent'],
} as const;

describe('garmin never crashes and never writes half an import', () => {
  for (const [file, keys] of Object.entries(KEYS)) {
    it(`${file}: any records end in a clean import or a clean refusal`, async () => {
      const record = fc.oneof(fc.dictionary(fc.constantFrom(...keys), value), value);
      await fc.assert(
        fc.asyncProperty(fc.array(record, { maxLength: 5 }), fc.boolean(), async (records, skipInvalid) => {
          const t = testDeps();
          const path = join(tempDir(), file);
          const body = file.includes('summarized') ? [{ summarizedActivitiesExport: records }] : records;
          writeFileSync(path, JSON.stringify(body));
          const code = await main(['import', 'garmin', path, ...(skipInvalid ? ['--skip-invalid'] : [])], t.deps);
          await expectCleanImportOrRefusal(t, code);
        }),
        { numRuns: 40 },
      );
    }, 60_000);
  }
});

import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { addDays } from '../../src/core/dates.js';
import { emptyDay } from '../../src/core/types.js';
import { openDb } from '../../src/storage/db.js';
import { saveDays } from '../../src/storage/days.js';
import { tempDb } from '../helpers/run-cli.js';
import { testDeps } from '../helpers/test-deps.js';

// A usual resting HR or a normal HRV range is shown only from as many readings as the judgement
// needs (14 resting HR readings in the 30 days before the week, 20 HRV readings in 60 days): the
// report said "usual 87.3 +/- 8.6 bpm" from 3 readings beside "baseline still building".
const DATE = '2024-03-31';

function history(readingsBefore: number): string {
  const db = tempDb();
  const weekStart = addDays(DATE, -6);
  const days = [
    ...Array.from({ length: readingsBefore }, (_, i) => ({ ...emptyDay(addDays(weekStart, -1 - i)), restingHrBpm: 50 + (i % 5), hrvMs: 60 + (i % 7) })),
    ...Array.from({ length: 7 }, (_, i) => ({ ...emptyDay(addDays(weekStart, i)), restingHrBpm: 52, hrvMs: 62, sleepHours: 7.5 })),
  ];
  saveDays(openDb(db, { create: true }), days);
  return db;
}

async function report(db: string, args: string[] = []): Promise<string> {
  const t = testDeps({ db, today: DATE, tty: true, columns: 100 });
  expect(await main(['report', '--date', DATE, ...args], t.deps)).toBe(0);
  return t.stdout();
}

describe('a baseline from too few readings', () => {
  it('is not shown as a usual value or a normal range, in the report or its trend bands', async () => {
    const few = await report(history(3));
    expect(few).toContain('no baseline yet');
    expect(few).toContain('no normal range yet');
    expect(few).not.toMatch(/usual \d/);
    expect(few).not.toMatch(/Resting HR .*normal \d/);
  });

  it('is shown once it has its readings', async () => {
    const enough = await report(history(25));
    expect(enough).toMatch(/usual 52 \+\/- 1\.\d bpm/);
    expect(enough).toMatch(/7-day average 62 ms; normal \d\d-\d\d ms/);
    expect(enough).toMatch(/Resting HR .*normal \d\d-\d\d bpm/);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { addDays } from '../../src/core/dates.js';
import { emptyDay, type Day } from '../../src/core/types.js';
import { daysPieces, EXCEL, sessionsPieces } from '../../src/render/csv.js';
import { sessionRows } from '../../src/render/records.js';
import { openDb } from '../../src/storage/db.js';
import { daysInPieces, listAllDays, loadSources, saveDays } from '../../src/storage/days.js';
import { tempDb, tempDir } from '../helpers/run-cli.js';
import { testDeps } from '../helpers/test-deps.js';

// An export reads and writes the history a piece of days at a time (memory holds one piece); what
// it writes must be what rendering every day at once writes, header, byte-order mark and all.

const FIRST = '2019-01-01';
/** 900 logged days over 1,000, with sessions and a typed value with its source, across three pieces of 366. */
function history(): Day[] {
  return Array.from({ length: 1000 }, (_, i) => i)
    .filter((i) => i % 10 !== 3)
    .map((i) => ({
      ...emptyDay(addDays(FIRST, i)),
      sleepHours: 6 + (i % 7) / 2,
      fatigue: i % 5 === 0 ? null : 1 + (i % 5),
      note: i % 97 === 0 ? '=cmd, "quoted"\nline two' : null,
      trainingLogged: true,
      sessions: i % 4 === 0 ? [] : [{ type: 'strength' as const, minutes: 30 + (i % 60), rpe: 1 + (i % 9) }],
    }));
}

async function run(args: string[], db: string): Promise<string> {
  const t = testDeps({ db, today: '2025-01-01' });
  expect(await main(args, t.deps)).toBe(0);
  return t.stdout();
}

describe('an export of many days', () => {
  const db = tempDb();
  const open = openDb(db, { create: true });
  saveDays(open, history(), new Date('2024-01-01T00:00:00Z'), new Map([[addDays(FIRST, 5), { sleepHours: 'whoop' }]]));
  const all = listAllDays(open);
  const sources = loadSources(open, { from: '0000-01-01', to: '9999-12-31' });

  it('reads the days in date order, at most a piece at a time, all of them once', () => {
    const pieces = [...daysInPieces(open, { from: '0000-01-01', to: '9999-12-31' }, 366)];
    expect(pieces.map((p) => p.length)).toEqual([366, 366, 168]);
    expect(pieces.flat()).toEqual(all);
    expect([...daysInPieces(open, { from: addDays(FIRST, 10), to: addDays(FIRST, 19) }, 4)].map((p) => p.map((d) => d.date))).toEqual([
      [10, 11, 12, 14].map((i) => addDays(FIRST, i)),
      [15, 16, 17, 18].map((i) => addDays(FIRST, i)),
      [19].map((i) => addDays(FIRST, i)),
    ]);
  });

  it('writes the CSV, JSON and Excel CSV of days and sessions that the whole history renders to', async () => {
    expect(all).toHaveLength(900);
    expect(await run(['export'], db)).toBe(daysPieces()(all, true, sources));
    expect(await run(['export', '--excel'], db)).toBe(daysPieces(EXCEL)(all, true, sources));
    expect(await run(['export', '--table', 'sessions'], db)).toBe(sessionsPieces()(all, true));
    expect(await run(['export', '--json'], db)).toBe(`${JSON.stringify(all, null, 2)}\n`);
    expect(await run(['export', '--json', '--table', 'sessions'], db)).toBe(`${JSON.stringify(sessionRows(all), null, 2)}\n`);
    expect(await run(['export', '--json', '--from', '2030-01-01'], db)).toBe('[]\n');
  });

  it('names a missing folder for -o in one line, and writes nothing', async () => {
    const folder = join(tempDir(), 'nowhere');
    const t = testDeps({ db, today: '2025-01-01' });
    expect(await main(['export', '-o', join(folder, 'x.csv')], t.deps)).toBe(1);
    expect(t.stderr()).toBe(`error: There is no folder ${folder} to write ${join(folder, 'x.csv')} in: create it first, or give another path\n`);
  });
});

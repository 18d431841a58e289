import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/dates.js';
import type { DayState } from '../../../src/core/merge.js';
import { listAllDays, loadDayStates, saveDays, writeDays } from '../../../src/storage/days.js';
import { openDb } from '../../../src/storage/db.js';
import { day } from '../../helpers/days.js';

// writeDays puts the rows of many days in statements of 64, 32, … 1 rows and clears the dates it
// rewrites with one statement a table: every count of rows must come back whole, and nothing a
// rewritten date held before may survive it.

const FIRST = '2020-01-01';
const at = (i: number) => addDays(FIRST, i);
const sessionOf = (i: number, k: number) => ({ type: 'cardio' as const, minutes: 20 + k, rpe: null, source: 'whoop', externalId: `w${i}-${k}` });

/** Day `i` with `fields` observed values (of the 3 below) and `sessions` sessions, all from whoop. */
function state(i: number, fields: number, sessions: number): DayState {
  const values = { sleepHours: 6 + (i % 3), restingHrBpm: 50 + (i % 7), hrvMs: 40 + (i % 11) };
  const keys = (['sleepHours', 'restingHrBpm', 'hrvMs'] as const).slice(0, fields);
  const s: DayState = { day: day(at(i), { sessions: Array.from({ length: sessions }, (_, k) => sessionOf(i, k)) }), sources: {}, observed: {} };
  for (const key of keys) {
    s.day[key] = values[key];
    s.sources[key] = 'whoop';
    s.observed[key] = { whoop: values[key] };
  }
  if (fields > 2) s.day.hrvMeasure = 'rmssd';
  return s;
}

describe('writeDays', () => {
  it.each([0, 1, 63, 64, 65, 127, 200])('stores %i days whole, each with its rows', (count) => {
    const db = openDb(':memory:', { create: true });
    const states = Array.from({ length: count }, (_, i) => state(i, 1 + (i % 3), i % 3));
    writeDays(db, states);
    expect(listAllDays(db)).toEqual(states.map((s) => s.day));
    const loaded = loadDayStates(db, states.map((s) => s.day.date));
    expect(states.map((s) => loaded.get(s.day.date))).toEqual(states);
  });

  it('leaves none of what a rewritten date held, and the other dates as they were', () => {
    const db = openDb(':memory:', { create: true });
    writeDays(db, Array.from({ length: 100 }, (_, i) => state(i, 3, 2)));
    // Every other date again, with fewer values and sessions.
    const again = Array.from({ length: 50 }, (_, j) => state(2 * j, 1, 1));
    writeDays(db, again);
    const loaded = loadDayStates(db, Array.from({ length: 100 }, (_, i) => at(i)));
    expect(Array.from({ length: 100 }, (_, i) => loaded.get(at(i)))).toEqual(Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? state(i, 1, 1) : state(i, 3, 2))));
  });

  it('keeps the sources and observations of a date written without them (a day typed by hand)', () => {
    const db = openDb(':memory:', { create: true });
    writeDays(db, [state(0, 3, 1)]);
    const typed = { ...state(0, 3, 1).day, fatigue: 2 };
    saveDays(db, [typed]);
    expect(loadDayStates(db, [at(0)]).get(at(0))).toEqual({ ...state(0, 3, 1), day: typed });
  });

  it('writes nothing when a day is refused', () => {
    const db = openDb(':memory:', { create: true });
    const bad = state(1, 1, 1);
    bad.day.sessions = [sessionOf(1, 0), sessionOf(1, 0)];
    db.exec("CREATE TRIGGER refuse BEFORE INSERT ON session WHEN NEW.minutes = 20 AND NEW.position = 1 BEGIN SELECT RAISE(ABORT, 'refused'); END");
    expect(() => writeDays(db, [state(0, 3, 1), bad])).toThrow('refused');
    expect(listAllDays(db)).toEqual([]);
  });
});

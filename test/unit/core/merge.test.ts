import { describe, expect, it } from 'vitest';
import { editedFields, mergeDay, rank, type ImportedDay } from '../../../src/core/merge.js';
import { day, strength } from '../../helpers/days.js';

const DATE = '2024-03-02';
const imported = (values: ImportedDay['values'], sessions: ImportedDay['sessions'] = []): ImportedDay => ({ date: DATE, values, sessions });
const run = { type: 'cardio' as const, minutes: 40, rpe: null, source: 'whoop', externalId: 'w1', trimp: 144 };

describe('mergeDay', () => {
  it('fills empty fields and remembers the source', () => {
    const m = mergeDay(null, {}, imported({ sleepHours: 7.5, restingHrBpm: 50 }), 'whoop', false);
    expect(m.day).toMatchObject({ date: DATE, sleepHours: 7.5, restingHrBpm: 50, trainingLogged: false });
    expect(m.sources).toEqual({ sleepHours: 'whoop', restingHrBpm: 'whoop' });
    expect(m.changes.map((c) => [c.field, c.from, c.to])).toEqual([['sleepHours', null, 7.5], ['restingHrBpm', null, 50]]);
  });

  it('keeps values typed by hand unless told to overwrite', () => {
    const stored = day(DATE, { sleepHours: 8 });
    const kept = mergeDay(stored, { sleepHours: 'manual' }, imported({ sleepHours: 7.1 }), 'whoop', false);
    expect(kept.day.sleepHours).toBe(8);
    expect(kept.kept).toEqual([{ date: DATE, field: 'sleepHours', kept: 8, keptSource: 'manual', offered: 7.1 }]);
    const forced = mergeDay(stored, { sleepHours: 'manual' }, imported({ sleepHours: 7.1 }), 'whoop', true);
    expect(forced.day.sleepHours).toBe(7.1);
    expect(forced.sources.sleepHours).toBe('whoop');
  });

  it("lets a device's reading replace an app's self-report, not the other way round", () => {
    const fromApp = mergeDay(day(DATE, { sleepHours: 7 }), { sleepHours: 'pmsys' }, imported({ sleepHours: 6.3 }), 'fitbit', false);
    expect(fromApp.day.sleepHours).toBe(6.3);
    const fromDevice = mergeDay(day(DATE, { sleepHours: 6.3 }), { sleepHours: 'fitbit' }, imported({ sleepHours: 7 }), 'pmsys', false);
    expect(fromDevice.day.sleepHours).toBe(6.3);
    expect(fromDevice.kept[0]?.keptSource).toBe('fitbit');
    expect(rank('whoop')).toBe(rank('oura'));
  });

  it('adds imported sessions once, and not to a day whose training was logged by hand', () => {
    const first = mergeDay(null, {}, imported({}, [run]), 'whoop', false);
    expect(first.day.sessions).toEqual([run]);
    expect(first.day.trainingLogged).toBe(true);
    const again = mergeDay(first.day, first.sources, imported({}, [run]), 'whoop', false);
    expect(again.sessionsAdded).toEqual([]);
    const handLogged = day(DATE, { sessions: [strength(60, 8)] });
    const kept = mergeDay(handLogged, {}, imported({}, [run]), 'whoop', false);
    expect(kept.day.sessions).toEqual([strength(60, 8)]);
    expect(kept.sessionsKept).toBe(1);
    expect(mergeDay(handLogged, {}, imported({}, [run]), 'whoop', true).day.sessions).toEqual([run]);
  });

  it('changes nothing when the same values come again', () => {
    const first = mergeDay(null, {}, imported({ hrvMs: 61 }), 'whoop', false);
    const again = mergeDay(first.day, first.sources, imported({ hrvMs: 61 }), 'whoop', false);
    expect(again.changes).toEqual([]);
    expect(again.kept).toEqual([]);
  });
});

describe('editedFields', () => {
  it('lists the fields a hand edit changed', () => {
    expect(editedFields(day(DATE, { sleepHours: 7, fatigue: 2 }), day(DATE, { sleepHours: 7.5, fatigue: 2, note: 'x' }))).toEqual(['sleepHours', 'note']);
    expect(editedFields(null, day(DATE, { proteinG: 100 }))).toEqual(['proteinG']);
  });
});

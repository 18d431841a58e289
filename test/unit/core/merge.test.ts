import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { combineFiles, editedFields, emptyState, mergeDay, rederive, restoreDay, withdrawSessions, withdrawValues, type DayState, type ImportedDay } from '../../../src/core/merge.js';
import { firstSource, orderFor, parseSourceList } from '../../../src/core/sources.js';
import { day, strength } from '../../helpers/days.js';

const DATE = '2024-03-02';
const imported = (values: ImportedDay['values'], sessions: ImportedDay['sessions'] = []): ImportedDay => ({ date: DATE, values, sessions });
const run = { type: 'cardio' as const, minutes: 40, rpe: null, source: 'whoop', externalId: 'w1', trimp: 144 };
const opts = { overwrite: false, order: {} };
const state = (values: Parameters<typeof day>[1] = {}, sources: DayState['sources'] = {}, observed: DayState['observed'] = {}): DayState => ({
  day: day(DATE, values),
  sources,
  observed,
});

describe('mergeDay', () => {
  it('fills empty fields, remembers the source and keeps its value as an observation', () => {
    const m = mergeDay(emptyState(DATE), imported({ sleepHours: 7.5, restingHrBpm: 50 }), 'whoop', opts);
    expect(m.day).toMatchObject({ date: DATE, sleepHours: 7.5, restingHrBpm: 50, trainingLogged: false });
    expect(m.sources).toEqual({ sleepHours: 'whoop', restingHrBpm: 'whoop' });
    expect(m.observed).toEqual({ sleepHours: { whoop: 7.5 }, restingHrBpm: { whoop: 50 } });
    expect(m.changes.map((c) => [c.field, c.from, c.to, c.toSource])).toEqual([['sleepHours', null, 7.5, 'whoop'], ['restingHrBpm', null, 50, 'whoop']]);
    expect(m.changed).toBe(true);
  });

  it('keeps values typed by hand unless told to overwrite', () => {
    const stored = state({ sleepHours: 8 }, { sleepHours: 'manual' });
    const kept = mergeDay(stored, imported({ sleepHours: 7.1 }), 'whoop', opts);
    expect(kept.day.sleepHours).toBe(8);
    expect(kept.kept).toEqual([{ date: DATE, field: 'sleepHours', kept: 8, keptSource: 'manual', offered: 7.1, offeredSource: 'whoop' }]);
    expect(kept.observed).toEqual({ sleepHours: { whoop: 7.1 } });
    const forced = mergeDay(stored, imported({ sleepHours: 7.1 }), 'whoop', { ...opts, overwrite: true });
    expect(forced.day.sleepHours).toBe(7.1);
    expect(forced.sources.sleepHours).toBe('whoop');
  });

  it('takes each field from the first source in its order, whichever was imported last', () => {
    const ouraFirst = mergeDay(mergeDay(emptyState(DATE), imported({ hrvMs: 61, restingHrBpm: 48 }), 'oura', opts), imported({ hrvMs: 45, restingHrBpm: 52 }), 'apple-health', opts);
    const appleFirst = mergeDay(mergeDay(emptyState(DATE), imported({ hrvMs: 45, restingHrBpm: 52 }), 'apple-health', opts), imported({ hrvMs: 61, restingHrBpm: 48 }), 'oura', opts);
    for (const m of [ouraFirst, appleFirst]) {
      expect(m.day).toMatchObject({ hrvMs: 61, hrvMeasure: 'rmssd', restingHrBpm: 48 });
      expect(m.sources).toEqual({ hrvMs: 'oura', restingHrBpm: 'oura' });
      expect(m.observed).toEqual({ hrvMs: { oura: 61, 'apple-health': 45 }, restingHrBpm: { oura: 48, 'apple-health': 52 } });
    }
    expect(ouraFirst.kept).toEqual([
      { date: DATE, field: 'hrvMs', kept: 61, keptSource: 'oura', offered: 45, offeredSource: 'apple-health' },
      { date: DATE, field: 'restingHrBpm', kept: 48, keptSource: 'oura', offered: 52, offeredSource: 'apple-health' },
    ]);
    expect(appleFirst.changes.map((c) => [c.field, c.from, c.fromSource, c.to, c.toSource])).toEqual([
      ['hrvMs', 45, 'apple-health', 61, 'oura'],
      ['restingHrBpm', 52, 'apple-health', 48, 'oura'],
    ]);
  });

  it('ranks Apple Health food, written by apps, after Cronometer, and a device before a self-report', () => {
    const m = mergeDay(mergeDay(emptyState(DATE), imported({ proteinG: 160, sleepHours: 7 }), 'cronometer', opts), imported({ proteinG: 30, sleepHours: 6.5 }), 'apple-health', opts);
    expect(m.day).toMatchObject({ proteinG: 160, sleepHours: 6.5 });
    const p = mergeDay(mergeDay(emptyState(DATE), imported({ sleepHours: 6.3 }), 'fitbit', opts), imported({ sleepHours: 7 }), 'pmsys', opts);
    expect(p.day.sleepHours).toBe(6.3);
  });

  it('follows a chosen source order, and re-derives stored days when it changes', () => {
    const both = mergeDay(mergeDay(emptyState(DATE), imported({ hrvMs: 61 }), 'oura', opts), imported({ hrvMs: 45 }), 'apple-health', opts);
    const again = rederive(both, ['hrvMs'], { hrvMs: ['apple-health'] });
    expect(again.day).toMatchObject({ hrvMs: 45, hrvMeasure: 'sdnn' });
    expect(again.changes.map((c) => [c.from, c.to, c.toSource])).toEqual([[61, 45, 'apple-health']]);
    expect(rederive(again, ['hrvMs'], {}).day.hrvMs).toBe(61);
  });

  it('adds imported sessions once, one source per day, in an order that does not depend on the imports', () => {
    const first = mergeDay(emptyState(DATE), imported({}, [run]), 'whoop', opts);
    expect(first.day.sessions).toEqual([run]);
    expect(first.day.trainingLogged).toBe(true);
    const again = mergeDay(first, imported({}, [run]), 'whoop', opts);
    expect(again.sessionsAdded).toEqual([]);
    expect(again.changed).toBe(false);
    const apple = { ...run, source: 'apple-health', externalId: 'a1' };
    const ab = mergeDay(mergeDay(emptyState(DATE), imported({}, [run]), 'whoop', opts), imported({}, [apple]), 'apple-health', opts);
    const ba = mergeDay(mergeDay(emptyState(DATE), imported({}, [apple]), 'apple-health', opts), imported({}, [run]), 'whoop', opts);
    // Two sources record the same workout: the day takes one source's sessions (WHOOP before Apple Health).
    expect(ab.day.sessions).toEqual([run]);
    expect(ba.day.sessions).toEqual([run]);
    expect(ab.sessionsKept).toBe(1);
    expect(ab.sessionsKeptFor).toBe('whoop');
    const typedRpe = { type: 'cardio' as const, minutes: 30, rpe: 7, source: 'pmsys', externalId: 'p1' };
    expect(mergeDay(ab, imported({}, [typedRpe]), 'pmsys', opts).day.sessions).toEqual([typedRpe]);
    const handLogged = state({ sessions: [strength(60, 8)] });
    const kept = mergeDay(handLogged, imported({}, [run]), 'whoop', opts);
    expect(kept.day.sessions).toEqual([strength(60, 8)]);
    expect(kept.sessionsKept).toBe(1);
    expect(mergeDay(handLogged, imported({}, [run]), 'whoop', { ...opts, overwrite: true }).day.sessions).toEqual([run]);
    // A rest day typed by hand is training logged by hand: the watch's session stays out unless --overwrite.
    const rest = state({ sessions: [], trainingLogged: true });
    expect(mergeDay(rest, imported({}, [run]), 'whoop', opts)).toMatchObject({ sessionsKept: 1, sessionsKeptFor: 'manual', sessionsAdded: [], changed: false });
    expect(mergeDay(rest, imported({}, [run]), 'whoop', { ...opts, overwrite: true }).day).toMatchObject({ sessions: [run], trainingLogged: true });
    // A day whose training is unknown takes it.
    expect(mergeDay(state({ sessions: [], trainingLogged: false }), imported({}, [run]), 'whoop', opts).day.sessions).toEqual([run]);
  });

  it('tells a changed state by every part: a value, a source, an observation, a session', () => {
    const first = mergeDay(emptyState(DATE), imported({ hrvMs: 61, sleepHours: 7 }, [run]), 'whoop', opts);
    expect(mergeDay(first, imported({ hrvMs: 61 }), 'whoop', opts).changed).toBe(false);
    // Another source's value for a field: stored as an observation although the day keeps WHOOP's.
    const observedOnly = mergeDay(first, imported({ hrvMs: 40 }), 'apple-health', opts);
    expect([observedOnly.day.hrvMs, observedOnly.changed]).toEqual([61, true]);
    expect(mergeDay(first, imported({ sleepHours: 7.5 }), 'whoop', opts).changed).toBe(true);
    expect(mergeDay(first, imported({}, [{ ...run, minutes: 41 }]), 'whoop', opts).changed).toBe(false);
    expect(mergeDay(first, imported({}, [{ ...run, externalId: 'w2' }]), 'whoop', opts).changed).toBe(true);
    // The order fields were stored in does not count, nor an empty set of observations.
    const reordered: DayState = { day: { ...first.day }, sources: { sleepHours: 'whoop', hrvMs: 'whoop' }, observed: { sleepHours: { whoop: 7 }, hrvMs: { whoop: 61 }, proteinG: {} } };
    expect(mergeDay(reordered, imported({ hrvMs: 61 }), 'whoop', opts).changed).toBe(false);
    expect(rederive(first, ['hrvMs'], {}).changed).toBe(false);
  });

  it('changes nothing when the same values come again', () => {
    const first = mergeDay(emptyState(DATE), imported({ hrvMs: 61 }), 'whoop', opts);
    const again = mergeDay(first, imported({ hrvMs: 61 }), 'whoop', opts);
    expect(again.changes).toEqual([]);
    expect(again.kept).toEqual([]);
    expect(again.changed).toBe(false);
  });
});

describe('restoreDay', () => {
  it('puts an imported value back as its source\'s, and a typed one as typed', () => {
    const r = restoreDay(emptyState(DATE), { values: { hrvMs: 61, fatigue: 2, proteinG: 150 }, sources: { hrvMs: 'oura', fatigue: 'manual' } }, {});
    expect(r.day).toMatchObject({ hrvMs: 61, hrvMeasure: 'rmssd', fatigue: 2, proteinG: 150 });
    expect(r.sources).toEqual({ hrvMs: 'oura', fatigue: 'manual', proteinG: 'csv' });
    expect(r.observed).toEqual({ hrvMs: { oura: 61 } });
    // A later import of the device updates the restored value, as it would have before.
    expect(mergeDay(r, imported({ hrvMs: 63, fatigue: 4 }), 'oura', opts).day).toMatchObject({ hrvMs: 63, fatigue: 2 });
  });

  it('clears a value and its observations for an empty cell', () => {
    const stored = mergeDay(emptyState(DATE), imported({ hrvMs: 61 }), 'oura', opts);
    const r = restoreDay(stored, { values: { hrvMs: null }, sources: {} }, {});
    expect([r.day.hrvMs, r.sources, r.observed]).toEqual([null, {}, {}]);
  });
});

describe('combineFiles', () => {
  it('takes the first file by name where two disagree, whatever order they come in', () => {
    const cycles = { file: 'x/physiological_cycles.csv', days: [imported({ sleepHours: 8.67, hrvMs: 40 })] };
    const sleeps = { file: 'x/sleeps.csv', days: [imported({ sleepHours: 6.33 }, [run])] };
    for (const files of [[cycles, sleeps], [sleeps, cycles]]) {
      const { days, disagreements } = combineFiles(files);
      expect(days.map((d) => [d.day, d.fileOf, d.sessionFiles])).toEqual([
        [imported({ sleepHours: 8.67, hrvMs: 40 }, [run]), { sleepHours: cycles.file, hrvMs: cycles.file }, [sleeps.file]],
      ]);
      expect(disagreements).toEqual([{ date: DATE, field: 'sleepHours', kept: { file: cycles.file, value: 8.67 }, other: { file: sleeps.file, value: 6.33 } }]);
    }
  });
});

describe('whether a merge changed anything', () => {
  // mergeDay and rederive note each change as they make it; this holds that to comparing the
  // states afterwards (values, sources, observations and sessions) over many random days.
  const stored = (x: DayState): unknown => JSON.parse(JSON.stringify([x.day, x.sources, x.observed]));
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const FIELDS = ['sleepHours', 'hrvMs', 'proteinG'] as const;
  const IMPORTS = ['oura', 'apple-health', 'cronometer', 'whoop-cycles'];
  const session = (source: string) => ({ type: 'cardio' as const, minutes: pick([30, 45]), rpe: null, source, externalId: pick(['a', 'b']) });
  const randomState = (): DayState => {
    const s = emptyState(DATE);
    for (const field of FIELDS) {
      for (const source of IMPORTS) if (random() < 0.3) s.observed[field] = { ...s.observed[field], [source]: pick([6, 7]) };
      const offered = Object.keys(s.observed[field] ?? {});
      if (random() < 0.2) {
        s.day[field] = pick([6, 7]);
        s.sources[field] = pick(['manual', 'csv']);
      } else if (offered.length > 0) {
        const source = random() < 0.8 ? (firstSource(field, offered) ?? '') : pick(offered);
        s.day[field] = (s.observed[field]?.[source] ?? null) as number | null;
        s.sources[field] = source;
        if (field === 'hrvMs' && random() < 0.8) s.day.hrvMeasure = source === 'apple-health' ? 'sdnn' : 'rmssd';
      }
    }
    if (random() < 0.5) s.day.sessions = [session(pick(IMPORTS))];
    if (random() < 0.2) s.day.sessions.push({ type: 'strength', minutes: 50, rpe: 7 });
    s.day.trainingLogged = s.day.sessions.length > 0 || random() < 0.3;
    return s;
  };

  it('says so exactly when the stored state differs', () => {
    let changed = 0;
    for (let i = 0; i < 3000; i++) {
      const before = randomState();
      const source = pick(IMPORTS);
      const values: ImportedDay['values'] = {};
      for (const field of FIELDS) if (random() < 0.5) values[field] = pick([6, 7, null]);
      const sessions = random() < 0.5 ? [session(source)] : [];
      const order = random() < 0.5 ? {} : { sleepHours: ['apple-health'] };
      const snapshot = stored(before);
      const m = mergeDay(before, imported(values, sessions), source, { overwrite: random() < 0.3, order });
      expect(stored(before), 'the stored state is left as it was').toEqual(snapshot);
      expect(m.changed).toBe(!isDeepStrictEqual(stored(m), snapshot));
      const r = rederive(before, FIELDS, order);
      expect(r.changed).toBe(!isDeepStrictEqual(stored(r), snapshot));
      if (m.changed) changed++;
    }
    // Both answers come up often enough for the comparison to mean something.
    expect(changed).toBeGreaterThan(600);
    expect(changed).toBeLessThan(2400);
  });
});

describe('source order', () => {
  it.each([
    ['hrvMs', {}, ['apple-health', 'oura', 'whoop'], 'oura'],
    ['sleepHours', {}, ['pmsys', 'apple-health', 'fitbit'], 'fitbit'],
    ['proteinG', {}, ['apple-health', 'cronometer'], 'cronometer'],
    ['hrvMs', { hrvMs: ['apple-health'] }, ['oura', 'apple-health'], 'apple-health'],
    ['fatigue', {}, ['zz-new', 'pmsys'], 'pmsys'],
    // A source's fallback file right after the source, before the next source, and follows it when chosen.
    ['sleepHours', {}, ['whoop-cycles', 'whoop'], 'whoop'],
    ['sleepHours', {}, ['garmin', 'whoop-cycles'], 'whoop-cycles'],
    ['sleepHours', { sleepHours: ['garmin'] }, ['garmin', 'whoop-cycles'], 'garmin'],
    ['restingHrBpm', { restingHrBpm: ['fitbit'] }, ['oura', 'fitbit-sleep-score', 'apple-health'], 'fitbit-sleep-score'],
    ['restingHrBpm', {}, ['fitbit-sleep-score', 'fitbit', 'apple-health'], 'fitbit'],
  ] as const)('%s from %j among %j is %s', (field, chosen, offered, first) => {
    expect(firstSource(field, offered, chosen)).toBe(first);
  });

  it('lists the chosen sources first, then the default order', () => {
    expect(orderFor('proteinG', { proteinG: ['apple-health'] })).toEqual(['apple-health', 'cronometer', 'myfitnesspal', 'oura', 'whoop', 'garmin', 'fitbit', 'pmsys']);
    expect(parseSourceList('source.hrv', 'oura, whoop')).toEqual(['oura', 'whoop']);
    expect(() => parseSourceList('source.sleep', 'whoop-cycles')).toThrow('source.sleep must be one or more of');
    expect(() => parseSourceList('source.hrv', 'polar')).toThrow('source.hrv must be one or more of oura, whoop, garmin, fitbit, apple-health, pmsys, cronometer, myfitnesspal');
  });
});

describe('editedFields', () => {
  it('lists the fields a hand edit changed', () => {
    expect(editedFields(day(DATE, { sleepHours: 7, fatigue: 2 }), day(DATE, { sleepHours: 7.5, fatigue: 2, note: 'x' }))).toEqual(['sleepHours', 'note']);
    expect(editedFields(null, day(DATE, { proteinG: 100 }))).toEqual(['proteinG']);
  });
});

describe('withdrawSessions', () => {
  const ride = { type: 'cardio' as const, minutes: 60, rpe: 5, source: 'pmsys', externalId: 'p1' };
  const lift = { ...ride, type: 'strength' as const, externalId: 'p2' };
  const watch = { ...run };

  it("takes off only the source's sessions with those ids, and leaves the day's training known while sessions remain", () => {
    const stored = state({ sessions: [ride, lift, watch], trainingLogged: true });
    const out = withdrawSessions(stored, 'pmsys', new Set(['p1', 'w1']));
    expect(out.day.sessions).toEqual([lift, watch]);
    expect(out).toMatchObject({ sessionsMoved: [ride], changed: true });
    expect(out.day.trainingLogged).toBe(true);
    expect(stored.day.sessions).toHaveLength(3);
  });

  it('leaves the training unknown, not a rest day, when the last session goes, and changes nothing for ids not there', () => {
    expect(withdrawSessions(state({ sessions: [ride], trainingLogged: true }), 'pmsys', new Set(['p1'])).day).toMatchObject({ sessions: [], trainingLogged: false });
    expect(withdrawSessions(state({ sessions: [ride], trainingLogged: true }), 'pmsys', new Set(['p9']))).toMatchObject({ sessionsMoved: [], changed: false });
  });
});

describe('withdrawValues', () => {
  it("takes the next source's value, or leaves the field unknown when no other source offered one", () => {
    const stored = state(
      { restingHrBpm: 50, hrvMs: 60, hrvMeasure: 'rmssd', sleepHours: 7 },
      { restingHrBpm: 'oura', hrvMs: 'oura', sleepHours: 'whoop' },
      { restingHrBpm: { oura: 50, 'apple-health': 53 }, hrvMs: { oura: 60 }, sleepHours: { whoop: 7 } },
    );
    const out = withdrawValues(stored, 'oura', ['restingHrBpm', 'hrvMs'], {});
    expect(out.day).toMatchObject({ restingHrBpm: 53, hrvMs: null, hrvMeasure: null, sleepHours: 7 });
    expect(out.sources).toEqual({ restingHrBpm: 'apple-health', sleepHours: 'whoop' });
    expect(out.observed).toEqual({ restingHrBpm: { 'apple-health': 53 }, sleepHours: { whoop: 7 } });
    expect(out.changes.map((c) => [c.field, c.from, c.fromSource, c.to, c.toSource])).toEqual([
      ['hrvMs', 60, 'oura', null, undefined],
      ['restingHrBpm', 50, 'oura', 53, 'apple-health'],
    ]);
    expect(out.changed).toBe(true);
    expect(stored.day.hrvMs).toBe(60);
  });

  it('keeps a typed value and a value another source gave, and changes nothing for a field the source did not offer', () => {
    const stored = state({ proteinG: 140, carbsG: 200 }, { proteinG: 'manual', carbsG: 'myfitnesspal' }, { proteinG: { cronometer: 120 }, carbsG: { myfitnesspal: 200 } });
    const out = withdrawValues(stored, 'cronometer', ['proteinG', 'carbsG'], {});
    expect(out.day).toMatchObject({ proteinG: 140, carbsG: 200 });
    expect(out.sources).toEqual({ proteinG: 'manual', carbsG: 'myfitnesspal' });
    expect(out.observed).toEqual({ carbsG: { myfitnesspal: 200 } });
    expect(out).toMatchObject({ changes: [], changed: true });
    expect(withdrawValues(stored, 'oura', ['proteinG'], {})).toMatchObject({ changes: [], changed: false });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/dates.js';
import { ewmaLambda, loadMetrics, loadSeries, loadWeeks, type LoadDay } from '../../../src/core/load.js';
import { day, days, strength } from '../../helpers/days.js';

const START = '2026-10-01';
/** null is a day whose training is unknown. */
const series = (loads: ReadonlyArray<number | null>): LoadDay[] => loads.map((load, i) => ({ date: addDays(START, i), load, ill: false }));
const last = <T>(xs: readonly T[]): T => xs[xs.length - 1] as T;

describe('load series', () => {
  it('sums RPE x minutes per day from the first known day; days without training logged are unknown, not 0', () => {
    const entries = [
      day('2026-10-01', { sleepHours: 8, trainingLogged: false }),
      day('2026-10-02', { sessions: [{ type: 'strength', minutes: 60, rpe: 8 }, { type: 'mobility', minutes: 20, rpe: 2 }] }),
      day('2026-10-04', { sessions: [] }),
      day('2026-10-05', { sleepHours: 7, fatigue: 2, trainingLogged: false, note: 'flu' }),
    ];
    expect(loadSeries(entries, '2026-10-03', '2026-10-05')).toEqual([
      { date: '2026-10-02', load: 520, ill: false },
      { date: '2026-10-03', load: null, ill: false },
      { date: '2026-10-04', load: 0, ill: false },
      { date: '2026-10-05', load: null, ill: true },
    ]);
  });
});

describe('monotony and strain (Foster 1998)', () => {
  it('divides the 7-day mean by the population SD', () => {
    const m = last(loadMetrics(series([100, 0, 200, 0, 300, 0, 100])));
    // mean 100; deviations 0,-100,100,-100,200,-100,0 -> variance 80000/7
    expect(m.weekTotal).toBe(700);
    expect(m.monotony).toBeCloseTo(100 / Math.sqrt(80000 / 7), 12);
    expect(m.monotony).toBeCloseTo(0.935414, 6);
    expect(m.strain).toBeCloseTo(700 * Math.sqrt(7 / 8), 9);
  });

  it('is withheld unless all 7 days are known: unknown days are never zeros', () => {
    const m = last(loadMetrics(series([300, null, 300, null, 300, null, null])));
    expect(m.acute).toBe(300);
    expect(m.weekTotal).toBe(900);
    expect(m.monotony).toBeNull();
    expect(m.strain).toBeNull();
    expect(m.knownOf7).toBe(3);
  });

  it('is withheld for a week with an illness day', () => {
    const loads = series([100, 0, 200, 0, 300, 0, 100]).map((d, i) => ({ ...d, ill: i === 3 }));
    expect(last(loadMetrics(loads)).monotony).toBeNull();
  });

  it('is undefined, not infinite or zero, when every day has the same load', () => {
    for (const loads of [[50, 50, 50, 50, 50, 50, 50], [0, 0, 0, 0, 0, 0, 0]]) {
      const m = last(loadMetrics(series(loads)));
      expect(m.monotony).toBeNull();
      expect(m.strain).toBeNull();
    }
  });

  it('is not shown to a new user before 7 known days: the days before the first entry are not zeros', () => {
    const m = last(loadMetrics(series([350, 200, 500])));
    expect(m.acute).toBe(350);
    expect(m.knownOf7).toBe(3);
    expect(m.monotony).toBeNull();
  });
});

describe('ACWR', () => {
  const loads = [...Array<number>(21).fill(100), ...Array<number>(7).fill(200)];

  it('is acute (7-day mean) over chronic (28-day mean), rolling and coupled', () => {
    const m = last(loadMetrics(series(loads)));
    expect(m.acute).toBe(200);
    expect(m.chronic).toBe(125); // (21 x 100 + 7 x 200) / 28
    expect(m.acwr).toBe(1.6);
    expect(m.knownOf28).toBe(28);
  });

  it('offers a 42-day chronic mean', () => {
    const m = last(loadMetrics(series([...Array<number>(14).fill(0), ...loads])));
    expect(m.chronic42).toBeCloseTo(3500 / 42, 12);
  });

  it('waits for 21 known days of the last 28 and 5 of the last 7, and leaves unknown days out of both means', () => {
    const gappy = loads.map((l, i) => (i % 4 === 0 ? null : l)); // 7 of 28 unknown -> 21 known, 6 of the last 7
    const m = last(loadMetrics(series(gappy)));
    expect(m.acute).toBe(200);
    expect(m.chronic).toBe((15 * 100 + 6 * 200) / 21);
    expect(m.acwr).toBe(200 / ((15 * 100 + 6 * 200) / 21));
    const sparse = loads.map((l, i) => (i % 4 === 0 || i === 1 ? null : l)); // 20 known
    expect(last(loadMetrics(series(sparse))).knownOf28).toBe(20);
    expect(last(loadMetrics(series(sparse))).acwr).toBeNull();
    expect(last(loadMetrics(series(sparse))).acwrEwma).toBeNull();
    const quietWeek = loads.map((l, i) => (i >= 24 ? null : l)); // 3 of the last 7 known
    expect(last(loadMetrics(series(quietWeek))).acwr).toBeNull();
  });

  it('does not see a spike in a steady lifter who forgot a week of entries', () => {
    const steady = Array.from({ length: 35 }, (_, i) => (i % 7 === 3 ? 0 : 400));
    const forgot = steady.map((l, i) => (i >= 14 && i < 21 ? null : l));
    expect(last(loadMetrics(series(forgot))).acwr).toBe(1);
  });

  it('gives a new user a ratio only after 21 known days, and 1 for steady training', () => {
    const metrics = loadMetrics(series(Array.from({ length: 28 }, (_, i) => (i % 7 === 3 ? 0 : 400))));
    expect(metrics.slice(0, 20).every((m) => m.acwr === null && m.acwrEwma === null)).toBe(true);
    expect(metrics[20]?.acwr).toBe(1);
    expect(last(metrics).acwrEwma).toBeGreaterThan(0.9);
    expect(last(metrics).acwrEwma).toBeLessThan(1.1);
  });

  it('uses EWMA with lambda = 2 / (N + 1) (Williams et al. 2017), starting from the first known week\'s mean', () => {
    expect(ewmaLambda(7)).toBe(0.25);
    expect(ewmaLambda(28)).toBeCloseTo(2 / 29, 15);
    const [a, b, c, d] = loadMetrics(series([100, 0, 200, null]));
    // Seed: the mean of the first known week, (100 + 0 + 200) / 3 = 100; an unknown day holds the value.
    expect([a?.ewmaAcute, b?.ewmaAcute, c?.ewmaAcute, d?.ewmaAcute]).toEqual([100, 75, 106.25, 106.25]);
    const steady = last(loadMetrics(series(Array<number>(28).fill(100))));
    expect(steady.ewmaAcute).toBe(100);
    expect(steady.ewmaChronic).toBe(100);
    expect(steady.acwrEwma).toBe(1);
    expect(steady.acwr).toBe(1);
  });
});

describe('fitness, fatigue and form (Banister / PMC)', () => {
  it('moves CTL by 1/42 and ATL by 1/7 of the gap each day; form is yesterday\'s CTL - ATL (TrainingPeaks)', () => {
    const [first, second, third] = loadMetrics(series([420, 0, null]));
    // Both start from the first known week's mean, 210: no made-up "detrained" start.
    expect(first?.tsb).toBe(0);
    expect(first?.ctl).toBe(215);
    expect(first?.atl).toBe(240);
    expect(second?.tsb).toBe(-25);
    expect(second?.ctl).toBeCloseTo(215 - 215 / 42, 12);
    expect(second?.atl).toBeCloseTo(240 - 240 / 7, 12);
    expect(third?.ctl).toBe(second?.ctl);
    expect(third?.tsb).toBeCloseTo((215 - 215 / 42) - (240 - 240 / 7), 12);
  });
});

describe('weeks', () => {
  it('measures 7-day blocks on their last day, counting days whose training is unknown', () => {
    const entries = days('2026-10-01', Array.from({ length: 14 }, (_, i) => ({ sessions: i === 3 ? [] : [{ type: 'cardio' as const, minutes: 10 * (i + 1), rpe: 5 }] })));
    const metrics = loadMetrics(loadSeries(entries, '2026-10-03', '2026-10-16')).filter((m) => m.date >= '2026-10-03');
    const weeks = loadWeeks(metrics);
    expect(weeks.map((w) => [w.from, w.to, w.total, w.unknown])).toEqual([
      ['2026-10-03', '2026-10-09', 50 * (3 + 5 + 6 + 7 + 8 + 9), 0],
      ['2026-10-10', '2026-10-16', 50 * (10 + 11 + 12 + 13 + 14), 2],
    ]);
  });

  it('gives no total (null, not 0) for a week with no day whose training is known', () => {
    const entries = days('2026-10-01', Array.from({ length: 7 }, () => ({ sessions: [{ type: 'cardio' as const, minutes: 30, rpe: 5 }] })));
    const metrics = loadMetrics(loadSeries(entries, '2026-10-01', '2026-10-14'));
    expect(loadWeeks(metrics).map((w) => [w.from, w.total, w.unknown])).toEqual([['2026-10-01', 1050, 0], ['2026-10-08', null, 7]]);
  });
});

describe('invariants (property-based)', () => {
  it('every window equals the known loads of its days, counted afresh (the one-pass windows)', () => {
    const day = fc.record({ load: fc.option(fc.integer({ min: 0, max: 1500 }), { freq: 4 }), ill: fc.boolean() });
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 120 }), (days) => {
        const s = days.map((d, i) => ({ date: addDays(START, i), load: d.load, ill: d.ill && i % 3 === 0 }));
        const loadsOf = (from: number, to: number) => s.slice(Math.max(0, from), to + 1).flatMap((d) => (d.load === null ? [] : [d.load]));
        const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
        loadMetrics(s).forEach((m, i) => {
          const week = loadsOf(i - 6, i);
          expect([m.acute, m.chronic, m.chronic42, m.knownOf7, m.knownOf28]).toEqual([mean(week), mean(loadsOf(i - 27, i)), mean(loadsOf(i - 41, i)), week.length, loadsOf(i - 27, i).length]);
          const fullWeek = week.length === 7 && !s.slice(i - 6, i + 1).some((d) => d.ill);
          if (!fullWeek) expect(m.monotony).toBeNull();
        });
      }),
    );
  });

  const loadDays = fc.array(fc.option(fc.integer({ min: 0, max: 1500 }), { freq: 5 }), { minLength: 1, maxLength: 90 });

  it('scaling every load by k leaves ACWR, EWMA ACWR and monotony unchanged and scales strain by k', () => {
    fc.assert(
      fc.property(loadDays, fc.integer({ min: 1, max: 50 }), (loads, k) => {
        const base = loadMetrics(series(loads));
        const scaled = loadMetrics(series(loads.map((l) => (l === null ? null : l * k))));
        base.forEach((m, i) => {
          const s = scaled[i];
          const same = (a: number | null, b: number | null | undefined) =>
            a === null ? b === null : b !== null && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
          expect(same(m.acwr, s?.acwr)).toBe(true);
          expect(same(m.acwrEwma, s?.acwrEwma)).toBe(true);
          expect(same(m.monotony, s?.monotony)).toBe(true);
          expect(same(m.strain === null ? null : m.strain * k, s?.strain)).toBe(true);
        });
      }),
    );
  });

  it('keeps every average between 0 and the largest daily load', () => {
    fc.assert(
      fc.property(loadDays, (loads) => {
        const top = Math.max(0, ...loads.map((l) => l ?? 0));
        for (const m of loadMetrics(series(loads))) {
          for (const v of [m.acute ?? 0, m.chronic ?? 0, m.chronic42 ?? 0, m.ewmaAcute, m.ewmaChronic, m.ctl, m.atl]) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(top + 1e-9);
          }
          if (m.monotony !== null) expect(m.monotony).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('gives an ACWR of exactly 1 for a steady load over a logged month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1500 }), fc.integer({ min: 28, max: 60 }), (load, n) => {
        expect(last(loadMetrics(series(Array<number>(n).fill(load)))).acwr).toBe(1);
      }),
    );
  });
});

describe('days whose load is unknown', () => {
  it('leaves a day with a session of unknown load out of the means', () => {
    const entries = [
      day('2026-10-01', { sessions: [strength(60, 5)] }),
      day('2026-10-02', { sessions: [{ type: 'cardio', minutes: 40, rpe: null, source: 'apple-health', externalId: 'w1' }] }),
    ];
    const series2 = loadSeries(entries, '2026-10-01', '2026-10-02');
    expect(series2.map((d) => d.load)).toEqual([300, null]);
    expect(last(loadMetrics(series2)).acute).toBe(300);
  });
});

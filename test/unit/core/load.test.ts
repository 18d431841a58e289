import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/dates.js';
import { ewmaLambda, loadMetrics, loadSeries, loadWeeks, type LoadDay } from '../../../src/core/load.js';
import { day, days } from '../../helpers/days.js';

const START = '2026-10-01';
const series = (loads: ReadonlyArray<number | null>): LoadDay[] =>
  loads.map((load, i) => ({ date: addDays(START, i), load: load ?? 0, logged: load !== null }));
const last = <T>(xs: readonly T[]): T => xs[xs.length - 1] as T;

describe('load series', () => {
  it('sums RPE x minutes per day and fills every calendar day, unlogged ones with 0', () => {
    const entries = [
      day('2026-10-02', { sessions: [{ type: 'strength', minutes: 60, rpe: 8 }, { type: 'mobility', minutes: 20, rpe: 2 }] }),
      day('2026-10-04', { sessions: [] }),
    ];
    expect(loadSeries(entries, '2026-10-03', '2026-10-05')).toEqual([
      { date: '2026-10-02', load: 520, logged: true },
      { date: '2026-10-03', load: 0, logged: false },
      { date: '2026-10-04', load: 0, logged: true },
      { date: '2026-10-05', load: 0, logged: false },
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

  it('counts missing days as 0: three equal days of seven give sqrt(3/4)', () => {
    const m = last(loadMetrics(series([300, null, 300, null, 300, null, null])));
    expect(m.acute).toBeCloseTo(900 / 7, 12);
    expect(m.monotony).toBeCloseTo(Math.sqrt(3 / 4), 12);
    expect(m.loggedOf7).toBe(3);
  });

  it('is undefined, not infinite or zero, when every day has the same load', () => {
    for (const loads of [[50, 50, 50, 50, 50, 50, 50], [0, 0, 0, 0, 0, 0, 0]]) {
      const m = last(loadMetrics(series(loads)));
      expect(m.monotony).toBeNull();
      expect(m.strain).toBeNull();
    }
  });

  it('pads a series shorter than a week with zero days before it', () => {
    const m = last(loadMetrics(series([350, 350])));
    expect(m.acute).toBe(100);
    expect(m.monotony).toBeCloseTo(Math.sqrt(2 / 5), 12);
  });
});

describe('ACWR', () => {
  const loads = [...Array<number>(21).fill(100), ...Array<number>(7).fill(200)];

  it('is acute (7-day mean) over chronic (28-day mean), rolling and coupled', () => {
    const m = last(loadMetrics(series(loads)));
    expect(m.acute).toBe(200);
    expect(m.chronic).toBe(125); // (21 x 100 + 7 x 200) / 28
    expect(m.acwr).toBe(1.6);
    expect(m.loggedOf28).toBe(28);
  });

  it('offers a 42-day chronic mean', () => {
    const m = last(loadMetrics(series([...Array<number>(14).fill(0), ...loads])));
    expect(m.chronic42).toBeCloseTo(3500 / 42, 12);
  });

  it('waits for 21 logged days of the last 28', () => {
    const gappy = loads.map((l, i) => (i % 4 === 0 ? null : l)); // 7 of 28 missing -> 21 logged
    expect(last(loadMetrics(series(gappy))).acwr).not.toBeNull();
    const sparse = loads.map((l, i) => (i % 4 === 0 || i === 1 ? null : l)); // 20 logged
    expect(last(loadMetrics(series(sparse))).loggedOf28).toBe(20);
    expect(last(loadMetrics(series(sparse))).acwr).toBeNull();
    expect(last(loadMetrics(series(sparse))).acwrEwma).toBeNull();
  });

  it('uses EWMA with lambda = 2 / (N + 1) (Williams et al. 2017), starting from 0', () => {
    expect(ewmaLambda(7)).toBe(0.25);
    expect(ewmaLambda(28)).toBeCloseTo(2 / 29, 15);
    const [a, b, c] = loadMetrics(series([100, 0, 200]));
    expect([a?.ewmaAcute, b?.ewmaAcute, c?.ewmaAcute]).toEqual([25, 18.75, 64.0625]);
    const steady = last(loadMetrics(series(Array<number>(28).fill(100))));
    expect(steady.ewmaAcute).toBeCloseTo(100 * (1 - 0.75 ** 28), 10);
    expect(steady.ewmaChronic).toBeCloseTo(100 * (1 - (27 / 29) ** 28), 10);
    expect(steady.acwrEwma).toBeCloseTo((1 - 0.75 ** 28) / (1 - (27 / 29) ** 28), 10);
    expect(steady.acwr).toBe(1);
  });
});

describe('fitness, fatigue and form (Banister / PMC)', () => {
  it('moves CTL by 1/42 and ATL by 1/7 of the gap each day; form is CTL - ATL', () => {
    const [first, second] = loadMetrics(series([420, 0]));
    expect(first?.fitness).toBe(10);
    expect(first?.fatigue).toBe(60);
    expect(first?.form).toBe(-50);
    expect(second?.fitness).toBeCloseTo(10 - 10 / 42, 12);
    expect(second?.fatigue).toBeCloseTo(60 - 60 / 7, 12);
  });
});

describe('weeks', () => {
  it('measures 7-day blocks on their last day, counting unlogged days', () => {
    const entries = days('2026-10-01', Array.from({ length: 14 }, (_, i) => ({ sessions: i === 3 ? [] : [{ type: 'cardio' as const, minutes: 10 * (i + 1), rpe: 5 }] })));
    const metrics = loadMetrics(loadSeries(entries, '2026-10-03', '2026-10-16')).filter((m) => m.date >= '2026-10-03');
    const weeks = loadWeeks(metrics);
    expect(weeks.map((w) => [w.from, w.to, w.total, w.unlogged])).toEqual([
      ['2026-10-03', '2026-10-09', 50 * (3 + 5 + 6 + 7 + 8 + 9), 0],
      ['2026-10-10', '2026-10-16', 50 * (10 + 11 + 12 + 13 + 14), 2],
    ]);
  });
});

describe('invariants (property-based)', () => {
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
          for (const v of [m.acute, m.chronic, m.chronic42, m.ewmaAcute, m.ewmaChronic, m.fitness, m.fatigue]) {
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

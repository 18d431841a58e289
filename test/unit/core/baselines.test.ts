import { describe, expect, it } from 'vitest';
import { hrvStatus, lookup, restingHrStatus, sleepDebt } from '../../../src/core/baselines.js';
import { addDays } from '../../../src/core/dates.js';
import type { Day } from '../../../src/core/types.js';
import { day } from '../../helpers/days.js';

const END = '2026-11-22';
/** Entries for the `n` days ending `daysBeforeEnd` before END, the oldest first. */
const series = (values: ReadonlyArray<Partial<Day>>, daysBeforeEnd = 0): Day[] =>
  values.map((v, i) => day(addDays(END, -daysBeforeEnd - (values.length - 1 - i)), v));
const sd = (xs: number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
};

describe('resting HR against the 30 days before this week', () => {
  const baseline = series(Array.from({ length: 30 }, (_, i) => ({ restingHrBpm: i % 2 ? 52 : 50 })), 7);

  it('flags the week elevated when its mean is 5+ bpm and over one SD above', () => {
    const week = series([{ restingHrBpm: 56 }, {}, { restingHrBpm: 57 }, { restingHrBpm: 58 }, {}, { restingHrBpm: 55 }, {}]);
    const s = restingHrStatus(lookup([...baseline, ...week]), END);
    expect(s.baselineMean).toBe(51);
    expect(s.baselineSd).toBeCloseTo(Math.sqrt(30 / 29), 12);
    expect(s.weekMean).toBe(56.5);
    expect(s.elevated).toBe(true);
    expect(s.elevatedDays.map((r) => [r.date, r.value])).toEqual([
      ['2026-11-16', 56],
      ['2026-11-18', 57],
      ['2026-11-19', 58],
    ]);
  });

  it('is not elevated 4 bpm up, and undecided without enough readings', () => {
    const week = series(Array.from({ length: 7 }, () => ({ restingHrBpm: 55 })));
    expect(restingHrStatus(lookup([...baseline, ...week]), END).elevated).toBe(false);
    expect(restingHrStatus(lookup([...baseline.slice(0, 13), ...week]), END).elevated).toBeNull();
    expect(restingHrStatus(lookup([...baseline, ...week.slice(0, 3)]), END).elevated).toBeNull();
  });
});

describe('HRV: 7-day mean of ln(HRV) against the 60-day normal range', () => {
  it('is suppressed below the mean minus half an SD', () => {
    const older = Array.from({ length: 53 }, (_, i) => Math.exp(i % 2 ? 4.4 : 4.0));
    const week = Array.from({ length: 7 }, () => Math.exp(3.9));
    const entries = series([...older, ...week].map((hrvMs) => ({ hrvMs })));
    const s = hrvStatus(lookup(entries), END);
    const ln = [...older, ...week].map(Math.log);
    const mean = ln.reduce((a, b) => a + b, 0) / 60;
    expect(s.lnWeekMean).toBeCloseTo(3.9, 12);
    expect(s.lnNormalMean).toBeCloseTo(mean, 12);
    expect(s.lower).toBeCloseTo(mean - 0.5 * sd(ln), 12);
    expect(s.suppressed).toBe(true);
  });

  it('is not suppressed inside the range, and undecided with under 20 readings', () => {
    const entries = series(Array.from({ length: 60 }, (_, i) => ({ hrvMs: Math.exp(i % 2 ? 4.4 : 4.0) })));
    expect(hrvStatus(lookup(entries), END).suppressed).toBe(false);
    expect(hrvStatus(lookup(entries.slice(-19)), END).suppressed).toBeNull();
  });

  it('never mixes RMSSD and SDNN: only readings of the latest measure count, typed ones go with it', () => {
    // 40 days of Apple Watch SDNN around 40 ms, then 20 of Oura RMSSD around 80 ms.
    const sdnn = Array.from({ length: 40 }, () => ({ hrvMs: 40, hrvMeasure: 'sdnn' as const }));
    const rmssd = Array.from({ length: 20 }, (_, i) => ({ hrvMs: i === 5 ? 81 : 80, hrvMeasure: i === 5 ? null : ('rmssd' as const) }));
    const s = hrvStatus(lookup(series([...sdnn, ...rmssd])), END);
    expect(s.normalDays).toBe(20);
    expect(s.lnNormalMean).toBeCloseTo((19 * Math.log(80) + Math.log(81)) / 20, 12);
    expect(s.suppressed).toBe(false);
  });
});

describe('sleep debt', () => {
  it('adds up the shortfall against the target over the logged nights of the last 7', () => {
    const entries = series([{ sleepHours: 3 }, { sleepHours: 7 }, { sleepHours: 6.5 }, {}, { sleepHours: 8.5 }, { sleepHours: 5 }, {}, {}]);
    expect(sleepDebt(lookup(entries), END, 8)).toEqual({ hours: 1 + 1.5 + 3, nights: 4, shortNights: 2, targetH: 8, meanH: (7 + 6.5 + 8.5 + 5) / 4 });
  });
});

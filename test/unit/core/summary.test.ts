import { describe, expect, it } from 'vitest';
import { dayLoad, dayStatus } from '../../../src/core/day-status.js';
import { buildReport, calendar, spanEnding } from '../../../src/core/report.js';
import { restTarget, summarize } from '../../../src/core/summary.js';
import { day, days, settings, strength, walk } from '../../helpers/days.js';

describe('day status and load', () => {
  it('tells training, full rest, active rest and unknown apart', () => {
    expect(dayStatus(day('2026-11-20', { sessions: [strength(), walk()] }))).toBe('training');
    expect(dayStatus(day('2026-11-20', { sessions: [walk()] }))).toBe('active-rest');
    expect(dayStatus(day('2026-11-20', { sessions: [] }))).toBe('full-rest');
    expect(dayStatus(day('2026-11-20', { trainingLogged: false }))).toBe('unknown');
    expect(dayStatus(null)).toBe('unknown');
  });

  it("sums Foster's session RPE x minutes, skipping sessions without RPE", () => {
    const d = day('2026-11-20', { sessions: [strength(60, 8), walk(30, 2), { type: 'cardio', minutes: 40, rpe: null }] });
    expect(dayLoad(d)).toBe(60 * 8 + 30 * 2);
  });
});

describe('summarize', () => {
  const week = spanEnding('2026-11-22', 7);
  const entries = days('2026-11-16', [
    { sleepHours: 6.5, proteinG: 100, waterL: 2, sessions: [strength(60, 8)] },
    { sleepHours: 7.5, proteinG: 140, sessions: [] },
    { sleepHours: 8.25, proteinG: 130, waterL: 3, sessions: [walk(40, 2)] },
    { sleepHours: null, proteinG: null, sessions: [strength(90, 7), { type: 'cardio', minutes: 30, rpe: null }] },
  ]);

  it('averages what was logged and lists the days under target', () => {
    const s = summarize(calendar(week, entries), settings({ weightKg: 80 }));
    expect(s.days).toBe(7);
    expect(s.logged).toBe(4);
    expect(s.sleep.nights).toBe(3);
    expect(s.sleep.averageH).toBeCloseTo((6.5 + 7.5 + 8.25) / 3, 10);
    expect(s.sleep.shortNights).toEqual(['2026-11-16']);
    // The default target is the 7 h floor of the 7-9 h range: 7.5 h is not short.
    expect(s.sleep.underTarget).toEqual(['2026-11-16']);
    expect(summarize(calendar(week, entries), settings({ sleepTargetH: 8 })).sleep.underTarget).toEqual(['2026-11-16', '2026-11-17']);
    expect(s.protein.targetG).toBeCloseTo(128, 10);
    expect(s.protein.averageG).toBeCloseTo(370 / 3, 10);
    expect(s.protein.averageGPerKg).toBeCloseTo(370 / 3 / 80, 10);
    expect(s.protein.daysUnder).toEqual(['2026-11-16']);
    expect(s.water).toEqual({ daysLogged: 2, averageL: 2.5 });
    expect(s.rest).toEqual({ full: 1, active: 1, target: 2, unlogged: 3 });
    expect(s.load).toEqual({ total: 480 + 80 + 630, trainingDays: 2, sessions: 4, sessionsWithoutRpe: 1, sessionsEstimated: 0 });
  });

  it('has no protein target without a body weight', () => {
    const s = summarize(calendar(week, entries), settings({ weightKg: null }));
    expect(s.protein.targetG).toBeNull();
    expect(s.protein.daysUnder).toEqual([]);
    expect(s.protein.averageGPerKg).toBeNull();
  });

  it('prorates the rest-day target to the range', () => {
    expect(restTarget(settings({ restDaysPerWeek: 2 }), 7)).toBe(2);
    expect(restTarget(settings({ restDaysPerWeek: 2 }), 28)).toBe(8);
    expect(restTarget(settings({ restDaysPerWeek: 1 }), 10)).toBe(1);
  });

  it('lays every date of the range on the calendar, unlogged ones as null', () => {
    const report = buildReport(week, entries, settings());
    expect(report.days.map((d) => d.date)).toEqual([
      '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22',
    ]);
    expect(report.days.slice(4).every((d) => d.entry === null && d.status === 'unknown' && d.load === null)).toBe(true);
  });
});

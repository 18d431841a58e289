import { describe, expect, it } from 'vitest';
import { lookup } from '../../../src/core/baselines.js';
import { comparePlan, planWarnings, type PlanDay } from '../../../src/core/plan.js';
import { calendar } from '../../../src/core/report.js';
import { parseRestDays, planOptions } from '../../../src/commands/plan.js';
import { day, settings, strength, walk } from '../../helpers/days.js';
import { sayWarning } from '../../../src/render/messages/warnings.js';

const W49 = '2026-11-30';
const rest = (date: string): PlanDay => ({ date, rest: true, sessions: [] });
const train = (date: string, sessions = [strength(60, 7)]): PlanDay => ({ date, rest: false, sessions });
const map = (plan: PlanDay[]) => new Map(plan.map((p) => [p.date, p]));

describe('plan flags', () => {
  it('reads weekday names and dates of the week', () => {
    expect(parseRestDays('mon,Thursday', W49)).toEqual(['2026-11-30', '2026-12-03']);
    expect(parseRestDays('2026-12-06', W49)).toEqual(['2026-12-06']);
    expect(parseRestDays('none', W49)).toEqual([]);
    expect(() => parseRestDays('mon,funday', W49)).toThrow('--rest: "funday" is not a weekday (mon..sun) or a date in 2026-W49');
    expect(() => parseRestDays('2026-12-07', W49)).toThrow(/not a weekday/);
  });

  it('plans next week by default and checks the week', () => {
    expect(planOptions({ rest: 'wed', session: [] }, '2026-11-26').weekStart).toBe(W49);
    expect(planOptions({ week: '2026-W53', session: [] }, '2026-11-26').weekStart).toBe('2026-12-28');
    expect(() => planOptions({ week: '2026-W54', session: [] }, '2026-11-26')).toThrow('--week must be an ISO week like 2026-W49, got "2026-W54"');
    expect(() => planOptions({ session: ['strength:60:7'] }, '2026-11-26')).toThrow('--session needs --date');
  });
});

describe('planWarnings', () => {
  const week = (restDays: number[]) => Array.from({ length: 7 }, (_, i) => (restDays.includes(i) ? rest : train)(`2026-${i < 1 ? '11-30' : `12-0${i}`}`));

  it('accepts a week with the target rest days', () => {
    expect(planWarnings(W49, '2026-11-26', lookup([]), map(week([2, 6])), settings())).toEqual([]);
  });

  it('warns about too few rest days and a long run across the weekend before', () => {
    const done = lookup(['2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'].map((d) => day(d, { sessions: [strength()] })));
    const warnings = planWarnings(W49, '2026-11-30', done, map(week([3])), settings());
    expect(warnings.map((w) => w.code)).toEqual(['plan-few-rest', 'plan-no-rest-streak']);
    expect(warnings.map((w) => w.numbers)).toEqual([{ rest: 1, week: '2026-W49', target: 2 }, { days: 7, limit: 5 }]);
    expect(warnings.map((w) => sayWarning(w).evidence)).toEqual(['1 rest day planned in 2026-W49 (Thu 12-03), target 2', '7 training days in a row, Thu 11-26 to Wed 12-02 (at most 5)']);
  });
});

describe('comparePlan', () => {
  it('tells skipped rest, unplanned hard days and missed training from days as planned', () => {
    const plan = [rest('2026-11-30'), train('2026-12-01', [strength(60, 6)]), train('2026-12-02'), rest('2026-12-03')];
    const done = [
      day('2026-11-30', { sessions: [strength(45, 7)] }),
      day('2026-12-01', { sessions: [strength(90, 8)] }), // 720 > 1.5 x 360
      day('2026-12-02', { sessions: [] }),
      day('2026-12-03', { sessions: [walk()] }),
      day('2026-12-04', { sessions: [strength(60, 8)] }), // no plan that day, week planned
      day('2026-12-05', { sessions: [strength(60, 5)] }),
    ];
    const verdicts = comparePlan(calendar({ from: '2026-11-29', to: '2026-12-06' }, done), plan).map((c) => [c.date, c.verdict]);
    expect(verdicts).toEqual([
      ['2026-11-30', 'skipped-rest'],
      ['2026-12-01', 'unplanned-hard'],
      ['2026-12-02', 'missed-training'],
      ['2026-12-03', 'as-planned'],
      ['2026-12-04', 'unplanned-hard'],
      ['2026-12-05', 'as-planned'],
      ['2026-12-06', 'not-yet'],
    ]);
  });
});

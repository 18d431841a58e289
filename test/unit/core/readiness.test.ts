import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/dates.js';
import { assessReadiness } from '../../../src/core/readiness.js';
import type { Day } from '../../../src/core/types.js';
import { day, settings, strength, walk } from '../../helpers/days.js';

const TODAY = '2026-11-26';
const calm = (i: number): Partial<Day> => ({
  sleepHours: 8, sleepQuality: 4, proteinG: 150, fatigue: 2, motivation: 4, soreness: 2,
  // Varied load (60, 360, 160 AU) keeps monotony low, as in a sensible week.
  sessions: i % 3 === 0 ? [walk(30, 2)] : i % 3 === 1 ? [strength(60, 6)] : [{ type: 'cardio', minutes: 40, rpe: 4 }],
  performance: 4, mealWithin2h: true,
});
/** `n` days ending today, each from `make`, today's overridden by `today`. */
const history = (n: number, today: Partial<Day> = {}, make = calm): Day[] =>
  Array.from({ length: n }, (_, i) => day(addDays(TODAY, -(n - 1 - i)), { ...make(i), ...(i === n - 1 ? today : {}) }));

describe('assessReadiness', () => {
  it('says it lacks data rather than guessing', () => {
    const r = assessReadiness(history(2), TODAY, settings());
    expect(r.verdict).toBe('unknown');
    expect(r.advice[0]).toBe('Log a few days first: 2 of the last 7 have an entry.');
    expect(r.missing).toContain('ACWR baseline still building: 2 of the last 28 days logged, 21 needed');
  });

  it('is green on a calm, well-rested stretch', () => {
    const r = assessReadiness(history(35), TODAY, settings());
    expect(r.reasons).toEqual([]);
    expect(r.verdict).toBe('green');
    expect(r.action).toBe('Train as planned.');
    expect(r.advice).toContain('Eat a meal with protein and carbohydrates within 2 h after training.');
  });

  it('is amber after one short night', () => {
    const r = assessReadiness(history(35, { sleepHours: 6.5 }), TODAY, settings());
    expect(r.verdict).toBe('amber');
    expect(r.reasons).toEqual([{ strength: 2, text: 'slept 6.5 h last night (under 7 h)' }]);
    expect(r.action).toMatch(/^Train light or do active recovery/);
  });

  it('is red on an injury, strongest reason first', () => {
    const r = assessReadiness(history(35, { sleepHours: 6.5, injury: 'sharp pain right knee' }), TODAY, settings());
    expect(r.verdict).toBe('red');
    expect(r.reasons.map((x) => x.text)).toEqual([
      'Injury or lingering soreness: injury noted on Thu 11-26: "sharp pain right knee"',
      'slept 6.5 h last night (under 7 h)',
    ]);
    expect(r.action).toBe('Take a full rest day.');
  });

  it('is red when three amber signs add up', () => {
    const r = assessReadiness(history(35, { sleepHours: 6.5, fatigue: 4, soreness: 4 }), TODAY, settings());
    expect(r.reasons.every((x) => x.strength === 2)).toBe(true);
    expect(r.reasons).toHaveLength(3);
    expect(r.verdict).toBe('red');
  });

  it('turns a load spike into a rest day, with its numbers', () => {
    const spike = (i: number): Partial<Day> => ({ ...calm(i), sessions: i >= 28 ? [strength(150, 9)] : [strength(40, 5)] });
    const r = assessReadiness(history(35, {}, spike), TODAY, settings());
    expect(r.verdict).toBe('red');
    expect(r.reasons[0]?.text).toMatch(/^Load spike: ACWR 2\.\d\d \(acute 1350 \/ chronic \d+ AU a day, 28 of 28 days logged\)$/);
  });

  it('asks for today\'s entry when it is missing', () => {
    const r = assessReadiness(history(35).slice(0, -1), TODAY, settings());
    expect(r.missing[0]).toMatch(/^no entry for 2026-11-26 yet/);
  });
});

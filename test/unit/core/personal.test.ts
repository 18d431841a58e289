import { describe, expect, it } from 'vitest';
import { lookup } from '../../../src/core/baselines.js';
import { addDays } from '../../../src/core/dates.js';
import { isWorse, personalNorms, threshold, usualSleep, type Norm } from '../../../src/core/personal.js';
import { day } from '../../helpers/days.js';

const START = '2026-11-16';
const norm = (scale: Norm['scale'], mean: number, sd: number, answers = 20): Norm => ({ scale, mean, sd, answers, ready: answers >= 14 });

describe('personal norms', () => {
  it('come from the 28 days before the week, leaving out days of illness', () => {
    const history = Array.from({ length: 28 }, (_, i) =>
      day(addDays(START, -28 + i), { fatigue: i % 2 === 0 ? 2 : 3, sleepHours: 7 + (i % 2), note: i === 0 ? 'flu' : null }),
    );
    const norms = personalNorms(lookup([...history, day(START, { fatigue: 5 })]), START);
    // 27 answers (the flu day left out): 13 x 2 and 14 x 3.
    expect(norms.fatigue).toMatchObject({ answers: 27, ready: true });
    expect(norms.fatigue.mean).toBeCloseTo((13 * 2 + 14 * 3) / 27, 12);
    expect(norms.motivation).toMatchObject({ answers: 0, ready: false, mean: null });
    expect(usualSleep(lookup(history), START)).toBeCloseTo((13 * 7 + 14 * 8) / 27, 12);
  });

  it.each([
    // scale, mean, sd, value, worse?
    ['fatigue', 3, 0.3, 4, true], // 1 step above a steady 3: the step floor, not 1.5 SD (0.45)
    ['fatigue', 3.2, 0.3, 4, false], // needs 4.2
    ['fatigue', 1.5, 0.3, 3, false], // 3 is the neutral middle: never "worse"
    ['fatigue', 3, 1, 4, false], // within 1.5 SD
    ['fatigue', 3, 1, 5, true],
    ['soreness', 4, 0.3, 5, true], // someone whose usual soreness is "increased"
    ['soreness', 4, 0.3, 4, false],
    ['motivation', 4.5, 0.5, 3, false], // a drift to neutral 3
    ['motivation', 4.5, 0.5, 2, true],
    ['sleepQuality', 2, 0.4, 2, false], // an athlete whose normal quality is 2
    ['sleepQuality', 2, 0.4, 1, true],
    ['awakenings', 0.5, 0.5, 2, false],
    ['awakenings', 0.5, 0.5, 3, true],
  ] as const)('%s with usual %f +/- %f: %f is worse: %s', (scale, mean, sd, value, worse) => {
    expect(isWorse(norm(scale, mean, sd), value)).toBe(worse);
  });

  it('uses gentle fixed cut-offs while the norm builds', () => {
    expect(threshold(norm('fatigue', 2, 0.5, 13))).toBe(5);
    expect(isWorse(norm('fatigue', 2, 0.5, 13), 4)).toBe(false);
    expect(isWorse(norm('fatigue', 2, 0.5, 13), 5)).toBe(true);
    expect(isWorse(norm('motivation', 4, 0.5, 0), 2)).toBe(true);
    expect(isWorse(norm('motivation', 4, 0.5, 0), 3)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { spanEnding, calendar } from '../../../src/core/report.js';
import type { Day, Settings } from '../../../src/core/types.js';
import { assessWarnings, dateList, several, type WarningCode } from '../../../src/core/warnings.js';
import { days, settings, strength, walk } from '../../helpers/days.js';

const START = '2026-11-16'; // a Monday
const assess = (entries: Day[], s: Settings = settings(), length = 7) =>
  assessWarnings(calendar(spanEnding(entries[0] ? addDaysFrom(START, length - 1) : START, length), entries), s);
const addDaysFrom = (start: string, n: number) => new Date(Date.parse(`${start}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const codes = (entries: Day[], s?: Settings) => assess(entries, s).map((w) => w.code);
const find = (entries: Day[], code: WarningCode, s?: Settings) => assess(entries, s).find((w) => w.code === code);

/** A calm, well-recovered week: 5 training days, 2 rest days, good sleep, enough protein. */
const good = (overrides: Array<Partial<Day>> = []): Day[] =>
  days(
    START,
    [0, 1, 2, 3, 4, 5, 6].map((i) => ({
      sleepHours: 8,
      sleepQuality: 4,
      awakenings: 1,
      proteinG: 150,
      fatigue: 2,
      motivation: 4,
      soreness: 2,
      performance: i === 2 || i === 6 ? null : 4,
      mealWithin2h: i === 2 || i === 6 ? null : true,
      sessions: i === 2 ? [] : i === 6 ? [walk()] : [strength(60, 7)],
      ...overrides[i],
    })),
  );

describe('assessWarnings', () => {
  it('stays quiet on a good week', () => {
    expect(assess(good())).toEqual([]);
  });

  it('flags constant fatigue when it shows on a rest day too', () => {
    const week = good([{ fatigue: 4 }, {}, { fatigue: 5 }, { fatigue: 4 }]);
    const w = find(week, 'constant-fatigue');
    expect(w?.evidence).toBe('fatigue 4+ on 3 of 7 days: Mon 11-16 4, Wed 11-18 5 (rest day), Thu 11-19 4');
    expect(w?.dates).toEqual(['2026-11-16', '2026-11-18', '2026-11-19']);
  });

  it('does not call fatigue after three hard days only "constant"', () => {
    expect(codes(good([{ fatigue: 4 }, { fatigue: 4 }, {}, { fatigue: 4 }]))).not.toContain('constant-fatigue');
  });

  it('flags performance dropping while load stays high, not when load was cut', () => {
    const dropping = good([{ performance: 5 }, { performance: 4 }, {}, { performance: 3 }, { performance: 2 }, { performance: 2 }]);
    expect(find(dropping, 'performance-drop')?.evidence).toBe(
      'performance 4.5 -> 2.33 (Mon 11-16 5, Tue 11-17 4, Thu 11-19 3, Fri 11-20 to Sat 11-21 2 each) while load per training day went 420 -> 420 AU',
    );
    const deload = good([
      { performance: 5 },
      { performance: 4 },
      {},
      { performance: 3, sessions: [strength(30, 5)] },
      { performance: 2, sessions: [strength(30, 5)] },
      { performance: 2, sessions: [strength(30, 5)] },
    ]);
    expect(codes(deload)).not.toContain('performance-drop');
  });

  it('flags motivation that keeps dropping', () => {
    const week = good([{ motivation: 5 }, { motivation: 5 }, { motivation: 4 }, { motivation: 4 }, { motivation: 3 }, { motivation: 3 }, { motivation: 3 }]);
    expect(find(week, 'motivation-drop')?.evidence).toBe(
      'motivation Mon 11-16 to Tue 11-17 5 each, Wed 11-18 to Thu 11-19 4 each, Fri 11-20 to Sun 11-22 3 each',
    );
  });

  it('flags short, poor or restless nights with the values', () => {
    const week = good([{ sleepHours: 6 }, { sleepHours: 6.75, sleepQuality: 2 }, {}, { awakenings: 4 }, { awakenings: 3, sleepQuality: 1 }]);
    expect(find(week, 'poor-sleep')?.evidence).toBe(
      'under 7 h on Mon 11-16 6 h, Tue 11-17 6.75 h; quality 2 or lower on Tue 11-17 2, Fri 11-20 1; 3+ awakenings on Thu 11-19 4x, Fri 11-20 3x',
    );
    expect(codes(good([{ sleepHours: 6 }]))).not.toContain('poor-sleep');
  });

  it('flags soreness only when it lingers three days in a row, and any injury', () => {
    expect(codes(good([{ soreness: 4 }, { soreness: 5 }, {}, { soreness: 4 }]))).not.toContain('soreness-injury');
    const w = find(good([{}, { soreness: 4 }, { soreness: 5 }, { soreness: 4 }]), 'soreness-injury');
    expect(w?.evidence).toBe('soreness 4+ for 3 days in a row: Tue 11-17 4, Wed 11-18 5, Thu 11-19 4');
    const hurt = find(good([{}, {}, {}, {}, { injury: 'right shoulder' }, { injury: 'right shoulder' }]), 'soreness-injury');
    expect(hurt?.sign).toBe('Injury or lingering soreness');
    expect(hurt?.evidence).toBe('injury noted on Fri 11-20 to Sat 11-21: "right shoulder"');
  });

  it('flags too few rest days only when the shortfall is certain', () => {
    const noRest = good([{}, {}, { sessions: [strength()] }]);
    expect(find(noRest, 'few-rest-days')?.evidence).toBe('1 rest day in 7 days (Sun 11-22), target 2');
    // One rest day logged and one day missing: the missing day may have been rest.
    const missing = noRest.filter((d) => d.date !== '2026-11-20');
    expect(codes(missing)).not.toContain('few-rest-days');
  });

  it('flags a long run without rest against the weekly target', () => {
    const run = good([{}, {}, { sessions: [strength()] }]);
    expect(find(run, 'no-rest-streak')?.evidence).toBe(
      '6 training days in a row, Mon 11-16 to Sat 11-21 (at most 5 with 2 rest days a week)',
    );
    expect(codes(run, settings({ restDaysPerWeek: 1 }))).not.toContain('no-rest-streak');
  });

  it('flags protein under target on most days, and asks for the weight when unknown', () => {
    const low = good([{ proteinG: 100 }, { proteinG: 110 }, { proteinG: 90 }, { proteinG: 127 }]);
    expect(find(low, 'low-protein')?.evidence).toBe(
      'under 128 g (1.6 g/kg x 80 kg) on 4 of 7 days: Mon 11-16 100 g, Tue 11-17 110 g, Wed 11-18 90 g, Thu 11-19 127 g',
    );
    expect(codes(good([{ proteinG: 100 }, { proteinG: 100 }, { proteinG: 100 }]))).not.toContain('low-protein');
    expect(codes(good(), settings({ weightKg: null }))).toEqual(['weight-unknown']);
  });

  it('flags training days without a meal within 2 h', () => {
    expect(find(good([{ mealWithin2h: false }, { mealWithin2h: false }]), 'no-post-training-meal')?.evidence).toBe(
      'on Mon 11-16 to Tue 11-17',
    );
  });

  it('leads with an overtraining-risk alert when three signs come together', () => {
    const bad = good([
      { fatigue: 4, sleepHours: 6 },
      { fatigue: 4, sleepHours: 6 },
      { fatigue: 5, soreness: 4 },
      { soreness: 4 },
      { soreness: 5 },
    ]);
    const warnings = assess(bad);
    expect(warnings.map((w) => w.code)).toEqual(['overtraining-risk', 'constant-fatigue', 'poor-sleep', 'soreness-injury']);
    expect(warnings[0]?.level).toBe('alert');
    expect(warnings[0]?.evidence).toBe('3 of 5 overtraining signs at once: constant fatigue, poor sleep, lingering soreness');
    const twoSigns = good([{ fatigue: 4, sleepHours: 6 }, { fatigue: 4, sleepHours: 6 }, { fatigue: 5 }]);
    expect(codes(twoSigns)).not.toContain('overtraining-risk');
  });

  it('needs more days for "several" in a longer range', () => {
    expect(several(7, 2)).toBe(2);
    expect(several(12, 2)).toBe(3);
    expect(several(4, 2)).toBe(2);
    expect(several(28, 2)).toBe(7);
  });

  it('folds consecutive dates', () => {
    expect(dateList(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-20'])).toBe('Mon 11-16 to Wed 11-18, Fri 11-20');
  });
});

describe('no rest in the last 7 days', () => {
  it('names it when the run reaches the end of the range', () => {
    const week = days(START, Array.from({ length: 7 }, () => ({ sessions: [strength()] })));
    const w = assessWarnings(calendar(spanEnding('2026-11-22', 7), week), settings()).find((x) => x.code === 'no-rest-streak');
    expect(w?.sign).toBe('No rest day in the last 7 days');
    expect(w?.evidence).toBe('7 training days in a row, Mon 11-16 to Sun 11-22 (at most 5 with 2 rest days a week)');
  });
});

import { describe, expect, it } from 'vitest';
import { tQuantile, welchDifference } from '../../../src/core/effects.js';
import { seededRandom } from '../../../src/core/random.js';
import { MIN_DAYS_EACH, tagInsights } from '../../../src/core/insights.js';
import { carbTargetG, fatShare, plate, waterTargetL } from '../../../src/core/nutrition.js';
import { circularStats, clockDifference, midSleep, sleepRhythm, wasoNorm } from '../../../src/core/rhythm.js';
import { answeredTags, recentTags, tagList, tagState } from '../../../src/core/tags.js';
import { DEFAULT_SETTINGS, isTracked, parseSetting, settingByName } from '../../../src/core/settings.js';
import { parseNumber, fieldByKey } from '../../../src/core/fields.js';
import { day, days, strength, walk } from '../../helpers/days.js';

const hm = (h: number, m = 0) => h * 60 + m;

describe('clock times', () => {
  it('reads HH:MM as minutes after midnight and refuses anything else', () => {
    expect(parseNumber(fieldByKey('bedtimeMin'), '23:15')).toBe(1395);
    expect(parseNumber(fieldByKey('wakeMin'), '7:05')).toBe(425);
    expect(() => parseNumber(fieldByKey('wakeMin'), '24:00')).toThrow('wake time must be a time of day as HH:MM, from 00:00 to 23:59, got "24:00"');
    expect(() => parseNumber(fieldByKey('wakeMin'), '7')).toThrow('HH:MM');
  });

  it('averages across midnight: 23:30 and 00:30 have their mean at 00:00 and an SD of 30 min', () => {
    const stats = circularStats([hm(23, 30), hm(0, 30)]);
    expect(Math.round(stats?.mean ?? -1) % 1440).toBe(0);
    // +/-30 min is +/-pi/24 rad: R = cos(pi/24), sqrt(-2 ln R) = 0.131086 rad = 30.04 min.
    expect(stats?.sd).toBeCloseTo(30.043, 3);
    expect(circularStats([hm(7), hm(7), hm(7)])?.mean).toBeCloseTo(420, 6);
    expect(circularStats([hm(7), hm(7), hm(7)])?.sd).toBe(0);
    expect(circularStats([])).toBeNull();
  });

  it('measures the short way round the clock, and the middle of a night', () => {
    expect(clockDifference(hm(23, 30), hm(0, 30))).toBe(60);
    expect(clockDifference(hm(0, 30), hm(23, 30))).toBe(-60);
    expect(midSleep(hm(23), hm(7))).toBe(hm(3));
    expect(midSleep(hm(1), hm(9))).toBe(hm(5));
  });
});

describe('sleep rhythm', () => {
  const never = () => false;
  it('is regular when wake times stay within a few minutes, irregular when they spread more than an hour', () => {
    // Mon 2026-11-16 .. Sun 11-22.
    const steady = days('2026-11-16', [0, 1, 2, 3, 4, 5, 6].map((i) => ({ bedtimeMin: hm(23), wakeMin: hm(7, i % 2 ? 10 : 0) })));
    const r = sleepRhythm(steady, null, never);
    expect(r.irregular).toBe(false);
    expect(r.wake.nights).toBe(7);
    // 3 x 7:10 and 4 x 7:00: the population SD is 10 x sqrt(3/7 x 4/7) = 4.949 min; the circular SD matches it.
    expect(r.wake.sd).toBeCloseTo(4.949, 2);
    const wild = days('2026-11-16', [hm(6), hm(9), hm(6), hm(9), hm(6)].map((w) => ({ bedtimeMin: hm(23), wakeMin: w })));
    const w = sleepRhythm(wild, null, never);
    expect(w.irregular).toBe(true);
    expect(w.wake.sd).toBeGreaterThan(60);
  });

  it('gives social jet lag as free-day minus workday mid-sleep', () => {
    // Workdays 23:00-07:00 (mid 03:00); Sat and Sun mornings 01:00-10:00 (mid 05:30): 150 min.
    const week = days('2026-11-16', [0, 1, 2, 3, 4, 5, 6].map((i) => (i >= 5 ? { bedtimeMin: hm(1), wakeMin: hm(10) } : { bedtimeMin: hm(23), wakeMin: hm(7) })));
    expect(sleepRhythm(week, null, never).socialJetLagMin).toBe(150);
    expect(sleepRhythm(week.slice(0, 5), null, never).socialJetLagMin).toBeNull();
    // Three nights, one of them a weekend's (the WHOOP export's first week): too few to call a habit.
    expect(sleepRhythm(week.slice(3, 6), null, never).socialJetLagMin).toBeNull();
    expect(sleepRhythm(week.slice(2, 6), null, never).socialJetLagMin).toBe(150);
  });

  it('marks nights with more time awake than usual, by the norm of the 28 days before', () => {
    const history = days('2026-10-19', Array.from({ length: 28 }, (_, i) => ({ wasoMin: i % 2 ? 20 : 30 })));
    const norm = wasoNorm(new Map(history.map((d) => [d.date, d])), '2026-11-16');
    // mean 25, sample SD 5.09: threshold 25 + max(1.5 x 5.09, 10) = 35.
    expect(norm?.mean).toBe(25);
    expect(norm?.threshold).toBeCloseTo(35, 5);
    const week = days('2026-11-16', [{ wasoMin: 34 }, { wasoMin: 35 }, { wasoMin: 80 }, { awakenings: 6 }]);
    expect(sleepRhythm(week, norm, (n) => n >= 5).interrupted.map((n) => n.date)).toEqual(['2026-11-17', '2026-11-18', '2026-11-19']);
    expect(wasoNorm(new Map(), '2026-11-16')).toBeNull();
  });
});

describe('the whole plate', () => {
  it('scales carbohydrate to the day: 3-5 g/kg resting, 5-7 with an hour, 6-10 with more', () => {
    const s = { weightKg: 80 };
    expect(carbTargetG(day('2026-11-16', { sessions: [] }), s)).toEqual({ min: 240, max: 400 });
    expect(carbTargetG(day('2026-11-16', { sessions: [walk(45)] }), s)).toEqual({ min: 240, max: 400 });
    expect(carbTargetG(day('2026-11-16', { sessions: [strength(60)] }), s)).toEqual({ min: 400, max: 560 });
    expect(carbTargetG(day('2026-11-16', { sessions: [strength(90)] }), s)).toEqual({ min: 480, max: 800 });
    expect(carbTargetG(day('2026-11-16', { trainingLogged: false }), s)).toBeNull();
    expect(carbTargetG(day('2026-11-16'), { weightKg: null })).toBeNull();
  });

  it('gives fat its share of energy only when protein, carbohydrate and fat are all known', () => {
    // 100 g protein 400 kcal + 300 g carbs 1200 + 40 g fat 360 = 1960 kcal: 18.4% fat.
    expect(fatShare({ proteinG: 100, carbsG: 300, fatG: 40 })).toBeCloseTo(360 / 1960, 10);
    expect(fatShare({ proteinG: 100, carbsG: 300, fatG: null })).toBeNull();
  });

  it('sets water by weight, with half a litre more per hour of sessions', () => {
    expect(waterTargetL(day('2026-11-16', { sessions: [] }), { weightKg: 70 })).toBeCloseTo(2.1, 10);
    expect(waterTargetL(day('2026-11-16', { sessions: [strength(60), walk(30)] }), { weightKg: 70 })).toBeCloseTo(2.85, 10);
    expect(waterTargetL(null, { weightKg: null })).toBeNull();
  });

  it('counts only logged days: an unlogged fat or fruit is unknown, not zero', () => {
    const week = days('2026-11-16', [
      { proteinG: 100, carbsG: 300, fatG: 40, fruitVegServings: 3, waterL: 1.5, sessions: [] },
      { proteinG: 150, carbsG: 450, fatG: 90, fruitVegServings: 6, sessions: [strength(60)] },
      { proteinG: 150 },
    ]);
    const p = plate(week, { weightKg: 80 });
    expect(p.fat).toEqual({ daysLogged: 2, averageG: 65, averageShare: (360 / 1960 + 810 / 3210) / 2, daysUnder: ['2026-11-16'] });
    expect(p.fruitVeg).toEqual({ daysLogged: 2, average: 4.5, daysUnder: ['2026-11-16'] });
    expect(p.carbs).toEqual({ daysLogged: 2, averageG: 375, daysUnder: [], daysJudged: 2 });
    expect(p.water).toEqual({ daysLogged: 1, averageL: 1.5, averageTargetL: 2.4, daysUnder: ['2026-11-16'] });
  });
});

describe('tags', () => {
  it('normalises typed tags and keeps answered noes apart', () => {
    expect(tagList(['Late meal', 'alcohol,caffeine', 'alcohol'])).toBe('alcohol,caffeine,late-meal');
    expect(() => tagList(['no!'])).toThrow('a tag is 1-40 letters');
    expect(answeredTags(['alcohol'], ['caffeine', 'alcohol'])).toBe('alcohol,-caffeine');
  });

  it('knows a day with, a day without, and an unknown day', () => {
    expect(tagState({ tags: 'alcohol' }, 'alcohol')).toBe(true);
    expect(tagState({ tags: 'caffeine' }, 'alcohol')).toBe(false); // a typed list is the whole day
    expect(tagState({ tags: '' }, 'alcohol')).toBe(false);
    expect(tagState({ tags: 'caffeine,-creatine' }, 'alcohol')).toBeNull(); // a journal that did not ask
    expect(tagState({ tags: '-alcohol' }, 'alcohol')).toBe(false);
    expect(tagState({ tags: null }, 'alcohol')).toBeNull();
  });

  it('offers the most recently used tags first', () => {
    expect(recentTags([{ date: '2026-11-01', tags: 'alcohol,sauna' }, { date: '2026-11-03', tags: 'sauna,-caffeine' }])).toEqual(['sauna', 'alcohol', 'caffeine']);
  });

  it('tracks the extras chosen: bed and wake times, fat, fruit and vegetables, tags', () => {
    const track = settingByName('track');
    expect(parseSetting(track, 'fat, bedtime')).toBe('fat,bedtime');
    expect(parseSetting(track, 'none')).toBe('none');
    expect(() => parseSetting(track, 'beer')).toThrow('track takes carbs, water, stress, rhr-hrv, performance, wakings, note, bedtime, fat, fruit-veg, tags (comma-separated) or none, got "beer"');
    const tracking = (value: string | null) => ({ ...DEFAULT_SETTINGS, track: value });
    expect(isTracked(tracking('bedtime,fat'), 'fatG')).toBe(true);
    expect(isTracked(tracking('bedtime,fat'), 'wakeMin')).toBe(true);
    expect(isTracked(tracking('bedtime,fat'), 'tags')).toBe(false);
    expect(isTracked(tracking('none'), 'fruitVegServings')).toBe(false);
  });
});

describe('effect estimates', () => {
  it('gives the t quantiles of the tables', () => {
    expect(tQuantile(0.975, 4)).toBeCloseTo(2.776445, 5);
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.228139, 5);
    expect(tQuantile(0.975, 30)).toBeCloseTo(2.042272, 5);
    expect(tQuantile(0.975, 7.5)).toBeCloseTo(2.33, 2);
  });

  it("computes Welch's interval by hand", () => {
    // means 3 and 6, variances 2.5 and 2.5, n 5 and 5: se = 1, df = 8, t = 2.306004.
    const d = welchDifference([1, 2, 3, 4, 5], [4, 5, 6, 7, 8]);
    expect(d?.difference).toBe(-3);
    expect(d?.low).toBeCloseTo(-3 - 2.306004, 5);
    expect(d?.high).toBeCloseTo(-3 + 2.306004, 5);
    expect(welchDifference([1], [1, 2])).toBeNull();
    expect(welchDifference([1, 1], [1, 1])).toBeNull();
  });

  it('covers zero about 95% of the time when the tag labels are shuffled', () => {
    const random = seededRandom(42);
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const trials = 1000;
    let covered = 0;
    for (let t = 0; t < trials; t++) {
      const values = Array.from({ length: 20 }, () => 7 * 60 + 40 * normal());
      // Shuffle, then the first k are "with": labels carry no information.
      for (let i = values.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [values[i], values[j]] = [values[j] ?? 0, values[i] ?? 0];
      }
      const k = 5 + Math.floor(random() * 10);
      const d = welchDifference(values.slice(0, k), values.slice(k));
      if (d && d.low <= 0 && d.high >= 0) covered++;
    }
    expect(covered / trials).toBeGreaterThan(0.93);
    expect(covered / trials).toBeLessThan(0.97);
  });

  it('compares the next night, morning and day, and says not enough data below five days each', () => {
    // Alcohol on even days: the next night is 6 h, else 8 h (+/- a few minutes); RHR 60 vs 52.
    const history = days(
      '2026-10-01',
      Array.from({ length: 24 }, (_, i) => {
        const after = i % 2 === 1; // the day after an alcohol day
        return { tags: i % 2 === 0 ? 'alcohol' : '', sleepHours: (after ? 6 : 8) + (i % 3) / 60, restingHrBpm: after ? 60 : 52 + (i % 3), hrvMs: null, hrvMeasure: null };
      }),
    );
    const [alcohol] = tagInsights(history);
    expect(alcohol?.tag).toBe('alcohol');
    expect(alcohol?.daysWith).toBe(12);
    expect(alcohol?.daysWithout).toBe(12);
    const sleep = alcohol?.outcomes.find((o) => o.outcome === 'sleep');
    expect([sleep?.nWith, sleep?.nWithout]).toEqual([12, 11]);
    expect(sleep?.effect?.difference).toBeCloseTo(-120, 0);
    expect(sleep?.effect?.high).toBeLessThan(0);
    const hrv = alcohol?.outcomes.find((o) => o.outcome === 'hrv');
    expect(hrv).toEqual({ outcome: 'hrv', nWith: 0, nWithout: 0, effect: null });
    const few = tagInsights(history.slice(0, 2 * MIN_DAYS_EACH - 1));
    expect(few[0]?.outcomes.every((o) => o.effect === null)).toBe(true);
  });
});

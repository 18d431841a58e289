import { addDays, dateRange } from './dates.js';
import { isIll } from './day-status.js';
import { mean, sampleSd } from './stats.js';
import type { Day } from './types.js';

/**
 * Personal norms for self-reported scales. Wellness monitoring in sport compares each answer
 * with the athlete's own recent mean and SD (a z-score), because people use the scales
 * differently (McLean et al. 2010; Gastin, Meyer & Robinson 2013; Thorpe et al. 2017).
 */
export type Scale = 'fatigue' | 'soreness' | 'stress' | 'motivation' | 'sleepQuality' | 'awakenings';

/** Days before the week that make the norm, and how many answers it needs. */
export const NORM_DAYS = 28;
export const NORM_MIN_ANSWERS = 14;
/** Worse than usual: 1.5 SD from the person's mean, and at least a whole step of the scale. */
export const NORM_SD = 1.5;
export const NORM_MIN_STEP = 1;

interface ScaleRule {
  /** +1 when a higher value is worse (fatigue), -1 when a lower one is (motivation). */
  worse: 1 | -1;
  /** While the norm builds: a fixed, gentle cut-off at the far end of the scale. */
  fixed: number;
  /** This value and those on its good side are never "worse", whatever the norm. */
  neutral: number;
}

export const SCALE_RULES: Record<Scale, ScaleRule> = {
  fatigue: { worse: 1, fixed: 5, neutral: 3 },
  soreness: { worse: 1, fixed: 5, neutral: 3 },
  stress: { worse: 1, fixed: 5, neutral: 3 },
  motivation: { worse: -1, fixed: 2, neutral: 3 },
  sleepQuality: { worse: -1, fixed: 1, neutral: 3 },
  awakenings: { worse: 1, fixed: 4, neutral: 2 },
};

export interface Norm {
  scale: Scale;
  mean: number | null;
  sd: number | null;
  answers: number;
  /** True once there are enough answers to judge against the person's own normal. */
  ready: boolean;
}

export type Norms = Record<Scale, Norm>;

/** Each scale's norm from the 28 days before `start`, leaving out days of illness. */
export function personalNorms(entries: ReadonlyMap<string, Day>, start: string): Norms {
  const days = dateRange(addDays(start, -NORM_DAYS), addDays(start, -1)).flatMap((date) => {
    const day = entries.get(date);
    return day && !isIll(day) ? [day] : [];
  });
  const norm = (scale: Scale): Norm => {
    const values = days.flatMap((d) => (d[scale] === null ? [] : [d[scale]]));
    return { scale, mean: mean(values), sd: sampleSd(values), answers: values.length, ready: values.length >= NORM_MIN_ANSWERS };
  };
  return {
    fatigue: norm('fatigue'),
    soreness: norm('soreness'),
    stress: norm('stress'),
    motivation: norm('motivation'),
    sleepQuality: norm('sleepQuality'),
    awakenings: norm('awakenings'),
  };
}

/** The person's usual night (mean hours) over the 28 days before `start`, or null with fewer than 14 nights. */
export function usualSleep(entries: ReadonlyMap<string, Day>, start: string): number | null {
  const nights = dateRange(addDays(start, -NORM_DAYS), addDays(start, -1)).flatMap((date) => {
    const day = entries.get(date);
    return day && !isIll(day) && day.sleepHours !== null ? [day.sleepHours] : [];
  });
  return nights.length >= NORM_MIN_ANSWERS ? mean(nights) : null;
}

/** The threshold a value must reach (or pass, downwards) to be worse than this person's normal. */
export function threshold(norm: Norm): number {
  const rule = SCALE_RULES[norm.scale];
  if (!norm.ready || norm.mean === null) return rule.fixed;
  return norm.mean + rule.worse * Math.max(NORM_SD * (norm.sd ?? 0), NORM_MIN_STEP);
}

/** Small tolerance: integer answers must not miss a threshold through float rounding. */
const EPSILON = 1e-9;

/** Worse than normal: at or past the threshold, and never the scale's neutral middle or its good side. */
export function isWorse(norm: Norm, value: number): boolean {
  const { worse, neutral } = SCALE_RULES[norm.scale];
  return (value - threshold(norm)) * worse >= -EPSILON && (value - neutral) * worse > 0;
}

import { addDays, dateRange, weekday } from './dates.js';
import { isIll } from './day-status.js';
import { NORM_DAYS, NORM_MIN_ANSWERS, NORM_SD } from './personal.js';
import { mean, sampleSd } from './stats.js';
import type { Day } from './types.js';

const DAY_MIN = 1440;

/**
 * Clock times are circular: 00:30 is an hour after 23:30, not 23 hours before. Their mean is the
 * direction of the mean resultant vector, and their spread the circular standard deviation
 * sqrt(-2 ln R), with R the mean resultant length (Mardia & Jupp 2000, Directional Statistics,
 * §2.3; Fisher 1993). For times within a few hours of each other it equals the ordinary SD.
 */
export function circularStats(minutes: readonly number[]): { mean: number; sd: number } | null {
  if (minutes.length === 0) return null;
  const angles = minutes.map((m) => (2 * Math.PI * m) / DAY_MIN);
  const c = angles.reduce((s, a) => s + Math.cos(a), 0) / angles.length;
  const s = angles.reduce((t, a) => t + Math.sin(a), 0) / angles.length;
  const r = Math.min(1, Math.hypot(c, s));
  const direction = Math.atan2(s, c);
  const meanMin = (((direction * DAY_MIN) / (2 * Math.PI)) % DAY_MIN + DAY_MIN) % DAY_MIN;
  const sd = r <= 0 ? Number.POSITIVE_INFINITY : (Math.sqrt(-2 * Math.log(r)) * DAY_MIN) / (2 * Math.PI);
  return { mean: meanMin, sd: sd < 1e-3 ? 0 : sd };
}

/** Minutes from a to b the short way round the clock: -720 to 720. */
export function clockDifference(a: number, b: number): number {
  return ((((b - a) % DAY_MIN) + DAY_MIN + DAY_MIN / 2) % DAY_MIN) - DAY_MIN / 2;
}

/** The middle of a night from bedtime to wake time, minutes after midnight. */
export function midSleep(bedtime: number, wake: number): number {
  const inBed = (wake - bedtime + DAY_MIN) % DAY_MIN;
  return (bedtime + inBed / 2) % DAY_MIN;
}

/**
 * Irregular: bed or wake times spread more than an hour (circular SD) over the week. An SD of
 * sleep timing is the common measure of day-to-day variability (Bei et al. 2016, Sleep Med Rev
 * 28:108-124); the Sleep Regularity Index (Phillips et al. 2017) needs minute-by-minute sleep,
 * which most sources do not export, so recover uses the SD of the times it has.
 */
export const IRREGULAR_SD_MIN = 60;
/** Spread is judged on this many nights or more. */
export const MIN_RHYTHM_NIGHTS = 4;
/**
 * Social jet lag: mid-sleep on free days (nights ending Saturday or Sunday) minus mid-sleep on
 * workdays (Wittmann, Dinich, Merrow & Roenneberg 2006, Chronobiol Int 23:497-509). Shown from
 * one hour, the size Roenneberg et al. (2012, Curr Biol 22:939-943) link to health effects.
 */
export const SOCIAL_JET_LAG_MIN = 60;
/** Time awake at night worse than usual: 1.5 SD above the person's mean, and at least this much. */
export const WASO_MIN_STEP = 10;

export interface TimeStats {
  nights: number;
  /** Circular mean, minutes after midnight. */
  mean: number | null;
  /** Circular SD in minutes. */
  sd: number | null;
}

export interface Rhythm {
  bedtime: TimeStats;
  wake: TimeStats;
  /** True when bed or wake times spread more than IRREGULAR_SD_MIN over MIN_RHYTHM_NIGHTS nights or more. */
  irregular: boolean;
  /** Free-day minus workday mid-sleep in minutes (positive: later on free days); null without both kinds of night, or under MIN_RHYTHM_NIGHTS nights. */
  socialJetLagMin: number | null;
  /** Nights of the range with more time awake (or more awakenings) than this person's normal. */
  interrupted: Array<{ date: string; wasoMin: number | null; awakenings: number | null }>;
  /** The person's usual time awake at night and the threshold used; null while fewer than NORM_MIN_ANSWERS nights. */
  wasoNorm: { mean: number; sd: number; threshold: number } | null;
}

function timeStats(values: readonly number[]): TimeStats {
  const stats = circularStats(values);
  return { nights: values.length, mean: stats?.mean ?? null, sd: stats?.sd ?? null };
}

const FREE_DAYS = new Set(['Sat', 'Sun']);

/** The usual time awake at night over the 28 days before `start`, leaving out days of illness. */
export function wasoNorm(entries: ReadonlyMap<string, Day>, start: string): Rhythm['wasoNorm'] {
  const values = dateRange(addDays(start, -NORM_DAYS), addDays(start, -1)).flatMap((date) => {
    const day = entries.get(date);
    return day && !isIll(day) && day.wasoMin !== null ? [day.wasoMin] : [];
  });
  const m = mean(values);
  const sd = sampleSd(values);
  if (values.length < NORM_MIN_ANSWERS || m === null || sd === null) return null;
  return { mean: m, sd, threshold: m + Math.max(NORM_SD * sd, WASO_MIN_STEP) };
}

/**
 * The sleep rhythm of a range: bed and wake times and their spread, social jet lag, and the nights
 * interrupted more than usual. `isWorseAwakenings` judges awakenings against the person's norm
 * (personal.ts); `norm` is the usual time awake from wasoNorm.
 */
export function sleepRhythm(
  days: readonly Day[],
  norm: Rhythm['wasoNorm'],
  isWorseAwakenings: (count: number) => boolean,
): Rhythm {
  const known = (pick: (d: Day) => number | null) => days.flatMap((d) => (pick(d) === null ? [] : [pick(d) as number]));
  const bedtime = timeStats(known((d) => d.bedtimeMin));
  const wake = timeStats(known((d) => d.wakeMin));
  const spread = (t: TimeStats) => t.nights >= MIN_RHYTHM_NIGHTS && (t.sd ?? 0) > IRREGULAR_SD_MIN;
  const mids = days.flatMap((d) =>
    d.bedtimeMin === null || d.wakeMin === null ? [] : [{ free: FREE_DAYS.has(weekday(d.date)), mid: midSleep(d.bedtimeMin, d.wakeMin) }],
  );
  const free = circularStats(mids.filter((m) => m.free).map((m) => m.mid));
  const work = circularStats(mids.filter((m) => !m.free).map((m) => m.mid));
  const interrupted = days.flatMap((d) => {
    const byWaso = d.wasoMin !== null && norm !== null && d.wasoMin >= norm.threshold;
    const byCount = d.awakenings !== null && isWorseAwakenings(d.awakenings);
    return byWaso || byCount ? [{ date: d.date, wasoMin: d.wasoMin, awakenings: d.awakenings }] : [];
  });
  return {
    bedtime,
    wake,
    irregular: spread(bedtime) || spread(wake),
    // As for the spread: one weekend night against two weekday ones is no habit (WHOOP's first, ill week).
    socialJetLagMin: free && work && mids.length >= MIN_RHYTHM_NIGHTS ? clockDifference(work.mean, free.mean) : null,
    interrupted,
    wasoNorm: norm,
  };
}

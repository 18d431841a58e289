import { addDays, dateRange } from './dates.js';
import { isIll } from './day-status.js';
import { SHORT_NIGHT_H } from './settings.js';
import { mean, sampleSd } from './stats.js';
import type { Day } from './types.js';

export type DayLookup = ReadonlyMap<string, Day>;

export function lookup(entries: readonly Day[]): DayLookup {
  return new Map(entries.map((d) => [d.date, d]));
}

type Reading = { date: string; value: number };

function readings(days: DayLookup, from: string, to: string, pick: (d: Day) => number | null): Reading[] {
  return dateRange(from, to).flatMap((date) => {
    const entry = days.get(date);
    const value = entry ? pick(entry) : null;
    return value === null ? [] : [{ date, value }];
  });
}

export const RHR_BASELINE_DAYS = 30;
export const RHR_MIN_WEEK = 4;
export const RHR_MIN_BASELINE = 14;
/** Elevated: at least this many bpm above the personal mean, and more than one SD. */
export const RHR_ELEVATED_BPM = 5;

export interface RestingHrStatus {
  weekMean: number | null;
  weekDays: number;
  baselineMean: number | null;
  baselineSd: number | null;
  baselineDays: number;
  /** The baseline has its RHR_MIN_BASELINE readings: only then is it shown or judged against. */
  ready: boolean;
  /** null when either window lacks the readings to tell. */
  elevated: boolean | null;
  /** Days of the last 7 whose own reading is elevated against the baseline. */
  elevatedDays: Reading[];
}

/** Resting HR: the 7-day mean against the 30 days before the current week (mean and SD). */
export function restingHrStatus(days: DayLookup, date: string): RestingHrStatus {
  const weekStart = addDays(date, -6);
  const week = readings(days, weekStart, date, (d) => d.restingHrBpm);
  // Days of illness stay out of the baseline: a fever's pulse is not the person's normal.
  const base = readings(days, addDays(weekStart, -RHR_BASELINE_DAYS), addDays(weekStart, -1), (d) => (isIll(d) ? null : d.restingHrBpm));
  const weekMean = mean(week.map((r) => r.value));
  const baselineMean = mean(base.map((r) => r.value));
  const baselineSd = sampleSd(base.map((r) => r.value));
  const enough = week.length >= RHR_MIN_WEEK && base.length >= RHR_MIN_BASELINE;
  const isElevated = (v: number) =>
    baselineMean !== null && baselineSd !== null && v - baselineMean >= RHR_ELEVATED_BPM && v - baselineMean > baselineSd;
  return {
    weekMean,
    weekDays: week.length,
    baselineMean,
    baselineSd,
    baselineDays: base.length,
    ready: base.length >= RHR_MIN_BASELINE,
    elevated: enough && weekMean !== null ? isElevated(weekMean) : null,
    elevatedDays: base.length >= RHR_MIN_BASELINE ? week.filter((r) => isElevated(r.value)) : [],
  };
}

export const HRV_NORMAL_DAYS = 60;
export const HRV_MIN_WEEK = 4;
export const HRV_MIN_NORMAL = 20;
/** Plews et al., Altini: the normal range is the 60-day mean of ln(HRV) +/- 0.5 SD (the smallest worthwhile change). */
export const HRV_RANGE_SD = 0.5;
/** The range is never narrower than +/- 0.05 in ln units (about 5%), or constant readings would make any change "abnormal". */
export const HRV_MIN_HALF_WIDTH = 0.05;
const EPSILON = 1e-9;

export interface HrvStatus {
  /** 7-day rolling mean of ln(HRV in ms). */
  lnWeekMean: number | null;
  weekDays: number;
  lnNormalMean: number | null;
  lnNormalSd: number | null;
  normalDays: number;
  /** The normal range has its HRV_MIN_NORMAL readings: only then is it shown or judged against. */
  ready: boolean;
  lower: number | null;
  upper: number | null;
  suppressed: boolean | null;
}

export function hrvStatus(days: DayLookup, date: string): HrvStatus {
  // RMSSD and SDNN differ in scale: use only readings of the latest reading's measure (typed ones, of unknown measure, go with it).
  const start = addDays(date, -(HRV_NORMAL_DAYS - 1));
  const measured = dateRange(start, date).map((d) => days.get(d)).filter((d) => d !== undefined && d.hrvMs !== null && d.hrvMeasure !== null);
  const measure = measured.at(-1)?.hrvMeasure ?? null;
  const ln = (d: Day) => (d.hrvMs === null || (measure !== null && d.hrvMeasure !== null && d.hrvMeasure !== measure) ? null : Math.log(d.hrvMs));
  const week = readings(days, addDays(date, -6), date, ln).map((r) => r.value);
  const normal = readings(days, start, date, (d) => (isIll(d) ? null : ln(d))).map((r) => r.value);
  const lnWeekMean = mean(week);
  const lnNormalMean = mean(normal);
  const lnNormalSd = sampleSd(normal);
  const halfWidth = lnNormalSd === null ? null : Math.max(HRV_RANGE_SD * lnNormalSd, HRV_MIN_HALF_WIDTH);
  const [lower, upper] =
    lnNormalMean === null || halfWidth === null ? [null, null] : [lnNormalMean - halfWidth, lnNormalMean + halfWidth];
  const enough = week.length >= HRV_MIN_WEEK && normal.length >= HRV_MIN_NORMAL;
  return {
    lnWeekMean,
    weekDays: week.length,
    lnNormalMean,
    lnNormalSd,
    normalDays: normal.length,
    ready: normal.length >= HRV_MIN_NORMAL,
    lower,
    upper,
    suppressed: enough && lnWeekMean !== null && lower !== null ? lnWeekMean < lower - EPSILON : null,
  };
}

export interface SleepDebt {
  /** Hours short of the target, summed over the logged nights of the 7 ending on the date. */
  hours: number;
  nights: number;
  shortNights: number;
  targetH: number;
  /** Mean hours of the logged nights of the 7. */
  meanH: number | null;
}

export function sleepDebt(days: DayLookup, date: string, targetH: number): SleepDebt {
  const nights = readings(days, addDays(date, -6), date, (d) => d.sleepHours);
  return {
    hours: nights.reduce((debt, n) => debt + Math.max(0, targetH - n.value), 0),
    nights: nights.length,
    shortNights: nights.filter((n) => n.value < SHORT_NIGHT_H).length,
    targetH,
    meanH: mean(nights.map((n) => n.value)),
  };
}

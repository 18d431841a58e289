import { hrvStatus, lookup, restingHrStatus, sleepDebt, type HrvStatus, type RestingHrStatus, type SleepDebt } from './baselines.js';
import { addDays } from './dates.js';
import { ACUTE_DAYS, loadMetrics, loadSeries, type LoadMetrics } from './load.js';
import { personalNorms, usualSleep, type Norms } from './personal.js';
import { longest, runsOf } from './runs.js';
import { mean, sampleSd } from './stats.js';
import type { Day, Settings } from './types.js';

export type AcwrModel = 'rolling' | 'ewma';

/** Weeks of strain that make the personal norm a strain is compared with. */
export const STRAIN_NORM_WEEKS = 8;
export const STRAIN_NORM_MIN_WEEKS = 4;

export interface StrainNorm {
  mean: number;
  sd: number;
  weeks: number;
}

/** Everything known about recovery on one date, from all the history up to it. */
export interface RecoveryState {
  date: string;
  metrics: LoadMetrics;
  /** Every day's metrics up to the date (the series starts at the first entry). */
  history: LoadMetrics[];
  strainNorm: StrainNorm | null;
  restingHr: RestingHrStatus;
  hrv: HrvStatus;
  sleepDebt: SleepDebt;
  /** The person's normal on each self-reported scale, from the 28 days before the week. */
  norms: Norms;
  /** Mean hours of the 28 nights before the week; null with too few. */
  usualSleepH: number | null;
}

export function recoveryState(entries: readonly Day[], date: string, settings: Settings): RecoveryState {
  const upTo = entries.filter((d) => d.date <= date);
  const history = loadMetrics(loadSeries(upTo, addDays(date, -(ACUTE_DAYS - 1)), date));
  const metrics = history.at(-1) as LoadMetrics;
  const byDate = new Map(history.map((m) => [m.date, m]));
  const previous = Array.from({ length: STRAIN_NORM_WEEKS }, (_, k) => byDate.get(addDays(date, -ACUTE_DAYS * (k + 1)))?.strain)
    .filter((s): s is number => typeof s === 'number');
  const sd = sampleSd(previous);
  const days = lookup(upTo);
  return {
    date,
    metrics,
    history,
    strainNorm: previous.length >= STRAIN_NORM_MIN_WEEKS && sd !== null ? { mean: mean(previous) ?? 0, sd, weeks: previous.length } : null,
    restingHr: restingHrStatus(days, date),
    hrv: hrvStatus(days, date),
    sleepDebt: sleepDebt(days, date, settings.sleepTargetH),
    norms: personalNorms(days, addDays(date, -(ACUTE_DAYS - 1))),
    usualSleepH: usualSleep(days, addDays(date, -(ACUTE_DAYS - 1))),
  };
}

export function acwrOf(state: RecoveryState, model: AcwrModel): number | null {
  return model === 'ewma' ? state.metrics.acwrEwma : state.metrics.acwr;
}

/** The longest run of consecutive days with elevated resting HR in the last 7. */
export function elevatedRestingHrRun(state: RecoveryState) {
  return longest(runsOf(state.restingHr.elevatedDays));
}

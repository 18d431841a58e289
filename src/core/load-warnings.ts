import { HRV_MIN_NORMAL, HRV_MIN_WEEK, RHR_MIN_BASELINE, RHR_MIN_WEEK } from './baselines.js';
import { ACUTE_DAYS, ACWR_MIN_KNOWN_ACUTE, ACWR_MIN_KNOWN_CHRONIC } from './load.js';
import { acwrOf, elevatedRestingHrRun, type AcwrModel, type RecoveryState } from './recovery-state.js';
import type { Line } from './types.js';
import type { Warning } from './warnings.js';

/** Gabbett 2016: above 1.5 the injury risk climbs steeply; 0.8-1.3 is the "sweet spot". */
export const ACWR_SPIKE = 1.5;
/** Twice the usual load in a week: a spike that calls for rest on its own (Hulin et al. 2016: ratios >= 2 carried the highest risk). */
export const ACWR_SEVERE = 2;
export const ACWR_CAUTION = 1.3;
export const ACWR_LOW = 0.8;
/** Foster 1998: monotony above 2.0 goes with illness and overtraining. */
export const MONOTONY_HIGH = 2;
/** A strain "well above the norm": 1.5 SD and 20% above the mean of the previous weeks. */
export const STRAIN_HIGH_SD = 1.5;
export const STRAIN_HIGH_RATIO = 1.2;
export const SLEEP_DEBT_HIGH_H = 5;

/** Warnings from load, baselines and sleep debt as they stand on the state's date. */
export function loadWarnings(state: RecoveryState, model: AcwrModel = 'rolling'): Warning[] {
  const { metrics: m } = state;
  const found: Warning[] = [];
  const acwr = acwrOf(state, model);
  const acwrNumbers = {
    acwr, acute: m.acute, chronic: m.chronic, knownOf7: m.knownOf7, knownOf28: m.knownOf28,
    ...(model === 'ewma' ? { ewmaAcute: m.ewmaAcute, ewmaChronic: m.ewmaChronic } : {}),
  };
  const facts = { variant: model };
  if (acwr !== null && acwr > ACWR_SPIKE) {
    found.push({ code: 'acwr-spike', level: 'alert', numbers: acwrNumbers, facts, dates: [state.date] });
  } else if (acwr !== null && acwr >= ACWR_CAUTION) {
    found.push({ code: 'acwr-high', level: 'warning', numbers: acwrNumbers, facts, dates: [state.date] });
  } else if (acwr !== null && acwr < ACWR_LOW) {
    found.push({ code: 'acwr-low', level: 'info', numbers: acwrNumbers, facts, dates: [state.date] });
  }
  if (m.monotony !== null && m.monotony > MONOTONY_HIGH) {
    found.push({
      code: 'monotony-high', level: 'warning',
      numbers: { monotony: m.monotony, strain: m.strain, meanLoad: m.weekTotal / 7, sdLoad: m.weekTotal / 7 / m.monotony },
      dates: [state.date],
    });
  }
  const norm = state.strainNorm;
  if (m.strain !== null && norm && m.strain > norm.mean + STRAIN_HIGH_SD * norm.sd && m.strain > STRAIN_HIGH_RATIO * norm.mean) {
    found.push({
      code: 'strain-high', level: 'warning',
      numbers: { strain: m.strain, usual: norm.mean, sd: norm.sd, weeks: norm.weeks },
      dates: [state.date],
    });
  }
  const run = elevatedRestingHrRun(state);
  const rhr = state.restingHr;
  if (run.length >= 2 && rhr.baselineMean !== null && rhr.baselineSd !== null) {
    found.push({
      code: 'rhr-elevated', level: 'warning',
      numbers: { days: run.length, baselineBpm: rhr.baselineMean, baselineSd: rhr.baselineSd, latestBpm: run.at(-1)?.value ?? null, baselineDays: rhr.baselineDays },
      facts: { values: run.map((r) => ({ date: r.date, value: r.value })) },
      dates: run.map((r) => r.date),
    });
  }
  const hrv = state.hrv;
  if (hrv.suppressed && hrv.lnWeekMean !== null && hrv.lower !== null) {
    found.push({
      code: 'hrv-suppressed', level: 'warning',
      numbers: { lnWeekMean: hrv.lnWeekMean, lower: hrv.lower, upper: hrv.upper, readings: hrv.normalDays },
      dates: [state.date],
    });
  }
  const debt = state.sleepDebt;
  if (debt.hours > SLEEP_DEBT_HIGH_H) {
    found.push({ code: 'sleep-debt', level: 'warning', numbers: { hours: debt.hours, targetH: debt.targetH, nights: debt.nights }, dates: [state.date] });
  }
  return found;
}

/** What the load figures still lack, as facts, so nobody mistakes silence for good news. */
export function loadGaps(state: RecoveryState): Line[] {
  const gaps: Line[] = [];
  const m = state.metrics;
  if (m.knownOf7 < ACWR_MIN_KNOWN_ACUTE || m.knownOf28 < ACWR_MIN_KNOWN_CHRONIC) {
    gaps.push({ code: 'acwr-unknown', numbers: { knownOf7: m.knownOf7, needed7: ACWR_MIN_KNOWN_ACUTE, knownOf28: m.knownOf28, needed28: ACWR_MIN_KNOWN_CHRONIC } });
  }
  if (m.monotony === null && m.knownOf7 < ACUTE_DAYS) gaps.push({ code: 'monotony-unknown', numbers: { knownOf7: m.knownOf7 } });
  const rhr = state.restingHr;
  if (rhr.weekDays + rhr.baselineDays === 0) gaps.push({ code: 'rhr-none' });
  else if (rhr.elevated === null) {
    gaps.push({ code: 'rhr-building', numbers: { week: rhr.weekDays, neededWeek: RHR_MIN_WEEK, before: rhr.baselineDays, neededBefore: RHR_MIN_BASELINE } });
  }
  const hrv = state.hrv;
  if (hrv.normalDays === 0) gaps.push({ code: 'hrv-none' });
  else if (hrv.suppressed === null) {
    gaps.push({ code: 'hrv-building', numbers: { week: hrv.weekDays, neededWeek: HRV_MIN_WEEK, before: hrv.normalDays, neededBefore: HRV_MIN_NORMAL } });
  }
  return gaps;
}

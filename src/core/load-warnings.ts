import { HRV_MIN_NORMAL, HRV_MIN_WEEK, RHR_MIN_BASELINE, RHR_MIN_WEEK } from './baselines.js';
import { ACUTE_DAYS, ACWR_MIN_KNOWN_ACUTE, ACWR_MIN_KNOWN_CHRONIC } from './load.js';
import { acwrOf, elevatedRestingHrRun, type AcwrModel, type RecoveryState } from './recovery-state.js';
import type { Warning } from './warnings.js';
import { dateList } from './warnings.js';

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

const two = (n: number) => n.toFixed(2);
const whole = (n: number) => String(Math.round(n));

/** Warnings from load, baselines and sleep debt as they stand on the state's date. */
export function loadWarnings(state: RecoveryState, model: AcwrModel = 'rolling'): Warning[] {
  const { metrics: m } = state;
  const found: Warning[] = [];
  const acwr = acwrOf(state, model);
  const ratio =
    acwr === null
      ? ''
      : `ACWR ${two(acwr)} (${model === 'ewma' ? `EWMA acute ${whole(m.ewmaAcute)} / chronic ${whole(m.ewmaChronic)}` : `acute ${whole(m.acute ?? 0)} / chronic ${whole(m.chronic ?? 0)} AU a day`}, training known on ${m.knownOf7} of 7 and ${m.knownOf28} of 28 days)`;
  const acwrNumbers = { acwr, acute: m.acute, chronic: m.chronic, knownOf7: m.knownOf7, knownOf28: m.knownOf28 };
  if (acwr !== null && acwr > ACWR_SPIKE) {
    found.push({
      code: 'acwr-spike', level: 'alert', sign: 'Load spike', evidence: ratio, numbers: acwrNumbers,
      advice: 'This week is far above what you are used to: cut the next sessions back until the ratio is under 1.3.',
      dates: [state.date],
    });
  } else if (acwr !== null && acwr >= ACWR_CAUTION) {
    found.push({
      code: 'acwr-high', level: 'warning', sign: 'Load rising fast', evidence: ratio, numbers: acwrNumbers,
      advice: 'Hold the load here for a week rather than adding more.',
      dates: [state.date],
    });
  } else if (acwr !== null && acwr < ACWR_LOW) {
    found.push({
      code: 'acwr-low', level: 'info', sign: 'Load well below your usual', evidence: ratio, numbers: acwrNumbers,
      advice: 'Fine for a planned easy week; after that, build back gradually (about 10% a week) to keep your fitness.',
      dates: [state.date],
    });
  }
  if (m.monotony !== null && m.monotony > MONOTONY_HIGH) {
    found.push({
      code: 'monotony-high', level: 'warning', sign: 'Monotonous training',
      numbers: { monotony: m.monotony, strain: m.strain },
      evidence: `monotony ${two(m.monotony)} (mean daily load ${whole(m.weekTotal / 7)} / SD ${whole(m.weekTotal / 7 / m.monotony)} over 7 days), strain ${whole(m.strain ?? 0)}`,
      advice: 'Vary the load: make easy days easier and keep at least one full rest day a week.',
      dates: [state.date],
    });
  }
  const norm = state.strainNorm;
  if (m.strain !== null && norm && m.strain > norm.mean + STRAIN_HIGH_SD * norm.sd && m.strain > STRAIN_HIGH_RATIO * norm.mean) {
    found.push({
      code: 'strain-high', level: 'warning', sign: 'Strain well above your norm',
      numbers: { strain: m.strain, usual: norm.mean, sd: norm.sd },
      evidence: `strain ${whole(m.strain)} against ${whole(norm.mean)} +/- ${whole(norm.sd)} over the previous ${norm.weeks} weeks`,
      advice: 'A strain spike often comes before illness: ease off and protect your sleep this week.',
      dates: [state.date],
    });
  }
  const run = elevatedRestingHrRun(state);
  const rhr = state.restingHr;
  if (run.length >= 2 && rhr.baselineMean !== null && rhr.baselineSd !== null) {
    found.push({
      code: 'rhr-elevated', level: 'warning', sign: 'Resting heart rate elevated',
      numbers: { days: run.length, baselineBpm: rhr.baselineMean, baselineSd: rhr.baselineSd, latestBpm: run.at(-1)?.value ?? null },
      evidence: `${run.map((r) => `${whole(r.value)}`).join(', ')} bpm on ${dateList(run.map((r) => r.date))} against your ${whole(rhr.baselineMean)} +/- ${rhr.baselineSd.toFixed(1)} bpm (${rhr.baselineDays} days before this week)`,
      advice: 'A raised resting pulse on several mornings signals incomplete recovery, stress or illness: keep training easy until it settles.',
      dates: run.map((r) => r.date),
    });
  }
  const hrv = state.hrv;
  if (hrv.suppressed && hrv.lnWeekMean !== null && hrv.lower !== null) {
    found.push({
      code: 'hrv-suppressed', level: 'warning', sign: 'HRV below your normal range',
      numbers: { lnWeekMean: hrv.lnWeekMean, lower: hrv.lower, upper: hrv.upper },
      evidence: `7-day ln HRV ${hrv.lnWeekMean.toFixed(2)} (about ${whole(Math.exp(hrv.lnWeekMean))} ms) under the normal range ${hrv.lower.toFixed(2)}-${(hrv.upper ?? 0).toFixed(2)} (about ${whole(Math.exp(hrv.lower))}-${whole(Math.exp(hrv.upper ?? 0))} ms) of the last ${hrv.normalDays} readings`,
      advice: 'Your nervous system is under more stress than usual: favour easy sessions, sleep and food until HRV is back in range.',
      dates: [state.date],
    });
  }
  const debt = state.sleepDebt;
  if (debt.hours > SLEEP_DEBT_HIGH_H) {
    found.push({
      code: 'sleep-debt', level: 'warning', sign: 'Sleep debt',
      numbers: { hours: debt.hours, targetH: debt.targetH, nights: debt.nights },
      evidence: `${debt.hours.toFixed(1)} h short of ${debt.targetH} h over the last ${debt.nights} logged nights`,
      advice: 'Pay it back: go to bed earlier for the next few nights and keep hard sessions for after.',
      dates: [state.date],
    });
  }
  return found;
}

/** What the load figures still lack, in words, so nobody mistakes silence for good news. */
export function loadGaps(state: RecoveryState): string[] {
  const gaps: string[] = [];
  const m = state.metrics;
  if (m.knownOf7 < ACWR_MIN_KNOWN_ACUTE || m.knownOf28 < ACWR_MIN_KNOWN_CHRONIC) {
    gaps.push(
      `load ratio (ACWR) not shown: training known on ${m.knownOf7} of the last 7 days (${ACWR_MIN_KNOWN_ACUTE} needed) and ${m.knownOf28} of the last 28 (${ACWR_MIN_KNOWN_CHRONIC} needed); log --session or --rest on the others`,
    );
  }
  if (m.monotony === null && m.knownOf7 < ACUTE_DAYS) {
    gaps.push(`monotony and strain not shown: they need all 7 days of training known (${m.knownOf7} are)`);
  }
  const rhr = state.restingHr;
  if (rhr.weekDays + rhr.baselineDays === 0) gaps.push('resting HR: no readings yet (log --rhr, or import them from a watch)');
  else if (rhr.elevated === null) {
    gaps.push(
      `resting HR baseline still building: ${rhr.weekDays} readings this week (${RHR_MIN_WEEK} needed) and ${rhr.baselineDays} in the 30 days before (${RHR_MIN_BASELINE} needed)`,
    );
  }
  const hrv = state.hrv;
  if (hrv.normalDays === 0) gaps.push('HRV: no readings yet (log --hrv, or import them from a watch)');
  else if (hrv.suppressed === null) {
    gaps.push(
      `HRV normal range still building: ${hrv.weekDays} readings this week (${HRV_MIN_WEEK} needed) and ${hrv.normalDays} in 60 days (${HRV_MIN_NORMAL} needed)`,
    );
  }
  return gaps;
}

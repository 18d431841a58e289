import type { WarningCode, WarningLevel } from '../core/warnings.js';
import type { Verdict } from '../core/readiness.js';
import { sayColumns, sayReport } from './messages/report.js';
import { sayStatus } from './messages/status.js';

/** A label that reads in the run's language each time it is used. */
function labels<K extends string>(keys: readonly K[], say: (key: K) => string): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(out, key, { enumerable: true, get: () => say(key) });
  return out;
}

export const LEVEL_LABEL: Record<WarningLevel, string> = labels(['alert', 'warning', 'info'], (level) => sayReport(level));
export const VERDICT_LABEL: Record<Verdict, string> = labels(['green', 'amber', 'red', 'unknown'], (verdict) => sayStatus(verdict));

const capital = (col: DayColumn) => `${col[0]?.toUpperCase() ?? ''}${col.slice(1)}` as Capitalize<DayColumn>;

export const DAY_COLUMN_KEYS = ['date', 'sleep', 'quality', 'wakings', 'protein', 'training', 'load', 'fatigue', 'motivation', 'soreness', 'rhr', 'plan'] as const;
export type DayColumn = (typeof DAY_COLUMN_KEYS)[number];
/** Column headings of the day table, plain words with their unit. */
export const DAY_COLUMNS: Record<DayColumn, string> = labels(DAY_COLUMN_KEYS, (col) => sayColumns(col));
/** The day table's headings where the long ones do not fit (80 columns); the legend spells them out. */
export const SHORT_DAY_COLUMNS: Record<DayColumn, string> = labels(DAY_COLUMN_KEYS, (col) => sayColumns(`short${capital(col)}`));
/** What a short heading stands for, in the legend under the table. */
export const DAY_COLUMN_LEGEND: Record<DayColumn, string> = labels(DAY_COLUMN_KEYS, (col) => sayColumns(`legend${capital(col)}`));

/** What each warning code means, its rule and where the rule comes from: `recover explain CODE`. */
export const EXPLAIN: Record<WarningCode, { name: string; rule: string; source: string }> = {
  overreaching: { name: 'Overreaching', rule: '3 or more of the 5 overreaching signs (constant fatigue, performance drop, motivation drop, poor sleep, soreness or injury) in the last 7 days, with at least 5 days logged', source: 'Meeusen et al. 2013, ECSS/ACSM consensus on overtraining' },
  'overtraining-risk': { name: 'Overtraining risk', rule: '3 or more signs in each of the last three weeks although a rest day was taken each week', source: 'Meeusen et al. 2013' },
  'constant-fatigue': { name: 'Constant fatigue', rule: 'fatigue above your own normal on several days, also on rest days or on most days', source: 'Meeusen et al. 2013; your own 28-day normal' },
  'performance-drop': { name: 'Performance drop', rule: 'performance down 1 point or more while load held', source: 'Meeusen et al. 2013' },
  'motivation-drop': { name: 'Motivation drop', rule: 'motivation below your own normal on several days, or falling to below it', source: 'Meeusen et al. 2013; your own 28-day normal' },
  'poor-sleep': { name: 'Poor sleep', rule: 'nights under 7 h, or sleep quality or awakenings worse than your normal, on several nights', source: 'Watson et al. 2015 (AASM/SRS: 7 h or more for adults)' },
  'soreness-injury': { name: 'Soreness or injury', rule: 'soreness above your normal 3 or more days in a row, or an injury noted', source: 'Meeusen et al. 2013' },
  'few-rest-days': { name: 'Few rest days', rule: 'fewer rest days (full or active) than your weekly target', source: 'your rest-day target (config rest-days, or your sport and level)' },
  'no-rest-streak': { name: 'No rest in a row', rule: 'a run of known training days longer than your target allows', source: 'your rest-day target' },
  'low-protein': { name: 'Low protein', rule: 'protein under your target (weight x g/kg) on several days', source: 'your weight and protein target (config weight, protein-target)' },
  'no-post-training-meal': { name: 'No meal after training', rule: 'no balanced meal within 2 h after a hard session', source: 'the meal you logged after training (log --post-meal)' },
  'weight-unknown': { name: 'Weight unknown', rule: 'protein is logged but no weight is set, so there is no target', source: 'settings' },
  'acwr-spike': { name: 'Load spike', rule: 'load ratio (this week against the last four) above 1.5 on known days', source: 'Gabbett 2016; Williams et al. 2017 (EWMA)' },
  'acwr-high': { name: 'Load rising fast', rule: 'load ratio 1.3-1.5 on known days', source: 'Gabbett 2016; Hulin et al. 2016' },
  'acwr-low': { name: 'Load well below usual', rule: 'load ratio under 0.8', source: 'Gabbett 2016; Hulin et al. 2016' },
  'monotony-high': { name: 'Same load every day', rule: 'monotony (daily mean / SD over 7 known days) above 2', source: 'Foster 1998' },
  'strain-high': { name: 'Strain spike', rule: 'weekly strain (load x monotony) 1.5 SD and 20% above your previous weeks', source: 'Foster 1998' },
  'rhr-elevated': { name: 'Resting pulse raised', rule: 'resting HR 5+ bpm and 1 SD above your baseline on 2+ mornings in a row', source: 'your own resting-HR baseline (docs/metrics.md)' },
  'hrv-suppressed': { name: 'HRV below normal', rule: '7-day mean of ln HRV below your normal range (baseline mean - 0.5 SD)', source: 'Plews et al. 2012, 2013' },
  'sleep-debt': { name: 'Sleep debt', rule: 'more than 5 h short of your sleep target over the last 7 nights', source: 'your sleep target (config sleep-target)' },
  'skipped-rest': { name: 'Planned rest skipped', rule: 'trained on a day planned as rest', source: 'your plan (recover plan)' },
  'unplanned-hard': { name: 'Unplanned hard session', rule: 'a hard session on a day with no training planned', source: 'your plan' },
  'plan-few-rest': { name: 'Thin plan', rule: 'fewer planned rest days than your target', source: 'your plan and rest-day target' },
  'plan-no-rest-streak': { name: 'Plan without a break', rule: 'a run of planned training days too long for your target', source: 'your plan' },
};

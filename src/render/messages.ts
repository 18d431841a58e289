import type { WarningCode, WarningLevel } from '../core/warnings.js';
import type { Verdict } from '../core/readiness.js';
import { plural } from '../core/words.js';

/**
 * The words of the screens, keyed by code, each a function of its numbers: one place to read
 * and, later, to translate (no sentence is glued from fragments elsewhere in render).
 */
export const MESSAGES = {
  reportTitle: (p: { from: string; to: string; days: number }) => `Recovery report ${p.from} to ${p.to} (${p.days} days)`,
  weekOnTrack: (p: { sleepH: number | null; rest: number; restTarget: number }) =>
    `On track: ${p.sleepH === null ? 'no sleep logged' : `${p.sleepH} h sleep a night`}, ${p.rest} of ${p.restTarget} rest days, no warning signs`,
  keepGoing: () => 'Keep training as planned.',
  headlineFrom: (p: { label: string }) => p.label,
  verdictLine: (p: { weekday: string; date: string; verdict: string }) => `Readiness for ${p.weekday} ${p.date}: ${p.verdict}`,
  why: () => 'Why',
  whyLegend: () => '(!!! calls for rest, !! a clear change from your normal, ! a reason to go easy)',
  planHeading: () => 'What to do',
  notCounted: () => 'Not counted yet:',
  noWarnings: () => 'No warning signs in the last 7 days.',
  noWarningsReport: () => 'No warnings: recovery looks on track.',
  warningsHeading: () => 'Warnings',
  foldedSigns: () => 'signs:',
  summaryHeading: (p: { logged: number; days: number }) => `Summary (${p.logged} of ${p.days} days logged)`,
  legend: () => 'Scales 1-5 (5 = most); ↑ or ↓ marks a value past its target or at the risky end of its scale; ? = training not logged.',
  restDay: () => 'rest day',
  shortLegend: () =>
    'Sleep in h, Qual = sleep quality, Woke = times awake, Prot = protein in g, Training in min, Fatig = fatigue, RHR = resting heart rate in bpm.',
  noEntry: () => 'no entry',
  detailHint: () => 'Load ratio, monotony, strain and fitness figures: recover report --detail. Any warning: recover explain CODE.',
  loadHeading: () => 'Training load',
  loadNote: () => '(effort 0-10 x minutes, estimated from heart rate where no effort was typed; days without training logged are unknown and left out)',
  sleepDebt: (p: { targetH: string; nights: number }) => `short of ${p.targetH} h a night, over the last ${plural(p.nights, 'logged night')} of 7`,
  notYet: (p: { gap: string }) => `Not yet: ${p.gap}`,
  explainHint: (p: { date: string }) => `The rules and your numbers: recover explain ${p.date}`,
} as const;

export type MessageKey = keyof typeof MESSAGES;

export const LEVEL_LABEL: Record<WarningLevel, string> = { alert: 'ALERT', warning: 'WARNING', info: 'NOTE' };
export const VERDICT_LABEL: Record<Verdict, string> = { green: 'GREEN', amber: 'AMBER', red: 'RED', unknown: 'NOT ENOUGH DATA' };

/** Column headings of the day table, plain words with their unit. */
export const DAY_COLUMNS = {
  date: 'Day',
  sleep: 'Sleep h',
  quality: 'Sleep quality',
  wakings: 'Woke (times)',
  protein: 'Protein g',
  training: 'Training (min)',
  load: 'Load',
  fatigue: 'Fatigue',
  motivation: 'Drive',
  soreness: 'Sore',
  rhr: 'Resting HR bpm',
  plan: 'Plan',
} as const;
export type DayColumn = keyof typeof DAY_COLUMNS;
/** The day table's headings where the long ones do not fit (80 columns); the legend spells them out. */
export const SHORT_DAY_COLUMNS: Record<DayColumn, string> = {
  date: 'Day',
  sleep: 'Sleep',
  quality: 'Qual',
  wakings: 'Woke',
  protein: 'Prot',
  training: 'Training',
  load: 'Load',
  fatigue: 'Fatig',
  motivation: 'Drive',
  soreness: 'Sore',
  rhr: 'RHR',
  plan: 'Plan',
};

/** The load model's figures: plain names by default; the jargon appears under --detail and in explain. */
export const LOAD_COLUMNS = {
  week: 'Week',
  unknown: 'Days unknown',
  load: 'Load',
  acwr: 'Load ratio (ACWR)',
  monotony: 'Monotony',
  strain: 'Strain',
  ctl: 'Long-term load (CTL)',
  atl: 'Short-term load (ATL)',
  tsb: 'Balance (TSB)',
} as const;

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

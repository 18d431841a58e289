import { addDays } from './dates.js';
import { dayStatus, type CalendarDay } from './day-status.js';
import { ACWR_CAUTION, ACWR_SPIKE, loadGaps, loadWarnings } from './load-warnings.js';
import { acwrOf, recoveryState, type AcwrModel, type RecoveryState } from './recovery-state.js';
import { calendar } from './report.js';
import { SHORT_NIGHT_H } from './settings.js';
import type { Day, Settings } from './types.js';
import { assessWarnings, type Warning } from './warnings.js';

export type Verdict = 'green' | 'amber' | 'red' | 'unknown';

export interface Reason {
  /** 3 calls for rest, 2 for an easy day, 1 is worth knowing. */
  strength: 1 | 2 | 3;
  text: string;
}

export interface Readiness {
  date: string;
  verdict: Verdict;
  action: string;
  reasons: Reason[];
  advice: string[];
  /** What the verdict could not use, so it is read for what it is. */
  missing: string[];
}

export const ACTIONS: Record<Verdict, string> = {
  green: 'Train as planned.',
  amber: 'Train light or do active recovery: a walk, an easy ride, mobility or the foam roller.',
  red: 'Take a full rest day.',
  unknown: 'Not enough data for a verdict yet.',
};

/** Warnings that call for a rest day on their own; the others count towards an easy day. */
const RED_CODES = new Set(['overtraining-risk', 'acwr-spike']);
const IGNORED_CODES = new Set(['weight-unknown', 'acwr-low', 'unplanned-hard', 'low-protein', 'no-post-training-meal']);
/** Three or more amber reasons together call for rest. */
const AMBER_FOR_RED = 3;

function fromWarning(w: Warning, today: Day | null): Reason {
  // An injury noted today calls for rest; older ones count as a sign to go easy.
  const injuredToday = w.code === 'soreness-injury' && Boolean(today?.injury);
  return { strength: RED_CODES.has(w.code) || injuredToday ? 3 : 2, text: `${w.sign}: ${w.evidence}` };
}

function fromToday(entry: Day | null): Reason[] {
  const reasons: Reason[] = [];
  const scale = (value: number | null, name: string, high: (v: number) => boolean) => {
    if (value !== null && high(value)) reasons.push({ strength: value === 5 || value === 1 ? 3 : 2, text: `${name} ${value}/5 today` });
  };
  if (entry) {
    scale(entry.fatigue, 'fatigue', (v) => v >= 4);
    scale(entry.soreness, 'soreness', (v) => v >= 4);
    if (entry.motivation !== null && entry.motivation <= 2) reasons.push({ strength: 2, text: `motivation ${entry.motivation}/5 today` });
  }
  // A day's sleep is the night that ended that morning: last night, for today.
  const sleep = entry?.sleepHours ?? null;
  if (sleep !== null && sleep < SHORT_NIGHT_H) {
    reasons.push({ strength: sleep < 5 ? 3 : 2, text: `slept ${sleep} h last night (under ${SHORT_NIGHT_H} h)` });
  }
  return reasons;
}

/**
 * Today's readiness from the last week's signs and today's log: the strongest reason first.
 * `entries` should hold all history up to `date`.
 */
export function assessReadiness(entries: readonly Day[], date: string, settings: Settings, model: AcwrModel = 'rolling'): Readiness {
  const week: CalendarDay[] = calendar({ from: addDays(date, -6), to: date }, entries);
  const today = week.at(-1)?.entry ?? null;
  const state: RecoveryState = recoveryState(entries, date, settings);
  const missing = [...loadGaps(state)];
  const logged = week.filter((d) => d.entry).length;
  if (!today) missing.unshift(`no entry for ${date} yet: log last night's sleep and how you feel ("recover log") for a sharper verdict`);
  if (logged < 3) {
    return { date, verdict: 'unknown', action: ACTIONS.unknown, reasons: [], advice: [`Log a few days first: ${logged} of the last 7 have an entry.`], missing };
  }
  const warnings = [...assessWarnings(week, settings), ...loadWarnings(state, model)].filter((w) => !IGNORED_CODES.has(w.code));
  const reasons = [...fromToday(today), ...warnings.map((w) => fromWarning(w, today))].sort((a, b) => b.strength - a.strength);
  const amber = reasons.filter((r) => r.strength === 2).length;
  const verdict: Verdict = reasons.some((r) => r.strength === 3) || amber >= AMBER_FOR_RED ? 'red' : amber > 0 ? 'amber' : 'green';
  return { date, verdict, action: ACTIONS[verdict], reasons, advice: advice(verdict, state, week, model), missing };
}

function advice(verdict: Verdict, state: RecoveryState, week: readonly CalendarDay[], model: AcwrModel): string[] {
  const lines: string[] = [];
  const debt = state.sleepDebt.hours;
  lines.push(
    debt > 0
      ? `Sleep 7-8 h or more tonight: you are ${debt.toFixed(1)} h short this week.`
      : 'Sleep 7-8 h tonight, at your usual time.',
  );
  if (verdict !== 'red') lines.push('Eat a meal with protein and carbohydrates within 2 h after training.');
  else lines.push('Eat well even on a rest day: protein at every meal repairs muscle.');
  lines.push('Drink water through the day.');
  const restDays = week.filter((d) => ['full-rest', 'active-rest'].includes(dayStatus(d.entry))).length;
  if (restDays === 0) lines.push('Plan your next rest day now ("recover plan"): there was none in the last 7 days.');
  const acwr = acwrOf(state, model);
  if (acwr !== null && acwr >= ACWR_CAUTION && acwr <= ACWR_SPIKE) lines.push('Hold this week\'s load rather than adding to it.');
  return lines;
}

import { addDays, dateRange } from './dates.js';
import { dayLoad, dayStatus, trainingKnown, type CalendarDay, type DayStatus } from './day-status.js';
import { loadWeeks, type LoadMetrics, type LoadWeek } from './load.js';
import { loadGaps, loadWarnings } from './load-warnings.js';
import { comparePlan, planVsDoneWarnings, type PlanComparison, type PlanDay } from './plan.js';
import { recoveryState, type AcwrModel, type RecoveryState } from './recovery-state.js';
import { summarize, type Summary } from './summary.js';
import type { Day, Line, Settings } from './types.js';
import { lookup } from './baselines.js';
import { personalNorms, type Norms } from './personal.js';
import { adviceFor, type Advice } from './advice.js';
import { assessWarnings, persistentOverreaching, type Warning, type WarningLevel } from './warnings.js';

export const WEEK_DAYS = 7;
export const MONTH_DAYS = 28;

export interface DateSpan {
  from: string;
  to: string;
}

/** The `days` calendar days that end on `end`, both ends included. */
export function spanEnding(end: string, days: number): DateSpan {
  return { from: addDays(end, -(days - 1)), to: end };
}

export interface ReportDay {
  date: string;
  entry: Day | null;
  status: DayStatus;
  /** The day's load; null when its training is unknown (no session and no rest mark). */
  load: number | null;
}

export interface LoadSection {
  model: AcwrModel;
  weeks: LoadWeek[];
  /** Every figure for every day of the range. */
  days: LoadMetrics[];
  state: Omit<RecoveryState, 'history' | 'metrics'>;
  /** What the figures still lack: baselines being built, readings missing. */
  gaps: Line[];
}

export interface Report extends DateSpan {
  settings: Settings;
  days: ReportDay[];
  summary: Summary;
  load: LoadSection;
  plan: PlanComparison[];
  warnings: Warning[];
  /** The person's usual answer on each scale, from the 28 days before the span (what the warnings judge by). */
  norms: Norms;
  advice: Advice;
}

export interface ReportOptions {
  acwrModel?: AcwrModel;
  plan?: readonly PlanDay[];
}

/** Lays the stored entries on the calendar: every date of the span, logged or not. */
export function calendar(span: DateSpan, entries: readonly Day[]): CalendarDay[] {
  const byDate = new Map(entries.map((d) => [d.date, d]));
  return dateRange(span.from, span.to).map((date) => ({ date, entry: byDate.get(date) ?? null }));
}

const LEVEL_ORDER: Record<WarningLevel, number> = { alert: 0, warning: 1, info: 2 };

/**
 * The report for a span. `entries` should hold all history up to the span's end:
 * load and baselines look back before the span.
 */
export function buildReport(span: DateSpan, entries: readonly Day[], settings: Settings, options: ReportOptions = {}): Report {
  const model = options.acwrModel ?? 'rolling';
  const range = calendar(span, entries);
  const state = recoveryState(entries, span.to, settings);
  const plan = comparePlan(range, options.plan ?? []);
  const { history, metrics: _, ...figures } = state;
  const days = history.filter((m) => m.date >= span.from);
  const byDate = lookup(entries);
  const norms = personalNorms(byDate, span.from);
  const persistent = persistentOverreaching(byDate, span.to);
  const warnings = [...assessWarnings(range, settings, norms, persistent), ...loadWarnings(state, model), ...planVsDoneWarnings(plan)];
  return {
    ...span,
    settings,
    days: range.map(({ date, entry }) => ({ date, entry, status: dayStatus(entry), load: trainingKnown(entry) ? dayLoad(entry) : null })),
    summary: summarize(range, settings),
    load: { model, weeks: loadWeeks(days), days, state: figures, gaps: loadGaps(state) },
    plan,
    // Stable sort: alerts lead, and the overreaching alert stays first among them.
    warnings: warnings.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]),
    norms,
    advice: adviceFor(range, byDate, norms, settings, span.from),
  };
}

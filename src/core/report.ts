import { addDays, dateRange } from './dates.js';
import { dayLoad, dayStatus, type CalendarDay, type DayStatus } from './day-status.js';
import { summarize, type Summary } from './summary.js';
import type { Day, Settings } from './types.js';
import { assessWarnings, type Warning } from './warnings.js';

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
  load: number;
}

export interface Report extends DateSpan {
  settings: Settings;
  days: ReportDay[];
  summary: Summary;
  warnings: Warning[];
}

/** Lays the stored entries on the calendar: every date of the span, logged or not. */
export function calendar(span: DateSpan, entries: readonly Day[]): CalendarDay[] {
  const byDate = new Map(entries.map((d) => [d.date, d]));
  return dateRange(span.from, span.to).map((date) => ({ date, entry: byDate.get(date) ?? null }));
}

export function buildReport(span: DateSpan, entries: readonly Day[], settings: Settings): Report {
  const range = calendar(span, entries);
  return {
    ...span,
    settings,
    days: range.map(({ date, entry }) => ({ date, entry, status: dayStatus(entry), load: dayLoad(entry) })),
    summary: summarize(range, settings),
    warnings: assessWarnings(range, settings),
  };
}

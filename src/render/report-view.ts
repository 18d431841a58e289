import { dayLoadEstimated, isLoadEstimated } from '../core/estimated-load.js';
import type { PlanComparison } from '../core/plan.js';
import type { Report, ReportDay } from '../core/report.js';
import { proteinTargetG, SHORT_NIGHT_H } from '../core/settings.js';
import { OVERTRAINING_SIGNS, type Warning, type WarningCode, type WarningLevel } from '../core/warnings.js';
import { isIll, isLogged } from '../core/day-status.js';
import { MIN_LOGGED_DAYS } from '../core/readiness.js';
import { dateName, dayName } from './format.js';
import { formatNumber as num } from './i18n.js';
import type { DayColumn } from './messages.js';
import { sessionWord } from './messages/day.js';
import { sayReport } from './messages/report.js';
import { sayAction } from './messages/verdict.js';
import { sayWarning } from './messages/warnings.js';

/** How a value compares with its target or usual range; the layout turns it into a colour and a marker. */
export type Mark = 'good' | 'low' | 'high' | 'plain';

export interface ViewCell {
  text: string;
  mark: Mark;
}

export interface ViewDay {
  date: string;
  label: string;
  /** null: nothing logged that day. */
  cells: Partial<Record<DayColumn, ViewCell>> | null;
}

/** A warning as shown: the signs an alert already names are folded into it, not repeated. */
export interface ViewWarning {
  code: WarningCode;
  level: WarningLevel;
  sign: string;
  evidence: string;
  folded: Array<{ code: WarningCode; sign: string; evidence: string }>;
}

/** The report's data to show, apart from any layout: the terminal, TSV and HTML all read this. */
export interface ReportView {
  title: string;
  headline: { level: WarningLevel | 'ok'; summary: string; action: string; code: WarningCode | null };
  columns: DayColumn[];
  days: ViewDay[];
  warnings: ViewWarning[];
  /** One plan: each action once, the alert's rest-day count the only one. */
  plan: string[];
}

const ALERTS: ReadonlySet<WarningCode> = new Set(['overreaching', 'overtraining-risk']);
/** The first sentence of an advice: the action itself, before the why. */
export const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

export function reportView(report: Report): ReportView {
  const warnings = foldWarnings(report.warnings);
  const top = warnings[0];
  const { sleep, rest } = report.summary;
  // Ill on the span's last day comes first, as it does for status: no training advice beside it.
  const ill = report.days.filter((d) => isIll(d.entry)).length;
  const headline = isIll(report.days.at(-1)?.entry ?? null)
    ? { level: 'warning' as const, summary: sayReport('weekIll', { n: ill, days: report.days.length }), action: sayAction({ actionCode: 'ill' }), code: null }
    : top
    ? { level: top.level, summary: top.sign, action: firstSentence(adviceOf(report.warnings, top.code)), code: top.code }
    : // No warning from one or two logged days is no evidence of being on track (status gives no verdict then).
    report.summary.logged < MIN_LOGGED_DAYS
    ? { level: 'info' as const, summary: sayReport('weekFewDays', { logged: report.summary.logged, days: report.days.length }), action: sayReport('logMore'), code: null }
    : {
        level: 'ok' as const,
        summary: sayReport('weekOnTrack', {
          sleep: sleep.averageH === null ? 'none' : 'some',
          sleepH: sleep.averageH === null ? '' : num(sleep.averageH),
          rest: rest.full + rest.active,
          restTarget: rest.target,
          // "0 of 2 rest days" alone would read as no rest, when the training of some days is not known.
          unlogged: rest.unlogged,
        }),
        action: sayReport('keepGoing'),
        code: null,
      };
  const planned = new Map(report.plan.map((p) => [p.date, p]));
  const columns: DayColumn[] = ['date', 'sleep', 'quality', 'wakings', 'protein', 'training', 'load', 'fatigue', 'motivation', 'soreness', 'rhr'];
  // A column nobody filled in this span says nothing: left out, so the rest fits.
  const used = columns.filter((col) => col === 'date' || col === 'training' || report.days.some((d) => dayCells(d, report, planned.get(d.date))?.[col]?.text));
  if (planned.size > 0) used.push('plan');
  return {
    title: sayReport('title', { from: dateName(report.from), to: dateName(report.to), days: report.days.length }),
    headline,
    columns: used,
    days: report.days.map((d) => ({ date: d.date, label: dayLabel(d.date, report), cells: dayCells(d, report, planned.get(d.date)) })),
    warnings,
    plan: mergedPlan(report.warnings, warnings),
  };
}

function adviceOf(warnings: readonly Warning[], code: WarningCode): string {
  const found = warnings.find((w) => w.code === code);
  return found ? sayWarning(found).advice : '';
}

/** The year is in the title: a span within one year shows "Fri 02-14" ("vr 14 feb"). */
function dayLabel(date: string, report: Report): string {
  return dayName(date, report.from.slice(0, 4) !== report.to.slice(0, 4));
}

export function foldWarnings(warnings: readonly Warning[]): ViewWarning[] {
  const alert = warnings.find((w) => ALERTS.has(w.code));
  const folded = (w: Warning) => alert !== undefined && OVERTRAINING_SIGNS.includes(w.code);
  return warnings
    .filter((w) => !folded(w))
    .map((w) => ({
      code: w.code,
      level: w.level,
      sign: sayWarning(w).sign,
      evidence: w.code === 'overreaching' ? '' : sayWarning(w).evidence,
      folded: w === alert ? warnings.filter(folded).map((s) => ({ code: s.code, ...sayWarning(s) })) : [],
    }));
}

/** Each shown warning's advice once; folded signs give none of their own (the alert's plan covers them). */
function mergedPlan(all: readonly Warning[], shown: readonly ViewWarning[]): string[] {
  const plan: string[] = [];
  for (const w of shown) {
    const advice = adviceOf(all, w.code);
    if (advice && !plan.includes(advice)) plan.push(advice);
  }
  return plan;
}

function dayCells(day: ReportDay, report: Report, plan: PlanComparison | undefined): ViewDay['cells'] {
  const e = day.entry;
  // A day holding only tags (PMData's daily "no alcohol") is not logged: the summary does not count it either.
  if (!e || !isLogged(e)) return null;
  const target = proteinTargetG(report.settings);
  const scale = (value: number | null, bad: (v: number) => Mark): ViewCell | undefined => (value === null ? undefined : { text: String(value), mark: bad(value) });
  const cells: Partial<Record<DayColumn, ViewCell>> = {
    date: { text: dayLabel(day.date, report), mark: 'plain' },
    sleep: e.sleepHours === null ? undefined : { text: num(e.sleepHours, 2), mark: e.sleepHours < SHORT_NIGHT_H || e.sleepHours < report.settings.sleepTargetH ? 'low' : 'good' },
    quality: scale(e.sleepQuality, (v) => (v <= 2 ? 'low' : 'plain')),
    wakings: scale(e.awakenings, (v) => (v >= 3 ? 'high' : 'plain')),
    protein: e.proteinG === null ? undefined : { text: num(e.proteinG, 0), mark: target === null ? 'plain' : e.proteinG < target ? 'low' : 'good' },
    training: { text: trainingText(day), mark: 'plain' },
    load: day.load ? { text: `${dayLoadEstimated(e) ? '~' : ''}${num(day.load, 0)}`, mark: 'plain' } : undefined,
    fatigue: scale(e.fatigue, (v) => (v >= 4 ? 'high' : 'plain')),
    motivation: scale(e.motivation, (v) => (v <= 2 ? 'low' : 'plain')),
    soreness: scale(e.soreness, (v) => (v >= 4 ? 'high' : 'plain')),
    rhr: e.restingHrBpm === null ? undefined : { text: num(e.restingHrBpm, 0), mark: 'plain' },
    plan: plan ? planCell(plan) : undefined,
  };
  return cells;
}

/** The sessions, and a rest day said in the same cell (a column of its own would not fit 80 columns). */
function trainingText(day: ReportDay): string {
  const e = day.entry;
  if (!e) return '';
  const sessions = e.sessions
    .map((s) => sayReport(s.rpe !== null ? 'session' : isLoadEstimated(s) ? 'sessionEstimated' : 'sessionNoEffort', { type: sessionWord(s.type), minutes: num(s.minutes) }))
    .join(', ');
  if (day.status === 'full-rest') return sayReport('restDay');
  if (day.status === 'active-rest') return sayReport('activeRest', { sessions });
  return sessions || (e.trainingLogged ? '' : '?');
}

function planCell(plan: PlanComparison): ViewCell {
  const p = plan.planned;
  const text = !p ? '-' : p.rest ? sayReport('planRest') : p.sessions.map((s) => sayReport('session', { type: sessionWord(s.type), minutes: num(s.minutes) })).join(', ') || sayReport('planTrain');
  const off = plan.verdict === 'skipped-rest' || plan.verdict === 'unplanned-hard';
  return off ? { text: `${text} ✗`, mark: 'plain' } : { text: plan.verdict === 'as-planned' ? `${text} ✓` : text, mark: 'plain' };
}


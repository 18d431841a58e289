import type { Command } from 'commander';
import { addDays, dateRange, isIsoDate, isoWeek, isoWeekStart, weekday, WEEKDAY_NAMES } from '../core/dates.js';
import { dayStatus } from '../core/day-status.js';
import { parseSession } from '../core/fields.js';
import { planWarnings, type PlanDay } from '../core/plan.js';
import { restTarget } from '../core/summary.js';
import type { Session } from '../core/types.js';
import type { Deps } from '../cli/deps.js';
import type { Prompter } from '../cli/prompter.js';
import { UsageError } from '../errors.js';
import { lookup } from '../core/baselines.js';
import { listDays } from '../storage/days.js';
import { clearPlan, listPlan, savePlan } from '../storage/plan.js';
import { loadSettings } from '../storage/settings.js';
import { dateName, dayName } from '../render/format.js';
import { sayPlan } from '../render/messages/plan.js';
import { flagValue, formatOption, layoutOf, outputFormat, parseDate, type OutputFormat } from './options.js';
import { warningJson } from '../render/messages/warnings.js';
import { machineJson } from '../render/json.js';

export type PlanChange =
  | { kind: 'none' }
  | { kind: 'clear'; date: string | null }
  | { kind: 'set'; rest: string[] | null; sessions: Session[]; date: string | null };

export interface PlanOptions {
  weekStart: string;
  change: PlanChange;
  json: boolean;
  /** No flag named a week, day or change: in a terminal, ask for the rest days. */
  ask?: boolean;
  /** Without it: a table. */
  format?: OutputFormat;
}

interface RawPlanFlags {
  week?: string;
  date?: string;
  rest?: string;
  session: string[];
  clear?: boolean;
  json?: boolean;
  format?: OutputFormat;
}

export function definePlan(program: Command, deps: Deps): void {
  program
    .command('plan')
    .description('Plan the week ahead with its rest days, and check it against your targets')
    .option('--week <YYYY-Www>', 'the ISO week to plan (default: next week, or the week of --date)')
    .option('--rest <days>', 'rest days: weekday names (mon,thu) or dates; the other days of the week are training days')
    .option('--date <YYYY-MM-DD>', 'a day to plan sessions for, with --session')
    .option('--session <type:min:rpe>', 'a planned session on --date, repeatable', (v: string, all: string[]) => [...all, v], [])
    .option('--clear', "remove the week's plan (or the day's, with --date)")
    .addOption(formatOption())
    .option('--json', 'print the plan (and what changed) as JSON')
    .addHelpText(
      'after',
      `
In a terminal without flags it asks; otherwise it shows the week's plan.
It warns when a plan has fewer rest days than your target ("recover config set rest-days")
or too many training days in a row. "recover report" then shows planned against done.

Examples:
  $ recover plan
  $ recover plan --week 2026-W49 --rest mon,thu
  $ recover plan --date 2026-12-02 --session strength:60:7 --session mobility:15:2
  $ recover plan --week 2026-W49 --json`,
    )
    .action(async (raw: RawPlanFlags) => {
      await runPlan({ ...planOptions(raw, deps.today()), format: outputFormat(raw, deps.io) }, deps);
    });
}

export function planOptions(raw: RawPlanFlags, today: string): PlanOptions {
  const date = raw.date === undefined ? null : parseDate(raw.date, '--date');
  let weekStart: string;
  if (raw.week !== undefined) {
    const start = isoWeekStart(raw.week);
    if (!start) throw new UsageError('plan-bad-week', { value: raw.week });
    if (date && isoWeek(date) !== raw.week) throw new UsageError('plan-date-not-in-week', { date, week: raw.week });
    weekStart = start;
  } else {
    weekStart = isoWeekStart(isoWeek(date ?? addDays(today, 7))) ?? today;
  }
  const json = Boolean(raw.json);
  if (raw.clear) {
    if (raw.rest !== undefined || raw.session.length > 0) throw new UsageError('plan-clear-alone');
    return { weekStart, change: { kind: 'clear', date }, json };
  }
  if (raw.session.length > 0 && !date) throw new UsageError('plan-session-needs-date');
  const sessions = raw.session.map((s) => flagValue('session', () => parseSession(s)));
  const rest = raw.rest === undefined ? null : parseRestDays(raw.rest, weekStart);
  // --week, --date or an output format alone shows the week; only a bare "recover plan" asks.
  const ask = raw.week === undefined && !date && raw.format === undefined && !json;
  if (rest === null && sessions.length === 0) return { weekStart, change: { kind: 'none' }, json, ask };
  if (date && rest?.includes(date) && sessions.length > 0) throw new UsageError('plan-rest-and-sessions', { date });
  return { weekStart, change: { kind: 'set', rest, sessions, date }, json };
}

const FULL_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** "mon,thu" or "2026-12-03,sun" to the dates of the week; "none" for no rest day. */
export function parseRestDays(text: string, weekStart: string): string[] {
  if (text.trim().toLowerCase() === 'none') return [];
  const week = dateRange(weekStart, addDays(weekStart, 6));
  return text.split(',').map((part) => {
    const item = part.trim().toLowerCase();
    const index = WEEKDAY_NAMES.findIndex((name, i) => item === name || item === FULL_WEEKDAYS[i]);
    if (index >= 0) return week[index] as string;
    if (isIsoDate(item) && week.includes(item)) return item;
    throw new UsageError('plan-bad-rest', { value: part.trim(), week: isoWeek(weekStart) });
  });
}

export async function runPlan(opts: PlanOptions, deps: Deps): Promise<void> {
  const format = opts.json ? 'json' : (opts.format ?? 'table');
  const asking = opts.change.kind === 'none' && Boolean(opts.ask) && deps.io.canPrompt && format === 'table';
  // Showing the plan changes nothing, so it neither creates nor migrates the database.
  const db = await deps.db(opts.change.kind === 'none' && !asking ? { readOnly: true } : { create: true });
  const week = { from: opts.weekStart, to: addDays(opts.weekStart, 6) };
  const existing = new Map(listPlan(db, week).map((p) => [p.date, p]));
  const change = asking ? await askPlan(await deps.prompter(), opts.weekStart, existing, deps) : opts.change;
  if (change.kind === 'clear') clearPlan(db, change.date ? { from: change.date, to: change.date } : week);
  if (change.kind === 'set') {
    const wasRest = change.date !== null && change.sessions.length > 0 && existing.get(change.date)?.rest === true;
    savePlan(db, planDays(change, opts.weekStart, existing));
    if (wasRest) deps.io.stderr.write(`${sayPlan('wasRest', { date: dateName(change.date ?? '') })}\n`);
  }
  const plan = new Map(listPlan(db, { from: addDays(week.from, -7), to: addDays(week.to, 7) }).map((p) => [p.date, p]));
  const done = lookup(listDays(db, { from: addDays(week.from, -7), to: week.to }));
  const settings = loadSettings(db);
  const warnings = planWarnings(opts.weekStart, deps.today(), done, plan, settings);
  const days = dateRange(week.from, week.to).map((date) => ({ date, planned: plan.get(date) ?? null, done: done.get(date) ?? null }));
  if (format === 'json') {
    const json = days.map((d) => ({ date: d.date, weekday: weekday(d.date), planned: d.planned, done: d.done ? dayStatus(d.done) : null }));
    deps.io.stdout.write(machineJson({ week: isoWeek(opts.weekStart), changed: change.kind, days: json, warnings: warnings.map(warningJson) }));
    return;
  }
  const { renderPlan } = await import('../render/plan.js');
  deps.io.stdout.write(renderPlan(isoWeek(opts.weekStart), days, warnings, restTarget(settings, 7), layoutOf(format, deps.io)));
}

function planDays(change: Extract<PlanChange, { kind: 'set' }>, weekStart: string, existing: ReadonlyMap<string, PlanDay>): PlanDay[] {
  const days = new Map<string, PlanDay>();
  if (change.rest) {
    for (const date of dateRange(weekStart, addDays(weekStart, 6))) {
      const rest = change.rest.includes(date);
      days.set(date, { date, rest, sessions: rest ? [] : (existing.get(date)?.sessions ?? []) });
    }
  }
  if (change.date && (change.sessions.length > 0 || !change.rest)) {
    days.set(change.date, { date: change.date, rest: false, sessions: change.sessions });
  }
  return [...days.values()];
}

/** Default rest days: the planned ones, else spread over the week (Sunday first). */
function defaultRest(weekStart: string, existing: ReadonlyMap<string, PlanDay>, target: number): string[] {
  const planned = [...existing.values()].filter((p) => p.rest).map((p) => p.date);
  if (planned.length > 0) return planned;
  const spread: Record<number, number[]> = { 1: [6], 2: [2, 6], 3: [0, 3, 6], 4: [0, 2, 4, 6] };
  return (spread[target] ?? [0, 1, 2, 3, 4, 5, 6].slice(0, target)).map((i) => addDays(weekStart, i));
}

async function askPlan(prompter: Prompter, weekStart: string, existing: ReadonlyMap<string, PlanDay>, deps: Deps): Promise<PlanChange> {
  const settings = loadSettings(await deps.db());
  const target = restTarget(settings, 7);
  deps.io.stderr.write(`${sayPlan('planning', { week: isoWeek(weekStart), from: dateName(weekStart), to: dateName(addDays(weekStart, 6)), target })}\n`);
  const defaults = new Set(defaultRest(weekStart, existing, target));
  const rest = await prompter.checkbox({
    message: sayPlan('askRest'),
    choices: dateRange(weekStart, addDays(weekStart, 6)).map((date) => ({
      name: dayName(date, true),
      value: date,
      checked: defaults.has(date),
    })),
  });
  return { kind: 'set', rest, sessions: [], date: null };
}

import { addDays, dateRange, isoWeek } from './dates.js';
import { dayLoad, dayStatus, isHardSession, sessionLoad, type CalendarDay, type DayStatus } from './day-status.js';
import { longest, runsOf } from './runs.js';
import { restDaysFor } from './settings.js';
import { restTarget } from './summary.js';
import type { Day, Session, Settings } from './types.js';
import type { Warning } from './warnings.js';

/** A planned day: a rest day, or a training day with its sessions if any were planned. */
export interface PlanDay {
  date: string;
  rest: boolean;
  sessions: Session[];
}

/** A session at or above this RPE is hard (CR-10 "very hard"). */
export const HARD_RPE = 7;
/** Doing more than this times the planned load is an unplanned hard day. */
export const OVER_PLAN_RATIO = 1.5;

export type PlanVerdict = 'as-planned' | 'skipped-rest' | 'unplanned-hard' | 'missed-training' | 'not-yet';

export interface PlanComparison {
  date: string;
  planned: PlanDay | null;
  status: DayStatus;
  verdict: PlanVerdict;
}

const plannedLoad = (plan: PlanDay) => plan.sessions.reduce((s, x) => s + (sessionLoad(x) ?? 0), 0);
const isHardDay = (day: Day) => day.sessions.some((s) => isHardSession(s) && (s.rpe ?? 0) >= HARD_RPE);

/** Planned against done, for the days of weeks that have a plan. */
export function comparePlan(range: readonly CalendarDay[], plan: readonly PlanDay[]): PlanComparison[] {
  const byDate = new Map(plan.map((p) => [p.date, p]));
  const plannedWeeks = new Set(plan.map((p) => isoWeek(p.date)));
  return range
    .filter(({ date }) => plannedWeeks.has(isoWeek(date)))
    .map(({ date, entry }) => {
      const planned = byDate.get(date) ?? null;
      const status = dayStatus(entry);
      return { date, planned, status, verdict: verdictFor(planned, entry, status) };
    });
}

function verdictFor(planned: PlanDay | null, entry: Day | null, status: DayStatus): PlanVerdict {
  if (!entry || status === 'unknown') return 'not-yet';
  const trained = status === 'training';
  if (planned?.rest) return trained ? 'skipped-rest' : 'as-planned';
  if (!planned) return trained && isHardDay(entry) ? 'unplanned-hard' : 'as-planned';
  if (!trained) return 'missed-training';
  const target = plannedLoad(planned);
  return target > 0 && dayLoad(entry) > OVER_PLAN_RATIO * target ? 'unplanned-hard' : 'as-planned';
}

export function planVsDoneWarnings(comparisons: readonly PlanComparison[]): Warning[] {
  const pick = (verdict: PlanVerdict) => comparisons.filter((c) => c.verdict === verdict).map((c) => c.date);
  const skipped = pick('skipped-rest');
  const hard = pick('unplanned-hard');
  const found: Warning[] = [];
  if (skipped.length > 0) {
    found.push({ code: 'skipped-rest', level: 'warning', dates: skipped, numbers: { days: skipped.length } });
  }
  if (hard.length > 0) {
    found.push({ code: 'unplanned-hard', level: 'info', dates: hard, numbers: { days: hard.length } });
  }
  return found;
}

/** Rest or training on each date: what was done before `today`, what is planned from it on. */
export function timeline(
  from: string,
  to: string,
  today: string,
  done: ReadonlyMap<string, Day>,
  plan: ReadonlyMap<string, PlanDay>,
): Array<{ date: string; kind: 'rest' | 'training' | 'unknown' }> {
  return dateRange(from, to).map((date) => {
    const planned = plan.get(date);
    if (date >= today && planned) return { date, kind: planned.rest ? 'rest' : 'training' };
    const status = dayStatus(done.get(date) ?? null);
    return { date, kind: status === 'training' ? 'training' : status === 'unknown' ? 'unknown' : 'rest' };
  });
}

/** Checks a planned week: enough rest days, and no long run without rest across its edges. */
export function planWarnings(
  weekStart: string,
  today: string,
  done: ReadonlyMap<string, Day>,
  plan: ReadonlyMap<string, PlanDay>,
  settings: Settings,
): Warning[] {
  const weekEnd = addDays(weekStart, 6);
  const week = dateRange(weekStart, weekEnd);
  const rest = week.filter((d) => plan.get(d)?.rest);
  const found: Warning[] = [];
  const target = restTarget(settings, 7);
  if (rest.length < target) {
    found.push({ code: 'plan-few-rest', level: 'warning', dates: rest, numbers: { rest: rest.length, week: isoWeek(weekStart), target } });
  }
  const limit = 7 - restDaysFor(settings);
  const training = timeline(addDays(weekStart, -7), addDays(weekEnd, 7), today, done, plan).filter((d) => d.kind === 'training');
  const streak = longest(runsOf(training).filter((run) => run.some((d) => d.date >= weekStart && d.date <= weekEnd))).map((d) => d.date);
  if (streak.length > limit) {
    found.push({ code: 'plan-no-rest-streak', level: 'warning', dates: streak, numbers: { days: streak.length, limit } });
  }
  return found;
}

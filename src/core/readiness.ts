import { lookup } from './baselines.js';
import { addDays, dateRange } from './dates.js';
import { dayStatus, isIll, isLogged, type CalendarDay } from './day-status.js';
import { ACWR_CAUTION, ACWR_SEVERE, ACWR_SPIKE, loadGaps, loadWarnings } from './load-warnings.js';
import { acwrOf, elevatedRestingHrRun, recoveryState, type AcwrModel, type RecoveryState } from './recovery-state.js';
import { isWorse, NORM_MIN_ANSWERS, type Norm } from './personal.js';
import { restDaysFor, SHORT_NIGHT_H } from './settings.js';
import { waterTargetL } from './nutrition.js';
import { RECOVERY_TYPES, type Day, type Line, type Settings } from './types.js';
import { assessWarnings, persistentOverreaching, type Warning } from './warnings.js';

export type Verdict = 'green' | 'amber' | 'red' | 'unknown';

/** The independent kinds of evidence: red needs a reason that calls for rest, or strong evidence from two of them. */
export type Pillar = 'health' | 'overall' | 'load' | 'sleep' | 'body' | 'feeling';

/** 3 calls for rest on its own, 2 is a clear departure from normal, 1 is a reason to go easy. */
export type Strength = 1 | 2 | 3;

export interface Reason {
  /** Stable code of the rule that fired. */
  code: string;
  /** The underlying fact: each fact gives at most one reason, at its strongest. */
  fact: string;
  pillar: Pillar;
  strength: Strength;
  /** Which rule fired, so the person can check it (render/messages/verdict.ts words it). */
  rule: string;
  numbers: Record<string, number | string | null>;
  /** The warning this reason comes from, or today's scale norm: what the words are made of. */
  warning?: Warning;
  norm?: Norm;
  /** What the person wrote: the injury or the note that says ill. */
  note?: string;
}

export interface RestAdvice {
  /** Rest days a week for this person (setting or training profile). */
  target: number;
  /** This week's target: one more when fatigue, poor sleep or stalled performance showed. */
  thisWeek: number;
  /** The codes of the reasons that raised it. */
  raisedBecause: string[];
  /** Rest days, training days and days without training logged in the last 7. */
  lastWeek: { rest: number; training: number; unknown: number };
}

/** What to do today: the verdict's own action, or resting while ill, or a moderate day after short sleep. */
export type Action = Verdict | 'ill' | 'sleep';

export interface Readiness {
  date: string;
  verdict: Verdict;
  actionCode: Action;
  reasons: Reason[];
  advice: Line[];
  rest: RestAdvice;
  /** What the verdict could not use, so it is read for what it is. */
  missing: Line[];
}

/** Fewer logged days than this in the week give no verdict (the report says so too, rather than "on track"). */
export const MIN_LOGGED_DAYS = 3;

/** Two strong reasons (strength 2) from different pillars together call for rest. */
const PILLARS_FOR_RED = 2;
/** Under 5 h is a night short enough to count as a clear departure on its own. */
export const VERY_SHORT_NIGHT_H = 5;
/**
 * Nights of 6-7 h are under the floor and counted as short everywhere, but they change how ready
 * a person is today only from an hour a night short: one such night, or a week averaging that
 * (6 h a night for two weeks impairs as much as two nights without sleep: Van Dongen et al. 2003).
 */
const SHORT_BY_H = 1;
export const SHORT_NIGHT_LIMIT_H = SHORT_NIGHT_H - SHORT_BY_H;
export const DEBT_REASON_H = 7 * SHORT_BY_H;
/** A week's nights this much shorter than the person's usual night is a departure, not a habit. */
export const SLEEP_DROP_H = 1;

function sleepDrop(state: RecoveryState): number {
  const week = state.sleepDebt;
  return state.usualSleepH === null || week.meanH === null ? 0 : state.usualSleepH - week.meanH;
}

/**
 * Days after an illness on which to start again gently, as the advice while ill says: return to
 * training after an illness starts light (sports medicine's return-to-play advice, not the article's).
 */
export const EASE_BACK_DAYS = 2;

/** Not ill today, but on one of the EASE_BACK_DAYS before: a reason to go easy, whatever else is logged. */
function afterIllness(days: ReadonlyMap<string, Day>, date: string, today: Day | null): Reason[] {
  if (isIll(today)) return [];
  for (let back = 1; back <= EASE_BACK_DAYS; back++) {
    const day = addDays(date, -back);
    if (isIll(days.get(day) ?? null)) {
      return [reason({ code: 'after-illness', fact: 'illness', pillar: 'health', strength: 1, rule: 'after-illness', numbers: { lastIll: day } })];
    }
  }
  return [];
}

/** Facts whose week-long signs raise this week's rest-day target (the article: more rest is sometimes better). */
const MORE_REST_FACTS = new Set(['fatigue', 'sleep', 'performance']);

/** Keeps the keys in one order, so the JSON reads the same for every reason. */
const reason = ({ code, fact, pillar, strength, rule, numbers, warning, norm, note }: Reason): Reason => ({
  code, fact, pillar, strength, rule, numbers, ...(warning ? { warning } : {}), ...(norm ? { norm } : {}), ...(note !== undefined ? { note } : {}),
});

/** The scales that give a reason of their own today (sleep quality and awakenings count in the week's sleep). */
const TODAY_SCALES = ['fatigue', 'soreness', 'motivation', 'stress'] as const;

function todayReasons(today: Day | null, state: RecoveryState): Reason[] {
  if (!today) return [];
  const reasons: Reason[] = [];
  if (isIll(today)) {
    reasons.push(reason({
      code: 'illness', fact: 'illness', pillar: 'health', strength: 3, rule: 'illness',
      numbers: {}, ...(today.sick === true ? {} : { note: today.note ?? '' }),
    }));
  }
  if (today.injury) {
    // A PMSys-style "(minor)" on every part is a niggle to train around, not a reason to stop.
    const minor = /\(minor\)/i.test(today.injury) && !/\((moderate|major|severe)\)/i.test(today.injury);
    reasons.push(reason({
      code: 'injury', fact: 'injury', pillar: 'body', strength: minor ? 2 : 3,
      rule: minor ? 'injury-minor' : 'injury', numbers: {}, note: today.injury,
    }));
  }
  const sleep = today.sleepHours;
  if (sleep !== null && sleep < SHORT_NIGHT_LIMIT_H) {
    reasons.push(reason({
      code: 'short-night', fact: 'sleep', pillar: 'sleep', strength: sleep < VERY_SHORT_NIGHT_H ? 2 : 1,
      rule: sleep < VERY_SHORT_NIGHT_H ? 'short-night-very' : 'short-night',
      numbers: { sleepH: sleep, limitH: SHORT_NIGHT_LIMIT_H },
    }));
  }
  for (const scale of TODAY_SCALES) {
    const value = today[scale];
    const norm = state.norms[scale];
    if (value === null || !isWorse(norm, value)) continue;
    reasons.push(reason({
      code: `${scale}-today`, fact: scale, pillar: scale === 'soreness' ? 'body' : 'feeling', strength: 1,
      rule: `${scale}-today`,
      numbers: { value, usual: norm.ready ? norm.mean : null, sd: norm.ready ? norm.sd : null },
      norm,
    }));
  }
  return reasons;
}

/** Turns the week's warnings into reasons: which fact, which pillar, how strong. */
function warningReason(w: Warning, state: RecoveryState, model: AcwrModel, todayLogged: boolean): Reason | null {
  const base = { code: w.code, numbers: w.numbers ?? {}, warning: w };
  const acwr = acwrOf(state, model);
  switch (w.code) {
    case 'overreaching':
    case 'overtraining-risk':
      return { ...base, fact: 'overreaching', pillar: 'overall', strength: 3, rule: 'overreaching' };
    case 'constant-fatigue':
      return { ...base, fact: 'fatigue', pillar: 'feeling', strength: 2, rule: 'constant-fatigue' };
    case 'performance-drop':
      return { ...base, fact: 'performance', pillar: 'feeling', strength: 2, rule: 'performance-drop' };
    case 'motivation-drop':
      return { ...base, fact: 'motivation', pillar: 'feeling', strength: 2, rule: 'motivation-drop' };
    case 'poor-sleep': {
      // Worse than the person's usual is a departure; short nights that are their usual count from an hour short.
      const n = w.numbers ?? {};
      const worseThanUsual = Number(n.worseQuality ?? 0) > 0 || Number(n.restless ?? 0) > 0 || sleepDrop(state) >= SLEEP_DROP_H;
      if (worseThanUsual) return { ...base, fact: 'sleep', pillar: 'sleep', strength: 2, rule: 'poor-sleep-worse' };
      const weekMean = state.sleepDebt.meanH;
      return weekMean !== null && weekMean <= SHORT_NIGHT_LIMIT_H
        ? { ...base, fact: 'sleep', pillar: 'sleep', strength: 1, rule: 'poor-sleep-short' }
        : null;
    }
    case 'sleep-debt':
      return state.sleepDebt.hours < DEBT_REASON_H
        ? null
        : { ...base, fact: 'sleep', pillar: 'sleep', strength: 1, rule: 'sleep-debt' };
    case 'soreness-injury': {
      const soreDays = Number(w.numbers?.soreDays ?? 0);
      if (soreDays === 0) {
        // Today's entry without the injury (the log offers yesterday's) means it has cleared.
        return todayLogged ? null : { ...base, fact: 'injury', pillar: 'body', strength: 1, rule: 'injury-uncleared' };
      }
      return { ...base, fact: 'soreness', pillar: 'body', strength: 2, rule: 'soreness' };
    }
    case 'no-rest-streak':
      // Only a whole known week without rest: shorter runs are planning advice in the report.
      return w.dates.length >= 7 ? { ...base, fact: 'rest', pillar: 'load', strength: 1, rule: 'no-rest-streak' } : null;
    case 'acwr-spike':
      return acwr !== null && acwr >= ACWR_SEVERE
        ? { ...base, fact: 'load-change', pillar: 'load', strength: 3, rule: 'acwr-severe' }
        : { ...base, fact: 'load-change', pillar: 'load', strength: 2, rule: 'acwr-spike' };
    case 'acwr-high':
      return { ...base, fact: 'load-change', pillar: 'load', strength: 1, rule: 'acwr-high' };
    case 'strain-high':
      return { ...base, fact: 'load-pattern', pillar: 'load', strength: 2, rule: 'strain-high' };
    case 'monotony-high':
      return { ...base, fact: 'load-pattern', pillar: 'load', strength: 1, rule: 'monotony-high' };
    case 'rhr-elevated': {
      // Several mornings of raised pulse together with suppressed HRV is a strong, multi-day departure.
      const strong = elevatedRestingHrRun(state).length >= 3 && state.hrv.suppressed === true;
      return {
        ...base, fact: 'rhr', pillar: 'body', strength: strong ? 3 : 2,
        rule: strong ? 'rhr-strong' : 'rhr-elevated',
      };
    }
    case 'hrv-suppressed':
      return { ...base, fact: 'hrv', pillar: 'body', strength: 1, rule: 'hrv-suppressed' };
    default:
      return null; // planning and nutrition notes: advice, not readiness
  }
}

/** The strongest reason per fact, strongest first; among equals the first found (the week's evidence before today's). */
function onePerFact(reasons: readonly Reason[]): Reason[] {
  const best = new Map<string, Reason>();
  for (const r of reasons) {
    const current = best.get(r.fact);
    if (!current || r.strength > current.strength) best.set(r.fact, r);
  }
  return [...best.values()].sort((a, b) => b.strength - a.strength);
}

export function verdictOf(reasons: readonly Reason[]): Exclude<Verdict, 'unknown'> {
  if (reasons.some((r) => r.strength === 3)) return 'red';
  const strongPillars = new Set(reasons.filter((r) => r.strength === 2).map((r) => r.pillar));
  if (strongPillars.size >= PILLARS_FOR_RED) return 'red';
  return reasons.length > 0 ? 'amber' : 'green';
}

/**
 * Today's readiness from the last week's signs and today's log: the strongest reason first.
 * `entries` should hold all history up to `date`.
 */
export function assessReadiness(entries: readonly Day[], date: string, settings: Settings, model: AcwrModel = 'rolling'): Readiness {
  const days = lookup(entries.filter((d) => d.date <= date));
  const week: CalendarDay[] = dateRange(addDays(date, -6), date).map((d) => ({ date: d, entry: days.get(d) ?? null }));
  const today = days.get(date) ?? null;
  const state = recoveryState(entries, date, settings);
  const missing = [...loadGaps(state)];
  const building = Object.values(state.norms).filter((n) => !n.ready && n.answers > 0);
  if (building.length > 0) missing.push({ code: 'norms-building', numbers: { scales: building.map((n) => n.scale).join(','), needed: NORM_MIN_ANSWERS } });
  if (!today) missing.unshift({ code: 'no-entry', numbers: { date } });
  const logged = week.filter((d) => isLogged(d.entry)).length;
  // With under 3 logged days only what today says of itself (ill, hurt) and an illness just behind count: they need no week behind them.
  const candidates =
    logged < MIN_LOGGED_DAYS
      ? [...todayReasons(today, state).filter((r) => r.strength === 3), ...afterIllness(days, date, today)]
      : [
          ...[...assessWarnings(week, settings, state.norms, persistentOverreaching(days, date)), ...loadWarnings(state, model)].flatMap((w) => {
            const r = warningReason(w, state, model, today !== null);
            return r ? [reason(r)] : [];
          }),
          ...todayReasons(today, state),
          ...afterIllness(days, date, today),
        ];
  if (candidates.length === 0 && logged < MIN_LOGGED_DAYS) {
    return { date, verdict: 'unknown', actionCode: 'unknown', reasons: [], advice: [{ code: 'log-first', numbers: { logged } }], rest: restAdvice(week, settings, []), missing };
  }
  const reasons = onePerFact(candidates);
  const verdict = verdictOf(reasons);
  const onlySleep = verdict === 'amber' && reasons.every((r) => r.pillar === 'sleep');
  const actionCode: Action = reasons[0]?.code === 'illness' ? 'ill' : onlySleep ? 'sleep' : verdict;
  const raised = restAdvice(week, settings, reasons);
  return { date, verdict, actionCode, reasons, advice: [...advice(verdict, state, raised, model), ...planAdvice(verdict, today, days, settings)], rest: raised, missing };
}

function restAdvice(week: readonly CalendarDay[], settings: Settings, reasons: readonly Reason[]): RestAdvice {
  const target = restDaysFor(settings);
  const raisedBecause = reasons.filter((r) => r.strength >= 2 && MORE_REST_FACTS.has(r.fact)).map((r) => r.code);
  const statuses = week.map((d) => dayStatus(d.entry));
  return {
    target,
    thisWeek: Math.min(7, target + (raisedBecause.length > 0 ? 1 : 0)),
    raisedBecause,
    lastWeek: {
      rest: statuses.filter((s) => s === 'full-rest' || s === 'active-rest').length,
      training: statuses.filter((s) => s === 'training').length,
      unknown: statuses.filter((s) => s === 'unknown').length,
    },
  };
}

/**
 * The day's water target by name, and on an amber day the person's own last active recovery as
 * the thing to do (nutrition.ts: 30 ml/kg + 0.5 l per hour of sessions).
 */
function planAdvice(verdict: Verdict, today: Day | null, days: ReadonlyMap<string, Day>, settings: Settings): Line[] {
  const lines: Line[] = [];
  const water = waterTargetL(today, settings);
  if (water !== null) lines.push({ code: 'water', numbers: { litres: water } });
  if (verdict === 'amber') {
    const last = [...days.values()].reverse().flatMap((d) => d.sessions.filter((s) => RECOVERY_TYPES.has(s.type)))[0];
    lines.push(last ? { code: 'active-recovery-like', numbers: { type: last.type, minutes: last.minutes } } : { code: 'active-recovery' });
  }
  return lines;
}

function advice(verdict: Verdict, state: RecoveryState, rest: RestAdvice, model: AcwrModel): Line[] {
  const lines: Line[] = [];
  const debt = state.sleepDebt.hours;
  lines.push(debt > 0 ? { code: 'sleep-debt', numbers: { debtH: debt, targetH: state.sleepDebt.targetH } } : { code: 'sleep' });
  lines.push({ code: verdict !== 'red' ? 'eat-after-training' : 'eat-on-rest-day' });
  lines.push({ code: 'drink' });
  if (rest.thisWeek > rest.target) lines.push({ code: 'more-rest', numbers: { thisWeek: rest.thisWeek, target: rest.target, because: rest.raisedBecause.join(',') } });
  const { rest: taken, training, unknown } = rest.lastWeek;
  if (taken === 0 && unknown === 0) lines.push({ code: 'plan-rest' });
  else if (taken === 0 && training > 0) lines.push({ code: 'plan-rest-unlogged', numbers: { unknown } });
  const acwr = acwrOf(state, model);
  if (acwr !== null && acwr >= ACWR_CAUTION && acwr <= ACWR_SPIKE) lines.push({ code: 'hold-load' });
  return lines;
}

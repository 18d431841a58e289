import { lookup } from './baselines.js';
import { addDays, dateRange } from './dates.js';
import { dayStatus, isIll, isLogged, type CalendarDay } from './day-status.js';
import { ACWR_CAUTION, ACWR_SEVERE, ACWR_SPIKE, loadGaps, loadWarnings } from './load-warnings.js';
import { acwrOf, elevatedRestingHrRun, recoveryState, type AcwrModel, type RecoveryState } from './recovery-state.js';
import { comparedWith, isWorse, NORM_MIN_ANSWERS } from './personal.js';
import { restDaysFor, SHORT_NIGHT_H } from './settings.js';
import { waterTargetL } from './nutrition.js';
import { RECOVERY_TYPES, type Day, type Settings } from './types.js';
import { assessWarnings, persistentOverreaching, type Warning } from './warnings.js';
import { plural } from './words.js';

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
  /** The rule, in words, so the person can check it. */
  rule: string;
  numbers: Record<string, number | string | null>;
  text: string;
}

export interface RestAdvice {
  /** Rest days a week for this person (setting or training profile). */
  target: number;
  /** This week's target: one more when fatigue, poor sleep or stalled performance showed. */
  thisWeek: number;
  raisedBecause: string[];
  /** Rest days, training days and days without training logged in the last 7. */
  lastWeek: { rest: number; training: number; unknown: number };
}

export interface Readiness {
  date: string;
  verdict: Verdict;
  action: string;
  reasons: Reason[];
  advice: string[];
  rest: RestAdvice;
  /** What the verdict could not use, so it is read for what it is. */
  missing: string[];
}

export const ACTIONS: Record<Verdict, string> = {
  green: 'Train as planned.',
  amber: 'Train light or do active recovery: a walk, an easy ride, mobility or the foam roller.',
  red: 'Take a full rest day.',
  unknown: 'Not enough data for a verdict yet.',
};
const ILL_ACTION = 'Rest until you are well: no training while ill, then start again easy.';
const SLEEP_ACTION = 'Train, but keep it moderate; tonight, get to bed in time for 7 h or more.';

/** Two strong reasons (strength 2) from different pillars together call for rest. */
const PILLARS_FOR_RED = 2;
/** Under 5 h is a night short enough to count as a clear departure on its own. */
const VERY_SHORT_NIGHT_H = 5;
/**
 * Nights of 6-7 h are under the floor and counted as short everywhere, but they change how ready
 * a person is today only from an hour a night short: one such night, or a week averaging that
 * (6 h a night for two weeks impairs as much as two nights without sleep: Van Dongen et al. 2003).
 */
const SHORT_BY_H = 1;
const SHORT_NIGHT_LIMIT_H = SHORT_NIGHT_H - SHORT_BY_H;
const DEBT_REASON_H = 7 * SHORT_BY_H;
/** A week's nights this much shorter than the person's usual night is a departure, not a habit. */
const SLEEP_DROP_H = 1;

function sleepDrop(state: RecoveryState): number {
  const week = state.sleepDebt;
  return state.usualSleepH === null || week.meanH === null ? 0 : state.usualSleepH - week.meanH;
}

/** Facts whose week-long signs raise this week's rest-day target (the article: more rest is sometimes better). */
const MORE_REST_FACTS = new Set(['fatigue', 'sleep', 'performance']);

/** Keeps the keys in one order, so the JSON reads the same for every reason. */
const reason = ({ code, fact, pillar, strength, rule, numbers, text }: Reason): Reason => ({ code, fact, pillar, strength, rule, numbers, text });

/** The scales that give a reason of their own today (sleep quality and awakenings count in the week's sleep). */
const TODAY_SCALES = ['fatigue', 'soreness', 'motivation', 'stress'] as const;

function todayReasons(today: Day | null, state: RecoveryState): Reason[] {
  if (!today) return [];
  const reasons: Reason[] = [];
  if (isIll(today)) {
    const said = today.sick === true ? 'you said you are ill' : `your note says "${today.note ?? ''}"`;
    reasons.push(reason({
      code: 'illness', fact: 'illness', pillar: 'health', strength: 3,
      rule: 'ill today: rest, whatever the other figures say',
      numbers: {}, text: `Ill today (${said})`,
    }));
  }
  if (today.injury) {
    // A PMSys-style "(minor)" on every part is a niggle to train around, not a reason to stop.
    const minor = /\(minor\)/i.test(today.injury) && !/\((moderate|major|severe)\)/i.test(today.injury);
    reasons.push(reason({
      code: 'injury', fact: 'injury', pillar: 'body', strength: minor ? 2 : 3,
      rule: minor ? 'a minor injury today: train around it' : 'an injury today: rest it',
      numbers: {}, text: `Injury today: "${today.injury}"`,
    }));
  }
  const sleep = today.sleepHours;
  if (sleep !== null && sleep < SHORT_NIGHT_LIMIT_H) {
    reasons.push(reason({
      code: 'short-night', fact: 'sleep', pillar: 'sleep', strength: sleep < VERY_SHORT_NIGHT_H ? 2 : 1,
      rule: `last night under ${SHORT_NIGHT_LIMIT_H} h${sleep < VERY_SHORT_NIGHT_H ? ` (under ${VERY_SHORT_NIGHT_H} h: a clear departure)` : ''}`,
      numbers: { sleepH: sleep }, text: `Slept ${sleep} h last night (under ${SHORT_NIGHT_LIMIT_H} h)`,
    }));
  }
  for (const scale of TODAY_SCALES) {
    const value = today[scale];
    const norm = state.norms[scale];
    if (value === null || !isWorse(norm, value)) continue;
    reasons.push(reason({
      code: `${scale}-today`, fact: scale, pillar: scale === 'soreness' ? 'body' : 'feeling', strength: 1,
      rule: `${scale} today ${comparedWith(norm)}`,
      numbers: { value, usual: norm.ready ? norm.mean : null, sd: norm.ready ? norm.sd : null },
      text: `${scale[0]?.toUpperCase()}${scale.slice(1)} ${value}/5 today, ${comparedWith(norm)}`,
    }));
  }
  return reasons;
}

/** Turns the week's warnings into reasons: which fact, which pillar, how strong. */
function warningReason(w: Warning, state: RecoveryState, model: AcwrModel, todayLogged: boolean): Reason | null {
  const base = { code: w.code, numbers: w.numbers ?? {}, text: `${w.sign}: ${w.evidence}` };
  const acwr = acwrOf(state, model);
  switch (w.code) {
    case 'overreaching':
    case 'overtraining-risk':
      return { ...base, fact: 'overreaching', pillar: 'overall', strength: 3, rule: '3 or more of the 5 overreaching signs in the last 7 days' };
    case 'constant-fatigue':
      return { ...base, fact: 'fatigue', pillar: 'feeling', strength: 2, rule: 'fatigue above your normal on several days, also on rest days or on most days' };
    case 'performance-drop':
      return { ...base, fact: 'performance', pillar: 'feeling', strength: 2, rule: 'performance down 1 point or more while load held' };
    case 'motivation-drop':
      return { ...base, fact: 'motivation', pillar: 'feeling', strength: 2, rule: 'motivation below your normal on several days, or falling to below it' };
    case 'poor-sleep': {
      // Worse than the person's usual is a departure; short nights that are their usual count from an hour short.
      const n = w.numbers ?? {};
      const worseThanUsual = Number(n.worseQuality ?? 0) > 0 || Number(n.restless ?? 0) > 0 || sleepDrop(state) >= SLEEP_DROP_H;
      if (worseThanUsual) return { ...base, fact: 'sleep', pillar: 'sleep', strength: 2, rule: `sleep worse than your normal this week (quality, awakenings, or ${SLEEP_DROP_H} h or more below your usual night)` };
      const weekMean = state.sleepDebt.meanH;
      return weekMean !== null && weekMean <= SHORT_NIGHT_LIMIT_H
        ? { ...base, fact: 'sleep', pillar: 'sleep', strength: 1, rule: `most nights under ${SHORT_NIGHT_H} h, ${SHORT_NIGHT_LIMIT_H} h or less on average` }
        : null;
    }
    case 'sleep-debt':
      return state.sleepDebt.hours < DEBT_REASON_H
        ? null
        : { ...base, fact: 'sleep', pillar: 'sleep', strength: 1, rule: `${DEBT_REASON_H} h or more short of your sleep target over the last 7 nights` };
    case 'soreness-injury': {
      const soreDays = Number(w.numbers?.soreDays ?? 0);
      if (soreDays === 0) {
        // Today's entry without the injury (the log offers yesterday's) means it has cleared.
        const today = state.date;
        return todayLogged
          ? null
          : { ...base, fact: 'injury', pillar: 'body', strength: 1, rule: `an injury noted in the last 7 days and no entry for ${today} yet to say it has cleared` };
      }
      return { ...base, fact: 'soreness', pillar: 'body', strength: 2, rule: 'soreness above your normal 3 or more days in a row' };
    }
    case 'no-rest-streak':
      // Only a whole known week without rest: shorter runs are planning advice in the report.
      return w.dates.length >= 7 ? { ...base, fact: 'rest', pillar: 'load', strength: 1, rule: 'no rest day in 7 or more known days in a row' } : null;
    case 'acwr-spike':
      return acwr !== null && acwr >= ACWR_SEVERE
        ? { ...base, fact: 'load-change', pillar: 'load', strength: 3, rule: `load ratio ${ACWR_SEVERE} or more on known days: twice your usual load` }
        : { ...base, fact: 'load-change', pillar: 'load', strength: 2, rule: `load ratio above ${ACWR_SPIKE} on known days` };
    case 'acwr-high':
      return { ...base, fact: 'load-change', pillar: 'load', strength: 1, rule: `load ratio ${ACWR_CAUTION}-${ACWR_SPIKE} on known days` };
    case 'strain-high':
      return { ...base, fact: 'load-pattern', pillar: 'load', strength: 2, rule: 'weekly strain 1.5 SD and 20% above your previous weeks' };
    case 'monotony-high':
      return { ...base, fact: 'load-pattern', pillar: 'load', strength: 1, rule: 'monotony above 2 over 7 known days' };
    case 'rhr-elevated': {
      // Several mornings of raised pulse together with suppressed HRV is a strong, multi-day departure.
      const strong = elevatedRestingHrRun(state).length >= 3 && state.hrv.suppressed === true;
      return {
        ...base, fact: 'rhr', pillar: 'body', strength: strong ? 3 : 2,
        rule: strong ? 'resting HR raised 3+ mornings in a row while HRV is below its normal range' : 'resting HR 5+ bpm and 1 SD above your baseline on 2+ mornings in a row',
      };
    }
    case 'hrv-suppressed':
      return { ...base, fact: 'hrv', pillar: 'body', strength: 1, rule: '7-day HRV below your normal range' };
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
  if (building.length > 0) {
    const names = building.map((n) => (n.scale === 'sleepQuality' ? 'sleep quality' : n.scale));
    missing.push(`your normal for ${names.join(', ')} is still building (${NORM_MIN_ANSWERS} answers in 28 days needed): only the far ends of the scales count meanwhile`);
  }
  if (!today) missing.unshift(`no entry for ${date} yet: log last night's sleep and how you feel ("recover log") for a sharper verdict`);
  const rest = restAdvice(week, settings, []);
  const logged = week.filter((d) => isLogged(d.entry)).length;
  if (logged < 3) {
    return { date, verdict: 'unknown', action: ACTIONS.unknown, reasons: [], advice: [`Log a few days first: ${logged} of the last 7 have an entry.`], rest, missing };
  }
  const warnings = [...assessWarnings(week, settings, state.norms, persistentOverreaching(days, date)), ...loadWarnings(state, model)];
  const candidates = [...warnings.flatMap((w) => { const r = warningReason(w, state, model, today !== null); return r ? [reason(r)] : []; }), ...todayReasons(today, state)];
  const reasons = onePerFact(candidates);
  const verdict = verdictOf(reasons);
  const onlySleep = verdict === 'amber' && reasons.every((r) => r.pillar === 'sleep');
  const action = reasons[0]?.code === 'illness' ? ILL_ACTION : onlySleep ? SLEEP_ACTION : ACTIONS[verdict];
  const raised = restAdvice(week, settings, reasons);
  return { date, verdict, action, reasons, advice: [...advice(verdict, state, raised, model), ...planAdvice(verdict, today, days, settings)], rest: raised, missing };
}

function restAdvice(week: readonly CalendarDay[], settings: Settings, reasons: readonly Reason[]): RestAdvice {
  const target = restDaysFor(settings);
  const raisedBecause = reasons.filter((r) => r.strength >= 2 && MORE_REST_FACTS.has(r.fact)).map((r) => r.text.split(':')[0] ?? r.code);
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
function planAdvice(verdict: Verdict, today: Day | null, days: ReadonlyMap<string, Day>, settings: Settings): string[] {
  const lines: string[] = [];
  const water = waterTargetL(today, settings);
  if (water !== null) lines.push(`Water target today: about ${water.toFixed(1)} l (30 ml per kg of body weight, plus 0.5 l per hour of training).`);
  if (verdict === 'amber') {
    const last = [...days.values()].reverse().flatMap((d) => d.sessions.filter((s) => RECOVERY_TYPES.has(s.type)))[0];
    lines.push(
      last
        ? `Active recovery fits today: like your last ${last.type} session (${last.minutes} min), or a walk, an easy ride, yoga or the foam roller.`
        : 'Active recovery fits today: 20-40 min of walking, an easy ride, yoga, mobility or the foam roller.',
    );
  }
  return lines;
}

function advice(verdict: Verdict, state: RecoveryState, rest: RestAdvice, model: AcwrModel): string[] {
  const lines: string[] = [];
  const debt = state.sleepDebt.hours;
  lines.push(
    debt > 0
      ? `Sleep 7-9 h tonight: you are ${debt.toFixed(1)} h short of your ${state.sleepDebt.targetH} h target this week.`
      : 'Sleep 7-9 h tonight, at your usual time.',
  );
  if (verdict !== 'red') lines.push('Eat a meal with protein and carbohydrates within 2 h after training.');
  else lines.push('Eat well even on a rest day: protein at every meal repairs muscle.');
  lines.push('Drink water through the day.');
  if (rest.thisWeek > rest.target) {
    lines.push(
      `Plan ${plural(rest.thisWeek, 'rest day')} this week instead of ${rest.target}: ${rest.raisedBecause.join(', ').toLowerCase()}. More rest is sometimes the better training.`,
    );
  }
  const { rest: taken, training, unknown } = rest.lastWeek;
  if (taken === 0 && unknown === 0) lines.push('Plan your next rest day now ("recover plan"): there was none in the last 7 days.');
  else if (taken === 0 && training > 0) {
    lines.push(`Plan your next rest day now ("recover plan"): none logged in the last 7 days (${plural(unknown, 'day')} not logged).`);
  }
  const acwr = acwrOf(state, model);
  if (acwr !== null && acwr >= ACWR_CAUTION && acwr <= ACWR_SPIKE) lines.push("Hold this week's load rather than adding to it.");
  return lines;
}

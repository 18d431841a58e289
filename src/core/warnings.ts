import { addDays, dateRange } from './dates.js';
import { longest, runsOf } from './runs.js';
import { dayLoad, dayStatus, isIll, isLogged, isRestDay, type CalendarDay } from './day-status.js';
import { isWorse, personalNorms, type Norm, type Norms, type Scale } from './personal.js';
import { mean } from './stats.js';
import { proteinTargetG, restDaysFor, SHORT_NIGHT_H } from './settings.js';
import { restTarget } from './summary.js';
import type { Day, Settings } from './types.js';

export type WarningLevel = 'alert' | 'warning' | 'info';

export type WarningCode =
  | 'overreaching'
  | 'overtraining-risk'
  | 'constant-fatigue'
  | 'performance-drop'
  | 'motivation-drop'
  | 'poor-sleep'
  | 'soreness-injury'
  | 'few-rest-days'
  | 'no-rest-streak'
  | 'low-protein'
  | 'no-post-training-meal'
  | 'weight-unknown'
  | 'acwr-spike'
  | 'acwr-high'
  | 'acwr-low'
  | 'monotony-high'
  | 'strain-high'
  | 'rhr-elevated'
  | 'hrv-suppressed'
  | 'sleep-debt'
  | 'skipped-rest'
  | 'unplanned-hard'
  | 'plan-few-rest'
  | 'plan-no-rest-streak';

/** A day's value in a warning's evidence; `rest` marks a rest day. */
export interface DatedValue {
  date: string;
  value: number;
  rest?: boolean;
}

/**
 * The facts behind a warning's evidence, beyond its numbers: the dated values it lists and the
 * norms it judged them by. The words (sign, evidence, advice) are made in render/messages/warnings.ts.
 */
export interface WarningFacts {
  /** The values the evidence lists, in date order (the days worse than normal, the short nights...). */
  values?: DatedValue[];
  /** Poor sleep's second and third lists: nights of worse quality and of more awakenings. */
  quality?: DatedValue[];
  awakenings?: DatedValue[];
  /** The norm each listed scale was judged by. */
  norms?: Partial<Record<Scale, Norm>>;
  /** Injury notes, as the person wrote them, and the days they were noted on. */
  notes?: string[];
  injured?: string[];
  /** Which wording applies: motivation 'dropping' or 'low'; a rest-day run 'lastWeek'; soreness 'injury'; the load model. */
  variant?: string;
  /** The overreaching signs an alert names. */
  signs?: Warning[];
}

export interface Warning {
  code: WarningCode;
  level: WarningLevel;
  dates: string[];
  /** The figures behind it, for scripts (JSON) and for the words. */
  numbers?: Record<string, number | string | null>;
  facts?: WarningFacts;
}

/** The overreaching and overtraining signs of the ECSS/ACSM consensus (Meeusen et al. 2013) that we can see. */
export const OVERTRAINING_SIGNS: readonly WarningCode[] = [
  'constant-fatigue',
  'performance-drop',
  'motivation-drop',
  'poor-sleep',
  'soreness-injury',
];
export const SIGNS_FOR_OVERREACHING = 3;
const MIN_DAYS_FOR_OVERREACHING = 5;
const LINGERING_DAYS = 3;

/** "Several" days: at least `minimum`, and at least a quarter of the days that have the value. */
export function several(daysWithValue: number, minimum: number): number {
  return Math.max(minimum, Math.ceil(daysWithValue * 0.25));
}

type Value = { date: string; value: number; day: Day };

/** The values as evidence lists them: a date and a value, rest days marked where that matters. */
const dated = (vs: readonly Value[], markRest = false): DatedValue[] =>
  vs.map((v) => (markRest && isRestDay(v.day) ? { date: v.date, value: v.value, rest: true } : { date: v.date, value: v.value }));
const round = (n: number): number => Math.round(n * 100) / 100;

function values(range: readonly CalendarDay[], pick: (d: Day) => number | null): Value[] {
  return range.flatMap(({ entry }) => {
    const value = entry ? pick(entry) : null;
    return entry && value !== null ? [{ date: entry.date, value, day: entry }] : [];
  });
}

function halves<T>(items: readonly T[]): [T[], T[]] {
  const cut = Math.floor(items.length / 2);
  return [items.slice(0, cut), items.slice(cut)];
}

/** The days whose answer on a scale is worse than the person's normal (or the fixed cut-off while it builds). */
function worseDays(range: readonly CalendarDay[], norms: Norms, scale: Scale): { all: Value[]; worse: Value[] } {
  const all = values(range, (d) => d[scale]);
  return { all, worse: all.filter((v) => isWorse(norms[scale], v.value)) };
}

function constantFatigue(range: readonly CalendarDay[], norms: Norms): Warning | null {
  const { all, worse: high } = worseDays(range, norms, 'fatigue');
  const onRestDays = high.some((v) => isRestDay(v.day));
  const most = high.length * 2 >= all.length;
  if (high.length < several(all.length, 3) || !(onRestDays || most)) return null;
  return {
    code: 'constant-fatigue',
    level: 'warning',
    dates: high.map((v) => v.date),
    numbers: { days: high.length, of: all.length, usual: norms.fatigue.ready ? norms.fatigue.mean : null },
    facts: { values: dated(high, true), norms: { fatigue: norms.fatigue } },
  };
}

function performanceDrop(range: readonly CalendarDay[]): Warning | null {
  const trained = values(range, (d) => d.performance).filter((v) => dayStatus(v.day) === 'training');
  if (trained.length < 3) return null;
  const [earlier, later] = halves(trained);
  const perf = (vs: Value[]) => mean(vs.map((v) => v.value)) ?? 0;
  const load = (vs: Value[]) => mean(vs.map((v) => dayLoad(v.day))) ?? 0;
  if (perf(earlier) - perf(later) < 1 || load(later) < 0.9 * load(earlier)) return null;
  return {
    code: 'performance-drop',
    level: 'warning',
    dates: later.map((v) => v.date),
    numbers: { from: round(perf(earlier)), to: round(perf(later)), loadFrom: Math.round(load(earlier)), loadTo: Math.round(load(later)) },
    facts: { values: dated(trained) },
  };
}

function motivationDrop(range: readonly CalendarDay[], norms: Norms): Warning | null {
  const { all: logged, worse: low } = worseDays(range, norms, 'motivation');
  const [earlier, later] = halves(logged);
  const last = later.at(-1);
  // A drift from 5 to 3 is no sign: the drop must end below the person's own normal.
  const dropping =
    logged.length >= 4 &&
    (mean(earlier.map((v) => v.value)) ?? 0) - (mean(later.map((v) => v.value)) ?? 0) >= 1 &&
    last !== undefined &&
    isWorse(norms.motivation, last.value);
  if (low.length < several(logged.length, 3) && !dropping) return null;
  return {
    code: 'motivation-drop',
    level: 'warning',
    dates: (dropping ? later : low).map((v) => v.date),
    numbers: { days: low.length, of: logged.length, usual: norms.motivation.ready ? norms.motivation.mean : null },
    facts: { values: dated(dropping ? logged : low), norms: { motivation: norms.motivation }, variant: dropping ? 'dropping' : 'low' },
  };
}

function poorSleep(range: readonly CalendarDay[], norms: Norms): Warning | null {
  const hours = values(range, (d) => d.sleepHours);
  const short = hours.filter((v) => v.value < SHORT_NIGHT_H);
  const quality = worseDays(range, norms, 'sleepQuality');
  const restless = worseDays(range, norms, 'awakenings');
  // Short sleep is a sign when it is the week's pattern (most nights), not after one or two late nights.
  const shortNights = short.length >= Math.max(3, Math.ceil(hours.length / 2)) ? short : [];
  // One worse night is no pattern: quality and awakenings count only when several nights are worse.
  const worseQuality = quality.worse.length >= several(quality.all.length, 2) ? quality.worse : [];
  const restlessNights = restless.worse.length >= several(restless.all.length, 2) ? restless.worse : [];
  if (shortNights.length + worseQuality.length + restlessNights.length === 0) return null;
  return {
    code: 'poor-sleep',
    level: 'warning',
    dates: [...new Set([...short, ...worseQuality, ...restlessNights].map((v) => v.date))].sort(),
    numbers: { shortNights: short.length, nights: hours.length, worseQuality: worseQuality.length, restless: restlessNights.length },
    facts: {
      values: dated(shortNights),
      quality: dated(worseQuality),
      awakenings: dated(restlessNights),
      norms: { sleepQuality: norms.sleepQuality, awakenings: norms.awakenings },
    },
  };
}

function sorenessOrInjury(range: readonly CalendarDay[], norms: Norms): Warning | null {
  const sore = longest(runsOf(worseDays(range, norms, 'soreness').worse));
  const injured = range.flatMap(({ entry }) => (entry?.injury ? [entry] : []));
  const lingering = sore.length >= LINGERING_DAYS ? sore : [];
  if (lingering.length === 0 && injured.length === 0) return null;
  return {
    code: 'soreness-injury',
    level: 'warning',
    dates: [...new Set([...sore.map((v) => v.date), ...injured.map((d) => d.date)])].sort(),
    numbers: { soreDays: lingering.length, injuryDays: injured.length },
    facts: {
      values: dated(lingering),
      norms: { soreness: norms.soreness },
      notes: [...new Set(injured.map((d) => d.injury ?? ''))],
      injured: injured.map((d) => d.date),
      variant: injured.length > 0 ? 'injury' : 'soreness',
    },
  };
}

function fewRestDays(range: readonly CalendarDay[], settings: Settings): Warning | null {
  const target = restTarget(settings, range.length);
  const statuses = range.map((d) => ({ date: d.date, status: dayStatus(d.entry) }));
  const rest = statuses.filter((s) => s.status === 'full-rest' || s.status === 'active-rest');
  const unlogged = statuses.filter((s) => s.status === 'unknown').length;
  // Unlogged days count in the user's favour: warn only when the shortfall is certain.
  if (rest.length + unlogged >= target) return null;
  return {
    code: 'few-rest-days',
    level: 'warning',
    dates: rest.map((s) => s.date),
    numbers: { rest: rest.length, days: range.length, target, unlogged, restDaysAWeek: restDaysFor(settings) },
  };
}

/** A run of known training days with no rest day in it; unlogged days break the run, as nothing is known of them. */
function noRestStreak(range: readonly CalendarDay[], settings: Settings): Warning | null {
  const limit = 7 - restDaysFor(settings);
  const streak = longest(runsOf(range.filter((d) => dayStatus(d.entry) === 'training'))).map((d) => d.date);
  if (streak.length <= limit) return null;
  const lastWeek = streak.length >= 7 && streak.at(-1) === range.at(-1)?.date;
  return {
    code: 'no-rest-streak',
    level: 'warning',
    dates: streak,
    numbers: { days: streak.length, limit, restDaysAWeek: restDaysFor(settings) },
    facts: { variant: lastWeek ? 'lastWeek' : 'run' },
  };
}

function lowProtein(range: readonly CalendarDay[], settings: Settings): Warning | null {
  const logged = values(range, (d) => d.proteinG);
  const target = proteinTargetG(settings);
  if (target === null) {
    if (logged.length === 0) return null;
    return { code: 'weight-unknown', level: 'info', dates: [], numbers: { days: logged.length } };
  }
  const under = logged.filter((v) => v.value < target);
  if (under.length < 2 || under.length * 2 <= logged.length) return null;
  return {
    code: 'low-protein',
    level: 'warning',
    dates: under.map((v) => v.date),
    numbers: { targetG: Math.round(target), gPerKg: settings.proteinGPerKg, weightKg: settings.weightKg, days: under.length, of: logged.length },
    facts: { values: dated(under) },
  };
}

function noPostTrainingMeal(range: readonly CalendarDay[]): Warning | null {
  const missed = range.flatMap(({ entry }) =>
    entry && entry.mealWithin2h === false && dayStatus(entry) === 'training' ? [entry.date] : [],
  );
  if (missed.length === 0) return null;
  return { code: 'no-post-training-meal', level: 'warning', dates: missed };
}

/** The overreaching signs that show in a range, leaving out days of illness (rest is right then, the label is not). */
export function overreachingSigns(range: readonly CalendarDay[], norms: Norms): Warning[] {
  const well = range.map((d) => (isIll(d.entry) ? { date: d.date, entry: null } : d));
  return [constantFatigue(well, norms), performanceDrop(well), motivationDrop(well, norms), poorSleep(well, norms), sorenessOrInjury(well, norms)].filter(
    (w): w is Warning => w !== null,
  );
}

/**
 * Every warning for the range, the overall alert first when it applies. `persistent` says
 * whether the signs also held in each of the two weeks before (see persistentOverreaching).
 */
export function assessWarnings(range: readonly CalendarDay[], settings: Settings, norms: Norms, persistent = false): Warning[] {
  const signs = overreachingSigns(range, norms);
  const found = [
    ...signs,
    fewRestDays(range, settings),
    noRestStreak(range, settings),
    lowProtein(range, settings),
    noPostTrainingMeal(range),
  ].filter((w): w is Warning => w !== null);
  // A cluster needs a week to show in: not from a person's first few entries.
  const logged = range.filter((d) => isLogged(d.entry)).length;
  if (signs.length < SIGNS_FOR_OVERREACHING || logged < MIN_DAYS_FOR_OVERREACHING) return found;
  const dates = [...new Set(signs.flatMap((w) => w.dates))].sort();
  const alert: Warning = persistent
    ? { code: 'overtraining-risk', level: 'alert', dates, numbers: { signs: signs.length, of: OVERTRAINING_SIGNS.length, weeks: PERSISTENT_WEEKS, perWeek: SIGNS_FOR_OVERREACHING }, facts: { signs } }
    : { code: 'overreaching', level: 'alert', dates, numbers: { signs: signs.length, of: OVERTRAINING_SIGNS.length }, facts: { signs } };
  return [alert, ...found];
}

export const PERSISTENT_WEEKS = 3;

/**
 * Overtraining, unlike overreaching, lasts: the signs held in each of the last three weeks
 * although rest days were taken (at least one a week). Judged against the norm from before
 * the three weeks, so the bad weeks do not become the person's "normal".
 */
export function persistentOverreaching(days: ReadonlyMap<string, Day>, end: string): boolean {
  const start = addDays(end, -(7 * PERSISTENT_WEEKS - 1));
  const norms = personalNorms(days, start);
  const weeks = Array.from({ length: PERSISTENT_WEEKS }, (_, k) =>
    dateRange(addDays(start, 7 * k), addDays(start, 7 * k + 6)).map((date) => ({ date, entry: days.get(date) ?? null })),
  );
  return weeks.every(
    (week) => overreachingSigns(week, norms).length >= SIGNS_FOR_OVERREACHING && week.some((d) => isRestDay(d.entry)),
  );
}

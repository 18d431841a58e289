import { addDays, dateRange, weekday } from './dates.js';
import { longest, runsOf } from './runs.js';
import { dayLoad, dayStatus, isIll, isLogged, isRestDay, type CalendarDay } from './day-status.js';
import { comparedWith, isWorse, personalNorms, type Norms, type Scale } from './personal.js';
import { mean } from './stats.js';
import { proteinTargetG, restDaysFor, SHORT_NIGHT_H } from './settings.js';
import { restTarget } from './summary.js';
import type { Day, Settings } from './types.js';
import { plural } from './words.js';

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

export interface Warning {
  code: WarningCode;
  level: WarningLevel;
  /** The sign, in a few words. */
  sign: string;
  /** Which days and which values led to it. */
  evidence: string;
  advice: string;
  dates: string[];
  /** The figures behind it, for scripts (JSON). */
  numbers?: Record<string, number | string | null>;
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

export function label(date: string): string {
  return `${weekday(date)} ${date.slice(5)}`;
}

type Value = { date: string; value: number; day: Day };

function values(range: readonly CalendarDay[], pick: (d: Day) => number | null): Value[] {
  return range.flatMap(({ entry }) => {
    const value = entry ? pick(entry) : null;
    return entry && value !== null ? [{ date: entry.date, value, day: entry }] : [];
  });
}

const round = (n: number): number => Math.round(n * 100) / 100;
const plain = (v: Value) => String(round(v.value));
const withUnit = (unit: string) => (v: Value) => `${round(v.value)}${unit}`;

/**
 * Evidence as "Mon 11-16 6.5 h, Wed 11-18 to Fri 11-20 4 each": consecutive days that show
 * the same value fold into one run, so a bad week stays one readable line.
 */
function list<T extends { date: string }>(items: readonly T[], show: (item: T) => string): string {
  return runsOf(items, (a, b) => show(a) === show(b))
    .map((run) => {
      const [first, last] = [run[0] as T, run.at(-1) as T];
      const span = run.length === 1 ? label(first.date) : `${label(first.date)} to ${label(last.date)}`;
      const value = show(first);
      return value === '' ? span : `${span} ${value}${run.length > 1 ? ' each' : ''}`;
    })
    .join(', ');
}

export function dateList(dates: readonly string[]): string {
  return list(dates.map((date) => ({ date })), () => '');
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
    sign: 'Constant fatigue',
    evidence: `fatigue ${comparedWith(norms.fatigue)} on ${high.length} of ${all.length} days: ${list(high, (v) => `${v.value}${isRestDay(v.day) ? ' (rest day)' : ''}`)}`,
    advice: 'Tiredness that rest does not clear is an early sign of overreaching: take a full rest day, sleep 8 h and eat enough.',
    dates: high.map((v) => v.date),
    numbers: { days: high.length, of: all.length, usual: norms.fatigue.ready ? norms.fatigue.mean : null },
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
    sign: 'Performance dropping while load stays high',
    evidence: `performance ${round(perf(earlier))} -> ${round(perf(later))} (${list(trained, plain)}) while load per training day went ${Math.round(load(earlier))} -> ${Math.round(load(later))} AU`,
    advice: 'More work is not paying off: take a lighter week (cut volume or intensity by a third) before pushing again.',
    dates: later.map((v) => v.date),
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
    sign: 'Motivation dropping',
    evidence: dropping
      ? `motivation ${list(logged, plain)}, ending ${comparedWith(norms.motivation)}`
      : `motivation ${comparedWith(norms.motivation)} on ${list(low, plain)}`,
    advice: 'Losing the drive to train is a classic overtraining sign: swap a hard session for an easy one you enjoy and plan a rest day.',
    dates: (dropping ? later : low).map((v) => v.date),
    numbers: { days: low.length, of: logged.length, usual: norms.motivation.ready ? norms.motivation.mean : null },
  };
}

function poorSleep(range: readonly CalendarDay[], norms: Norms): Warning | null {
  const hours = values(range, (d) => d.sleepHours);
  const short = hours.filter((v) => v.value < SHORT_NIGHT_H);
  const quality = worseDays(range, norms, 'sleepQuality');
  const restless = worseDays(range, norms, 'awakenings');
  const parts: string[] = [];
  // Short sleep is a sign when it is the week's pattern (most nights), not after one or two late nights.
  if (short.length >= Math.max(3, Math.ceil(hours.length / 2))) parts.push(`under ${SHORT_NIGHT_H} h on ${list(short, withUnit(' h'))}`);
  // One worse night is no pattern: quality and awakenings count only when several nights are worse.
  const worseQuality = quality.worse.length >= several(quality.all.length, 2) ? quality.worse : [];
  const restlessNights = restless.worse.length >= several(restless.all.length, 2) ? restless.worse : [];
  if (worseQuality.length > 0) parts.push(`quality ${comparedWith(norms.sleepQuality)} on ${list(worseQuality, plain)}`);
  if (restlessNights.length > 0) parts.push(`awakenings ${comparedWith(norms.awakenings)} on ${list(restlessNights, withUnit('x'))}`);
  if (parts.length === 0) return null;
  return {
    code: 'poor-sleep',
    level: 'warning',
    sign: 'Poor sleep',
    evidence: parts.join('; '),
    advice: 'Most repair happens asleep: aim for 7-9 h on a steady schedule, in a dark, cool room, without late caffeine or screens.',
    dates: [...new Set([...short, ...worseQuality, ...restlessNights].map((v) => v.date))].sort(),
    numbers: { shortNights: short.length, nights: hours.length, worseQuality: worseQuality.length, restless: restlessNights.length },
  };
}

function sorenessOrInjury(range: readonly CalendarDay[], norms: Norms): Warning | null {
  const sore = longest(runsOf(worseDays(range, norms, 'soreness').worse));
  const injured = range.flatMap(({ entry }) => (entry?.injury ? [entry] : []));
  const parts: string[] = [];
  if (sore.length >= LINGERING_DAYS) {
    parts.push(`soreness ${comparedWith(norms.soreness)} for ${sore.length} days in a row: ${list(sore, plain)}`);
  }
  if (injured.length > 0) {
    const notes = [...new Set(injured.map((d) => d.injury))];
    parts.push(`injury noted on ${dateList(injured.map((d) => d.date))}: ${notes.map((n) => `"${n}"`).join(', ')}`);
  }
  if (parts.length === 0) return null;
  return {
    code: 'soreness-injury',
    level: 'warning',
    sign: injured.length > 0 ? 'Injury or lingering soreness' : 'Lingering soreness',
    evidence: parts.join('; '),
    advice: 'Soreness that lasts beyond 2-3 days means the body has not caught up: train other areas or do mobility, and see a physio if pain persists.',
    dates: [...new Set([...sore.map((v) => v.date), ...injured.map((d) => d.date)])].sort(),
    numbers: { soreDays: sore.length >= LINGERING_DAYS ? sore.length : 0, injuryDays: injured.length },
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
    sign: 'Too few rest days',
    evidence: `${plural(rest.length, 'rest day')} in ${range.length} days${
      rest.length ? ` (${rest.map((s) => label(s.date)).join(', ')})` : ''
    }, target ${target}${unlogged ? `; ${plural(unlogged, 'day')} not logged` : ''}`,
    advice: `Plan ${plural(restDaysFor(settings), 'rest day')} a week ahead of time; a walk, an easy ride or mobility work count as active rest.`,
    dates: rest.map((s) => s.date),
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
    sign: lastWeek ? 'No rest day in the last 7 days' : 'Long run without rest',
    evidence: `${streak.length} training days in a row, ${label(streak[0] ?? '')} to ${label(streak.at(-1) ?? '')} (at most ${limit} with ${plural(restDaysFor(settings), 'rest day')} a week)`,
    advice: lastWeek
      ? 'Take a rest day tomorrow: a full one, or a walk, an easy ride or mobility.'
      : 'Take a rest day within the next day or two, before fatigue forces one on you.',
    dates: streak,
  };
}

function lowProtein(range: readonly CalendarDay[], settings: Settings): Warning | null {
  const logged = values(range, (d) => d.proteinG);
  const target = proteinTargetG(settings);
  if (target === null) {
    if (logged.length === 0) return null;
    return {
      code: 'weight-unknown',
      level: 'info',
      sign: 'Protein target unknown',
      evidence: `protein logged on ${plural(logged.length, 'day')} but no body weight is set`,
      advice: 'Set your weight ("recover config set weight 75") to compare protein with your target.',
      dates: [],
    };
  }
  const under = logged.filter((v) => v.value < target);
  if (under.length < 2 || under.length * 2 <= logged.length) return null;
  return {
    code: 'low-protein',
    level: 'warning',
    sign: 'Protein under target on most days',
    evidence: `under ${Math.round(target)} g (${settings.proteinGPerKg} g/kg x ${settings.weightKg} kg) on ${under.length} of ${logged.length} days: ${list(under, withUnit(' g'))}`,
    advice: 'Muscle is repaired from protein: add a protein source (about 0.3 g/kg) to every meal.',
    dates: under.map((v) => v.date),
  };
}

function noPostTrainingMeal(range: readonly CalendarDay[]): Warning | null {
  const missed = range.flatMap(({ entry }) =>
    entry && entry.mealWithin2h === false && dayStatus(entry) === 'training' ? [entry.date] : [],
  );
  if (missed.length === 0) return null;
  return {
    code: 'no-post-training-meal',
    level: 'warning',
    sign: 'No meal within 2 h after training',
    evidence: `on ${dateList(missed)}`,
    advice: 'Eat a balanced meal with protein and carbohydrates within 1-2 h after training to start repair and refill glycogen.',
    dates: missed,
  };
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
  const names = signs.map((w) => w.sign.toLowerCase()).join(', ');
  const alert: Warning = persistent
    ? {
        code: 'overtraining-risk',
        level: 'alert',
        sign: 'Overtraining risk',
        evidence: `${signs.length} of ${OVERTRAINING_SIGNS.length} signs this week (${names}), and ${SIGNS_FOR_OVERREACHING} or more in each of the two weeks before, despite rest days`,
        advice: 'Signs that last three weeks despite rest need more than a rest day: cut training right back and talk to your coach or a doctor, who can also rule out illness.',
        dates: [...new Set(signs.flatMap((w) => w.dates))].sort(),
        numbers: { signs: signs.length, weeks: PERSISTENT_WEEKS },
      }
    : {
        code: 'overreaching',
        level: 'alert',
        sign: `Overreaching: ${signs.length} of the ${OVERTRAINING_SIGNS.length} signs this week`,
        evidence: names,
        advice: 'Back off now: take 2 full rest days, then train light until fatigue, sleep and mood recover. Caught early, overreaching clears in days to a couple of weeks.',
        dates: [...new Set(signs.flatMap((w) => w.dates))].sort(),
        numbers: { signs: signs.length },
      };
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

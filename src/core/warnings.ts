import { weekday } from './dates.js';
import { longest, runsOf } from './runs.js';
import { dayLoad, dayStatus, isRestDay, type CalendarDay } from './day-status.js';
import { mean } from './stats.js';
import { proteinTargetG, SHORT_NIGHT_H } from './settings.js';
import { restTarget } from './summary.js';
import type { Day, Settings } from './types.js';
import { plural } from './words.js';

export type WarningLevel = 'alert' | 'warning' | 'info';

export type WarningCode =
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
}

/** The overtraining signs of the ECSS/ACSM consensus (Meeusen et al. 2013) that we can see. */
const OVERTRAINING_SIGNS: readonly WarningCode[] = [
  'constant-fatigue',
  'performance-drop',
  'motivation-drop',
  'poor-sleep',
  'soreness-injury',
];
const SIGNS_FOR_RISK = 3;

/** On our 1-5 scales, 4 and 5 are high (fatigue, soreness), 1 and 2 low (motivation, quality). */
const HIGH = 4;
const LOW = 2;
const MANY_AWAKENINGS = 3;
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

function constantFatigue(range: readonly CalendarDay[]): Warning | null {
  const logged = values(range, (d) => d.fatigue);
  const high = logged.filter((v) => v.value >= HIGH);
  const onRestDays = high.some((v) => isRestDay(v.day));
  const most = high.length * 2 >= logged.length;
  if (high.length < several(logged.length, 3) || !(onRestDays || most)) return null;
  return {
    code: 'constant-fatigue',
    level: 'warning',
    sign: 'Constant fatigue',
    evidence: `fatigue ${HIGH}+ on ${high.length} of ${logged.length} days: ${list(high, (v) => `${v.value}${isRestDay(v.day) ? ' (rest day)' : ''}`)}`,
    advice: 'Tiredness that rest does not clear is an early sign of overreaching: take a full rest day, sleep 8 h and eat enough.',
    dates: high.map((v) => v.date),
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

function motivationDrop(range: readonly CalendarDay[]): Warning | null {
  const logged = values(range, (d) => d.motivation);
  const low = logged.filter((v) => v.value <= LOW);
  const [earlier, later] = halves(logged);
  const dropping =
    logged.length >= 4 &&
    (mean(earlier.map((v) => v.value)) ?? 0) - (mean(later.map((v) => v.value)) ?? 0) >= 1 &&
    (later.at(-1)?.value ?? 5) <= 3;
  if (low.length < several(logged.length, 2) && !dropping) return null;
  return {
    code: 'motivation-drop',
    level: 'warning',
    sign: 'Motivation dropping',
    evidence: dropping ? `motivation ${list(logged, plain)}` : `motivation ${LOW} or lower on ${list(low, plain)}`,
    advice: 'Losing the drive to train is a classic overtraining sign: swap a hard session for an easy one you enjoy and plan a rest day.',
    dates: (dropping ? later : low).map((v) => v.date),
  };
}

function poorSleep(range: readonly CalendarDay[]): Warning | null {
  const hours = values(range, (d) => d.sleepHours);
  const quality = values(range, (d) => d.sleepQuality);
  const awakenings = values(range, (d) => d.awakenings);
  const short = hours.filter((v) => v.value < SHORT_NIGHT_H);
  const bad = quality.filter((v) => v.value <= LOW);
  const restless = awakenings.filter((v) => v.value >= MANY_AWAKENINGS);
  const parts: string[] = [];
  if (short.length >= several(hours.length, 2)) parts.push(`under ${SHORT_NIGHT_H} h on ${list(short, withUnit(' h'))}`);
  if (bad.length >= several(quality.length, 2)) parts.push(`quality ${LOW} or lower on ${list(bad, plain)}`);
  if (restless.length >= several(awakenings.length, 2)) {
    parts.push(`${MANY_AWAKENINGS}+ awakenings on ${list(restless, withUnit('x'))}`);
  }
  if (parts.length === 0) return null;
  return {
    code: 'poor-sleep',
    level: 'warning',
    sign: 'Poor sleep',
    evidence: parts.join('; '),
    advice: 'Most repair happens asleep: aim for 7-8 h or more on a steady schedule, in a dark, cool room, without late caffeine or screens.',
    dates: [...new Set([...short, ...bad, ...restless].map((v) => v.date))].sort(),
  };
}

function sorenessOrInjury(range: readonly CalendarDay[]): Warning | null {
  const sore = longest(runsOf(values(range, (d) => d.soreness).filter((v) => v.value >= HIGH)));
  const injured = range.flatMap(({ entry }) => (entry?.injury ? [entry] : []));
  const parts: string[] = [];
  if (sore.length >= LINGERING_DAYS) {
    parts.push(`soreness ${HIGH}+ for ${sore.length} days in a row: ${list(sore, plain)}`);
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
    advice: `Plan ${settings.restDaysPerWeek} rest days a week ahead of time; a walk, an easy ride or mobility work count as active rest.`,
    dates: rest.map((s) => s.date),
  };
}

function noRestStreak(range: readonly CalendarDay[], settings: Settings): Warning | null {
  const limit = 7 - settings.restDaysPerWeek;
  const streak = longest(runsOf(range.filter((d) => dayStatus(d.entry) === 'training'))).map((d) => d.date);
  if (streak.length <= limit) return null;
  const lastWeek = streak.length >= 7 && streak.at(-1) === range.at(-1)?.date;
  return {
    code: 'no-rest-streak',
    level: 'warning',
    sign: lastWeek ? 'No rest day in the last 7 days' : 'Long run without rest',
    evidence: `${streak.length} training days in a row, ${label(streak[0] ?? '')} to ${label(streak.at(-1) ?? '')} (at most ${limit} with ${settings.restDaysPerWeek} rest days a week)`,
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

/** Every warning for the range, the overall overtraining risk first when it applies. */
export function assessWarnings(range: readonly CalendarDay[], settings: Settings): Warning[] {
  const found = [
    constantFatigue(range),
    performanceDrop(range),
    motivationDrop(range),
    poorSleep(range),
    sorenessOrInjury(range),
    fewRestDays(range, settings),
    noRestStreak(range, settings),
    lowProtein(range, settings),
    noPostTrainingMeal(range),
  ].filter((w): w is Warning => w !== null);
  const signs = found.filter((w) => OVERTRAINING_SIGNS.includes(w.code));
  if (signs.length < SIGNS_FOR_RISK) return found;
  const risk: Warning = {
    code: 'overtraining-risk',
    level: 'alert',
    sign: 'Overtraining risk',
    evidence: `${signs.length} of ${OVERTRAINING_SIGNS.length} overtraining signs at once: ${signs.map((w) => w.sign.toLowerCase()).join(', ')}`,
    advice: 'Back off now: take 2 full rest days, then train light until fatigue, sleep and mood recover; if they do not within 1-2 weeks, talk to your coach or a doctor.',
    dates: [...new Set(signs.flatMap((w) => w.dates))].sort(),
  };
  return [risk, ...found];
}

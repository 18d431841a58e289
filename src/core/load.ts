import { addDays, dateRange } from './dates.js';
import { isIll, knownLoad, trainingKnown } from './day-status.js';
import { mean, populationSd, sum } from './stats.js';
import type { Day } from './types.js';

export const ACUTE_DAYS = 7;
export const CHRONIC_DAYS = 28;
export const CHRONIC_LONG_DAYS = 42;
/** A ratio needs most of both windows known: 5 of the last 7 days and 21 of the last 28. */
export const ACWR_MIN_KNOWN_ACUTE = 5;
export const ACWR_MIN_KNOWN_CHRONIC = 21;

/**
 * What report and status read, so their cost does not grow with years of history. Every window
 * but one is short: the longest (the strain norm, 8 weeks of 7-day strain) looks 62 days back;
 * LOOKBACK_DAYS leaves room for new measures. The exponential averages (EWMA ACWR, CTL, ATL)
 * remember everything, fading: they start at the lead-in, LEAD_IN_TIME_CONSTANTS of the slowest
 * (CTL, 42 days) counted in days whose training is known, as unknown days hold the averages
 * still. What is left of a different start after it is (41/42)^336 = 0.03%, under 0.5 AU
 * (the figures are shown whole) for any start up to 1,500 AU a day apart.
 */
export const LOOKBACK_DAYS = 90;
export const LEAD_IN_TIME_CONSTANTS = 8;
export const HISTORY_WINDOW = { lookbackDays: LOOKBACK_DAYS, leadInKnownDays: LEAD_IN_TIME_CONSTANTS * CHRONIC_LONG_DAYS } as const;

export interface LoadDay {
  date: string;
  /** Sum of the day's session loads (RPE x minutes); null when the day's training, or a session's load, is unknown. */
  load: number | null;
  /** An illness day: its week gets no monotony, as rest forced by illness is not a training pattern. */
  ill: boolean;
}

/**
 * Every calendar day from the first day whose training is known (or `from`, if earlier) to `to`.
 * Days before the first known day are never part of a window: nothing is known about them.
 */
export function loadSeries(entries: readonly Day[], from: string, to: string): LoadDay[] {
  const byDate = new Map(entries.map((d) => [d.date, d]));
  const first = entries.reduce((min, d) => (trainingKnown(d) && d.date < min ? d.date : min), from);
  return dateRange(first, to).map((date) => {
    const entry = byDate.get(date) ?? null;
    // A session without an RPE or an estimate leaves the day's load unknown rather than short.
    return { date, load: knownLoad(entry), ill: isIll(entry) };
  });
}

export interface LoadMetrics {
  date: string;
  /** The day's load; null when its training is unknown. */
  load: number | null;
  /** Mean daily load of the known days among the 7 ending on the date (rolling acute load). */
  acute: number | null;
  /** Mean daily load of the known days among the 28 and the 42 ending on the date. */
  chronic: number | null;
  chronic42: number | null;
  /** Days whose training is known among the 7 and the 28 ending on the date (from the first known day). */
  knownOf7: number;
  knownOf28: number;
  /** Gabbett's rolling-average ACWR (coupled): acute / chronic; null until both windows are mostly known. */
  acwr: number | null;
  /** Williams et al. 2017 EWMA ACWR: EWMA(7) / EWMA(28), under the same condition. */
  acwrEwma: number | null;
  ewmaAcute: number;
  ewmaChronic: number;
  /** Sum of the known loads of the 7 days ending on the date. */
  weekTotal: number;
  /** Foster 1998: 7-day mean / population SD; null unless all 7 days are known and none was an illness day, or when the SD is 0. */
  monotony: number | null;
  strain: number | null;
  /** Banister/PMC: chronic training load (42-day), acute training load (7-day) and training stress balance. */
  ctl: number;
  atl: number;
  /** Form (TSB) as TrainingPeaks shows it: yesterday's CTL minus yesterday's ATL. */
  tsb: number;
}

/** Williams et al. 2017: lambda = 2 / (N + 1). */
export const ewmaLambda = (days: number): number => 2 / (days + 1);

/**
 * Load metrics for every day of a series that starts on its first known day. Unknown days are
 * left out of every mean; the exponential averages and the PMC hold their value over them and
 * start from the mean of the first known week, not from zero (a new user is not "detrained").
 */
export function loadMetrics(series: readonly LoadDay[]): LoadMetrics[] {
  // One pass: each window's known loads are the slice of a list of the known days so far, found
  // by counting (the windows were sliced and filtered a day at a time, 42 days x every day).
  const knownLoads: number[] = [];
  const knownBefore: number[] = [];
  for (const day of series) {
    knownBefore.push(knownLoads.length);
    if (day.load !== null) knownLoads.push(day.load);
  }
  knownBefore.push(knownLoads.length);
  const known = (end: number, days: number) => knownLoads.slice(knownBefore[Math.max(0, end - days + 1)], knownBefore[end + 1]);
  const seed = mean(known(Math.min(series.length - 1, ACUTE_DAYS - 1), ACUTE_DAYS)) ?? 0;
  const [la, lc] = [ewmaLambda(ACUTE_DAYS), ewmaLambda(CHRONIC_DAYS)];
  let [ewmaAcute, ewmaChronic, ctl, atl] = [seed, seed, seed, seed];
  let lastIll = -Infinity;
  return series.map((day, i) => {
    const tsb = ctl - atl;
    if (day.load !== null) {
      ewmaAcute = day.load * la + (1 - la) * ewmaAcute;
      ewmaChronic = day.load * lc + (1 - lc) * ewmaChronic;
      ctl += (day.load - ctl) / CHRONIC_LONG_DAYS;
      atl += (day.load - atl) / ACUTE_DAYS;
    }
    if (day.ill) lastIll = i;
    const week = known(i, ACUTE_DAYS);
    const month = known(i, CHRONIC_DAYS);
    const acute = mean(week);
    const chronic = mean(month);
    const ready = week.length >= ACWR_MIN_KNOWN_ACUTE && month.length >= ACWR_MIN_KNOWN_CHRONIC;
    const fullWeek = week.length === ACUTE_DAYS && lastIll <= i - ACUTE_DAYS;
    const sd = fullWeek ? (populationSd(week) ?? 0) : 0;
    const monotony = sd === 0 ? null : (acute ?? 0) / sd;
    return {
      date: day.date,
      load: day.load,
      acute,
      chronic,
      chronic42: mean(known(i, CHRONIC_LONG_DAYS)),
      knownOf7: week.length,
      knownOf28: month.length,
      acwr: ready && chronic ? (acute ?? 0) / chronic : null,
      acwrEwma: ready && ewmaChronic > 0 ? ewmaAcute / ewmaChronic : null,
      ewmaAcute,
      ewmaChronic,
      weekTotal: sum(week),
      monotony,
      strain: monotony === null ? null : sum(week) * monotony,
      ctl,
      atl,
      tsb,
    };
  });
}

export interface LoadWeek {
  from: string;
  to: string;
  /** The known days' loads added up; null when no day's training is known (unknown, not 0). */
  total: number | null;
  acwr: number | null;
  acwrEwma: number | null;
  monotony: number | null;
  strain: number | null;
  ctl: number;
  atl: number;
  tsb: number;
  /** Days of the week whose training is unknown: their load is not in the total. */
  unknown: number;
}

/** The 7-day blocks that end on the last day of `metrics`, going back to its first day; each measured on its last day. */
export function loadWeeks(metrics: readonly LoadMetrics[]): LoadWeek[] {
  const weeks: LoadWeek[] = [];
  for (let i = metrics.length - 1; i >= 0; i -= ACUTE_DAYS) {
    const m = metrics[i] as LoadMetrics;
    weeks.unshift({
      from: addDays(m.date, -(ACUTE_DAYS - 1)),
      to: m.date,
      total: m.knownOf7 === 0 ? null : m.weekTotal,
      acwr: m.acwr,
      acwrEwma: m.acwrEwma,
      monotony: m.monotony,
      strain: m.strain,
      ctl: m.ctl,
      atl: m.atl,
      tsb: m.tsb,
      unknown: ACUTE_DAYS - m.knownOf7,
    });
  }
  return weeks;
}

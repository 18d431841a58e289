import { addDays, dateRange } from './dates.js';
import { dayLoad } from './day-status.js';
import { mean, populationSd, sum } from './stats.js';
import type { Day } from './types.js';

export const ACUTE_DAYS = 7;
export const CHRONIC_DAYS = 28;
export const CHRONIC_LONG_DAYS = 42;
/** ACWR means little before the chronic window is mostly logged. */
export const ACWR_MIN_LOGGED_DAYS = 21;

export interface LoadDay {
  date: string;
  /** Sum of the day's session loads (RPE x minutes); 0 without an entry. */
  load: number;
  logged: boolean;
}

/** Every calendar day from the first entry (or `from`, if earlier) to `to`, with its load. */
export function loadSeries(entries: readonly Day[], from: string, to: string): LoadDay[] {
  const byDate = new Map(entries.map((d) => [d.date, d]));
  const first = entries.reduce((min, d) => (d.date < min ? d.date : min), from);
  return dateRange(first, to).map((date) => {
    const entry = byDate.get(date);
    return { date, load: dayLoad(entry ?? null), logged: entry !== undefined };
  });
}

export interface LoadMetrics {
  date: string;
  load: number;
  /** Mean daily load over the 7 days ending on the date (ATL, rolling). */
  acute: number;
  /** Mean daily load over the 28 days ending on the date. */
  chronic: number;
  /** Mean daily load over the 42 days ending on the date. */
  chronic42: number;
  /** Days with an entry among the 7 and the 28 ending on the date. */
  loggedOf7: number;
  loggedOf28: number;
  /** Gabbett's rolling-average ACWR (coupled): acute / chronic; null until the baseline is built. */
  acwr: number | null;
  /** Williams et al. 2017 EWMA ACWR: EWMA(7) / EWMA(28). */
  acwrEwma: number | null;
  ewmaAcute: number;
  ewmaChronic: number;
  weekTotal: number;
  /** Foster 1998: 7-day mean / population SD; null when the SD is 0. */
  monotony: number | null;
  strain: number | null;
  /** Banister/PMC: CTL (42-day), ATL (7-day), form = CTL - ATL. */
  fitness: number;
  fatigue: number;
  form: number;
}

/** Williams et al. 2017: lambda = 2 / (N + 1). */
export const ewmaLambda = (days: number): number => 2 / (days + 1);

/**
 * Load metrics for every day of a series that starts on or before the first entry.
 * Days before the series count as load 0, and the exponential averages start from 0.
 */
export function loadMetrics(series: readonly LoadDay[]): LoadMetrics[] {
  const loads = series.map((d) => d.load);
  const window = (end: number, days: number) => loads.slice(Math.max(0, end - days + 1), end + 1);
  const padded = (end: number, days: number) => {
    const values = window(end, days);
    return [...Array<number>(days - values.length).fill(0), ...values];
  };
  const [la, lc] = [ewmaLambda(ACUTE_DAYS), ewmaLambda(CHRONIC_DAYS)];
  let ewmaAcute = 0;
  let ewmaChronic = 0;
  let fitness = 0;
  let fatigue = 0;
  return series.map((day, i) => {
    ewmaAcute = day.load * la + (1 - la) * ewmaAcute;
    ewmaChronic = day.load * lc + (1 - lc) * ewmaChronic;
    fitness += (day.load - fitness) / CHRONIC_LONG_DAYS;
    fatigue += (day.load - fatigue) / ACUTE_DAYS;
    const week = padded(i, ACUTE_DAYS);
    const acute = sum(week) / ACUTE_DAYS;
    const chronic = sum(window(i, CHRONIC_DAYS)) / CHRONIC_DAYS;
    const logged = (days: number) => series.slice(Math.max(0, i - days + 1), i + 1).filter((d) => d.logged).length;
    const loggedOf28 = logged(CHRONIC_DAYS);
    const ready = loggedOf28 >= ACWR_MIN_LOGGED_DAYS;
    const sd = populationSd(week) ?? 0;
    const monotony = sd === 0 ? null : (mean(week) ?? 0) / sd;
    return {
      date: day.date,
      load: day.load,
      acute,
      chronic,
      chronic42: sum(window(i, CHRONIC_LONG_DAYS)) / CHRONIC_LONG_DAYS,
      loggedOf7: logged(ACUTE_DAYS),
      loggedOf28,
      acwr: ready && chronic > 0 ? acute / chronic : null,
      acwrEwma: ready && ewmaChronic > 0 ? ewmaAcute / ewmaChronic : null,
      ewmaAcute,
      ewmaChronic,
      weekTotal: sum(week),
      monotony,
      strain: monotony === null ? null : sum(week) * monotony,
      fitness,
      fatigue,
      form: fitness - fatigue,
    };
  });
}

export interface LoadWeek {
  from: string;
  to: string;
  total: number;
  acwr: number | null;
  acwrEwma: number | null;
  monotony: number | null;
  strain: number | null;
  fitness: number;
  fatigue: number;
  form: number;
  /** Days of the week without an entry: they count as load 0. */
  unlogged: number;
}

/** The 7-day blocks that end on the last day of `metrics`, going back to its first day; each measured on its last day. */
export function loadWeeks(metrics: readonly LoadMetrics[]): LoadWeek[] {
  const weeks: LoadWeek[] = [];
  for (let i = metrics.length - 1; i >= 0; i -= ACUTE_DAYS) {
    const m = metrics[i] as LoadMetrics;
    weeks.unshift({
      from: addDays(m.date, -(ACUTE_DAYS - 1)),
      to: m.date,
      total: m.weekTotal,
      acwr: m.acwr,
      acwrEwma: m.acwrEwma,
      monotony: m.monotony,
      strain: m.strain,
      fitness: m.fitness,
      fatigue: m.fatigue,
      form: m.form,
      unlogged: ACUTE_DAYS - m.loggedOf7,
    });
  }
  return weeks;
}

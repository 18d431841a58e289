import { isIsoDate } from './dates.js';

// One night rule for every source, whatever the source calls main sleep or nap:
// a period that ends from midnight until 14:00 local time is (part of) the night of the date it
// ends on, and that date's sleep is the sum of all such periods; a period ending from 14:00 until
// midnight is a nap on the date it ends, kept apart and never replacing the night. One exception
// keeps late sleepers and night shifts from losing their nights: 3 h or more asleep ending before
// 20:00 is the night too (on PMData, one person sleeps 05:00-14:30 on half of all days).

/** A sleep period as a source gives it: when it ended on the local clock, and minutes asleep. */
export interface SleepPeriod {
  /** Local date the period ended on, YYYY-MM-DD. */
  endDate: string;
  /** Minutes after local midnight it ended at (fractions for seconds). */
  endMinute: number;
  asleepMin: number;
  /** When it started, where the source gives it: the night's first start is its bedtime. */
  startDate?: string;
  startMinute?: number;
}

/** Periods ending from this local time on are naps. */
export const NAP_FROM_MINUTE = 14 * 60;
/** Segments closer than this are one period (a night recorded as sleep stages, or a brief waking). */
export const JOIN_GAP_MS = 60 * 60_000;

/** A nap this long looks like a late night (a late sleeper, a night shift). */
export const LONG_NAP_MIN = 180;
/** Until this local time, a period of LONG_NAP_MIN or more is still the night. */
export const LATE_NIGHT_UNTIL_MINUTE = 20 * 60;

export function isNight(period: Pick<SleepPeriod, 'endMinute' | 'asleepMin'>): boolean {
  return period.endMinute < NAP_FROM_MINUTE || (period.asleepMin >= LONG_NAP_MIN && period.endMinute < LATE_NIGHT_UNTIL_MINUTE);
}

export interface SleepTotals {
  /** Minutes asleep in the night ending on each date. */
  nights: Map<string, number>;
  /** Minutes asleep in naps ending on each date. */
  naps: Map<string, number>;
  /** Naps of LONG_NAP_MIN or more. */
  longNaps: number;
  /** Per night: the first sleep start (bedtime) and last sleep end (wake time), minutes after local midnight. */
  bedtime: Map<string, number>;
  wake: Map<string, number>;
}

/** A local time that sorts: "2024-06-23 1390.0" style keys compare by date, then minute. */
const at = (date: string, minute: number) => `${date} ${minute.toFixed(3).padStart(8, '0')}`;

export function sumSleep(periods: Iterable<SleepPeriod>): SleepTotals {
  const totals: SleepTotals = { nights: new Map(), naps: new Map(), longNaps: 0, bedtime: new Map(), wake: new Map() };
  const first = new Map<string, string>();
  const last = new Map<string, string>();
  for (const p of periods) {
    const into = isNight(p) ? totals.nights : totals.naps;
    if (!isNight(p) && p.asleepMin >= LONG_NAP_MIN) totals.longNaps++;
    into.set(p.endDate, (into.get(p.endDate) ?? 0) + p.asleepMin);
    if (!isNight(p)) continue;
    const end = at(p.endDate, p.endMinute);
    if (end > (last.get(p.endDate) ?? '')) {
      last.set(p.endDate, end);
      totals.wake.set(p.endDate, Math.floor(p.endMinute));
    }
    if (p.startDate === undefined || p.startMinute === undefined) continue;
    const start = at(p.startDate, p.startMinute);
    if (start < (first.get(p.endDate) ?? '~')) {
      first.set(p.endDate, start);
      totals.bedtime.set(p.endDate, Math.floor(p.startMinute));
    }
  }
  return totals;
}

/** A stretch of time, in epoch milliseconds. */
export type Segment = readonly [startMs: number, endMs: number];

/**
 * Joins segments less than `gapMs` apart into periods. Time asleep is the length of the union
 * of a period's segments, so overlapping records (a phone and a watch) count once.
 */
export function joinSegments(segments: readonly Segment[], gapMs = JOIN_GAP_MS): Array<{ startMs: number; endMs: number; asleepMin: number }> {
  const sorted = [...segments].sort((a, b) => a[0] - b[0]);
  const periods: Array<{ startMs: number; endMs: number; asleepMin: number }> = [];
  let current: { startMs: number; endMs: number; asleepMs: number } | undefined;
  for (const [start, end] of sorted) {
    if (end <= start) continue;
    if (current && start - current.endMs < gapMs) {
      current.asleepMs += Math.max(0, end - Math.max(start, current.endMs));
      current.endMs = Math.max(current.endMs, end);
      continue;
    }
    if (current) periods.push({ startMs: current.startMs, endMs: current.endMs, asleepMin: current.asleepMs / 60_000 });
    current = { startMs: start, endMs: end, asleepMs: end - start };
  }
  if (current) periods.push({ startMs: current.startMs, endMs: current.endMs, asleepMin: current.asleepMs / 60_000 });
  return periods;
}

/** "2024-06-24 05:44:09" or "2019-11-02T07:19:30.000" (a local time without zone) -> date and minute; null unless a real date and time. */
export function parseLocalTime(stamp: string): Pick<SleepPeriod, 'endDate' | 'endMinute'> | null {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?/.exec(stamp.trim());
  if (!m) return null;
  const [hour, minute, second] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59 || !isIsoDate(m[1] ?? '')) return null;
  return { endDate: m[1] ?? '', endMinute: hour * 60 + minute + second / 60 };
}

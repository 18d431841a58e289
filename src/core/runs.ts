import { addDays } from './dates.js';

/**
 * Splits dated items, in date order, into runs of consecutive days; `same` can also require
 * something of neighbours (the same value, say) to keep them in one run.
 */
export function runsOf<T extends { date: string }>(items: readonly T[], same: (a: T, b: T) => boolean = () => true): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && addDays(last.date, 1) === item.date && same(last, item)) run.push(item);
    else runs.push([item]);
  }
  return runs;
}

/** The longest run; the earliest among equals; empty when there is none. */
export function longest<T>(runs: readonly T[][]): T[] {
  return runs.reduce<T[]>((best, run) => (run.length > best.length ? run : best), []);
}

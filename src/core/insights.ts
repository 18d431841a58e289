import { addDays } from './dates.js';
import { welchDifference, type Difference } from './effects.js';
import { recentTags, tagState } from './tags.js';
import type { Day } from './types.js';

/** A tag needs this many days with it and without it (each with the outcome known) before an effect is shown. */
export const MIN_DAYS_EACH = 5;

/** What a tag on day D is compared on: the night ending D+1, and the next morning's and next day's values. */
export type Outcome = 'sleep' | 'restingHr' | 'hrv' | 'fatigue';
export const OUTCOMES: readonly Outcome[] = ['sleep', 'restingHr', 'hrv', 'fatigue'];

const VALUE: Record<Outcome, (next: Day) => number | null> = {
  sleep: (d) => (d.sleepHours === null ? null : d.sleepHours * 60),
  restingHr: (d) => d.restingHrBpm,
  hrv: (d) => d.hrvMs,
  fatigue: (d) => d.fatigue,
};

export interface OutcomeEffect {
  outcome: Outcome;
  /** Days with and without the tag whose next day has the value. */
  nWith: number;
  nWithout: number;
  /** null: fewer than MIN_DAYS_EACH in a group ("not enough data"). */
  effect: Difference | null;
}

export interface TagInsight {
  tag: string;
  daysWith: number;
  daysWithout: number;
  outcomes: OutcomeEffect[];
}

/**
 * Per tag, how the next night, morning and day differed after days with it from days without it.
 * A comparison, not a cause: other habits travel with a tag. HRV is compared within the measure
 * most values have (RMSSD or SDNN never mix).
 */
export function tagInsights(days: readonly Day[]): TagInsight[] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const measures = days.flatMap((d) => (d.hrvMs !== null && d.hrvMeasure !== null ? [d.hrvMeasure] : []));
  const rmssd = measures.filter((m) => m === 'rmssd').length;
  const measure = rmssd * 2 >= measures.length ? 'rmssd' : 'sdnn';
  return recentTags(days)
    .sort()
    .map((tag) => {
      const states = days.flatMap((d) => {
        const state = tagState(d, tag);
        return state === null ? [] : [{ day: d, state }];
      });
      const outcomes = OUTCOMES.map((outcome): OutcomeEffect => {
        const groups = { with: [] as number[], without: [] as number[] };
        for (const { day, state } of states) {
          const next = byDate.get(addDays(day.date, 1));
          if (!next || (outcome === 'hrv' && next.hrvMeasure !== measure)) continue;
          const value = VALUE[outcome](next);
          if (value !== null) groups[state ? 'with' : 'without'].push(value);
        }
        const enough = groups.with.length >= MIN_DAYS_EACH && groups.without.length >= MIN_DAYS_EACH;
        return { outcome, nWith: groups.with.length, nWithout: groups.without.length, effect: enough ? welchDifference(groups.with, groups.without) : null };
      });
      return { tag, daysWith: states.filter((s) => s.state).length, daysWithout: states.filter((s) => !s.state).length, outcomes };
    });
}

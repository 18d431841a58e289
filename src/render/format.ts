import { sessionLoad } from '../core/day-status.js';
import { estimatedRpe } from '../core/estimated-load.js';
import type { Session } from '../core/types.js';

/** Numbers as people read them: at most one decimal, no trailing ".0". */
export function num(value: number | null, digits = 1): string {
  if (value === null) return '';
  return String(Math.round(value * 10 ** digits) / 10 ** digits);
}

export function describeSession(s: Session): string {
  const load = sessionLoad(s);
  const estimate = estimatedRpe(s);
  const effort =
    s.rpe !== null
      ? `RPE ${num(s.rpe)} (load ${num(load, 0)})`
      : estimate !== null
        ? `no RPE, ~${num(estimate)} estimated from heart rate (load ~${num(load, 0)})`
        : 'no RPE';
  return `${s.type} ${num(s.minutes)} min, ${effort}`;
}

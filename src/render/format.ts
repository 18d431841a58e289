import { sessionLoad } from '../core/day-status.js';
import type { Session } from '../core/types.js';

/** Numbers as people read them: at most one decimal, no trailing ".0". */
export function num(value: number | null, digits = 1): string {
  if (value === null) return '';
  return String(Math.round(value * 10 ** digits) / 10 ** digits);
}

export function describeSession(s: Session): string {
  const load = sessionLoad(s);
  return `${s.type} ${num(s.minutes)} min, ${s.rpe === null ? 'no RPE' : `RPE ${num(s.rpe)} (load ${num(load, 0)})`}`;
}

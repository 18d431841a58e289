import { estimatedLoad } from './estimated-load.js';
import { RECOVERY_TYPES, type Day, type Session } from './types.js';

/** A calendar day in a range, with its entry if the user logged one. */
export interface CalendarDay {
  date: string;
  entry: Day | null;
}

export type DayStatus = 'training' | 'full-rest' | 'active-rest' | 'unknown';

/** Foster's session-RPE load: RPE (CR-10) x minutes, in arbitrary units; without an RPE, the device estimate. */
export function sessionLoad(session: Session): number | null {
  return session.rpe === null ? estimatedLoad(session) : session.rpe * session.minutes;
}

/** Sum of the day's session loads; sessions without an RPE add nothing. */
export function dayLoad(day: Day | null): number {
  if (!day) return 0;
  return day.sessions.reduce((sum, s) => sum + (sessionLoad(s) ?? 0), 0);
}

export function isHardSession(session: Session): boolean {
  return !RECOVERY_TYPES.has(session.type);
}

export function dayStatus(day: Day | null): DayStatus {
  if (!day) return 'unknown';
  if (day.sessions.some(isHardSession)) return 'training';
  if (day.sessions.length > 0) return 'active-rest';
  return day.trainingLogged ? 'full-rest' : 'unknown';
}

export function isRestDay(day: Day | null): boolean {
  const status = dayStatus(day);
  return status === 'full-rest' || status === 'active-rest';
}

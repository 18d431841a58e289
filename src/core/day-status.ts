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

/** Sum of the day's session loads; a session with neither an RPE nor an estimate adds nothing. */
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

/** The day's load when every session's load is known (an RPE or an estimate); null otherwise. */
export function knownLoad(day: Day | null): number | null {
  if (!trainingKnown(day) || !day) return null;
  return day.sessions.every((s) => sessionLoad(s) !== null) ? dayLoad(day) : null;
}

/** Known for load: a session or a rest mark. A sleep-only or wellness-only day says nothing about training. */
export function trainingKnown(day: Day | null): boolean {
  return dayStatus(day) !== 'unknown';
}

// Words for illness in English and Dutch; "cold" only where it is not a shower or a plunge.
const ILLNESS = /\b(flu|fever|feverish|ill|sick|griep|koorts|verkouden|verkoudheid|ziek|cold(?!\s+(shower|plunge|bath|water|tub|exposure|weather|outside)))\b/iu;
const NEGATED = /\b(no|not|niet|geen)\s+(\w+\s+)?$/iu;

/** Ill on this day: said so, or the note names an illness ("flu, fever"; "niet ziek" does not count). */
export function isIll(day: Day | null): boolean {
  if (!day) return false;
  if (day.sick !== null) return day.sick;
  const note = day.note ?? '';
  // Most days have no note: the regular expression is not even compiled then.
  if (note === '') return false;
  const match = ILLNESS.exec(note);
  return match !== null && !NEGATED.test(note.slice(0, match.index));
}

/** Not facts about recovery on their own: a day holding only journal tags says nothing of sleep, training or feeling. */
const NOT_RECOVERY_FACTS = new Set<string>(['date', 'tags', 'hrvMeasure']);

/** The day holds something about recovery (sleep, training, food, how it felt…), not only tags. */
export function isLogged(day: Day | null): boolean {
  if (!day) return false;
  return Object.entries(day).some(
    ([key, value]) => !NOT_RECOVERY_FACTS.has(key) && value !== null && value !== false && !(Array.isArray(value) && value.length === 0),
  );
}

export function isRestDay(day: Day | null): boolean {
  const status = dayStatus(day);
  return status === 'full-rest' || status === 'active-rest';
}

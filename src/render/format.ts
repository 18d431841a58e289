import { sessionLoad } from '../core/day-status.js';
import { estimatedRpe } from '../core/estimated-load.js';
import { weekday } from '../core/dates.js';
import type { Session } from '../core/types.js';
import { currentLang, formatDay, LOCALES } from './i18n.js';

// C0 and C1 control characters (escape sequences start with them) and the bidirectional
// overrides that can make text read backwards: never passed to a terminal as they are.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Text from a person or a file, made inert for a terminal: a control character shows as its
 * Unicode "control picture" (ESC as ␛, a line break as ␊), others as <U+202E>.
 */
export function inert(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20) return String.fromCodePoint(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}

/** Numbers as people read them: at most one decimal, no trailing ".0". */
export function num(value: number | null, digits = 1): string {
  if (value === null) return '';
  return String(Math.round(value * 10 ** digits) / 10 ** digits);
}

/** A number with exactly `digits` decimals, as the language writes it (1.30; 1,30). */
export function fixed(value: number, digits = 2): string {
  return new Intl.NumberFormat(LOCALES[currentLang()], { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(value);
}

/**
 * A day as a screen names it: "Mon 11-16" (or "Mon 2026-11-16" with the year) in English, as
 * it always read; "ma 16 nov" (or "ma 16 nov 2026") in Dutch.
 */
export function dayName(date: string, year = false): string {
  if (currentLang() === 'en') return `${weekday(date)} ${year ? date : date.slice(5)}`;
  return formatDay(date, { year });
}

/** A calendar date where a screen shows it bare: ISO in English, "16 nov 2026" in Dutch. */
export function dateName(date: string): string {
  return currentLang() === 'en' ? date : formatDay(date, { weekday: false, year: true });
}

/** Month and day under a chart's axis, five characters: "11-16" in English, "16-11" in Dutch. */
export function monthDay(date: string): string {
  return currentLang() === 'en' ? date.slice(5) : `${date.slice(8, 10)}-${date.slice(5, 7)}`;
}

/** Minutes after midnight as HH:MM. */
export function clock(minutes: number | null): string {
  if (minutes === null) return '-';
  const m = Math.round(minutes) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
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

import { LATE_NIGHT_UNTIL_MINUTE, LONG_NAP_MIN, type SleepTotals } from '../core/nights.js';
import type { Note } from './common.js';

/** What an import notes about the naps the night rule kept apart. */
export function napNotes(totals: SleepTotals): Note[] {
  const notes: Note[] = [];
  if (totals.naps.size > 0) notes.push({ code: 'naps', n: totals.naps.size });
  if (totals.longNaps > 0) notes.push({ code: 'long-naps', n: totals.longNaps, hours: LONG_NAP_MIN / 60, until: LATE_NIGHT_UNTIL_MINUTE / 60 });
  return notes;
}

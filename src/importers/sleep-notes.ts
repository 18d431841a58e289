import { LATE_NIGHT_UNTIL_MINUTE, LONG_NAP_MIN, type SleepTotals } from '../core/nights.js';
import { plural } from '../core/words.js';

/** What an import says about the naps the night rule kept apart. */
export function napNotes(totals: SleepTotals): string[] {
  const notes: string[] = [];
  if (totals.naps.size > 0) notes.push(`${plural(totals.naps.size, 'day')} with naps (sleep ending from 14:00 until midnight): kept apart as nap_h`);
  if (totals.longNaps > 0) {
    notes.push(
      `${plural(totals.longNaps, 'sleep')} of ${LONG_NAP_MIN / 60} h or more ${totals.longNaps === 1 ? 'ends' : 'end'} after ${LATE_NIGHT_UNTIL_MINUTE / 60}:00: counted as ${totals.longNaps === 1 ? 'a nap' : 'naps'}, not as a night`,
    );
  }
  return notes;
}

import type { DayUpdate } from '../../src/importers/csv.js';
import { emptyState, restoreDay } from '../../src/core/merge.js';
import type { Day } from '../../src/core/types.js';

/** Applies imported updates to empty days, as importing into a fresh database would. */
export function applyUpdates(updates: readonly DayUpdate[]): Day[] {
  return updates.map((u) => restoreDay(emptyState(u.date), u.restore, {}).day);
}

import { sessionLoad } from '../core/day-status.js';
import { isLoadEstimated } from '../core/estimated-load.js';
import type { Day, Session } from '../core/types.js';

export interface SessionRow extends Session {
  date: string;
  position: number;
  load: number | null;
  /** The load is estimated from heart rate: no RPE was typed. */
  loadEstimated: boolean;
}

/** One row per session, in day order: the `sessions` table of exports. */
export function sessionRows(days: readonly Day[]): SessionRow[] {
  return days.flatMap((d) => d.sessions.map((s, position) => ({ date: d.date, position, ...s, load: sessionLoad(s), loadEstimated: isLoadEstimated(s) })));
}

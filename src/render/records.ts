import { sessionLoad } from '../core/day-status.js';
import type { Day, Session } from '../core/types.js';

export interface SessionRow extends Session {
  date: string;
  position: number;
  load: number | null;
}

/** One row per session, in day order: the `sessions` table of exports. */
export function sessionRows(days: readonly Day[]): SessionRow[] {
  return days.flatMap((d) => d.sessions.map((s, position) => ({ date: d.date, position, ...s, load: sessionLoad(s) })));
}

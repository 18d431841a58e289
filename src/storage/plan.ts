import type { PlanDay } from '../core/plan.js';
import type { DateSpan } from '../core/report.js';
import type { SessionType } from '../core/types.js';
import type { Db } from './db.js';

export function listPlan(db: Db, { from, to }: DateSpan): PlanDay[] {
  const days = db.prepare('SELECT date, rest FROM plan_day WHERE date BETWEEN ? AND ? ORDER BY date').all(from, to) as Array<{
    date: string;
    rest: number;
  }>;
  const sessions = db
    .prepare('SELECT date, type, minutes, rpe FROM plan_session WHERE date BETWEEN ? AND ? ORDER BY date, position')
    .all(from, to) as Array<{ date: string; type: SessionType; minutes: number; rpe: number | null }>;
  return days.map((d) => ({
    date: d.date,
    rest: d.rest === 1,
    sessions: sessions.filter((s) => s.date === d.date).map(({ type, minutes, rpe }) => ({ type, minutes, rpe })),
  }));
}

/** Replaces the plan of the given days, all in one transaction. */
export function savePlan(db: Db, days: readonly PlanDay[]): void {
  const upsert = db.prepare('INSERT INTO plan_day (date, rest) VALUES (?, ?) ON CONFLICT (date) DO UPDATE SET rest = excluded.rest');
  const clear = db.prepare('DELETE FROM plan_session WHERE date = ?');
  const add = db.prepare('INSERT INTO plan_session (date, position, type, minutes, rpe) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const day of days) {
      upsert.run(day.date, Number(day.rest));
      clear.run(day.date);
      day.sessions.forEach((s, i) => add.run(day.date, i, s.type, s.minutes, s.rpe));
    }
  }).immediate();
}

export function clearPlan(db: Db, { from, to }: DateSpan): number {
  return db.prepare('DELETE FROM plan_day WHERE date BETWEEN ? AND ?').run(from, to).changes;
}

import { NUMBER_FIELDS, TEXT_FIELDS } from '../core/fields.js';
import type { DateSpan } from '../core/report.js';
import { emptyDay, type Day, type Session, type SessionType } from '../core/types.js';
import type { Db } from './db.js';

type Row = Record<string, string | number | null>;

const COLUMNS = [
  ...NUMBER_FIELDS.map((f) => f.column),
  'meal_within_2h',
  ...TEXT_FIELDS.map((f) => f.column),
  'training_logged',
];

function toRow(day: Day, updatedAt: string): Row {
  const row: Row = { date: day.date, updated_at: updatedAt };
  for (const f of NUMBER_FIELDS) row[f.column] = day[f.key];
  for (const f of TEXT_FIELDS) row[f.column] = day[f.key];
  row.meal_within_2h = day.mealWithin2h === null ? null : Number(day.mealWithin2h);
  row.training_logged = Number(day.trainingLogged);
  return row;
}

function fromRow(row: Row, sessions: Session[]): Day {
  const day = emptyDay(String(row.date));
  for (const f of NUMBER_FIELDS) day[f.key] = row[f.column] as number | null;
  for (const f of TEXT_FIELDS) day[f.key] = row[f.column] as string | null;
  day.mealWithin2h = row.meal_within_2h === null ? null : row.meal_within_2h === 1;
  day.trainingLogged = row.training_logged === 1;
  day.sessions = sessions;
  return day;
}

interface SessionRow {
  date: string;
  type: string;
  minutes: number;
  rpe: number | null;
}

function loadDays(db: Db, { from, to }: DateSpan): Day[] {
  const rows = db.prepare('SELECT * FROM day WHERE date BETWEEN ? AND ? ORDER BY date').all(from, to) as Row[];
  if (rows.length === 0) return [];
  const sessions = db
    .prepare(
      'SELECT date, type, minutes, rpe FROM session WHERE date BETWEEN ? AND ? ORDER BY date, position',
    )
    .all(from, to) as SessionRow[];
  const byDate = new Map<string, Session[]>();
  for (const s of sessions) {
    const list = byDate.get(s.date) ?? [];
    list.push({ type: s.type as SessionType, minutes: s.minutes, rpe: s.rpe });
    byDate.set(s.date, list);
  }
  return rows.map((row) => fromRow(row, byDate.get(String(row.date)) ?? []));
}

export function getDay(db: Db, date: string): Day | null {
  return loadDays(db, { from: date, to: date })[0] ?? null;
}

export function listDays(db: Db, span: DateSpan): Day[] {
  return loadDays(db, span);
}

export function listAllDays(db: Db): Day[] {
  return loadDays(db, { from: '0000-01-01', to: '9999-12-31' });
}

/** The most recent entry before `date`, whose values make good prompt defaults. */
export function latestDayBefore(db: Db, date: string): Day | null {
  const row = db.prepare('SELECT date FROM day WHERE date < ? ORDER BY date DESC LIMIT 1').get(date) as
    | { date: string }
    | undefined;
  return row ? getDay(db, row.date) : null;
}

/** Stores whole days, replacing what was there, in one transaction: all or nothing. */
export function saveDays(db: Db, days: readonly Day[], now: Date = new Date()): void {
  const names = ['date', ...COLUMNS, 'updated_at'];
  const upsert = db.prepare(
    `INSERT INTO day (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})
     ON CONFLICT (date) DO UPDATE SET ${[...COLUMNS, 'updated_at'].map((c) => `${c} = excluded.${c}`).join(', ')}`,
  );
  const clearSessions = db.prepare('DELETE FROM session WHERE date = ?');
  const addSession = db.prepare(
    'INSERT INTO session (date, position, type, minutes, rpe) VALUES (?, ?, ?, ?, ?)',
  );
  const stamp = now.toISOString();
  db.transaction(() => {
    for (const day of days) {
      upsert.run(toRow(day, stamp));
      clearSessions.run(day.date);
      day.sessions.forEach((s, i) => addSession.run(day.date, i, s.type, s.minutes, s.rpe));
    }
  }).immediate();
}

export function deleteDays(db: Db, span: DateSpan): number {
  return db.prepare('DELETE FROM day WHERE date BETWEEN ? AND ?').run(span.from, span.to).changes;
}

export function countDays(db: Db, span: DateSpan): number {
  const row = db.prepare('SELECT count(*) AS n FROM day WHERE date BETWEEN ? AND ?').get(span.from, span.to) as {
    n: number;
  };
  return row.n;
}

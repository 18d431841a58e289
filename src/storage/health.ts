import Database from 'better-sqlite3';
import type { Day } from '../core/types.js';
import { listAllDays } from './days.js';
import { kindOf, type DbKind } from './db.js';
import { READABLE_FROM } from './migrations.js';

/** What `recover doctor` learns from inside the database, read without writing anything. */
export interface DbFacts {
  kind: DbKind;
  version: number;
  applicationId: number;
  /** PRAGMA integrity_check's lines: ['ok'] when sound. */
  integrity: string[];
  /** Null when the schema is too old or too new to read the days. */
  days: Day[] | null;
  orphans: Orphans[];
  /** Rows whose JSON column (schema v9) is not a JSON object: recover cannot read those days. */
  badJson: BadJson[];
}

export interface BadJson {
  table: string;
  column: string;
  rows: number;
  dates: string[];
}

// The JSON columns: a day's sources, and a source's values of a day.
const JSON_COLUMNS = [
  ['day', 'sources'],
  ['observation', 'fields'],
] as const;

export interface Orphans {
  table: string;
  /** The table a row must have a parent in. */
  parent: string;
  rows: number;
  dates: string[];
}

// Each child table and the parent its rows belong to (the foreign keys of the schema).
const CHILDREN = [
  ['session', 'day'],
  ['observation', 'day'],
  ['plan_session', 'plan_day'],
] as const;

/** Opens the file read-only, with no checks: doctor reports what others would refuse. */
export function openForInspection(path: string): Database.Database {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

export function inspectDb(db: Database.Database, schemaVersion: number): DbFacts {
  const version = db.pragma('user_version', { simple: true }) as number;
  const facts: DbFacts = {
    kind: kindOf(db),
    version,
    applicationId: db.pragma('application_id', { simple: true }) as number,
    integrity: db.prepare('PRAGMA integrity_check(20)').pluck().all() as string[],
    days: null,
    orphans: [],
    badJson: [],
  };
  if (facts.kind !== 'recover' || version < READABLE_FROM || version > schemaVersion) return facts;
  facts.days = listAllDays(db);
  facts.orphans = CHILDREN.map(([table, parent]) => {
    const rows = db.prepare(`SELECT date FROM ${table} WHERE date NOT IN (SELECT date FROM ${parent})`).pluck().all() as string[];
    return { table, parent, rows: rows.length, dates: [...new Set(rows)].sort() };
  }).filter((o) => o.rows > 0);
  facts.badJson = JSON_COLUMNS.map(([table, column]) => {
    // json_type fails on text that is not JSON, so it is asked only of valid JSON.
    const rows = db
      .prepare(`SELECT date FROM ${table} WHERE ${column} IS NOT NULL AND CASE WHEN json_valid(${column}) THEN json_type(${column}) <> 'object' ELSE 1 END`)
      .pluck()
      .all() as string[];
    return { table, column, rows: rows.length, dates: [...new Set(rows)].sort() };
  }).filter((b) => b.rows > 0);
  return facts;
}

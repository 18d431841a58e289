import { closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { DataError } from '../errors.js';
import { explainDbError } from './errors.js';
import { APPLICATION_ID, assertKnownVersion, migrate, READABLE_FROM, SCHEMA_VERSION } from './migrations.js';

export type Db = Database.Database;

export interface OpenOptions {
  /** Create the file (and its folder) when it does not exist yet. */
  create: boolean;
  /** Open without writing anything: no WAL switch, no migration (report, status, export, doctor). */
  readOnly?: boolean;
}

const BUSY_TIMEOUT_MS = 5000;

export function openDb(path: string, options: OpenOptions): Db {
  const readOnly = Boolean(options.readOnly) && path !== ':memory:';
  if (path !== ':memory:') prepareFile(path, { create: options.create && !readOnly });
  let db: Db | undefined;
  try {
    db = new Database(path, { fileMustExist: path !== ':memory:', readonly: readOnly });
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Before anything is written (even WAL mode): another program's SQLite file is left alone.
    if (kindOf(db) === 'foreign') {
      throw new DataError('db-foreign', { path });
    }
    const version = assertKnownVersion(db);
    if (readOnly) {
      // An older recover's database, read first after an upgrade: migrated now, as a writing command
      // would (one transaction a step), rather than refused; left as it is where it cannot be written.
      if (version > 0 && version < READABLE_FROM && upgrade(path)) {
        db.close();
        return openDb(path, options);
      }
      assertReadable(path, version);
      return db;
    }
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // SQLite's own default (2 MB), not better-sqlite3's 16 MB: an import is one transaction and
    // kept every page it wrote in memory, 8 MB more at the bench's 1 GB export, for no speed.
    db.pragma('cache_size = -2000');
    migrate(db);
    return db;
  } catch (err) {
    db?.close();
    throw explainDbError(err, path);
  }
}

function upgrade(path: string): boolean {
  try {
    openDb(path, { create: false }).close();
    return true;
  } catch {
    return false;
  }
}

export type DbKind = 'recover' | 'empty' | 'foreign';

const DAY_COLUMNS = ['date', 'sleep_h', 'fatigue', 'training_logged', 'updated_at'];

/** Whether a file is recover's: our application_id, else a `day` table with recover's columns. */
export function kindOf(db: Db): DbKind {
  const id = db.pragma('application_id', { simple: true }) as number;
  if (id === APPLICATION_ID) return 'recover';
  if (id !== 0) return 'foreign';
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all();
  if (tables.length === 0) return (db.pragma('user_version', { simple: true }) as number) === 0 ? 'empty' : 'foreign';
  const columns = new Set(db.prepare("SELECT name FROM pragma_table_info('day')").pluck().all());
  return DAY_COLUMNS.every((c) => columns.has(c)) ? 'recover' : 'foreign';
}

function assertReadable(path: string, version: number): void {
  if (version === 0) {
    throw new DataError('db-empty', { path });
  }
  if (version < READABLE_FROM) {
    throw new DataError('db-older', { path, version, current: SCHEMA_VERSION });
  }
}

function prepareFile(path: string, { create }: OpenOptions): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat?.isDirectory()) throw new DataError('db-is-folder', { path });
  if (stat) return;
  if (!create) {
    throw new DataError('db-missing', { path });
  }
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // Health data: readable by its owner only, from the first byte.
    closeSync(openSync(path, 'wx', 0o600));
  } catch (err) {
    // Another recover created it a moment ago: use that one.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return;
    throw new DataError('db-cannot-create', { path, why: err as Error });
  }
}

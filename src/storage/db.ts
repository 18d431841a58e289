import { closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { DataError } from '../errors.js';
import { explainDbError } from './errors.js';
import { assertKnownVersion, migrate } from './migrations.js';

export type Db = Database.Database;

export interface OpenOptions {
  /** Create the file (and its folder) when it does not exist yet. */
  create: boolean;
}

const BUSY_TIMEOUT_MS = 5000;

export function openDb(path: string, options: OpenOptions): Db {
  if (path !== ':memory:') prepareFile(path, options);
  let db: Db | undefined;
  try {
    db = new Database(path, { fileMustExist: path !== ':memory:' });
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    assertKnownVersion(db);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (err) {
    db?.close();
    throw explainDbError(err, path);
  }
}

function prepareFile(path: string, { create }: OpenOptions): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat?.isDirectory()) throw new DataError(`${path} is a folder, not a database file. Pass the path of a file with --db.`);
  if (stat) return;
  if (!create) {
    throw new DataError(
      `No database at ${path} yet. Log a day with "recover log" first, or point --db or RECOVER_DB at your database.`,
    );
  }
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // Health data: readable by its owner only, from the first byte.
    closeSync(openSync(path, 'wx', 0o600));
  } catch (err) {
    // Another recover created it a moment ago: use that one.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return;
    throw new DataError(`Cannot create the database ${path}: ${(err as Error).message}`);
  }
}

import { randomBytes } from 'node:crypto';
import { closeSync, constants, copyFileSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { DataError, UsageError } from '../errors.js';
import { kindOf, openDb, type Db } from './db.js';
import { SCHEMA_VERSION } from './migrations.js';

/** What a database holds, as told to the person backing up or restoring. */
export interface Contents {
  days: number;
  from: string | null;
  to: string | null;
}

/** SQLite's application_id for recover's databases ("RCVR", set by the migrations). */
// Every page in one step: one read transaction, so the copy is a single moment even while others write.
const ALL_PAGES = 0x7fffffff;
const SIDECARS = ['-wal', '-shm', '-journal'];

/**
 * Copies the whole database into `path` through SQLite's backup API, all or nothing: the copy goes to
 * a private temporary file in the target's folder, is checked, made self-contained (no WAL) and synced,
 * then renamed into place. An existing target is replaced only with `force`.
 */
export async function backupDatabase(db: Db, path: string, force: boolean): Promise<Contents> {
  const target = lstatSync(path, { throwIfNoEntry: false });
  if (target && !target.isFile()) throw new DataError('not-a-regular-file', { path });
  if (target && !force) throw new UsageError('file-exists', { path });
  const temp = createPrivate(path);
  try {
    await db.backup(temp, { progress: () => ALL_PAGES });
    // A single file that opens anywhere, even read-only, without -wal and -shm beside it.
    const copy = new Database(temp, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const contents = inspect(temp, path, 'backup');
    syncFile(temp);
    renameSync(temp, path);
    syncFolder(dirname(path));
    return contents;
  } catch (err) {
    removeWithSidecars(temp);
    throw failed(err, path, 'backup');
  }
}

/**
 * Checks that `file` can be restored: it opens, PRAGMA integrity_check is ok, it is recover's (the
 * application_id, or the `day` table with recover's columns), and no newer than this recover.
 */
export function inspectBackup(file: string): Contents {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new DataError('backup-missing', { file });
  if (!stat.isFile()) throw new DataError('backup-not-a-file', { file });
  return inspect(file, file, 'restore');
}

/** What the refusal leaves undone: no backup written, or nothing restored. */
type Outcome = 'backup' | 'restore';

function inspect(path: string, name: string, outcome: Outcome): Contents {
  let db: Db | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
    if (integrity.length !== 1 || integrity[0] !== 'ok') throw damaged(name, outcome);
    if (kindOf(db) !== 'recover') throw new DataError('backup-not-recover', { name, outcome });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new DataError('backup-newer', { name, version, known: SCHEMA_VERSION, outcome });
    }
    return db.prepare('SELECT count(*) AS days, min(date) AS "from", max(date) AS "to" FROM day').get() as Contents;
  } catch (err) {
    if (err instanceof DataError) throw err;
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))) throw damaged(name, outcome);
    if (typeof code === 'string' && code.startsWith('SQLITE_CANTOPEN')) throw new DataError('backup-cannot-open', { name });
    throw err;
  } finally {
    db?.close();
  }
}

function damaged(name: string, outcome: Outcome): DataError {
  return new DataError('backup-damaged', { name, outcome });
}

/**
 * Replaces the database at `dbPath` with a copy of `file` (already inspected), atomically: the copy is
 * made, migrated and synced beside the database, then renamed over it. The replaced database stays as
 * `keepPath` (returned; null when there was none). Every connection to `dbPath` must be closed.
 */
export async function restoreDatabase(file: string, dbPath: string, keepPath: string): Promise<string | null> {
  const temp = createPrivate(dbPath);
  try {
    const source = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await source.backup(temp, { progress: () => ALL_PAGES });
    } finally {
      source.close();
    }
    // Migrated here, so that the restored database is ready for every command, read-only ones too.
    openDb(temp, { create: false }).close();
    syncFile(temp);
    const kept = keepOld(dbPath, keepPath);
    // An old WAL left beside the new file would be replayed into it: it goes before the rename.
    for (const suffix of ['-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
    renameSync(temp, dbPath);
    syncFolder(dirname(dbPath));
    return kept;
  } catch (err) {
    removeWithSidecars(temp);
    throw failed(err, dbPath, 'restore');
  }
}

function failed(err: unknown, path: string, outcome: Outcome): unknown {
  if (err instanceof DataError || err instanceof UsageError) return err;
  const code = (err as { code?: unknown }).code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new DataError('backup-disk-full', { path, outcome });
  return new DataError('backup-cannot-write', { path, why: err as Error, outcome });
}

/** Keeps the database being replaced, with its last writes checkpointed into it. */
function keepOld(dbPath: string, keepPath: string): string | null {
  if (!statSync(dbPath, { throwIfNoEntry: false })) return null;
  try {
    const old = new Database(dbPath, { fileMustExist: true });
    try {
      old.pragma('busy_timeout = 5000');
      old.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      old.close();
    }
  } catch {
    // A damaged database cannot be checkpointed: its WAL is kept beside the copy instead.
  }
  try {
    linkSync(dbPath, keepPath);
  } catch {
    copyFileSync(dbPath, keepPath, constants.COPYFILE_EXCL);
  }
  const wal = statSync(`${dbPath}-wal`, { throwIfNoEntry: false });
  if (wal && wal.size > 0) copyFileSync(`${dbPath}-wal`, `${keepPath}-wal`, constants.COPYFILE_EXCL);
  return keepPath;
}

/** A new empty file, readable by its owner only, with a random name beside `path`. */
function createPrivate(path: string): string {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  closeSync(openSync(temp, 'wx', 0o600));
  return temp;
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable; not every platform can sync a folder, and there the rename is already as durable as it gets. */
function syncFolder(path: string): void {
  try {
    syncFile(path);
  } catch {
    // EISDIR or EPERM on platforms without directory fsync.
  }
}

function removeWithSidecars(path: string): void {
  for (const suffix of ['', ...SIDECARS]) rmSync(path + suffix, { force: true });
}

/** `<folder>/<prefix>-2026-11-28T0215.db` at `now` (local time), with -2, -3… when that name is taken. */
export function timestampedPath(folder: string, prefix: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}${pad(now.getMinutes())}`;
  for (let n = 1; ; n++) {
    const path = join(folder, `${prefix}-${stamp}${n === 1 ? '' : `-${n}`}.db`);
    if (!lstatSync(path, { throwIfNoEntry: false })) return path;
  }
}

/** Whether two paths name the same existing file (through links, `..` and the like). */
export function isSameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

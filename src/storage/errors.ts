import { DataError } from '../errors.js';

/** Turns SQLite's and the file system's errors into one line that says what to do. */
export function explainDbError(err: unknown, path: string): unknown {
  if (err instanceof DataError) return err;
  const raw = (err as { code?: unknown } | null)?.code;
  const code = typeof raw === 'string' ? raw : '';
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new DataError(`${path} is not a recover database, or it is corrupt. Restore it from a backup or pass another --db.`);
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new DataError(`${path} is read-only, so recover cannot use it. Make it writable (chmod u+w) or copy it somewhere writable.`);
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'EACCES' || code.startsWith('SQLITE_PERM')) {
    return new DataError(`Cannot open ${path}: check that the file and its folder are readable and writable by you.`);
  }
  if (code.startsWith('SQLITE_BUSY')) {
    return new DataError(`${path} is locked by another program that is writing to it; try again in a moment.`);
  }
  // SQLite cannot grow its shared-memory file (-shm) when not one byte is left.
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'SQLITE_IOERR_SHMSIZE') {
    return new DataError(`The disk holding ${path} is full; nothing was saved.`);
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new DataError(`Could not read or write ${path} (the disk or file system failed); nothing was saved. Check the disk, then run "recover doctor".`);
  }
  return err;
}

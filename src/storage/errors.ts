import { DataError } from '../errors.js';

/** Turns SQLite's and the file system's errors into one line that says what to do. */
export function explainDbError(err: unknown, path: string): unknown {
  if (err instanceof DataError) return err;
  const raw = (err as { code?: unknown } | null)?.code;
  const code = typeof raw === 'string' ? raw : '';
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new DataError('db-corrupt', { path });
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new DataError('db-read-only', { path });
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'EACCES' || code.startsWith('SQLITE_PERM')) {
    return new DataError('db-cannot-open', { path });
  }
  if (code.startsWith('SQLITE_BUSY')) {
    return new DataError('db-locked', { path });
  }
  // SQLite cannot grow its shared-memory file (-shm) when not one byte is left.
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'SQLITE_IOERR_SHMSIZE') {
    return new DataError('db-disk-full', { path });
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new DataError('db-io', { path });
  }
  return err;
}

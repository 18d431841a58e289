import { isIsoDate } from './dates.js';
import { checkDay, InvalidValue } from './fields.js';
import type { Day } from './types.js';

// `recover doctor`'s judgement: facts about the database file in, findings with what to do out.

export type FindingLevel = 'error' | 'warning' | 'info';

export interface Finding {
  code: string;
  /** error: data wrong or at risk; warning: fix soon; info: nothing to do now. */
  level: FindingLevel;
  message: string;
  fix: string;
}

export interface FileFacts {
  path: string;
  folder: string;
  /** Permission bits of the database, its -wal and -shm files (those that exist) and its folder. */
  modes: Array<{ path: string; mode: number }>;
  folderMode: number;
  walBytes: number;
}

export interface ContentFacts {
  version: number;
  applicationId: number;
  integrity: string[];
  days: Day[] | null;
  orphans: Array<{ table: string; parent: string; rows: number; dates: string[] }>;
}

export interface Expected {
  path: string;
  schemaVersion: number;
  /** The oldest schema that can be read without migrating. */
  readableFrom: number;
  applicationId: number;
  today: string;
}

/** A write-ahead log this large means checkpoints are not keeping up (a reader held open for long). */
export const LARGE_WAL_BYTES = 64 * 1024 * 1024;

const octal = (mode: number) => (mode & 0o777).toString(8);
const quote = (path: string) => `"${path.replace(/(["\\$`])/g, '\\$1')}"`;

export function checkFiles(f: FileFacts): Finding[] {
  const findings: Finding[] = [];
  for (const { path, mode } of f.modes) {
    if ((mode & 0o077) !== 0) {
      findings.push({
        code: 'file-permissions',
        level: 'warning',
        message: `${path} can be read or changed by other users (mode ${octal(mode)}, should be 600).`,
        fix: `chmod 600 ${quote(path)}`,
      });
    }
  }
  if ((f.folderMode & 0o077) !== 0) {
    // A sticky folder (/tmp) is shared by design: closing it would break the system, so move the database.
    const shared = (f.folderMode & 0o1000) !== 0;
    findings.push({
      code: 'folder-permissions',
      level: 'warning',
      message: shared
        ? `The database sits in ${f.folder}, a folder shared with every user of this computer.`
        : `The folder ${f.folder} is open to other users (mode ${octal(f.folderMode & 0o777)}, should be 700).`,
      fix: shared ? 'move it to a folder of your own: recover backup ~/recover/recover.db, then use --db ~/recover/recover.db' : `chmod 700 ${quote(f.folder)}`,
    });
  }
  if (f.walBytes > LARGE_WAL_BYTES) {
    findings.push({
      code: 'wal-large',
      level: 'warning',
      message: `The write-ahead log ${f.path}-wal is ${Math.round(f.walBytes / 1024 / 1024)} MB.`,
      fix: `Close every program that has the database open, then run: sqlite3 ${quote(f.path)} "PRAGMA wal_checkpoint(TRUNCATE)"`,
    });
  }
  return findings;
}

export function checkContent(c: ContentFacts, x: Expected): Finding[] {
  const findings: Finding[] = [];
  if (c.integrity.length !== 1 || c.integrity[0] !== 'ok') {
    findings.push({
      code: 'integrity',
      level: 'error',
      message: `SQLite's integrity check failed: ${c.integrity.slice(0, 3).join('; ')}${c.integrity.length > 3 ? '; ...' : ''}`,
      fix: 'Restore the database from a backup ("recover restore FILE"); keep a copy of this file.',
    });
  }
  if (c.version > x.schemaVersion) {
    findings.push({
      code: 'schema-newer',
      level: 'error',
      message: `The database was made by a newer recover (schema v${c.version}, this one knows v${x.schemaVersion}); this recover refuses it.`,
      fix: 'Upgrade recover.',
    });
  } else if (c.version < x.schemaVersion) {
    findings.push({
      code: 'schema-older',
      level: 'info',
      message: `The database has schema v${c.version}; the next command that writes (log, import, plan, config set) migrates it to v${x.schemaVersion}.`,
      fix: c.version < x.readableFrom ? 'Run a command that writes (e.g. "recover log") before "recover report" or "recover status".' : 'Nothing to do.',
    });
  } else if (c.applicationId !== x.applicationId) {
    findings.push({
      code: 'marker',
      level: 'warning',
      message: `The database lacks recover's application id (it has ${c.applicationId}).`,
      fix: 'Restore it from a backup, or check that this is the file you meant.',
    });
  }
  if (c.days === null) return findings;
  for (const day of c.days) {
    if (!isIsoDate(day.date)) {
      findings.push({
        code: 'invalid-date',
        level: 'error',
        message: `A day is dated "${day.date}", which is not a date recover accepts.`,
        fix: 'Delete it with SQLite, or restore the database from a backup.',
      });
      continue;
    }
    try {
      checkDay(day);
    } catch (err) {
      if (!(err instanceof InvalidValue)) throw err;
      findings.push({
        code: 'out-of-range',
        level: 'error',
        message: `${day.date}: ${err.message}.`,
        fix: `Correct it with "recover log --date ${day.date}", or remove the day with "recover delete --date ${day.date}".`,
      });
    }
    if (day.date > x.today) {
      findings.push({
        code: 'future-day',
        level: 'warning',
        message: `${day.date} is in the future (today is ${x.today}) and holds an entry.`,
        fix: `Check the computer's clock; if the entry is wrong, "recover delete --date ${day.date}".`,
      });
    }
  }
  for (const o of c.orphans) {
    const dates = o.dates.slice(0, 3).join(', ') + (o.dates.length > 3 ? ', ...' : '');
    findings.push({
      code: 'orphaned-rows',
      level: 'error',
      message: `${o.rows} ${o.table} row${o.rows === 1 ? '' : 's'} belong${o.rows === 1 ? 's' : ''} to no ${o.parent} (${dates}).`,
      fix: `Restore from a backup, or remove them: sqlite3 ${quote(x.path)} "DELETE FROM ${o.table} WHERE date NOT IN (SELECT date FROM ${o.parent})"`,
    });
  }
  return findings;
}

export const isHealthy = (findings: readonly Finding[]) => findings.every((f) => f.level === 'info');

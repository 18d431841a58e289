import { isIsoDate } from './dates.js';
import { checkDay, InvalidValue } from './fields.js';
import type { Day } from './types.js';

// `recover doctor`'s judgement: facts about the database file in, findings with what to do out.

export type FindingLevel = 'error' | 'warning' | 'info';

export interface Finding {
  code: string;
  /** error: data wrong or at risk; warning: fix soon; info: nothing to do now. */
  level: FindingLevel;
  /** The paths, modes, dates and counts the finding is about; render/messages/doctor.ts words it and its fix. */
  details: Record<string, string | number>;
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
  badJson: Array<{ table: string; column: string; rows: number; dates: string[] }>;
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

export function checkFiles(f: FileFacts): Finding[] {
  const findings: Finding[] = [];
  for (const { path, mode } of f.modes) {
    if ((mode & 0o077) !== 0) findings.push({ code: 'file-permissions', level: 'warning', details: { path, mode: octal(mode) } });
  }
  if ((f.folderMode & 0o077) !== 0) {
    // A sticky folder (/tmp) is shared by design: closing it would break the system, so move the database.
    const shared = (f.folderMode & 0o1000) !== 0;
    findings.push({ code: 'folder-permissions', level: 'warning', details: { folder: f.folder, mode: octal(f.folderMode & 0o777), shared: shared ? 'yes' : 'no' } });
  }
  if (f.walBytes > LARGE_WAL_BYTES) {
    findings.push({ code: 'wal-large', level: 'warning', details: { path: f.path, mb: Math.round(f.walBytes / 1024 / 1024) } });
  }
  return findings;
}

export function checkContent(c: ContentFacts, x: Expected): Finding[] {
  const findings: Finding[] = [];
  if (c.integrity.length !== 1 || c.integrity[0] !== 'ok') {
    findings.push({ code: 'integrity', level: 'error', details: { problems: c.integrity.slice(0, 3).join('; ') + (c.integrity.length > 3 ? '; ...' : '') } });
  }
  if (c.version > x.schemaVersion) {
    findings.push({ code: 'schema-newer', level: 'error', details: { version: c.version, known: x.schemaVersion } });
  } else if (c.version < x.schemaVersion) {
    findings.push({ code: 'schema-older', level: 'info', details: { version: c.version, known: x.schemaVersion, mustWrite: c.version < x.readableFrom ? 'yes' : 'no' } });
  } else if (c.applicationId !== x.applicationId) {
    findings.push({ code: 'marker', level: 'warning', details: { applicationId: c.applicationId } });
  }
  if (c.days === null) return findings;
  for (const day of c.days) {
    if (!isIsoDate(day.date)) {
      findings.push({ code: 'invalid-date', level: 'error', details: { date: day.date } });
      continue;
    }
    try {
      checkDay(day);
    } catch (err) {
      if (!(err instanceof InvalidValue)) throw err;
      findings.push({ code: 'out-of-range', level: 'error', details: { date: day.date, problem: err.message } });
    }
    if (day.date > x.today) findings.push({ code: 'future-day', level: 'warning', details: { date: day.date, today: x.today } });
  }
  for (const o of c.orphans) {
    const dates = o.dates.slice(0, 3).join(', ') + (o.dates.length > 3 ? ', ...' : '');
    findings.push({ code: 'orphaned-rows', level: 'error', details: { rows: o.rows, table: o.table, parent: o.parent, dates, path: x.path } });
  }
  for (const b of c.badJson) {
    const dates = b.dates.slice(0, 3).join(', ') + (b.dates.length > 3 ? ', ...' : '');
    findings.push({ code: 'bad-json', level: 'error', details: { rows: b.rows, table: b.table, column: b.column, dates } });
  }
  return findings;
}

export const isHealthy = (findings: readonly Finding[]) => findings.every((f) => f.level === 'info');

import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { isIsoDate } from '../core/dates.js';
import { isHardSession } from '../core/day-status.js';
import {
  checkNumber,
  checkText,
  CLOCK,
  InvalidValue,
  isSessionType,
  NUMBER_FIELDS,
  type NumberField,
  parseNumber,
  parseSession,
  parseYesNo,
  SESSION_HR,
  SESSION_MINUTES,
  SESSION_RPE,
  TEXT_FIELDS,
} from '../core/fields.js';
import type { Restore, Sources } from '../core/merge.js';
import { columnOf } from '../core/fields.js';
import type { Day, FieldKey, Session } from '../core/types.js';
import { DataError } from '../errors.js';
import { DAY_COLUMNS, DERIVED_COLUMNS, SESSION_COLUMNS, unneutralise } from '../render/csv.js';
import { csvStream, type CsvRecord, type Skipped } from './common.js';

// Reads back `recover export`, either table, e.g.
//   date,sleep_h,sleep_quality,...,rest_day,sessions,load,sources
//   2026-11-23,7.5,4,...,,strength:60:8;mobility:20:2,520,sleep_h=whoop;sleep_quality=manual

const TRIMP = { label: 'TRIMP', min: 0, max: 10_000, integer: false, unit: '' };

/** A change to one day: only the columns present in the file are set. */
export interface DayUpdate {
  date: string;
  restore: Restore;
}

type Row = CsvRecord;
type Chunks = AsyncIterable<Buffer> | Iterable<Buffer>;

/** Reads recover's own export from a file, as it streams in. */
export function readCsvFile(path: string, skipped?: Skipped[]): Promise<DayUpdate[]> {
  return readCsvExport(path, createReadStream(path, { highWaterMark: 1 << 20 }), skipped);
}

/**
 * Reads recover's own export row by row: what is held is the updates, one a day, not the rows.
 * A malformed row stops it with file and line; with `skipped` given (--skip-invalid) the row is
 * left out and listed there instead.
 */
export async function readCsvExport(file: string, chunks: Chunks, skipped?: Skipped[]): Promise<DayUpdate[]> {
  chunks = refusingOtherExports(file, chunks);
  let sessionsTable = false;
  const checkHeader = (header: readonly string[]) => {
    sessionsTable = header.includes('type') && !header.includes('sessions');
    const known: readonly string[] = sessionsTable ? SESSION_COLUMNS : DAY_COLUMNS;
    const unknown = header.find((c) => !known.includes(c));
    if (!header.includes('date') || unknown !== undefined) {
      if (unknown === undefined) throw new DataError('export-no-date-column', { file });
      throw new DataError('export-unknown-column', { file, column: unknown });
    }
  };
  const days: DayUpdate[] = [];
  const sessions = new Map<string, Session[]>();
  const firstLine = new Map<string, number>();
  for await (const { record, line, where, problem } of csvStream(file, chunks, checkHeader, true)) {
    try {
      if (problem !== undefined) throw problem;
      if (sessionsTable) {
        const { date, session } = sessionRow(record);
        const list = sessions.get(date);
        if (list) list.push(session);
        else sessions.set(date, [session]);
        continue;
      }
      const update = dayRow(record);
      const seen = firstLine.get(update.date);
      if (seen !== undefined) throw new InvalidValue('export-date-twice', { date: update.date, line: seen });
      firstLine.set(update.date, line);
      days.push(update);
    } catch (err) {
      if (!(err instanceof InvalidValue)) throw err;
      if (!skipped) throw new DataError('at-place', { where, problem: err });
      skipped.push({ where, reason: err.message });
    }
  }
  return sessionsTable ? groupSessions(sessions) : days;
}

export type ExportKind = 'csv' | 'excel' | 'json';

// Enough for a BOM, "date" and the separator, or JSON's "[" after some white space.
const HEAD_BYTES = 64;

/** Which of recover's exports a file's first bytes are: the plain CSV, the Excel CSV or JSON; null for none. */
export function exportKind(head: Buffer): ExportKind | null {
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  if (/^\s*[[{]/.test(text)) return 'json';
  if (text.startsWith('date;')) return 'excel';
  if (text.startsWith('date,')) return 'csv';
  return null;
}

/** Which export a file is, from its first bytes (restore asks when a file is no database). */
export function exportKindOfFile(path: string): ExportKind | null {
  const head = Buffer.alloc(HEAD_BYTES);
  const fd = openSync(path, 'r');
  try {
    return exportKind(head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0)));
  } finally {
    closeSync(fd);
  }
}

/**
 * The Excel export (";" and decimal commas) is not read back: a spreadsheet that saved it again may
 * have rewritten its dates and numbers in its own locale, and the plain export holds the same data
 * exactly. It and a JSON export are refused in one line that says what to import instead, rather than
 * failing on some later line as malformed CSV.
 */
async function* refusingOtherExports(file: string, chunks: Chunks): AsyncGenerator<Buffer> {
  let head: Buffer | null = Buffer.alloc(0);
  for await (const chunk of chunks) {
    if (head === null) {
      yield chunk;
      continue;
    }
    head = Buffer.concat([head, chunk]);
    if (head.length < HEAD_BYTES) continue;
    refuseOtherExport(file, head);
    yield head;
    head = null;
  }
  if (head !== null) {
    refuseOtherExport(file, head);
    if (head.length > 0) yield head;
  }
}

function refuseOtherExport(file: string, head: Buffer): void {
  const kind = exportKind(head);
  if (kind === 'excel') throw new DataError('export-excel', { file });
  if (kind === 'json') throw new DataError('export-json', { file });
}

function dateCell(record: Row): string {
  const date = record.date ?? '';
  if (!isIsoDate(date)) throw new InvalidValue('date-not-iso', { column: 'date', value: date });
  return date;
}

const FIELD_COLUMNS: ReadonlyMap<string, FieldKey> = new Map(
  [...NUMBER_FIELDS, ...TEXT_FIELDS, { key: 'mealWithin2h' as const }, { key: 'sick' as const }].map((f) => [columnOf(f.key), f.key]),
);

/** "sleep_h=whoop;hrv_ms=oura" -> where each value came from. */
function sourcesCell(text: string): Sources {
  const sources: Sources = {};
  for (const pair of text.split(';').filter((p) => p.trim() !== '')) {
    const [column = '', source = '', ...rest] = pair.split('=').map((p) => p.trim());
    const field = FIELD_COLUMNS.get(column);
    if (field === undefined || rest.length > 0) throw new InvalidValue('export-bad-sources', { value: pair });
    if (!/^[a-z-]+$/.test(source)) throw new InvalidValue('export-bad-value-source', { value: source });
    sources[field] = source;
  }
  return sources;
}

/** A number cell; a clock time is exported as minutes after midnight (bedtime_min) and read back as such, or as HH:MM. */
function parseCell(field: NumberField, text: string): number {
  if (field.unit !== CLOCK || !/^\d+$/.test(text)) return parseNumber(field, text);
  const minutes = Number(text);
  checkNumber(field, minutes, text);
  return minutes;
}

function dayRow(record: Row): DayUpdate {
  const date = dateCell(record);
  const has = (column: string) => column in record && !DERIVED_COLUMNS.has(column) && column !== 'sources';
  const cell = (column: string) => (record[column] ?? '').trim();
  const patch: Partial<Day> = {};
  for (const f of NUMBER_FIELDS) {
    if (has(f.column)) patch[f.key] = cell(f.column) === '' ? null : parseCell(f, cell(f.column));
  }
  for (const f of TEXT_FIELDS) {
    if (has(f.column)) patch[f.key] = checkText(f.label, unneutralise(record[f.column] ?? ''));
  }
  if (has('meal_within_2h')) {
    patch.mealWithin2h = cell('meal_within_2h') === '' ? null : parseYesNo('meal_within_2h', cell('meal_within_2h'));
  }
  if (has('sick')) patch.sick = cell('sick') === '' ? null : parseYesNo('sick', cell('sick'));
  if (has('sessions')) patch.sessions = cell('sessions') === '' ? [] : cell('sessions').split(';').map(sessionFromCell);
  if (has('rest_day')) {
    const rest = cell('rest_day');
    const sessions = patch.sessions ?? [];
    const consistent =
      rest === 'full' ? sessions.length === 0 : rest === 'active' ? sessions.length > 0 && !sessions.some(isHardSession) : rest === '';
    if (!consistent) {
      throw new InvalidValue('export-bad-rest-day', { value: rest, sessions: cell('sessions') });
    }
    patch.trainingLogged = rest === 'full' || sessions.length > 0;
  }
  const { sessions, trainingLogged, ...values } = patch;
  const training = { ...(sessions ? { sessions } : {}), ...(trainingLogged === undefined ? {} : { trainingLogged }) };
  return {
    date,
    restore: { values, sources: sourcesCell(record.sources ?? ''), ...(sessions || trainingLogged !== undefined ? { training } : {}) },
  };
}

/** Reads `sessionCell`'s form back: TYPE:MIN:RPE, TYPE:MIN:RPE:SOURCE:TRIMP:ID, or that and :AVG_HR:MAX_HR. */
function sessionFromCell(text: string): Session {
  const parts = text.split(':');
  if (parts.length !== 6 && parts.length !== 8) return parseSession(text, true);
  const [source = '', trimp = '', id = '', avgHr = '', maxHr = ''] = parts.slice(3);
  const session = parseSession(parts.slice(0, 3).join(':'), true);
  if (!/^[a-z-]+$/.test(source)) throw new InvalidValue('export-bad-session-source', { value: source });
  session.source = source;
  if (trimp !== '') session.trimp = parseNumber(TRIMP, trimp);
  if (avgHr !== '') session.avgHrBpm = parseNumber(SESSION_HR, avgHr);
  if (maxHr !== '') session.maxHrBpm = parseNumber(SESSION_HR, maxHr);
  try {
    if (id !== '') session.externalId = decodeURIComponent(id);
  } catch {
    throw new InvalidValue('export-bad-session-id', { value: id });
  }
  return session;
}

function sessionRow(record: Row): { date: string; session: Session } {
  const date = dateCell(record);
  const type = (record.type ?? '').trim();
  if (!isSessionType(type)) throw new InvalidValue('export-unknown-session-type', { value: type });
  const rpe = (record.rpe ?? '').trim();
  const session: Session = {
    type,
    minutes: parseNumber(SESSION_MINUTES, record.minutes ?? ''),
    rpe: rpe === '' ? null : parseNumber(SESSION_RPE, rpe),
  };
  // Where an imported session came from, so importing the source again does not add it twice.
  const source = unneutralise(record.source ?? '').trim();
  const externalId = unneutralise(record.external_id ?? '');
  const trimp = (record.trimp ?? '').trim();
  if (source && !/^[a-z-]+$/.test(source)) throw new InvalidValue('export-bad-session-source', { value: source.slice(0, 40) });
  if (source) session.source = source;
  if (externalId) session.externalId = externalId;
  if (trimp) session.trimp = parseNumber(TRIMP, trimp);
  const avgHr = (record.avg_hr_bpm ?? '').trim();
  const maxHr = (record.max_hr_bpm ?? '').trim();
  if (avgHr) session.avgHrBpm = parseNumber(SESSION_HR, avgHr);
  if (maxHr) session.maxHrBpm = parseNumber(SESSION_HR, maxHr);
  return { date, session };
}

/** The sessions table replaces the sessions of every day it names. */
function groupSessions(byDate: ReadonlyMap<string, Session[]>): DayUpdate[] {
  return [...byDate].map(([date, sessions]) => ({ date, restore: { values: {}, sources: {}, training: { sessions, trainingLogged: true } } }));
}

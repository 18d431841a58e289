import { statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse/sync';
import { byDate, isIsoDate, wallClockIn } from '../core/dates.js';
import { checkNumber, checkSession, fieldByKey, InvalidValue, NUMBER_FIELDS } from '../core/fields.js';
import type { ImportedDay } from '../core/merge.js';
import type { DayValues, FieldKey, Session } from '../core/types.js';
import { DataError } from '../errors.js';

export interface ReadContext {
  /** Skip malformed rows (each one reported) instead of stopping the import. */
  skipInvalid: boolean;
  /**
   * The user's IANA zone (--tz, else the tz setting, else this computer's): sources that store
   * instants (PMSys in UTC, Apple Health with the offset at export time) are placed in it.
   */
  tz: string;
  /** Bytes read so far and in all, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface Skipped {
  /** "file:line" or "file: element" where the bad record is. */
  where: string;
  reason: string;
}

export interface FileResult {
  file: string;
  /** The source its values are stored under when not the importer's own: a fallback file's id ('whoop-cycles'). */
  source?: string;
  days: ImportedDay[];
  /** Records read (rows, logs or elements that mattered). */
  records: number;
  skipped: Skipped[];
  /** Things worth knowing that are not errors, e.g. 11 naps kept apart: facts the render layer words. */
  notes: Note[];
}

/**
 * A note as a fact, a code and its numbers; src/render/messages/import-notes.ts words it in the
 * run's language (importers hold no words for a reader: test/unit/importer-words.test.ts).
 */
export type Note =
  | { code: NoteCount; n: number }
  | { code: 'long-naps'; n: number; hours: number; until: number }
  | { code: 'garmin-hrv-baseline'; date: string; low: number; high: number; status: string }
  | { code: TzNote };

type NoteCount =
  | 'naps'
  | 'cronometer-incomplete'
  | 'cronometer-water'
  | 'myfitnesspal-partial'
  | 'pmsys-empty-sessions'
  | 'pmsys-empty-wellness'
  | 'pmsys-alcohol-unknown'
  | 'pmsys-glasses'
  | 'whoop-naps-flagged'
  | 'whoop-unmapped'
  | 'fitbit-naps-flagged'
  | 'fitbit-repeated'
  | 'fitbit-walks'
  | 'fitbit-easy'
  | 'fitbit-zero'
  | 'garmin-unstaged'
  | 'garmin-multisport'
  | 'apple-health-repeated';

/** Why --tz changes nothing for a source. */
type TzNote = 'tz-cronometer' | 'tz-fitbit' | 'tz-myfitnesspal' | 'tz-oura' | 'tz-whoop';

/** Counted notes, leaving out the counts of nothing. */
export const counted = (...notes: ReadonlyArray<{ code: NoteCount; n: number }>): Note[] => notes.filter((note) => note.n > 0);

export interface Importer {
  id: string;
  /** Reads a file or a folder of the source's files. */
  read(path: string, ctx: ReadContext): Promise<FileResult[]>;
  /** Reads all paths of one import together, for sources whose files only make sense together. */
  readAll?(paths: readonly string[], ctx: ReadContext): Promise<FileResult[]>;
  /** Why --tz changes nothing for this source, said when it is given; absent when it is used. */
  tzNote?: { code: TzNote };
}

type NumericField = { [K in FieldKey]: DayValues[K] extends number | null ? K : never }[FieldKey];

/** Each number field's range, found once rather than searched for every value set. */
const SPECS = new Map(NUMBER_FIELDS.map((f) => [f.key as FieldKey, f]));

/** Collects one file's values per date, checking each against the field's range. */
export class DayCollector {
  private readonly days = new Map<string, ImportedDay>();
  readonly skipped: Skipped[] = [];
  records = 0;

  constructor(readonly file: string) {}

  private day(date: string): ImportedDay {
    let day = this.days.get(date);
    if (!day) {
      // Checked once a date: a day already collected was checked when it came.
      if (!isIsoDate(date)) throw new InvalidValue('no-valid-date', { value: date });
      day = { date, values: {}, sessions: [] };
      this.days.set(date, day);
    }
    return day;
  }

  /** Sets a number; an implausible one (HRV 0, 30 h of sleep) is skipped and reported, not stored. */
  set(where: string, date: string, key: NumericField, value: number | null, combine: 'replace' | 'sum' = 'replace'): void {
    if (value === null) return;
    const day = this.day(date);
    const previous = day.values[key];
    const next = combine === 'sum' && typeof previous === 'number' ? previous + value : value;
    try {
      checkNumber(SPECS.get(key) ?? fieldByKey(key), next);
    } catch (err) {
      if (!(err instanceof InvalidValue)) throw err;
      this.skipped.push({ where, reason: new InvalidValue('implausible-value', { problem: err }).message });
      return;
    }
    day.values[key] = next;
  }

  setText(date: string, key: 'injury' | 'note' | 'tags', text: string): void {
    const day = this.day(date);
    if (key === 'tags') {
      day.values.tags = text;
      return;
    }
    const previous = day.values[key];
    day.values[key] = previous && previous !== text ? `${previous}; ${text}` : text;
  }

  /** Sets a yes/no field; when two answers fall on one date, a yes wins (ill at some time that day). */
  setFlag(date: string, key: 'sick', value: boolean): void {
    const day = this.day(date);
    day.values[key] = value || day.values[key] === true;
  }

  addSession(where: string, date: string, session: Session): void {
    try {
      checkSession(session);
    } catch (err) {
      if (!(err instanceof InvalidValue)) throw err;
      this.skipped.push({ where, reason: new InvalidValue('implausible-session', { problem: err }).message });
      return;
    }
    const day = this.day(date);
    if (!day.sessions.some((s) => s.externalId === session.externalId)) day.sessions.push(session);
  }

  result(notes: Note[] = []): FileResult {
    // ISO dates sort as text: no locale needed.
    const days = [...this.days.values()].sort(byDate);
    return { file: this.file, days, records: this.records, skipped: this.skipped, notes };
  }
}

/**
 * Runs `read` on each record; a malformed one (or one marked with a `problem`, such as a
 * truncated row) stops the import with where and why, or with --skip-invalid is skipped and reported.
 */
export async function eachRecord<T>(
  collector: DayCollector,
  ctx: ReadContext,
  records: Iterable<{ where: string; record: T; problem?: InvalidValue }> | AsyncIterable<{ where: string; record: T; problem?: InvalidValue }>,
  read: (record: T, where: string) => void,
): Promise<void> {
  for await (const { where, record, problem } of records) {
    try {
      if (problem !== undefined) throw problem;
      read(record, where);
      collector.records++;
    } catch (err) {
      if (!(err instanceof InvalidValue)) throw err;
      if (!ctx.skipInvalid) throw new DataError('row-invalid', { where, problem: err });
      collector.skipped.push({ where, reason: err.message });
    }
  }
}

export type CsvRecord = Record<string, string>;

export interface CsvRow {
  line: number;
  where: string;
  record: CsvRecord;
  /** Why the row cannot be trusted (cut short), if so. */
  problem?: InvalidValue;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

const NUMBER = /^-?\d+(\.\d+)?$/;
/** Whole digits of a NUMBER ("-12.5" -> 2). */
const intDigits = (text: string) => {
  const dot = text.indexOf('.');
  return (dot === -1 ? text.length : dot) - (text.startsWith('-') ? 1 : 0);
};
/** Enough other values in a column to say what its numbers normally look like. */
const MIN_COLUMN_VALUES = 5;

/** What the rest of a column holds, gathered row by row: enough to judge a last cell without keeping the rows. */
interface ColumnStats {
  count: number;
  anyEmpty: boolean;
  allNumbers: boolean;
  /** The fewest whole digits of its values (when all are numbers). */
  shortest: number;
}

const newColumnStats = (): ColumnStats => ({ count: 0, anyEmpty: false, allNumbers: true, shortest: Infinity });

function addToColumn(stats: ColumnStats, cell: string | undefined): void {
  const value = (cell ?? '').trim();
  stats.count++;
  if (value === '') stats.anyEmpty = true;
  if (!NUMBER.test(value)) stats.allNumbers = false;
  else stats.shortest = Math.min(stats.shortest, intDigits(value));
}

/**
 * Whether the last row of a file that ends without a line end was cut inside its last cell:
 * that cell is empty, or a number ending in "." or with fewer whole digits than every other
 * value of its column, where that column is otherwise always filled (at least 5 values).
 */
function cutInLastCell(cells: readonly string[], column: ColumnStats): InvalidValue | undefined {
  const last = (cells[cells.length - 1] ?? '').trim();
  if (column.count < MIN_COLUMN_VALUES || column.anyEmpty) return undefined;
  if (last === '' || /^-?\d+\.$/.test(last)) return new InvalidValue('csv-cut-last-cell', { value: last });
  if (!NUMBER.test(last) || !column.allNumbers) return undefined;
  if (intDigits(last) >= column.shortest) return undefined;
  return new InvalidValue('csv-cut-short-number', { value: last });
}

/** One row as CsvRow, marked when cut short (fewer cells than the header), or cut in its last cell when it is the file's cut-off last row. */
function csvRow(file: string, header: readonly string[], cells: readonly string[], line: number, lastOfCutFile: ColumnStats | undefined): CsvRow {
  const record: CsvRecord = {};
  for (let c = 0; c < header.length && c < cells.length; c++) record[header[c] ?? ''] = cells[c] ?? '';
  const row: CsvRow = { line, where: `${file}:${line}`, record };
  if (cells.length < header.length) {
    row.problem = new InvalidValue('csv-row-short', { cells: cells.length, columns: header.length });
  } else if (lastOfCutFile && cells.length === header.length) {
    const problem = cutInLastCell(cells, lastOfCutFile);
    if (problem !== undefined) row.problem = problem;
  }
  return row;
}

/**
 * Parses CSV (RFC 4180) keeping each row's line number. `strict` refuses rows with more or
 * fewer cells than the header, as recover's own export never has them. Otherwise a row with
 * fewer cells than the header is marked as cut short (a truncated file, or a broken row),
 * and so is a last row cut inside its last cell (see `cutInLastCell`); more cells are allowed.
 */
export function parseCsv(file: string, text: string, strict = false): CsvTable {
  let parsed: Array<{ record: string[]; info: { lines: number } }>;
  try {
    parsed = parse(text, { info: true, bom: true, skip_empty_lines: true, relax_column_count: !strict }) as unknown as typeof parsed;
  } catch (err) {
    throw csvError(file, err);
  }
  const [first, ...body] = parsed;
  const header = (first?.record ?? []).map((n) => n.trim());
  const endsCut = !/[\r\n]$/.test(text);
  const column = newColumnStats();
  for (const { record } of body.slice(0, -1)) addToColumn(column, record[header.length - 1]);
  const rows = body.map(({ record: cells, info }, i) => csvRow(file, header, cells, info.lines, endsCut && i === body.length - 1 ? column : undefined));
  return { header, rows };
}

function csvError(file: string, err: unknown): DataError {
  const line = (err as { lines?: number }).lines;
  return new DataError('csv-invalid', { where: line ? `${file}:${line}` : file, why: err as Error });
}

function checkColumns(file: string, header: readonly string[], required: readonly string[]): void {
  const missing = required.filter((c) => !header.includes(c));
  // A spreadsheet that saved the file again in a ';' locale leaves one column holding all the names.
  const separator = [';', '\t'].find((sep) => header.length === 1 && required.every((c) => (header[0] ?? '').split(sep).map((n) => n.trim()).includes(c)));
  if (missing.length > 0 && separator !== undefined) throw new DataError('csv-other-separator', { file, separator: separator === '\t' ? 'tab' : separator });
  if (missing.length > 0) {
    throw new DataError('csv-missing-columns', { file, count: missing.length, columns: missing.map((c) => `"${c}"`).join(', ') });
  }
}

/** A CSV file's rows with their line numbers; the header must hold `required`. */
export function csvRecords(file: string, text: string, required: readonly string[]): CsvRow[] {
  const { header, rows } = parseCsv(file, text);
  checkColumns(file, header, required);
  return rows;
}

const MAX_ROW_CHARS = 2 ** 20;

/** Where a text stream has got to: its line, and whether the text so far ends a line. */
export interface TextProgress {
  line: number;
  endsLine: boolean;
}

/**
 * A file's bytes as UTF-8 text, piece by piece as they come (a leading BOM dropped): bytes that
 * are not UTF-8 stop it with the line they are on, and a file that cannot be read with why.
 */
export async function* textPieces(where: string, chunks: AsyncIterable<Buffer> | Iterable<Buffer>, progress: TextProgress = { line: 1, endsLine: true }): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Buffer): string => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      const seen = chunk ? new TextDecoder().decode(chunk) : '';
      throw new DataError('not-utf8', { where: `${where}:${progress.line + newlines(seen, seen.indexOf('\uFFFD'))}` });
    }
  };
  try {
    for await (const chunk of chunks) {
      const text = decode(chunk);
      if (text === '') continue;
      progress.line += newlines(text, text.length);
      progress.endsLine = /[\r\n]$/.test(text);
      yield text;
    }
  } catch (err) {
    throw err instanceof DataError ? err : cannotRead(where, err);
  }
  // A file that ends inside a character.
  decode();
}

/**
 * A CSV file's rows as csvRecords gives them, read as they stream in: memory holds one row and a
 * few figures of the last column (for the cut-off check of the last row), not the file. The
 * header must hold `header`'s columns, or pass its check. `strict` refuses a row with more or
 * fewer cells than the header (recover's own export never has them; other apps' files may).
 */
export async function* csvStream(
  file: string,
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  header: readonly string[] | ((columns: readonly string[]) => void),
  strict = false,
): AsyncGenerator<CsvRow> {
  const { parse: parser } = await import('csv-parse');
  const checkHeader = typeof header === 'function' ? header : (columns: readonly string[]) => checkColumns(file, columns, header);
  const text: TextProgress = { line: 1, endsLine: true };
  // No row of a real export comes near 1 MB: a longer one (a file with no line ends) stops the import rather than filling memory.
  const rows = parser({ info: true, bom: true, skip_empty_lines: true, relax_column_count: !strict, max_record_size: MAX_ROW_CHARS });
  // Errors reach the loop below through `rows`, which the pipeline destroys with them.
  pipeline(Readable.from(textPieces(file, chunks, text)), rows).catch(() => undefined);
  let columns: string[] | undefined;
  let held: { cells: string[]; line: number } | undefined;
  const column = newColumnStats();
  try {
    for await (const { record: cells, info } of rows as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (columns === undefined) {
        columns = cells.map((n) => n.trim());
        checkHeader(columns);
        continue;
      }
      // One row behind: the last row is judged once the file is known to end.
      if (held) {
        yield csvRow(file, columns, held.cells, held.line, undefined);
        addToColumn(column, held.cells[columns.length - 1]);
      }
      held = { cells, line: info.lines };
    }
  } catch (err) {
    throw err instanceof DataError ? err : csvError(file, err);
  }
  if (columns === undefined) checkHeader([]);
  else if (held) yield csvRow(file, columns, held.cells, held.line, text.endsLine ? undefined : column);
}

function newlines(text: string, before: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < before; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function cannotRead(path: string, err: unknown): DataError {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return new DataError('cannot-read-missing', { path });
  if (code === 'EISDIR') return new DataError('cannot-read-folder', { path });
  return new DataError('cannot-read', { path, why: err as Error });
}

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch (err) {
    throw cannotRead(path, err);
  }
}

/** A plain decimal number as exports write them ("62", "-0.5", "1.2e3"); not "0x96", "Infinity" or " ". */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A finite decimal number, or NaN for anything else. */
export function decimal(text: string): number {
  return DECIMAL.test(text) ? Number(text) : Number.NaN;
}

/** A number from a file, strictly: a decimal that is finite; anything else is refused. */
export function strictNumber(text: string, what: string): number {
  const value = decimal(text);
  if (!Number.isFinite(value)) throw new InvalidValue('cell-not-number', { what, value: text.slice(0, 40) });
  return value;
}

/** A number cell: empty (or "None") is no value; anything else must be a number. */
export function numberCell(record: CsvRecord, column: string): number | null {
  const text = (record[column] ?? '').trim();
  if (text === '' || text === 'None' || text === 'null') return null;
  return strictNumber(text, `"${column}"`);
}

// "2024-06-24", "2024-06-24 05:44:09", "2019-11-05T22:51:54.710Z", "2024-03-02 07:00:00 +0100".
const STAMP = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(?: ?(Z|[+-]\d{2}:?\d{2}))?$/;

interface Stamp {
  date: string;
  /** Minutes after local midnight; null for a date alone. */
  minute: number | null;
  /** The UTC offset in minutes; null when the stamp has none. */
  offsetMin: number | null;
}

/** Dates found valid, as an export repeats each date over many rows (bounded: cleared when full). */
const validDates = new Set<string>();
function knownDate(date: string): boolean {
  if (validDates.has(date)) return true;
  if (!isIsoDate(date)) return false;
  if (validDates.size >= 50_000) validDates.clear();
  validDates.add(date);
  return true;
}

/** One strict reader of dates and times for every source: a real calendar date, a real clock time, a real offset. */
export function parseStampStrict(text: string, what: string): Stamp {
  const m = STAMP.exec(text.trim());
  const bad = () => new InvalidValue('cell-not-time', { what, value: text.slice(0, 40) });
  if (!m || !knownDate(m[1] ?? '')) throw bad();
  const [hour, minute, second] = [Number(m[2] ?? 0), Number(m[3] ?? 0), Number(m[4] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) throw bad();
  let offsetMin: number | null = null;
  if (m[5] === 'Z') offsetMin = 0;
  else if (m[5]) {
    const digits = m[5].replace(':', '');
    const [oh, om] = [Number(digits.slice(1, 3)), Number(digits.slice(3, 5))];
    if (oh > 14 || om > 59) throw bad();
    offsetMin = (digits.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  return { date: m[1] ?? '', minute: m[2] === undefined ? null : hour * 60 + minute + second / 60, offsetMin };
}

/** "2024-06-24 05:44:09" or "2024-06-24T05:44:09+02:00" -> its own local date, "2024-06-24". */
export function localDateOf(stamp: string, what: string): string {
  return parseStampStrict(stamp, what).date;
}

/** An instant that carries its offset ("...Z", "... +0100") as epoch milliseconds. */
export function instantOf(text: string, what: string): number {
  const stamp = parseStampStrict(text, what);
  if (stamp.minute === null || stamp.offsetMin === null) throw new InvalidValue('cell-not-offset-time', { what, value: text.slice(0, 40) });
  return Date.parse(`${stamp.date}T00:00:00Z`) + (stamp.minute - stamp.offsetMin) * 60_000;
}

/** The calendar date of an instant in an IANA time zone. */
export function dateInZone(instant: string, tz: string, what: string): string {
  // wallClockIn caches the zone's offsets: a new Intl.DateTimeFormat a row made a 10-year import take seconds.
  return wallClockIn(instantOf(instant, what), tz).date;
}

/** Checks an IANA zone name before any row needs it. */
export function checkZone(tz: string): void {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: tz });
  } catch {
    throw new DataError('unknown-zone', { tz });
  }
}

/** Minutes asleep as hours, to the hundredth: 394 min -> 6.57 h. */
export function hours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** A JSON array element that must be an object ({...}); anything else is a malformed record. */
export function asRecord(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidValue('json-not-record', { value: String(JSON.stringify(value)).slice(0, 40) });
  }
  return value as Record<string, unknown>;
}

import { stringify } from 'csv-stringify/sync';
import { dayLoad, dayStatus, sessionLoad } from '../core/day-status.js';
import { dayLoadEstimated } from '../core/estimated-load.js';
import { columnOf, NUMBER_FIELDS, TEXT_FIELDS } from '../core/fields.js';
import type { Sources } from '../core/merge.js';
import type { Day, FieldKey, Session } from '../core/types.js';
import { machineNumber } from './json.js';
import { sessionRows } from './records.js';

/** Columns added after 0.1, at the end so that the earlier ones keep their places. */
const LATER_COLUMNS: readonly string[] = ['load_estimated', 'sick', 'nap_h', 'sources', 'bedtime_min', 'wake_min', 'waso_min', 'fat_g', 'fruit_veg', 'tags'];

/** Stable, documented columns of `recover export --table days`; import reads the same. */
export const DAY_COLUMNS = [
  'date',
  ...NUMBER_FIELDS.map((f) => f.column).filter((c) => !LATER_COLUMNS.includes(c)),
  'meal_within_2h',
  ...TEXT_FIELDS.map((f) => f.column).filter((c) => !LATER_COLUMNS.includes(c)),
  'rest_day',
  'sessions',
  'load',
  ...LATER_COLUMNS,
] as const;

export const SESSION_COLUMNS = [
  'date', 'position', 'type', 'minutes', 'rpe', 'load', 'trimp', 'source', 'external_id', 'load_estimated', 'avg_hr_bpm', 'max_hr_bpm',
] as const;

/** Columns derived from others: exported for convenience, ignored on import. */
export const DERIVED_COLUMNS: ReadonlySet<string> = new Set(['load', 'load_estimated']);

// OWASP CSV injection: a spreadsheet runs a cell starting with one of these as a formula.
// A leading quote is escaped too, so that import can strip exactly one and get the text back.
const FORMULA_START = /^[=+\-@\t\r']/;

// Every cell with a line break is quoted: records end in CRLF, so a bare LF would otherwise go
// out unquoted, and a reader that splits on it sees a new row (that may start with "=").
const CSV_OPTIONS = { record_delimiter: 'windows', quoted_match: /[\r\n]/ } as const;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function unneutralise(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

export function restDayCell(day: Day): string {
  const status = dayStatus(day);
  return status === 'full-rest' ? 'full' : status === 'active-rest' ? 'active' : '';
}

type Cell = string | number | null;

/**
 * A session in the days table: TYPE:MIN:RPE ("cardio:30:" without RPE), and for an imported
 * one also :SOURCE:TRIMP:ID, the id URL-encoded, so a restore still knows it came from there,
 * then :AVG_HR:MAX_HR when the source gave an average heart rate instead of zones.
 */
export function sessionCell(s: Session): string {
  const base = `${s.type}:${s.minutes}:${s.rpe ?? ''}`;
  if (s.source === undefined) return base;
  const imported = `${base}:${s.source}:${s.trimp ?? ''}:${encodeURIComponent(s.externalId ?? '')}`;
  return s.avgHrBpm === undefined && s.maxHrBpm === undefined ? imported : `${imported}:${s.avgHrBpm ?? ''}:${s.maxHrBpm ?? ''}`;
}

/** Where each value came from, "sleep_h=whoop;hrv_ms=oura;fatigue=manual", so a restore keeps it. */
export function sourcesCell(day: Day, sources: Sources): string {
  return (Object.entries(sources) as Array<[FieldKey, string]>)
    .filter(([field]) => day[field] !== null)
    .map(([field, source]) => [columnOf(field), source] as const)
    .sort(([a], [b]) => DAY_COLUMNS.indexOf(a as never) - DAY_COLUMNS.indexOf(b as never))
    .map(([column, source]) => `${column}=${source}`)
    .join(';');
}

export function dayRecord(day: Day, sources: Sources = {}): Record<string, Cell> {
  const record: Record<string, Cell> = { date: day.date };
  for (const f of NUMBER_FIELDS) record[f.column] = day[f.key];
  record.meal_within_2h = day.mealWithin2h === null ? null : day.mealWithin2h ? 'yes' : 'no';
  for (const f of TEXT_FIELDS) record[f.column] = day[f.key] === null ? null : neutralise(day[f.key] ?? '');
  record.rest_day = restDayCell(day);
  record.sessions = day.sessions.map(sessionCell).join(';');
  // Computed, so rounded as scripts get numbers (machineNumber); stored values go out exactly: this is the backup.
  record.load = day.sessions.some((s) => sessionLoad(s) !== null) ? machineNumber(dayLoad(day)) : null;
  record.load_estimated = dayLoadEstimated(day) ? 'yes' : null;
  record.sick = day.sick === null ? null : day.sick ? 'yes' : 'no';
  record.sources = sourcesCell(day, sources);
  return record;
}

/** For a spreadsheet: a byte-order mark (Excel then reads UTF-8), another delimiter, a decimal comma. */
export interface SheetOptions {
  bom?: boolean;
  delimiter?: string;
  decimalComma?: boolean;
}

/** Excel and LibreOffice in a Dutch (or most European) locale: ';' between cells, ',' in numbers. */
export const EXCEL: SheetOptions = { bom: true, delimiter: ';', decimalComma: true };

function sheetOptions(o: SheetOptions) {
  return {
    delimiter: o.delimiter ?? ',',
    ...(o.decimalComma ? { cast: { number: (n: number) => String(n).replace('.', ',') } } : {}),
  };
}

/** An export's pieces as CSV: the header (and a spreadsheet's byte-order mark) with the first piece only. */
export type CsvPieces = (days: readonly Day[], first: boolean, sources?: ReadonlyMap<string, Sources>) => string;

/** Rows as CSV a piece at a time, with one set of options (and the header made once) for every piece. */
function pieces(columns: readonly string[], sheet: SheetOptions, rows: (days: readonly Day[], sources: ReadonlyMap<string, Sources>) => unknown[]): CsvPieces {
  const options = { ...CSV_OPTIONS, ...sheetOptions(sheet), columns: [...columns], header: false, bom: false };
  const header = stringify([], { ...options, header: true, bom: Boolean(sheet.bom) });
  return (days, first, sources = new Map()) => (first ? header : '') + stringify(rows(days, sources), options);
}

/** The days table, a row a day (DAY_COLUMNS). */
export const daysPieces = (sheet: SheetOptions = {}): CsvPieces => pieces(DAY_COLUMNS, sheet, (days, sources) => days.map((d) => dayRecord(d, sources.get(d.date))));

/** The sessions table, a row a session (SESSION_COLUMNS). */
export const sessionsPieces = (sheet: SheetOptions = {}): CsvPieces =>
  pieces(SESSION_COLUMNS, sheet, (days) =>
    sessionRows(days).map((r) => ({
      ...r,
      load: r.load === null ? null : machineNumber(r.load),
      source: r.source === undefined ? null : neutralise(r.source),
      external_id: r.externalId === undefined ? null : neutralise(r.externalId),
      trimp: r.trimp ?? null,
      load_estimated: r.loadEstimated ? 'yes' : null,
      avg_hr_bpm: r.avgHrBpm ?? null,
      max_hr_bpm: r.maxHrBpm ?? null,
    })),
  );

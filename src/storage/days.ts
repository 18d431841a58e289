import { addDays } from '../core/dates.js';
import { NUMBER_FIELDS, TEXT_FIELDS } from '../core/fields.js';
import type { DateSpan } from '../core/report.js';
import type { DayState, FieldValue, Observations, Source, Sources } from '../core/merge.js';
import { hrvMeasureOf } from '../core/sources.js';
import { recentTags } from '../core/tags.js';
import { emptyDay, FIELD_KEYS, type Day, type FieldKey, type Session, type SessionType } from '../core/types.js';
import type { Db } from './db.js';

const COLUMNS = [
  ...NUMBER_FIELDS.map((f) => f.column),
  'meal_within_2h',
  ...TEXT_FIELDS.map((f) => f.column),
  'sick',
  'training_logged',
];

/** A day from its row as an array (better-sqlite3's raw mode: no object a row), its columns named by `at`. */
function fromRaw(row: unknown[], at: Map<string, number>, sessions: Session[], hrvSource: Source | undefined): Day {
  const value = (column: string) => row[at.get(column) as number] as string | number | null;
  const day = emptyDay(String(value('date')));
  day.hrvMeasure = value('hrv_ms') === null ? null : hrvMeasureOf(hrvSource);
  for (const f of NUMBER_FIELDS) day[f.key] = value(f.column) as number | null;
  for (const f of TEXT_FIELDS) day[f.key] = value(f.column) as string | null;
  const meal = value('meal_within_2h');
  day.mealWithin2h = meal === null ? null : meal === 1;
  const sick = value('sick');
  day.sick = sick === null || sick === undefined ? null : sick === 1;
  day.trainingLogged = value('training_logged') === 1;
  day.sessions = sessions;
  return day;
}

interface SessionRow {
  date: string;
  type: string;
  minutes: number;
  rpe: number | null;
  source: string | null;
  external_id: string | null;
  trimp: number | null;
  avg_hr_bpm: number | null;
  max_hr_bpm: number | null;
}

function toSession(row: SessionRow): Session {
  const session: Session = { type: row.type as SessionType, minutes: row.minutes, rpe: row.rpe };
  if (row.source !== null) session.source = row.source;
  if (row.external_id !== null) session.externalId = row.external_id;
  if (row.trimp !== null) session.trimp = row.trimp;
  if (row.avg_hr_bpm !== null) session.avgHrBpm = row.avg_hr_bpm;
  if (row.max_hr_bpm !== null) session.maxHrBpm = row.max_hr_bpm;
  return session;
}

function sessionsByDate(db: Db, { from, to }: DateSpan): Map<string, Session[]> {
  const sessions = db
    .prepare(
      'SELECT date, type, minutes, rpe, source, external_id, trimp, avg_hr_bpm, max_hr_bpm FROM session WHERE date BETWEEN ? AND ? ORDER BY date, position',
    )
    .all(from, to) as SessionRow[];
  const byDate = new Map<string, Session[]>();
  for (const s of sessions) {
    const list = byDate.get(s.date) ?? [];
    list.push(toSession(s));
    byDate.set(s.date, list);
  }
  return byDate;
}

function loadDays(db: Db, span: DateSpan): Day[] {
  // Rows as arrays: objects of 28 properties a row took twice the time (5.8 against 1.7 ms for 400 days).
  const statement = db.prepare('SELECT * FROM day WHERE date BETWEEN ? AND ? ORDER BY date').raw();
  const rows = statement.all(span.from, span.to) as unknown[][];
  if (rows.length === 0) return [];
  const at = new Map(statement.columns().map((c, i) => [c.name, i]));
  const byDate = sessionsByDate(db, span);
  // An HRV value's measure follows from where it came from (Apple Health SDNN, the others RMSSD).
  const hrvSources = db
    .prepare("SELECT date, sources ->> '$.hrvMs' AS source FROM day WHERE hrv_ms IS NOT NULL AND date BETWEEN ? AND ?")
    .all(span.from, span.to) as Array<{ date: string; source: Source | null }>;
  const hrvSource = new Map(hrvSources.map((r) => [r.date, r.source ?? undefined]));
  return rows.map((row) => {
    const date = String(row[at.get('date') as number]);
    return fromRaw(row, at, byDate.get(date) ?? [], hrvSource.get(date));
  });
}

/**
 * Days holding only what the training-load model reads (sessions, the rest mark, illness: sick
 * and the note); every other field is left unknown. For the lead-in of the load model, long
 * before the days a report shows, where reading whole days was most of a report's reading.
 */
function loadTrainingDays(db: Db, span: DateSpan): Day[] {
  const rows = db.prepare('SELECT date, training_logged, sick, note FROM day WHERE date BETWEEN ? AND ? ORDER BY date').all(span.from, span.to) as Array<{
    date: string;
    training_logged: number;
    sick: number | null;
    note: string | null;
  }>;
  const byDate = sessionsByDate(db, span);
  return rows.map((row) => ({
    ...emptyDay(row.date),
    trainingLogged: row.training_logged === 1,
    sick: row.sick === null ? null : row.sick === 1,
    note: row.note,
    sessions: byDate.get(row.date) ?? [],
  }));
}

export function getDay(db: Db, date: string): Day | null {
  return loadDays(db, { from: date, to: date })[0] ?? null;
}

export function listDays(db: Db, span: DateSpan): Day[] {
  return loadDays(db, span);
}

/**
 * The days figures for `span` need: from `lookbackDays` before it, or earlier to take in
 * `leadInKnownDays` days whose training is known (a session or a rest mark) before it; with fewer,
 * from the first of them. Reads a bounded window however long the history; the days before the
 * lookback hold only what the load model reads (loadTrainingDays).
 */
export function listDaysWithLeadIn(db: Db, span: DateSpan, window: { lookbackDays: number; leadInKnownDays: number }): Day[] {
  const known = 'training_logged = 1 OR EXISTS (SELECT 1 FROM session WHERE session.date = day.date)';
  const leadIn = (db.prepare(`SELECT date FROM day WHERE date < ? AND (${known}) ORDER BY date DESC LIMIT 1 OFFSET ?`).get(span.from, window.leadInKnownDays - 1) ??
    db.prepare(`SELECT date FROM day WHERE date < ? AND (${known}) ORDER BY date LIMIT 1`).get(span.from)) as { date: string } | undefined;
  const lookback = addDays(span.from, -window.lookbackDays);
  const days = loadDays(db, { from: lookback, to: span.to });
  return leadIn && leadIn.date < lookback ? [...loadTrainingDays(db, { from: leadIn.date, to: addDays(lookback, -1) }), ...days] : days;
}

/**
 * The days of `span` in date order, at most `size` at a time: what reads the whole history
 * (an export) holds one piece in memory, however long the history.
 */
export function* daysInPieces(db: Db, span: DateSpan, size = 366): Generator<Day[]> {
  const pieceEnd = db.prepare('SELECT date FROM day WHERE date BETWEEN ? AND ? ORDER BY date LIMIT 1 OFFSET ?').pluck();
  for (let from = span.from; from <= span.to; ) {
    const end = (pieceEnd.get(from, span.to, size - 1) as string | undefined) ?? span.to;
    const days = loadDays(db, { from, to: end });
    if (days.length > 0) yield days;
    if (end >= span.to) return;
    from = addDays(end, 1);
  }
}

export function listAllDays(db: Db): Day[] {
  return loadDays(db, { from: '0000-01-01', to: '9999-12-31' });
}

/**
 * Runs a read-modify-write under SQLite's write lock (BEGIN IMMEDIATE): another process's write
 * waits for it (up to the busy timeout) instead of being overwritten by what was read before.
 */
export function writeLocked<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate();
}

/** The tags of the 90 days before `date`, most recently used first, for the log's prompt. */
export function recentTagsBefore(db: Db, date: string): string[] {
  const rows = db.prepare("SELECT date, tags FROM day WHERE date < ? AND date >= date(?, '-90 days') AND tags IS NOT NULL").all(date, date) as Array<{ date: string; tags: string }>;
  return recentTags(rows);
}

/** The last bed and wake times logged before `date`: the default for tonight's. */
export function lastTimesBefore(db: Db, date: string): Pick<Day, 'bedtimeMin' | 'wakeMin'> | null {
  const row = db
    .prepare('SELECT bedtime_min, wake_min FROM day WHERE date < ? AND (bedtime_min IS NOT NULL OR wake_min IS NOT NULL) ORDER BY date DESC LIMIT 1')
    .get(date) as { bedtime_min: number | null; wake_min: number | null } | undefined;
  return row ? { bedtimeMin: row.bedtime_min, wakeMin: row.wake_min } : null;
}

/** The most recent entry before `date`, whose values make good prompt defaults. */
export function latestDayBefore(db: Db, date: string): Day | null {
  const row = db.prepare('SELECT date FROM day WHERE date < ? ORDER BY date DESC LIMIT 1').get(date) as
    | { date: string }
    | undefined;
  return row ? getDay(db, row.date) : null;
}

/** A day to store: `sources` (where each value came from) and `observed` (every import source's values) replace the stored ones when given. */
export interface DayWrite {
  day: Day;
  sources?: Sources;
  observed?: Observations;
}

type Statement = ReturnType<Db['prepare']>;
const statements = new WeakMap<Db, Map<string, Statement>>();

/** A statement prepared once for each database and text: an import writes the same few thousands of times. */
function prepared(db: Db, sql: string): Statement {
  let byText = statements.get(db);
  if (!byText) {
    byText = new Map();
    statements.set(db, byText);
  }
  let statement = byText.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    byText.set(sql, statement);
  }
  return statement;
}

/**
 * Rows per statement: many rows in one INSERT cost half of one statement a row. Rows go in
 * statements of 64, the rest by halves (32, 16, … 1), so a table has at most 7 statement shapes.
 */
const ROW_COUNTS = [64, 32, 16, 8, 4, 2, 1];

/** Inserts rows of `width` values, given flat, in as few statements as ROW_COUNTS allows. */
function insertRows(db: Db, into: string, width: number, values: ReadonlyArray<string | number | null>, suffix = ''): void {
  const row = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  let at = 0;
  for (const n of ROW_COUNTS) {
    const size = n * width;
    if (values.length - at < size) continue;
    const statement = prepared(db, `INSERT INTO ${into} VALUES ${Array.from({ length: n }, () => row).join(', ')}${suffix}`);
    for (; values.length - at >= size; at += size) statement.run(values.slice(at, at + size));
  }
}

/** Deletes the rows of `dates` from a table in one statement. */
function clearDates(db: Db, table: string, dates: readonly string[]): void {
  if (dates.length > 0) prepared(db, `DELETE FROM ${table} WHERE date IN (SELECT value FROM json_each(?))`).run(JSON.stringify(dates));
}

const DAY_NAMES = ['date', ...COLUMNS, 'sources', 'updated_at'];
const DAY_INTO = `day (${DAY_NAMES.join(', ')})`;
// A day written without its sources (a hand edit) keeps the stored ones.
const DAY_UPSERT = ` ON CONFLICT (date) DO UPDATE SET ${[...COLUMNS, 'updated_at'].map((c) => `${c} = excluded.${c}`).join(', ')}, sources = coalesce(excluded.sources, day.sources)`;

/** A day's row as DAY_NAMES orders it, appended to `out`. */
function pushDayRow(out: Array<string | number | null>, day: Day, sources: string | null, updatedAt: string): void {
  out.push(day.date);
  for (const f of NUMBER_FIELDS) out.push(day[f.key]);
  out.push(day.mealWithin2h === null ? null : Number(day.mealWithin2h));
  for (const f of TEXT_FIELDS) out.push(day[f.key]);
  out.push(day.sick === null ? null : Number(day.sick), Number(day.trainingLogged), sources, updatedAt);
}

/**
 * Every field's place in the JSON of the `sources` and `observation.fields` columns: the same
 * text for the same values, whatever order a merge set them in.
 */
const FIELD_ORDER = new Map(FIELD_KEYS.map((k, i) => [k, i]));

/** The fields a record holds, in FIELD_ORDER. */
function fieldsInOrder(record: object): FieldKey[] {
  const keys = Object.keys(record) as FieldKey[];
  return keys.length < 2 ? keys : keys.sort((a, b) => (FIELD_ORDER.get(a) ?? 0) - (FIELD_ORDER.get(b) ?? 0));
}

/** The sources of the day's known values, as the `sources` column holds them. */
function sourcesJson(day: Day, sources: Sources): string {
  const known: Sources = {};
  for (const field of fieldsInOrder(sources)) {
    const source = sources[field];
    if (source !== undefined && day[field] !== null) known[field] = source;
  }
  return JSON.stringify(known);
}

/**
 * Stores whole days, replacing what was there, in one transaction (a savepoint inside an
 * import's): all or nothing. A few statements for all the days, not a few a day: the rows of a
 * table go in statements of many rows, and what the dates held is cleared in one statement a table.
 */
export function writeDays(db: Db, writes: readonly DayWrite[], now: Date = new Date()): void {
  const stamp = now.toISOString();
  const days: Array<string | number | null> = [];
  const sessions: Array<string | number | null> = [];
  const observations: Array<string | number | null> = [];
  const clear = { session: [] as string[], observation: [] as string[] };
  for (const { day, sources, observed } of writes) {
    pushDayRow(days, day, sources ? sourcesJson(day, sources) : null, stamp);
    clear.session.push(day.date);
    day.sessions.forEach((s, i) =>
      sessions.push(day.date, i, s.type, s.minutes, s.rpe, s.source ?? null, s.externalId ?? null, s.trimp ?? null, s.avgHrBpm ?? null, s.maxHrBpm ?? null),
    );
    if (!observed) continue;
    clear.observation.push(day.date);
    // One row a source: its values of the day as {field: value}.
    const bySource = new Map<Source, Partial<Record<FieldKey, FieldValue>>>();
    for (const field of fieldsInOrder(observed)) {
      const values = observed[field];
      for (const source in values) {
        const value = values[source];
        if (value === null || value === undefined) continue;
        const fields = bySource.get(source) ?? {};
        fields[field] = value;
        bySource.set(source, fields);
      }
    }
    for (const [source, fields] of bySource) observations.push(day.date, source, JSON.stringify(fields));
  }
  db.transaction(() => {
    for (const [table, dates] of Object.entries(clear)) clearDates(db, table, dates);
    insertRows(db, DAY_INTO, DAY_NAMES.length, days, DAY_UPSERT);
    insertRows(db, 'session (date, position, type, minutes, rpe, source, external_id, trimp, avg_hr_bpm, max_hr_bpm)', 10, sessions);
    insertRows(db, 'observation (date, source, fields)', 3, observations);
  }).immediate();
}

/**
 * Stores whole days, replacing what was there, in one transaction: all or nothing.
 * `sources` gives, per date, where each value came from, and `observed` every import source's
 * values; dates they lack keep theirs.
 */
export function saveDays(
  db: Db,
  days: readonly Day[],
  now: Date = new Date(),
  sources: ReadonlyMap<string, Sources> = new Map(),
  observed: ReadonlyMap<string, Observations> = new Map(),
): void {
  writeDays(db, days.map((day) => ({ day, sources: sources.get(day.date), observed: observed.get(day.date) })), now);
}

/** What every import source offered for each day of the span, used or not. */
export function loadObservations(db: Db, { from, to }: DateSpan): Map<string, Observations> {
  const rows = db.prepare('SELECT date, source, fields FROM observation WHERE date BETWEEN ? AND ?').all(from, to) as Array<{
    date: string;
    source: Source;
    fields: string;
  }>;
  const byDate = new Map<string, Observations>();
  for (const r of rows) {
    const observed = byDate.get(r.date) ?? {};
    const fields = JSON.parse(r.fields) as Partial<Record<FieldKey, FieldValue>>;
    for (const field in fields) {
      const bySource = observed[field as FieldKey] ?? {};
      bySource[r.source] = fields[field as FieldKey];
      observed[field as FieldKey] = bySource;
    }
    byDate.set(r.date, observed);
  }
  return byDate;
}

/** A day as the merge sees it: values, their sources and every source's observations. */
export function loadDayState(db: Db, date: string): DayState | null {
  return loadDayStates(db, [date]).get(date) ?? null;
}

/** The stored states of `dates` (those stored), read in a few queries for their whole span, not a few per day. */
export function loadDayStates(db: Db, dates: readonly string[]): Map<string, DayState> {
  const states = new Map<string, DayState>();
  if (dates.length === 0) return states;
  const wanted = new Set(dates);
  const span = { from: dates.reduce((a, b) => (b < a ? b : a)), to: dates.reduce((a, b) => (b > a ? b : a)) };
  const sources = loadSources(db, span);
  const observed = loadObservations(db, span);
  for (const day of loadDays(db, span)) {
    if (wanted.has(day.date)) states.set(day.date, { day, sources: sources.get(day.date) ?? {}, observed: observed.get(day.date) ?? {} });
  }
  return states;
}

/** The dates with an observation of any of `fields`, to derive again after the source order changes. */
export function datesObserved(db: Db, fields: readonly FieldKey[]): string[] {
  const rows = db
    .prepare(`SELECT DISTINCT date FROM observation, json_each(fields) WHERE key IN (${fields.map(() => '?').join(', ')}) ORDER BY date`)
    .all(...fields) as Array<{ date: string }>;
  return rows.map((r) => r.date);
}

/** Where each stored value of the span came from, by date. */
export function loadSources(db: Db, { from, to }: DateSpan): Map<string, Sources> {
  const rows = db.prepare('SELECT date, sources FROM day WHERE sources IS NOT NULL AND date BETWEEN ? AND ?').all(from, to) as Array<{ date: string; sources: string }>;
  return new Map(rows.map((r) => [r.date, JSON.parse(r.sources) as Sources]));
}

/** Each (id, date) of a source's stored sessions with these ids, one row at a time (an import asks for thousands). */
export function eachSessionDate(db: Db, source: Source, ids: readonly string[], visit: (id: string, date: string) => void): void {
  const rows = db.prepare('SELECT external_id, date FROM session WHERE source = ? AND external_id IN (SELECT value FROM json_each(?))').raw();
  for (const [id, date] of rows.iterate(source, JSON.stringify(ids)) as IterableIterator<[string, string]>) visit(id, date);
}

/** Each date of the span with fields a source offered, and those fields' names, one row at a time. */
export function eachObservedBy(db: Db, source: Source, { from, to }: DateSpan, visit: (date: string, fields: FieldKey[]) => void): void {
  const rows = db.prepare('SELECT date, fields FROM observation WHERE source = ? AND date BETWEEN ? AND ? ORDER BY date').raw();
  for (const [date, fields] of rows.iterate(source, from, to) as IterableIterator<[string, string]>) visit(date, Object.keys(JSON.parse(fields) as Record<string, unknown>) as FieldKey[]);
}

/** Whether any stored day has tags. */
export function anyTagged(db: Db): boolean {
  return db.prepare("SELECT 1 FROM day WHERE tags IS NOT NULL AND tags != '' LIMIT 1").get() !== undefined;
}

export function deleteDays(db: Db, span: DateSpan): number {
  return db.prepare('DELETE FROM day WHERE date BETWEEN ? AND ?').run(span.from, span.to).changes;
}

export function countDays(db: Db, span: DateSpan): number {
  const row = db.prepare('SELECT count(*) AS n FROM day WHERE date BETWEEN ? AND ?').get(span.from, span.to) as {
    n: number;
  };
  return row.n;
}

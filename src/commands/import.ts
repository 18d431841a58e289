import { existsSync } from 'node:fs';
import { Argument, Option, type Command } from 'commander';
import { checkDay, InvalidValue } from '../core/fields.js';
import {
  combineFiles,
  emptyState,
  MANUAL,
  mergeDay,
  OWN_CSV,
  restoreDay,
  withdrawSessions,
  withdrawValues,
  type ImportedDay,
  type DayState,
  type Disagreement,
  type FieldChange,
  type FieldKept,
  type MergeOutcome,
  type Source,
} from '../core/merge.js';
import { byDate } from '../core/dates.js';
import type { DateSpan } from '../core/report.js';
import type { SourceOrder } from '../core/sources.js';
import { FIELD_KEYS, type FieldKey, type Session } from '../core/types.js';
import { changeRows, describeChanges, importSummary, type FileStats } from '../render/import.js';
import { sayImport } from '../render/messages/import.js';
import { sayNote } from '../render/messages/import-notes.js';
import type { Deps } from '../cli/deps.js';
import { renderRows } from '../render/table.js';
import { fitLines } from '../render/wrap.js';
import { DataError, UsageError } from '../errors.js';
import type { Db } from '../storage/db.js';
import { deleteDays, eachObservedBy, eachSessionDate, loadDayStates, writeDays, writeLocked } from '../storage/days.js';
import { loadSourceOrder } from '../storage/source-order.js';
import type { FileResult, ReadContext, Skipped } from '../importers/common.js';
import { IMPORT_SOURCES, importerFor, type ImportSource } from '../importers/index.js';
import { loadSettings } from '../storage/settings.js';
import { parseZone } from '../core/settings.js';
import { checkSpan, dateOption, flagValue, formatOption, layoutOf, type OutputFormat } from './options.js';

export interface ImportOptions {
  source: ImportSource;
  paths: string[];
  dryRun: boolean;
  overwrite: boolean;
  skipInvalid: boolean;
  span?: DateSpan;
  /** --tz; without it, the tz setting, else this computer's zone. */
  tz?: string;
  /** --json: what was (or, with --dry-run, would be) imported, on stdout. */
  json?: boolean;
  /**
   * --format: how stdout shows what was (or would be) imported; without it a dry run prints a
   * table on a terminal and TSV when piped, and a real import prints nothing on stdout.
   */
  format?: OutputFormat;
}

interface RawImportFlags {
  dryRun?: boolean;
  overwrite?: boolean;
  skipInvalid?: boolean;
  from?: string;
  to?: string;
  tz?: string;
  json?: boolean;
  format?: OutputFormat;
}

export function defineImport(program: Command, deps: Deps): void {
  program
    .command('import')
    .description('Import data from Apple Health, WHOOP, Fitbit, Garmin, PMSys, Oura, Cronometer, MyFitnessPal or your own CSV export')
    .addArgument(new Argument('<source>', 'where the files come from').choices(IMPORT_SOURCES))
    // Optional to commander, so that `recover import x.csv` is told its source is missing (commander
    // checks that all arguments are there before it checks the source's choices); required below.
    .argument('[paths...]', 'files or folders to read')
    .usage('[options] <source> <paths...>')
    .option('-n, --dry-run', 'show what would change and write nothing')
    .option('--json', 'print what was imported (per file: days, fields, sessions, skipped rows) as JSON')
    .option('--overwrite', 'let imported values replace values you typed')
    .option('--skip-invalid', 'skip malformed rows, reporting each, instead of stopping')
    .addOption(dateOption('--from <YYYY-MM-DD>', 'import only days from this date'))
    .addOption(dateOption('--to <YYYY-MM-DD>', 'import only days up to this date'))
    .addOption(new Option('--tz <zone>', "your time zone, for PMSys and Apple Health times (default: the tz setting, else this computer's)"))
    .addOption(formatOption())
    .addHelpText(
      'after',
      `
Sources:
  apple-health  export.zip from the Health app, or the export.xml inside it
  whoop         WHOOP's "Export my data" zip, its folder, or single CSVs
  fitbit        the Fitbit or Google Takeout zip or folder, or sleep*.json / resting_heart_rate*.json
  garmin        the Garmin Connect account export zip, or its DI_CONNECT folder
  pmsys         wellness.csv, srpe.csv, injury.csv, or their folder (a PMData participant folder works)
  oura          the Oura trends CSV
  cronometer    Cronometer's Daily Nutrition export (dailysummary.csv)
  myfitnesspal  MyFitnessPal's export zip, or its Nutrition-Summary-….csv (meals summed per day)
  csv           recover's own export (a backup): its values replace the stored ones
Zips are read in place and folders searched downwards, so the download itself will do.

PMSys (UTC) and Apple Health (offsets of the export's moment) times are placed in your
time zone: --tz, else "recover config set tz ZONE", else this computer's. WHOOP, Fitbit,
Oura, Cronometer and MyFitnessPal already give local dates and times, so --tz changes
nothing there.

Values you typed are kept unless --overwrite. Every source's values are stored, and each
field takes the value of the first source in its order (a ring or strap before a watch,
a device before a self-report, Cronometer, then MyFitnessPal, before Apple Health for
food; change it with "recover config set source.hrv oura"), whatever order you import in.
An import is one transaction: a malformed or cut-off row stops it, naming file and line,
and nothing is written. Importing the same files again changes nothing; a newer export
replaces its source's values over the dates its files cover (a value it no longer has
there is taken off: another --tz, or removed at the source).

Examples:
  $ recover import apple-health ~/Downloads/export.zip --dry-run
  $ recover import whoop ~/Downloads/my_whoop_data_2024_06_24.zip
  $ recover import garmin ~/Downloads/garmin_export.zip
  $ recover import pmsys data/p01 --tz Europe/Oslo --from 2019-11-01
  $ recover import csv backup.csv`,
    )
    .action(async (source: ImportSource, paths: string[], raw: RawImportFlags) => {
      if (paths.length === 0) throw new UsageError('import-no-paths', { source });
      const span = raw.from || raw.to ? { from: raw.from ?? '0000-01-01', to: raw.to ?? '9999-12-31' } : undefined;
      if (span) checkSpan(span.from, span.to);
      const tz = raw.tz === undefined ? undefined : flagValue('tz', () => parseZone(raw.tz ?? ''));
      await runImport(
        { source, paths, dryRun: Boolean(raw.dryRun), overwrite: Boolean(raw.overwrite), skipInvalid: Boolean(raw.skipInvalid), span, tz, json: Boolean(raw.json), format: raw.format },
        deps,
      );
    });
}

/** One day's change, merged into the day as it stands when its turn comes. */
interface Update {
  date: string;
  merge: (stored: DayState, order: SourceOrder) => MergeOutcome;
  /** The file a field's value, or a session (by default the day's first), came from. */
  fileOf: (field: FieldKey) => string;
  fileOfSession: (session?: Session) => string;
  /** What an import source offers for the day: its sessions' ids (where the import places them) and its values. */
  offer?: { source: Source; ids: string[]; values: ImportedDay['values'] };
}

/** What one file of a source gives: each field it has, from the first to the last date it has it. */
interface Coverage {
  source: Source;
  file: string;
  fields: ReadonlyMap<FieldKey, DateSpan>;
}

interface Plan {
  files: Array<Pick<FileResult, 'file' | 'skipped' | 'notes'>>;
  updates: Update[];
  disagreements: Disagreement[];
  /** The files an export's values replace a source's stored ones over (none for recover's own CSV). */
  coverage: Coverage[];
}

/** Dates merged and written together (see runImport). */
const IMPORT_BATCH = 1000;

interface Pending {
  state: DayState;
  changed: boolean;
}

export async function runImport(opts: ImportOptions, deps: Deps): Promise<void> {
  const { results, tzNote } = opts.source === 'csv' ? { results: null, tzNote: sayImport('ownCsvDates') } : await readSource(opts, deps);
  const format = opts.json ? 'json' : (opts.format ?? (opts.dryRun ? (deps.io.isStdoutTTY ? 'table' : 'tsv') : undefined));
  const plan = results === null ? await readOwnCsv(opts.paths, opts.skipInvalid) : toPlan(results, opts);
  // A record dated after today is a clock or export error, not a day that happened.
  const today = deps.today();
  const future = plan.updates.filter((u) => u.date > today);
  plan.updates = plan.updates.filter((u) => u.date <= today);
  const inSpan = (d: { date: string }) => !opts.span || (d.date >= opts.span.from && d.date <= opts.span.to);
  const db = await openForImport(opts.dryRun, deps);
  // Read, merge and write under one write lock, so a log saved meanwhile is never overwritten.
  const { stats, updated, saved, kept, rows } = writeLocked(db, () => {
    const order = loadSourceOrder(db);
    // By date (a stable sort: the order of one date's updates is kept): every update of a date
    // then meets the same pending day. A CSV re-sorted newest first merged its days into empty
    // ones and replaced what was stored.
    const updates = plan.updates.filter(inSpan).sort(byDate);
    // Merged and written a batch of dates at a time, still in the one transaction: memory holds
    // one batch's stored and merged days, not every day of the export.
    const pending = new Map<string, Pending>();
    let states = new Map<string, DayState>();
    let loadedTo = 0;
    const stored = (date: string): Pending => {
      let p = pending.get(date);
      if (!p) {
        // The stored days of the next dates, read when the first of them comes.
        if (loadedTo === 0 || date > (updates[loadedTo - 1]?.date ?? '')) {
          const batch = updates.slice(loadedTo, loadedTo + IMPORT_BATCH).map((u) => u.date);
          loadedTo += batch.length;
          states = loadDayStates(db, batch);
        }
        p = { state: states.get(date) ?? emptyState(date), changed: false };
        pending.set(date, p);
      }
      return p;
    };
    let saved = 0;
    const flush = () => {
      const toSave = [...pending.values()].filter((p) => p.changed).map((p) => p.state);
      pending.clear();
      for (const { day } of toSave) {
        try {
          checkDay(day);
        } catch (err) {
          if (err instanceof InvalidValue) throw new DataError('import-day-invalid', { date: day.date, problem: err });
          throw err;
        }
      }
      if (!opts.dryRun) writeDays(db, toSave, deps.now());
      saved += toSave.length;
    };
    const stats = new Map(plan.files.map((f) => [f.file, newStats(f)]));
    const stat = (file: string): FileStats => {
      const s = stats.get(file) ?? newStats({ file, skipped: [], notes: [] });
      stats.set(file, s);
      return s;
    };
    // What a dry run lists; a real import only counts.
    const describe = opts.dryRun;
    const changes: FieldChange[] = [];
    const kept: FieldKept[] = [];
    const added: Array<{ date: string; session: Session }> = [];
    const updated = new Set<string>();
    /** Where this import stored each of its sessions, by source and id. */
    const placed = new Map<Source, Map<string, Placed>>();
    for (const update of updates) {
      if (pending.size >= IMPORT_BATCH && !pending.has(update.date)) flush();
      const p = stored(update.date);
      const outcome = update.merge(p.state, order);
      if (update.offer) noteStored(placed, update, outcome.day.sessions);
      if (outcome.changed) Object.assign(p, { state: { day: outcome.day, sources: outcome.sources, observed: outcome.observed }, changed: true });
      for (const c of outcome.changes) {
        const s = stat(update.fileOf(c.field));
        s.days.add(c.date);
        if (c.from === null) s.filled++;
        else s.replaced++;
      }
      for (const k of outcome.kept) {
        if (k.keptSource === MANUAL) stat(update.fileOf(k.field)).keptTyped++;
        if (k.keptSource === OWN_CSV) stat(update.fileOf(k.field)).keptRestored++;
      }
      for (const session of outcome.sessionsAdded) {
        const s = stat(update.fileOfSession(session));
        s.sessionsAdded++;
        s.days.add(update.date);
      }
      if (outcome.sessionsKept > 0) {
        const s = stat(update.fileOfSession());
        if (outcome.sessionsKeptFor === MANUAL) s.sessionsKept += outcome.sessionsKept;
        else {
          s.sessionsBehind += outcome.sessionsKept;
          s.sessionsBehindOf.add(outcome.sessionsKeptFor ?? '');
        }
      }
      if (outcome.changes.length > 0 || outcome.sessionsAdded.length > 0) updated.add(update.date);
      kept.push(...outcome.kept);
      if (describe) {
        changes.push(...outcome.changes);
        added.push(...outcome.sessionsAdded.map((session) => ({ date: update.date, session })));
      }
    }
    flush();
    /** Stores what was taken off a day after the merge; a day left with nothing goes, as it would never have been stored. */
    const storeTakenOff = (date: string, outcome: MergeOutcome) => {
      if (opts.dryRun) return;
      if (isEmptyState(outcome)) deleteDays(db, { from: date, to: date });
      else writeDays(db, [{ day: outcome.day, sources: outcome.sources, observed: outcome.observed }], deps.now());
      saved++;
    };
    // Sessions stored before on another date (an import in another zone), taken off it now that
    // the merge has stored them on theirs; whatever the span, since the session moved into it.
    const moved: Array<{ date: string; session: Session }> = [];
    for (const move of movesOf(db, placed)) {
      const before = loadDayStates(db, [move.date]).get(move.date);
      if (!before) continue;
      const outcome = withdrawSessions(before, move.source, move.ids);
      const taken = outcome.sessionsMoved ?? [];
      if (taken.length === 0) continue;
      const s = stat(move.file);
      s.sessionsMoved += taken.length;
      s.days.add(move.date);
      updated.add(move.date);
      moved.push(...taken.map((session) => ({ date: move.date, session })));
      storeTakenOff(move.date, outcome);
    }
    for (const w of withdrawalsOf(db, plan, (date) => inSpan({ date }) && date <= today)) {
      const before = loadDayStates(db, [w.date]).get(w.date);
      if (!before) continue;
      const outcome = withdrawValues(before, w.source, w.fields, order);
      if (!outcome.changed) continue;
      const s = stat(w.file);
      s.withdrawn += w.fields.length;
      s.days.add(w.date);
      updated.add(w.date);
      if (describe) changes.push(...outcome.changes);
      storeTakenOff(w.date, outcome);
    }
    if (opts.dryRun && format === 'table') {
      const changed = describeChanges(changes, kept, added, moved);
      deps.io.stdout.write(deps.io.isStdoutTTY ? fitLines(changed, deps.io.columns ?? 80) : changed);
    }
    return { stats, updated, saved, kept, rows: opts.dryRun ? changeRows(changes, kept, added, moved) : null };
  });
  const disagreements = plan.disagreements.filter(inSpan);
  const summary = importSummary([...stats.values()], opts, { updated: updated.size, saved, kept, disagreements });
  deps.io.stderr.write(deps.io.isStderrTTY ? fitLines(summary, deps.io.columns ?? 80) : summary);
  const files = [...stats.values()].map((f) => ({ file: f.file, days: f.days.size, fieldsFilled: f.filled, fieldsReplaced: f.replaced, sessionsAdded: f.sessionsAdded, sessionsMoved: f.sessionsMoved, valuesWithdrawn: f.withdrawn, skipped: f.skipped }));
  if (format === 'json') {
    deps.io.stdout.write(`${JSON.stringify({ source: opts.source, dryRun: opts.dryRun, daysUpdated: updated.size, files, ...(rows ? { changes: rows } : {}) }, null, 2)}\n`);
  } else if ((format === 'tsv' || format === 'csv') && rows) {
    const cells = rows.map((r) => [r.date, r.field, r.action, cell(r.from), r.fromSource ?? '', cell(r.to), r.toSource ?? '']);
    deps.io.stdout.write(renderRows(['date', 'field', 'action', 'from', 'from_source', 'to', 'to_source'], cells, layoutOf(format, deps.io)));
  } else if (format === 'tsv' || format === 'csv') {
    const cells = files.map((f) => [f.file, String(f.days), String(f.fieldsFilled), String(f.fieldsReplaced), String(f.sessionsAdded), String(f.skipped.length)]);
    deps.io.stdout.write(renderRows(['file', 'days', 'fields_filled', 'fields_replaced', 'sessions_added', 'rows_skipped'], cells, layoutOf(format, deps.io)));
  }
  if (opts.tz !== undefined && tzNote) deps.io.stderr.write(`${sayImport('tzUnused', { tz: opts.tz, why: tzNote })}\n`);
  const later = [...new Set(future.map((u) => u.date))].sort();
  if (later.length > 0) {
    const span = later.length > 1 ? sayImport('span', { from: later[0] ?? '', to: later.at(-1) ?? '' }) : (later[0] ?? '');
    deps.io.stderr.write(`${sayImport('future', { n: later.length, span })}\n`);
  }
}

/** A stored value as a cell for scripts: '' for none, yes and no as in the CSV export. */
const cell = (value: string | number | boolean | null) => (value === null ? '' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value));

/** --tz, else the tz setting of an existing database, else this computer's zone. */
async function importZone(opts: ImportOptions, deps: Deps): Promise<string> {
  if (opts.tz !== undefined) return opts.tz;
  if (existsSync(await deps.dbPath())) {
    const stored = loadSettings(await deps.db()).tz;
    if (stored !== null) return stored;
  }
  return deps.timeZone();
}

interface Placed {
  date: string;
  file: string;
}

/** Notes the date each of the update's sessions was stored on (those the merge kept out are not). */
function noteStored(placed: Map<Source, Map<string, Placed>>, update: Update, stored: readonly Session[]): void {
  const { source, ids } = update.offer ?? { source: '', ids: [] as string[] };
  const byId = placed.get(source) ?? new Map<string, Placed>();
  for (const s of stored) if (s.source === source && s.externalId && ids.includes(s.externalId)) byId.set(s.externalId, { date: update.date, file: update.fileOfSession(s) });
  placed.set(source, byId);
}

/** The dates holding a source's session this import stored on another date, with the ids to take off each. */
function movesOf(db: Db, placed: ReadonlyMap<Source, ReadonlyMap<string, Placed>>): Array<{ date: string; source: Source; ids: Set<string>; file: string }> {
  const moves = new Map<string, { date: string; source: Source; ids: Set<string>; file: string }>();
  for (const [source, byId] of placed) {
    eachSessionDate(db, source, [...byId.keys()], (id, date) => {
      const to = byId.get(id);
      if (!to || date === to.date) return;
      const key = `${date} ${source}`;
      const move = moves.get(key) ?? { date, source, ids: new Set<string>(), file: to.file };
      move.ids.add(id);
      moves.set(key, move);
    });
  }
  return [...moves.values()].sort(byDate);
}

/** A day with nothing known: no value, no session, no training mark and no source's observation. */
const isEmptyState = ({ day, observed }: DayState) =>
  FIELD_KEYS.every((k) => day[k] === null) && day.sessions.length === 0 && !day.trainingLogged && Object.keys(observed).length === 0;

const newStats = (f: Pick<FileResult, 'file' | 'skipped' | 'notes'>): FileStats => ({
  file: f.file,
  days: new Set(),
  filled: 0,
  replaced: 0,
  keptTyped: 0,
  keptRestored: 0,
  sessionsAdded: 0,
  sessionsKept: 0,
  sessionsBehind: 0,
  sessionsBehindOf: new Set(),
  sessionsMoved: 0,
  withdrawn: 0,
  skipped: f.skipped,
  notes: f.notes,
});

/** A dry run against a database that does not exist yet compares with an empty one, creating nothing. */
async function openForImport(dryRun: boolean, deps: Deps): Promise<Db> {
  if (dryRun && !existsSync(await deps.dbPath())) {
    const { openDb } = await import('../storage/db.js');
    return openDb(':memory:', { create: true });
  }
  return deps.db({ create: true });
}

/**
 * All files of one import combined per day and source, so their order does not matter. A
 * fallback file's values (FileResult.source) merge as their own source.
 */
function toPlan(results: FileResult[], opts: ImportOptions): Plan {
  const bySource = new Map<string, FileResult[]>();
  for (const r of results) {
    const source = r.source ?? opts.source;
    bySource.set(source, [...(bySource.get(source) ?? []), r]);
  }
  const updates: Update[] = [];
  const disagreements: Disagreement[] = [];
  const coverage: Coverage[] = [];
  for (const [source, group] of bySource) {
    // A file with rows skipped as malformed may have had values on any date: it takes nothing off.
    for (const r of group) if (r.days.length > 0 && !(opts.skipInvalid && r.skipped.length > 0)) coverage.push(coverOf(source, r));
    const combined = combineFiles(group);
    disagreements.push(...combined.disagreements);
    for (const { day, fileOf, sessionFiles } of combined.days) {
      updates.push({
        date: day.date,
        merge: (stored, order) => mergeDay(stored, day, source, { overwrite: opts.overwrite, order }),
        fileOf: (field) => fileOf[field] ?? group[0]?.file ?? '',
        fileOfSession: (session) => sessionFiles[session ? day.sessions.indexOf(session) : 0] ?? sessionFiles[0] ?? '',
        offer: { source, ids: day.sessions.flatMap((s) => (s.externalId ? [s.externalId] : [])), values: day.values },
      });
    }
  }
  // Each source's own files before its fallback files (they come last in `results`); sorted by date where they are merged.
  // One line per file in the summary, however many sources its values went to.
  const files = new Map<string, Pick<FileResult, 'file' | 'skipped' | 'notes'>>();
  for (const r of results) {
    const f = files.get(r.file);
    files.set(r.file, f ? { file: r.file, skipped: [...f.skipped, ...r.skipped], notes: [...f.notes, ...r.notes] } : r);
  }
  return { files: [...files.values()], updates, disagreements, coverage };
}

/** The fields a day's values hold. */
const valueFields = (values: ImportedDay['values']): FieldKey[] =>
  (Object.keys(values) as FieldKey[]).filter((field) => values[field] !== null && values[field] !== undefined);

function coverOf(source: Source, r: FileResult): Coverage {
  const fields = new Map<FieldKey, DateSpan>();
  for (const day of r.days) {
    for (const field of valueFields(day.values)) {
      const span = fields.get(field);
      if (!span) fields.set(field, { from: day.date, to: day.date });
      else if (day.date < span.from) span.from = day.date;
      else if (day.date > span.to) span.to = day.date;
    }
  }
  return { source, file: r.file, fields };
}

const covers = (c: Coverage, field: FieldKey, date: string) => {
  const span = c.fields.get(field);
  return span !== undefined && span.from <= date && date <= span.to;
};

/**
 * A source's stored values which the import no longer gives on their date, where one of its
 * files gives that field on dates before and after it: an export replaces its source's values
 * over what it covers, as a re-import in another time zone places them on other dates (values
 * have no id). An export that starts later (a new phone's) leaves the dates before it alone.
 */
function withdrawalsOf(db: Db, plan: Plan, keep: (date: string) => boolean): Array<{ date: string; source: Source; fields: FieldKey[]; file: string }> {
  const withdrawals: Array<{ date: string; source: Source; fields: FieldKey[]; file: string }> = [];
  for (const source of new Set(plan.coverage.map((c) => c.source))) {
    const files = plan.coverage.filter((c) => c.source === source);
    const spans = files.flatMap((c) => [...c.fields.values()]);
    const span = { from: spans.reduce((a, c) => (c.from < a ? c.from : a), spans[0]?.from ?? ''), to: spans.reduce((a, c) => (c.to > a ? c.to : a), '') };
    // The import's values by date, found when the first stored row asks (a first import has none).
    let offered: Map<string, ImportedDay['values']> | undefined;
    const offeredOn = (date: string) => {
      offered ??= new Map(plan.updates.flatMap((u) => (u.offer?.source === source ? [[u.date, u.offer.values] as const] : [])));
      return offered.get(date) ?? {};
    };
    eachObservedBy(db, source, span, (date, fields) => {
      if (!keep(date)) return;
      const values = offeredOn(date);
      const gone = fields.filter((f) => (values[f] === null || values[f] === undefined) && files.some((c) => covers(c, f, date)));
      const file = files.find((c) => gone.some((f) => covers(c, f, date)))?.file;
      if (gone.length > 0 && file !== undefined) withdrawals.push({ date, source, fields: gone, file });
    });
  }
  return withdrawals.sort(byDate);
}

/** recover's own CSV is a backup: its columns replace what is stored, each value with its source. */
async function readOwnCsv(paths: string[], skipInvalid: boolean): Promise<Plan> {
  const { readCsvFile } = await import('../importers/csv.js');
  const files = [];
  for (const file of paths) {
    const skipped: Skipped[] = [];
    files.push({ file, skipped, rows: await readCsvFile(file, skipInvalid ? skipped : undefined) });
  }
  return {
    files: files.map(({ file, skipped }) => ({ file, skipped, notes: [] })),
    updates: files.flatMap(({ file, rows }) =>
      rows.map(({ date, restore }) => ({
        date,
        merge: (stored: DayState, order: SourceOrder) => restoreDay(stored, restore, order),
        fileOf: () => file,
        fileOfSession: () => file,
      })),
    ),
    disagreements: [],
    coverage: [],
  };
}

async function readSource(opts: ImportOptions, deps: Deps): Promise<{ results: FileResult[]; tzNote: string | undefined }> {
  const importer = await importerFor(opts.source as Exclude<ImportSource, 'csv'>);
  const tz = await importZone(opts, deps);
  const progress = deps.io.isStderrTTY ? await progressBar(deps) : undefined;
  const ctx: ReadContext = { skipInvalid: opts.skipInvalid, tz, onProgress: progress?.update };
  try {
    const results: FileResult[] = [];
    if (importer.readAll) results.push(...(await importer.readAll(opts.paths, ctx)));
    else for (const path of opts.paths) results.push(...(await importer.read(path, ctx)));
    return { results, tzNote: importer.tzNote && sayNote(importer.tzNote) };
  } finally {
    progress?.stop();
  }
}

/** A progress bar on stderr, for a terminal only; sized in megabytes read. */
async function progressBar(deps: Deps): Promise<{ update: (done: number, total: number) => void; stop: () => void }> {
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar(
    { stream: deps.io.stderr, format: `${sayImport('progress')} {bar} {percentage}% | {value}/{total} MB`, hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  let started = false;
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
  return {
    update: (done, total) => {
      if (!started) {
        bar.start(mb(total), 0);
        started = true;
      }
      bar.update(mb(done));
    },
    stop: () => started && bar.stop(),
  };
}

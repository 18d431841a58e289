import { existsSync } from 'node:fs';
import { Argument, Option, type Command } from 'commander';
import { checkDay, columnOf, InvalidValue } from '../core/fields.js';
import { editedFields, mergeDay, OWN_CSV, type FieldChange, type FieldKept, type MergeOutcome, type Sources } from '../core/merge.js';
import type { DateSpan } from '../core/report.js';
import { emptyDay, type Day, type Session } from '../core/types.js';
import { describeSession } from '../render/format.js';
import { plural } from '../core/words.js';
import type { Deps } from '../cli/deps.js';
import { DataError } from '../errors.js';
import type { Db } from '../storage/db.js';
import { getDay, loadSources, saveDays } from '../storage/days.js';
import type { FileResult, ReadContext } from '../importers/common.js';
import { IMPORT_SOURCES, importerFor, type ImportSource } from '../importers/index.js';
import { loadSettings } from '../storage/settings.js';
import { parseZone } from '../core/settings.js';
import { checkSpan, dateOption, flagValue } from './options.js';

export interface ImportOptions {
  source: ImportSource;
  paths: string[];
  dryRun: boolean;
  overwrite: boolean;
  skipInvalid: boolean;
  span?: DateSpan;
  /** --tz; without it, the tz setting, else this computer's zone. */
  tz?: string;
}

interface RawImportFlags {
  dryRun?: boolean;
  overwrite?: boolean;
  skipInvalid?: boolean;
  from?: string;
  to?: string;
  tz?: string;
}

export function defineImport(program: Command, deps: Deps): void {
  program
    .command('import')
    .description('Import data from Apple Health, WHOOP, Fitbit, Garmin, PMSys, Oura, Cronometer or your own CSV export')
    .addArgument(new Argument('<source>', 'where the files come from').choices(IMPORT_SOURCES))
    .argument('<paths...>', 'files or folders to read')
    .option('-n, --dry-run', 'show what would change and write nothing')
    .option('--overwrite', 'let imported values replace values you typed')
    .option('--skip-invalid', 'skip malformed rows, reporting each, instead of stopping')
    .addOption(dateOption('--from <YYYY-MM-DD>', 'import only days from this date'))
    .addOption(dateOption('--to <YYYY-MM-DD>', 'import only days up to this date'))
    .addOption(new Option('--tz <zone>', "your time zone, for PMSys and Apple Health times (default: the tz setting, else this computer's)"))
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
  csv           recover's own export (a backup): its values replace the stored ones
Zips are read in place and folders searched downwards, so the download itself will do.

PMSys (UTC) and Apple Health (offsets of the export's moment) times are placed in your
time zone: --tz, else "recover config set tz ZONE", else this computer's. WHOOP, Fitbit,
Oura and Cronometer already give local dates and times, so --tz changes nothing there.

Values you typed are kept unless --overwrite; a device's reading replaces an app's
self-report; between two devices the newer import wins. An import is one transaction:
a malformed row stops it, naming file and line, and nothing is written. Importing the
same file again changes nothing.

Examples:
  $ recover import apple-health ~/Downloads/export.zip --dry-run
  $ recover import whoop ~/Downloads/my_whoop_data_2024_06_24.zip
  $ recover import garmin ~/Downloads/garmin_export.zip
  $ recover import pmsys data/p01 --tz Europe/Oslo --from 2019-11-01
  $ recover import csv backup.csv`,
    )
    .action(async (source: ImportSource, paths: string[], raw: RawImportFlags) => {
      const span = raw.from || raw.to ? { from: raw.from ?? '0000-01-01', to: raw.to ?? '9999-12-31' } : undefined;
      if (span) checkSpan(span.from, span.to);
      const tz = raw.tz === undefined ? undefined : flagValue('tz', () => parseZone(raw.tz ?? ''));
      await runImport(
        { source, paths, dryRun: Boolean(raw.dryRun), overwrite: Boolean(raw.overwrite), skipInvalid: Boolean(raw.skipInvalid), span, tz },
        deps,
      );
    });
}

interface FileStats {
  file: string;
  days: Set<string>;
  filled: number;
  replaced: number;
  kept: number;
  sessionsAdded: number;
  sessionsKept: number;
  skipped: FileResult['skipped'];
  notes: string[];
}

interface Pending {
  day: Day;
  sources: Sources;
  changed: boolean;
}

/** One file's changes, each merged into the day as it stands when its turn comes. */
interface Batch {
  file: string;
  updates: Array<{ date: string; merge: (stored: Pending) => MergeOutcome }>;
  skipped: FileResult['skipped'];
  notes: string[];
}

export async function runImport(opts: ImportOptions, deps: Deps): Promise<void> {
  const { batches, tzNote } =
    opts.source === 'csv' ? { batches: await readOwnCsv(opts.paths), tzNote: "recover's own CSV holds dates only" } : await readSource(opts, deps);
  const inSpan = (d: { date: string }) => !opts.span || (d.date >= opts.span.from && d.date <= opts.span.to);
  const db = await openForImport(opts.dryRun, deps);
  const pending = new Map<string, Pending>();
  const stored = (date: string): Pending => {
    let p = pending.get(date);
    if (!p) {
      p = { day: getDay(db, date) ?? emptyDay(date), sources: loadStoredSources(db, date), changed: false };
      pending.set(date, p);
    }
    return p;
  };
  const changes: FieldChange[] = [];
  const kept: FieldKept[] = [];
  const added: Array<{ date: string; session: Session }> = [];
  const stats: FileStats[] = [];
  for (const batch of batches) {
    const s: FileStats = { file: batch.file, days: new Set(), filled: 0, replaced: 0, kept: 0, sessionsAdded: 0, sessionsKept: 0, skipped: batch.skipped, notes: batch.notes };
    for (const update of batch.updates.filter(inSpan)) {
      const p = stored(update.date);
      const outcome = update.merge(p);
      if (outcome.changes.length > 0 || outcome.sessionsAdded.length > 0) {
        Object.assign(p, { day: outcome.day, sources: outcome.sources, changed: true });
        s.days.add(update.date);
      }
      changes.push(...outcome.changes);
      kept.push(...outcome.kept);
      added.push(...outcome.sessionsAdded.map((session) => ({ date: update.date, session })));
      s.filled += outcome.changes.filter((c) => c.from === null).length;
      s.replaced += outcome.changes.filter((c) => c.from !== null).length;
      s.kept += outcome.kept.length;
      s.sessionsAdded += outcome.sessionsAdded.length;
      s.sessionsKept += outcome.sessionsKept;
    }
    stats.push(s);
  }
  const toSave = [...pending.values()].filter((p) => p.changed);
  for (const { day } of toSave) {
    try {
      checkDay(day);
    } catch (err) {
      if (err instanceof InvalidValue) throw new DataError(`${day.date}: ${err.message}; nothing was imported`);
      throw err;
    }
  }
  if (opts.dryRun) deps.io.stdout.write(describeChanges(changes, kept, added, opts.source));
  else if (toSave.length > 0) {
    saveDays(db, toSave.map((p) => p.day), deps.now(), new Map(toSave.map((p) => [p.day.date, p.sources])));
  }
  deps.io.stderr.write(summary(stats, opts, toSave.length));
  if (opts.tz !== undefined && tzNote) deps.io.stderr.write(`note: --tz ${opts.tz} not used: ${tzNote}\n`);
}

/** --tz, else the tz setting of an existing database, else this computer's zone. */
async function importZone(opts: ImportOptions, deps: Deps): Promise<string> {
  if (opts.tz !== undefined) return opts.tz;
  if (existsSync(await deps.dbPath())) {
    const stored = loadSettings(await deps.db()).tz;
    if (stored !== null) return stored;
  }
  return deps.timeZone();
}

/** A dry run against a database that does not exist yet compares with an empty one, creating nothing. */
async function openForImport(dryRun: boolean, deps: Deps): Promise<Db> {
  if (dryRun && !existsSync(await deps.dbPath())) {
    const { openDb } = await import('../storage/db.js');
    return openDb(':memory:', { create: true });
  }
  return deps.db({ create: true });
}

function loadStoredSources(db: Db, date: string): Sources {
  return loadSources(db, { from: date, to: date }).get(date) ?? {};
}

function toBatch(result: FileResult, opts: ImportOptions): Batch {
  return {
    file: result.file,
    updates: result.days.map((imported) => ({
      date: imported.date,
      merge: (p) => mergeDay(p.day, p.sources, imported, opts.source, opts.overwrite),
    })),
    skipped: result.skipped,
    notes: result.notes,
  };
}

/** recover's own CSV is a backup: its columns replace what is stored, and count as your own values. */
function restore(p: Pending, apply: (day: Day) => Day): MergeOutcome {
  const day = apply(p.day);
  const fields = editedFields(p.day, day);
  const sessionsChanged = JSON.stringify(day.sessions) !== JSON.stringify(p.day.sessions) || day.trainingLogged !== p.day.trainingLogged;
  const sources: Sources = { ...p.sources };
  for (const f of fields) sources[f] = OWN_CSV;
  return {
    day,
    sources,
    changes: fields.map((field) => ({ date: day.date, field, from: p.day[field], fromSource: p.sources[field], to: day[field] })),
    kept: [],
    sessionsAdded: sessionsChanged ? day.sessions : [],
    sessionsKept: 0,
  };
}

async function readOwnCsv(paths: string[]): Promise<Batch[]> {
  const [{ readCsvExport }, { readText }] = await Promise.all([import('../importers/csv.js'), import('../importers/common.js')]);
  return paths.map((file) => ({
    file,
    updates: readCsvExport(readText(file), file).map(({ date, apply }) => ({ date, merge: (p: Pending) => restore(p, apply) })),
    skipped: [],
    notes: [],
  }));
}

async function readSource(opts: ImportOptions, deps: Deps): Promise<{ batches: Batch[]; tzNote: string | undefined }> {
  const importer = await importerFor(opts.source as Exclude<ImportSource, 'csv'>);
  const tz = await importZone(opts, deps);
  const progress = deps.io.isStderrTTY ? await progressBar(deps) : undefined;
  const ctx: ReadContext = { skipInvalid: opts.skipInvalid, tz, onProgress: progress?.update };
  try {
    const results: FileResult[] = [];
    if (importer.readAll) results.push(...(await importer.readAll(opts.paths, ctx)));
    else for (const path of opts.paths) results.push(...(await importer.read(path, ctx)));
    return { batches: results.map((r) => toBatch(r, opts)), tzNote: importer.tzNote };
  } finally {
    progress?.stop();
  }
}

/** A progress bar on stderr, for a terminal only; sized in megabytes read. */
async function progressBar(deps: Deps): Promise<{ update: (done: number, total: number) => void; stop: () => void }> {
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar(
    { stream: deps.io.stderr, format: 'Reading {bar} {percentage}% | {value}/{total} MB', hideCursor: true, clearOnComplete: true },
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

const show = (value: FieldChange['to']) => (value === null || value === undefined ? 'empty' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value));

function describeChanges(
  changes: FieldChange[],
  kept: FieldKept[],
  added: ReadonlyArray<{ date: string; session: Session }>,
  source: string,
): string {
  const lines = ['Dry run: nothing was written. These changes would be made:'];
  const byDate = new Map<string, string[]>();
  const add = (date: string, line: string) => byDate.set(date, [...(byDate.get(date) ?? []), line]);
  for (const c of changes) {
    add(c.date, `  ${columnOf(c.field)}: ${show(c.from)}${c.fromSource ? ` (${c.fromSource})` : ''} -> ${show(c.to)} (${source})`);
  }
  for (const k of kept) {
    add(k.date, `  ${columnOf(k.field)}: keeps ${show(k.kept)} (${k.keptSource === 'manual' ? 'typed by hand' : k.keptSource}) over ${show(k.offered)} from ${source}; --overwrite would replace it`);
  }
  for (const { date, session } of added) add(date, `  + session ${describeSession(session)}${session.trimp === undefined ? '' : `, TRIMP ${session.trimp}`}`);
  for (const date of [...byDate.keys()].sort()) lines.push(date, ...(byDate.get(date) ?? []));
  if (byDate.size === 0) lines.push('  (none)');
  return `${lines.join('\n')}\n`;
}

function summary(stats: FileStats[], opts: ImportOptions, daysSaved: number): string {
  const lines: string[] = [];
  for (const s of stats) {
    const parts = [
      plural(s.days.size, 'day') + ' touched',
      `${plural(s.filled, 'field')} filled`,
      s.replaced ? `${s.replaced} replaced` : '',
      s.kept ? `${s.kept} kept as you typed them` : '',
      `${plural(s.sessionsAdded, 'session')} added`,
      s.sessionsKept ? `${s.sessionsKept} sessions left out (training logged by hand)` : '',
      `${plural(s.skipped.length, 'row')} skipped`,
    ].filter(Boolean);
    lines.push(`${s.file}: ${parts.join(', ')}`);
    for (const k of s.skipped) lines.push(`  skipped ${k.where}: ${k.reason}`);
    for (const n of s.notes) lines.push(`  note: ${n}`);
  }
  const verb = opts.dryRun ? 'Would update' : 'Updated';
  lines.push(daysSaved === 0 ? `Nothing new: every value from ${opts.paths.join(', ')} is already stored.` : `${verb} ${plural(daysSaved, 'day')}.`);
  return `${lines.join('\n')}\n`;
}

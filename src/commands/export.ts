import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Option, type Command } from 'commander';
import type { Sources } from '../core/merge.js';
import type { DateSpan } from '../core/report.js';
import type { Day } from '../core/types.js';
import type { Deps } from '../cli/deps.js';
import { DataError, NoResults, UsageError } from '../errors.js';
import { sayData } from '../render/messages/data.js';
import { sessionRows } from '../render/records.js';
import { daysInPieces, loadSources } from '../storage/days.js';
import { checkSpan, dateOption } from './options.js';

export type ExportTable = 'days' | 'sessions';

const ALL: DateSpan = { from: '0000-01-01', to: '9999-12-31' };

export interface ExportOptions {
  format: 'csv' | 'json';
  table: ExportTable;
  span?: DateSpan;
  output?: string;
  /** Replace an existing output file. */
  force?: boolean;
  /** --excel: a BOM, ';' between cells and a decimal comma, for a spreadsheet in a European locale. */
  excel?: boolean;
}

export function defineExport(program: Command, deps: Deps): void {
  program
    .command('export')
    .description('Write your data as CSV or JSON, to stdout or a file')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'json']).default('csv'))
    .option('--json', 'same as --format json')
    .addOption(new Option('--table <table>', 'one row per day, or one per training session').choices(['days', 'sessions']).default('days'))
    .addOption(dateOption('--from <YYYY-MM-DD>', 'first day (default: the first logged)'))
    .addOption(dateOption('--to <YYYY-MM-DD>', 'last day (default: the last logged)'))
    .option('-o, --output <file>', 'write to this file (created readable by you only) instead of stdout')
    .option('--force', 'replace the --output file if it exists')
    .option('--excel', "CSV that Excel and LibreOffice open right in a Dutch locale: a BOM, ';' between cells, decimal commas")
    .addHelpText(
      'after',
      `
Examples:
  $ recover export > recover-days.csv
  $ recover export --excel -o recover.csv   for Excel or LibreOffice (Dutch locale)
  $ recover export --table sessions --from 2026-11-01 --to 2026-11-30
  $ recover export --json | jq '.[] | select(.fatigue >= 4) | .date'`,
    )
    .action(async (raw: { format: 'csv' | 'json'; json?: boolean; table: ExportTable; from?: string; to?: string; output?: string; force?: boolean; excel?: boolean }) => {
      if (raw.excel && raw.json) throw new UsageError('export-excel-json');
      const span = raw.from || raw.to ? { from: raw.from ?? '0000-01-01', to: raw.to ?? '9999-12-31' } : undefined;
      if (span) checkSpan(span.from, span.to);
      await runExport({ format: raw.json ? 'json' : raw.format, table: raw.table, span, output: raw.output, force: Boolean(raw.force), excel: Boolean(raw.excel) }, deps);
    });
}

export async function runExport(opts: ExportOptions, deps: Deps): Promise<void> {
  const db = await deps.db({ readOnly: true });
  const render = await pieces(opts);
  let n = 0;
  const fill = (write: (text: string) => void) => {
    // One snapshot for every piece: a write meanwhile is in the export whole or not at all.
    db.transaction(() => {
      for (const days of daysInPieces(db, opts.span ?? ALL)) {
        write(render.piece(days, n === 0, () => loadSources(db, { from: days[0]?.date ?? '', to: days.at(-1)?.date ?? '' })));
        n += days.length;
      }
    })();
    write(render.end(n === 0));
  };
  if (opts.output) writePrivately(opts.output, fill, Boolean(opts.force));
  else fill((text) => deps.io.stdout.write(text));
  if (n === 0) throw new NoResults('export-nothing');
  if (opts.output) deps.io.stderr.write(`${sayData('exported', { n, file: opts.output })}
`);
}

/** The export's text a piece of days at a time (the first with the header), and what ends it. */
interface Pieces {
  piece(days: Day[], first: boolean, sources: () => Map<string, Sources>): string;
  end(empty: boolean): string;
}

async function pieces(opts: ExportOptions): Promise<Pieces> {
  if (opts.format === 'json') {
    // One JSON array, written as JSON.stringify(rows, null, 2) writes it whole.
    let started = false;
    return {
      piece(days) {
        const rows = opts.table === 'days' ? days : sessionRows(days);
        if (rows.length === 0) return '';
        const text = `${started ? ',\n' : '[\n'}${JSON.stringify(rows, null, 2).slice(2, -2)}`;
        started = true;
        return text;
      },
      end: () => (started ? '\n]\n' : '[]\n'),
    };
  }
  const csv = await import('../render/csv.js');
  const sheet = opts.excel ? csv.EXCEL : {};
  const table = opts.table === 'days' ? csv.daysPieces(sheet) : csv.sessionsPieces(sheet);
  const piece = (days: Day[], first: boolean, sources: () => Map<string, Sources>) => table(days, first, opts.table === 'days' ? sources() : undefined);
  // Nothing in the range: the header alone.
  return { piece, end: (empty) => (empty ? table([], true) : '') };
}

/**
 * Writes the whole file or nothing, readable by its owner only. The temporary file has a random
 * name and is created exclusively (never through a planted file or link), and is removed on any
 * failure; the target must be a regular file or new, and is replaced only with --force.
 */
export function writePrivately(path: string, fill: (write: (text: string) => void) => void, force: boolean): void {
  const target = lstatSync(path, { throwIfNoEntry: false });
  if (target && !target.isFile()) throw new DataError('not-a-regular-file', { path });
  if (target && !force) throw new UsageError('file-exists', { path });
  // Said plainly, not as the temporary file's ENOENT.
  if (!statSync(dirname(path), { throwIfNoEntry: false })?.isDirectory()) throw new DataError('folder-missing', { folder: dirname(path), path });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  // What `fill` throws is its own error, not one of writing: it goes on as it is, the file removed.
  let failure: { err: unknown } | undefined;
  try {
    fd = openSync(temp, 'wx', 0o600);
    const to = fd;
    try {
      fill((text) => writeSync(to, text));
    } catch (err) {
      failure = { err };
      throw err;
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    if (failure) throw failure.err;
    throw new DataError('cannot-write', { path, why: err as Error });
  }
}

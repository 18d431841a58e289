import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Option, type Command } from 'commander';
import type { Sources } from '../core/merge.js';
import type { DateSpan } from '../core/report.js';
import type { Day } from '../core/types.js';
import type { Deps } from '../cli/deps.js';
import { DataError, NoResults, UsageError } from '../errors.js';
import { sessionRows } from '../render/records.js';
import { listAllDays, listDays, loadSources } from '../storage/days.js';
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
  const days = opts.span ? listDays(db, opts.span) : listAllDays(db);
  const text = opts.format === 'json' ? toJson(days, opts.table) : await toCsv(days, opts.table, loadSources(db, opts.span ?? ALL), Boolean(opts.excel));
  if (opts.output) writePrivately(opts.output, text, Boolean(opts.force));
  else deps.io.stdout.write(text);
  if (days.length === 0) throw new NoResults('export-nothing');
  if (opts.output) deps.io.stderr.write(`Wrote ${days.length} days to ${opts.output}.\n`);
}

async function toCsv(days: Day[], table: ExportTable, sources: Map<string, Sources>, excel: boolean): Promise<string> {
  const csv = await import('../render/csv.js');
  const sheet = excel ? csv.EXCEL : {};
  return table === 'days' ? csv.daysCsv(days, sources, sheet) : csv.sessionsCsv(days, sheet);
}

function toJson(days: Day[], table: ExportTable): string {
  const rows = table === 'days' ? days : sessionRows(days);
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/**
 * Writes the whole file or nothing, readable by its owner only. The temporary file has a random
 * name and is created exclusively (never through a planted file or link), and is removed on any
 * failure; the target must be a regular file or new, and is replaced only with --force.
 */
export function writePrivately(path: string, text: string, force: boolean): void {
  const target = lstatSync(path, { throwIfNoEntry: false });
  if (target && !target.isFile()) throw new DataError('not-a-regular-file', { path });
  if (target && !force) throw new UsageError('file-exists', { path });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o600);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw new DataError('cannot-write', { path, why: err as Error });
  }
}

import { readFileSync } from 'node:fs';
import { Argument, type Command } from 'commander';
import { checkDay, InvalidValue } from '../core/fields.js';
import { emptyDay, type Day } from '../core/types.js';
import { plural } from '../core/words.js';
import type { Deps } from '../cli/deps.js';
import { DataError } from '../errors.js';
import { getDay, saveDays } from '../storage/days.js';

export const IMPORT_SOURCES = ['csv'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

export interface ImportOptions {
  source: ImportSource;
  paths: string[];
}

export function defineImport(program: Command, deps: Deps): void {
  program
    .command('import')
    .description("Read data into recover: the CSV of recover's own export")
    .addArgument(new Argument('<source>', 'what kind of file').choices(IMPORT_SOURCES))
    .argument('<files...>', 'the files to read')
    .addHelpText(
      'after',
      `
A file is read whole before anything is saved: a bad row stops the import, naming
the file and line, and nothing is written. Days in the file replace the columns it has.

Examples:
  $ recover import csv backup.csv          (a file made by "recover export")
  $ recover import csv days.csv sessions.csv`,
    )
    .action(async (source: ImportSource, paths: string[]) => {
      await runImport({ source, paths }, deps);
    });
}

export async function runImport(opts: ImportOptions, deps: Deps): Promise<void> {
  const { readCsvExport } = await import('../importers/csv.js');
  const updates = opts.paths.flatMap((path) => readCsvExport(readText(path), path));
  const db = await deps.db({ create: true });
  // Updates to the same day (a days file and a sessions file, say) build on each other.
  const pending = new Map<string, Day>();
  for (const { date, apply } of updates) pending.set(date, apply(pending.get(date) ?? getDay(db, date) ?? emptyDay(date)));
  const days = [...pending.values()];
  for (const day of days) {
    try {
      checkDay(day);
    } catch (err) {
      if (err instanceof InvalidValue) throw new DataError(`${day.date}: ${err.message}`);
      throw err;
    }
  }
  saveDays(db, days, deps.now());
  deps.io.stderr.write(`Imported ${plural(days.length, 'day')} from ${opts.paths.join(', ')}.\n`);
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (err as Error).message;
    throw new DataError(`Cannot read ${path}: ${why}`);
  }
}

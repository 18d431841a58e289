import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import type { Deps } from '../cli/deps.js';
import { DataError, UsageError } from '../errors.js';
import { sayData } from '../render/messages/data.js';
import { noteLine } from '../render/wrap.js';
import { describeContents } from './backup.js';

export interface RestoreOptions {
  file: string;
  yes: boolean;
  json: boolean;
}

export function defineRestore(program: Command, deps: Deps): void {
  program
    .command('restore')
    .description('Replace the database with a backup, after checking it; the replaced one is kept')
    .argument('<file>', 'a backup made by "recover backup" (or a copy of a recover database)')
    .option('-y, --yes', 'restore without asking')
    .option('--json', 'print what was restored (days, date range, the kept database) as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ recover restore ~/recover-backup-2026-11-28T0215.db
  $ recover restore /media/usb/recover.db --yes`,
    )
    .action(async (file: string, raw: { yes?: boolean; json?: boolean }) => {
      await runRestore({ file, yes: Boolean(raw.yes), json: Boolean(raw.json) }, deps);
    });
}

export async function runRestore(opts: RestoreOptions, deps: Deps): Promise<void> {
  // The SQLite driver loads only for the commands that use it, not at every start-up.
  const { inspectBackup, isSameFile, restoreDatabase, timestampedPath } = await import('../storage/backup.js');
  const dbPath = await deps.dbPath();
  if (isSameFile(opts.file, dbPath)) throw new UsageError('restore-same-file', { file: opts.file });
  const contents = await inspectOrExplain(opts.file, inspectBackup);
  const what = describeContents(contents);
  // Onto a new machine, where there is no database yet, nothing is replaced: nothing to confirm.
  if (!opts.yes && existsSync(dbPath)) {
    if (!deps.io.canPrompt) throw new UsageError('restore-needs-yes', { db: dbPath, file: opts.file, what });
    const prompter = await deps.prompter();
    if (!(await prompter.confirm({ message: sayData('restoreConfirm', { db: dbPath, file: opts.file, contents: what }), default: false }))) {
      deps.io.stderr.write(noteLine(sayData('nothingRestored'), deps.io));
      return;
    }
  }
  // Our own connection goes first, so that the old database's WAL is checkpointed and removed.
  deps.close();
  const kept = await restoreDatabase(opts.file, dbPath, timestampedPath(dirname(dbPath), 'recover-before-restore', deps.now()));
  deps.io.stderr.write(noteLine(sayData('restored', { contents: what, file: opts.file, db: dbPath }), deps.io));
  if (kept) deps.io.stderr.write(noteLine(sayData('keptAs', { kept }), deps.io));
  if (opts.json) deps.io.stdout.write(`${JSON.stringify({ restored: opts.file, database: dbPath, days: contents.days, from: contents.from, to: contents.to, kept: kept ?? null })}\n`);
}

/** A file that is no database but one of recover's exports is refused with what to do with it instead. */
async function inspectOrExplain<T>(file: string, inspect: (file: string) => T): Promise<T> {
  try {
    return inspect(file);
  } catch (err) {
    if (!(err instanceof DataError) || err.code !== 'backup-damaged') throw err;
    const { exportKindOfFile } = await import('../importers/csv.js');
    const kind = exportKindOfFile(file);
    throw kind === null ? err : new DataError('restore-an-export', { file, kind });
  }
}

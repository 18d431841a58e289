import { dirname } from 'node:path';
import type { Command } from 'commander';
import type { Deps } from '../cli/deps.js';
import { UsageError } from '../errors.js';
import { describeContents } from './backup.js';

export interface RestoreOptions {
  file: string;
  yes: boolean;
}

export function defineRestore(program: Command, deps: Deps): void {
  program
    .command('restore')
    .description('Replace the database with a backup, after checking it; the replaced one is kept')
    .argument('<file>', 'a backup made by "recover backup" (or a copy of a recover database)')
    .option('-y, --yes', 'restore without asking')
    .addHelpText(
      'after',
      `
Examples:
  $ recover restore ~/recover-backup-2026-11-28T0215.db
  $ recover restore /media/usb/recover.db --yes`,
    )
    .action(async (file: string, raw: { yes?: boolean }) => {
      await runRestore({ file, yes: Boolean(raw.yes) }, deps);
    });
}

export async function runRestore(opts: RestoreOptions, deps: Deps): Promise<void> {
  // The SQLite driver loads only for the commands that use it, not at every start-up.
  const { inspectBackup, isSameFile, restoreDatabase, timestampedPath } = await import('../storage/backup.js');
  const dbPath = await deps.dbPath();
  if (isSameFile(opts.file, dbPath)) throw new UsageError('restore-same-file', { file: opts.file });
  const contents = inspectBackup(opts.file);
  const what = describeContents(contents);
  if (!opts.yes) {
    if (!deps.io.canPrompt) throw new UsageError('restore-needs-yes', { db: dbPath, file: opts.file, what });
    const prompter = await deps.prompter();
    if (!(await prompter.confirm({ message: `Replace the database ${dbPath} with ${opts.file}, ${what}?`, default: false }))) {
      deps.io.stderr.write('Nothing restored.\n');
      return;
    }
  }
  // Our own connection goes first, so that the old database's WAL is checkpointed and removed.
  deps.close();
  const kept = await restoreDatabase(opts.file, dbPath, timestampedPath(dirname(dbPath), 'recover-before-restore', deps.now()));
  deps.io.stderr.write(`Restored ${what} from ${opts.file} into ${dbPath}.\n`);
  if (kept) deps.io.stderr.write(`The database it replaced is kept as ${kept}.\n`);
}

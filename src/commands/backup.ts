import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import type { Deps } from '../cli/deps.js';
import { UsageError } from '../errors.js';
import type { Contents } from '../storage/backup.js';
import { sayData } from '../render/messages/data.js';
import { noteLine } from '../render/wrap.js';

export interface BackupOptions {
  /** The file or folder to write to; default: a timestamped file beside the database. */
  file?: string;
  force: boolean;
  json: boolean;
}

export function defineBackup(program: Command, deps: Deps): void {
  program
    .command('backup')
    .description('Copy the whole database to one file, safely, even while recover is writing')
    .argument('[file]', 'the file to write, or a folder to put recover-backup-<date>T<time>.db in (default: beside the database)')
    .option('--force', 'replace FILE if it exists')
    .option('--json', 'print the path, days and date range as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ recover backup
  $ recover backup /media/usb
  $ recover backup /media/usb/recover.db --force
  $ scp "$(recover backup)" newlaptop:`,
    )
    .action(async (file: string | undefined, raw: { force?: boolean; json?: boolean }) => {
      await runBackup({ file, force: Boolean(raw.force), json: Boolean(raw.json) }, deps);
    });
}

export async function runBackup(opts: BackupOptions, deps: Deps): Promise<void> {
  const { backupDatabase, isSameFile, timestampedPath } = await import('../storage/backup.js');
  const db = await deps.db();
  const folder = opts.file === undefined ? dirname(await deps.dbPath()) : isFolder(opts.file) ? opts.file : undefined;
  const path = folder === undefined ? (opts.file as string) : timestampedPath(folder, 'recover-backup', deps.now());
  // Replacing the live database by a copy of itself would strand its WAL beside a stranger.
  if (isSameFile(path, await deps.dbPath())) throw new UsageError('backup-same-file', { path });
  const contents = await backupDatabase(db, path, opts.force);
  if (opts.json) {
    deps.io.stdout.write(`${JSON.stringify({ path, days: contents.days, from: contents.from, to: contents.to })}\n`);
    return;
  }
  deps.io.stdout.write(`${path}\n`);
  deps.io.stderr.write(noteLine(sayData('backedUp', { contents: describeContents(contents) }), deps.io));
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** "412 days (2024-01-02 to 2026-11-27)", or "no days" for a database without any. */
export function describeContents({ days, from, to }: Contents): string {
  if (days === 0 || !from || !to) return sayData('contents', { n: 0, span: '' });
  return sayData('contents', { n: days, span: from === to ? from : sayData('span', { from, to }) });
}

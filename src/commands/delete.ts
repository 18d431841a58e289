import type { Command } from 'commander';
import type { DateSpan } from '../core/report.js';
import type { Deps } from '../cli/deps.js';
import { NoResults, UsageError } from '../errors.js';
import { countDays, deleteDays } from '../storage/days.js';
import { sayData } from '../render/messages/data.js';
import { noteLine } from '../render/wrap.js';
import { checkSpan, dateOption } from './options.js';

export interface DeleteOptions {
  span: DateSpan;
  yes: boolean;
  /** --json: what was deleted, on stdout. */
  json?: boolean;
}

export function defineDelete(program: Command, deps: Deps): void {
  program
    .command('delete')
    .description('Delete the entries of a day, or of a range of days, after confirmation')
    .addOption(dateOption('--date <YYYY-MM-DD>', 'the day to delete'))
    .addOption(dateOption('--from <YYYY-MM-DD>', 'first day of a range to delete'))
    .addOption(dateOption('--to <YYYY-MM-DD>', 'last day of a range to delete'))
    .option('-y, --yes', 'delete without asking')
    .option('--json', 'print what was deleted as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ recover delete --date 2026-11-24
  $ recover delete --from 2026-11-01 --to 2026-11-07 --yes`,
    )
    .action(async (raw: { date?: string; from?: string; to?: string; yes?: boolean; json?: boolean }) => {
      let span: DateSpan;
      if (raw.date && !raw.from && !raw.to) span = { from: raw.date, to: raw.date };
      else if (!raw.date && raw.from && raw.to) span = { from: raw.from, to: raw.to };
      else throw new UsageError('delete-no-span');
      checkSpan(span.from, span.to);
      await runDelete({ span, yes: Boolean(raw.yes), json: Boolean(raw.json) }, deps);
    });
}

export async function runDelete(opts: DeleteOptions, deps: Deps): Promise<void> {
  const db = await deps.db();
  const { from, to } = opts.span;
  const count = countDays(db, opts.span);
  if (count === 0) throw new NoResults('delete-nothing', { span: from === to ? 'day' : 'range', from, to });
  const span = from === to ? from : sayData('span', { from, to });
  if (!opts.yes) {
    if (!deps.io.canPrompt) throw new UsageError('delete-needs-yes', { count, span: from === to ? 'day' : 'range', from, to });
    const prompter = await deps.prompter();
    if (!(await prompter.confirm({ message: sayData('deleteConfirm', { n: count, span }), default: false }))) {
      deps.io.stderr.write(noteLine(sayData('nothingDeleted'), deps.io));
      return;
    }
  }
  deleteDays(db, opts.span);
  deps.io.stderr.write(noteLine(sayData('deleted', { n: count, span }), deps.io));
  if (opts.json) deps.io.stdout.write(`${JSON.stringify({ from, to, deleted: count })}\n`);
}

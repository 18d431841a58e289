import type { Command } from 'commander';
import { HISTORY_WINDOW } from '../core/load.js';
import type { AcwrModel } from '../core/recovery-state.js';
import type { Deps } from '../cli/deps.js';
import { listDaysWithLeadIn } from '../storage/days.js';
import { loadSettings } from '../storage/settings.js';
import { acwrOption, dateOption, formatOption, layoutOf, outputFormat, type OutputFormat } from './options.js';
import { machineJson } from '../render/json.js';

export interface StatusOptions {
  date: string;
  format: OutputFormat;
  acwrModel: AcwrModel;
  detail?: boolean;
}

export function defineStatus(program: Command, deps: Deps): void {
  program
    .command('status')
    .alias('today')
    .description('Readiness for today, green, amber or red, with the reasons and what to do')
    .addOption(dateOption('--date <YYYY-MM-DD>', 'the day to judge (default: today)'))
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .option('--detail', "each reason's rule and the kind of evidence it is")
    .addOption(acwrOption())
    .addHelpText(
      'after',
      `
Green: train as planned. Amber: train light or do active recovery. Red: take a full rest day.
The verdict weighs the last 7 days' warning signs, load (ACWR, monotony, strain), sleep debt,
resting HR and HRV against your own baselines, and today's entry.

Examples:
  $ recover status
  $ recover today --json | jq -r .verdict`,
    )
    .action(async (raw: { date?: string; format?: OutputFormat; json?: boolean; acwr: AcwrModel; detail?: boolean }) => {
      await runStatus({ date: raw.date ?? deps.today(), format: outputFormat(raw, deps.io), acwrModel: raw.acwr, detail: Boolean(raw.detail) }, deps);
    });
}

export async function runStatus(opts: StatusOptions, deps: Deps): Promise<void> {
  const db = await deps.db({ readOnly: true });
  const { assessReadiness } = await import('../core/readiness.js');
  const readiness = assessReadiness(listDaysWithLeadIn(db, { from: opts.date, to: opts.date }, HISTORY_WINDOW), opts.date, loadSettings(db), opts.acwrModel);
  if (opts.format === 'json') {
    const { readinessJson } = await import('../render/messages/verdict.js');
    deps.io.stdout.write(machineJson(readinessJson(readiness)));
    return;
  }
  const { renderStatus, statusRows } = await import('../render/status.js');
  const layout = layoutOf(opts.format, deps.io);
  deps.io.stdout.write(opts.format === 'table' ? renderStatus(readiness, layout, { detail: Boolean(opts.detail) }) : statusRows(readiness, layout));
}

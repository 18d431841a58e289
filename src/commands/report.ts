import type { Command } from 'commander';
import type { AcwrModel } from '../core/recovery-state.js';
import { buildReport, MONTH_DAYS, spanEnding, WEEK_DAYS, type DateSpan } from '../core/report.js';
import type { Deps } from '../cli/deps.js';
import { NoResults, UsageError } from '../errors.js';
import { listDays } from '../storage/days.js';
import { listPlan } from '../storage/plan.js';
import { loadSettings } from '../storage/settings.js';
import { acwrOption, checkSpan, dateOption, formatOption, layoutOf, outputFormat, type OutputFormat } from './options.js';

export interface ReportOptions {
  span: DateSpan;
  format: OutputFormat;
  acwrModel: AcwrModel;
  detail?: boolean;
}

interface RawReportFlags {
  week?: boolean;
  month?: boolean;
  from?: string;
  to?: string;
  date?: string;
  json?: boolean;
  format?: OutputFormat;
  acwr: AcwrModel;
  detail?: boolean;
}

export function defineReport(program: Command, deps: Deps): void {
  program
    .command('report')
    .description('Show sleep, protein, rest days and training load with overtraining warnings')
    .option('-w, --week', 'the 7 days ending on --date (the default)')
    .option('-m, --month', 'the 28 days ending on --date')
    .addOption(dateOption('--from <YYYY-MM-DD>', 'first day of a custom range'))
    .addOption(dateOption('--to <YYYY-MM-DD>', 'last day of a custom range (default: --date)'))
    .addOption(dateOption('--date <YYYY-MM-DD>', 'the last day of the week or month (default: today)'))
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .option('--detail', 'the load model too: load ratio (ACWR), monotony, strain, long- and short-term load')
    .addOption(acwrOption())
    .addHelpText(
      'after',
      `
Examples:
  $ recover report                      this week
  $ recover report --detail             with the load model's figures
  $ recover report --month --date 2026-11-30
  $ recover report --from 2026-11-01 --to 2026-11-14 --json | jq '.warnings'`,
    )
    .action(async (raw: RawReportFlags) => {
      await runReport({ span: reportSpan(raw, deps.today()), format: outputFormat(raw, deps.io), acwrModel: raw.acwr, detail: Boolean(raw.detail) }, deps);
    });
}

export function reportSpan(raw: Omit<RawReportFlags, 'format' | 'json' | 'acwr' | 'detail'>, today: string): DateSpan {
  const ranges = [raw.week, raw.month, raw.from !== undefined].filter(Boolean).length;
  if (ranges > 1) throw new UsageError('choose one range: --week, --month or --from/--to');
  if (raw.to !== undefined && raw.from === undefined) throw new UsageError('--to needs --from');
  const end = raw.date ?? today;
  if (raw.from !== undefined) {
    if (raw.date !== undefined && raw.to !== undefined) throw new UsageError('give --to or --date, not both');
    const span = { from: raw.from, to: raw.to ?? end };
    checkSpan(span.from, span.to);
    return span;
  }
  return spanEnding(end, raw.month ? MONTH_DAYS : WEEK_DAYS);
}

export async function runReport(opts: ReportOptions, deps: Deps): Promise<void> {
  const db = await deps.db({ readOnly: true });
  // Load and baselines look back before the range, so read all history up to its end.
  const history = listDays(db, { from: '0000-01-01', to: opts.span.to });
  const report = buildReport(opts.span, history, loadSettings(db), { acwrModel: opts.acwrModel, plan: listPlan(db, opts.span) });
  const empty = report.summary.logged === 0;
  if (opts.format === 'json') {
    const { reportJson } = await import('../render/json.js');
    deps.io.stdout.write(reportJson(report));
  } else if (!empty) {
    const { renderReport, reportRows } = await import('../render/report.js');
    const layout = layoutOf(opts.format, deps.io);
    deps.io.stdout.write(opts.format === 'table' ? renderReport(report, layout, { detail: Boolean(opts.detail) }) : reportRows(report, layout));
  }
  if (empty) throw new NoResults(`Nothing logged from ${opts.span.from} to ${opts.span.to}. Log a day with "recover log".`);
}

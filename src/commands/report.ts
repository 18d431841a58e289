import type { Command } from 'commander';
import { HISTORY_WINDOW } from '../core/load.js';
import type { AcwrModel } from '../core/recovery-state.js';
import { buildReport, MONTH_DAYS, spanEnding, WEEK_DAYS, type DateSpan } from '../core/report.js';
import type { Deps } from '../cli/deps.js';
import { NoResults, UsageError } from '../errors.js';
import { listDaysWithLeadIn } from '../storage/days.js';
import { listPlan } from '../storage/plan.js';
import { loadSettings } from '../storage/settings.js';
import { acwrOption, checkSpan, dateOption, formatOption, layoutOf, outputFormat, type OutputFormat } from './options.js';

export interface ReportOptions {
  span: DateSpan;
  format: OutputFormat;
  acwrModel: AcwrModel;
  /** --html FILE: the report as a page in that file instead of on screen. */
  html?: string;
  ascii?: boolean;
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
  html?: string;
  ascii?: boolean;
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
    .option('--html <file>', 'write the report as one self-contained page (charts included) to send or print')
    .option('--ascii', 'draw the trend lines with plain ASCII characters')
    .addHelpText(
      'after',
      `
Examples:
  $ recover report                      this week
  $ recover report --detail             with the load model's figures
  $ recover report --month --date 2026-11-30
  $ recover report --from 2026-11-01 --to 2026-11-14 --json | jq '.warnings'
  $ recover report --month --html card.html     a page for your coach: open, print or screenshot it`,
    )
    .action(async (raw: RawReportFlags) => {
      const format = outputFormat(raw, deps.io);
      await runReport({ span: reportSpan(raw, deps.today()), format, acwrModel: raw.acwr, html: raw.html, ascii: raw.ascii, detail: Boolean(raw.detail) }, deps);
    });
}

export function reportSpan(raw: Omit<RawReportFlags, 'format' | 'json' | 'acwr' | 'detail'>, today: string): DateSpan {
  const ranges = [raw.week, raw.month, raw.from !== undefined].filter(Boolean).length;
  if (ranges > 1) throw new UsageError('report-two-ranges');
  if (raw.to !== undefined && raw.from === undefined) throw new UsageError('to-needs-from');
  const end = raw.date ?? today;
  if (raw.from !== undefined) {
    if (raw.date !== undefined && raw.to !== undefined) throw new UsageError('to-or-date');
    const span = { from: raw.from, to: raw.to ?? end };
    checkSpan(span.from, span.to);
    return span;
  }
  return spanEnding(end, raw.month ? MONTH_DAYS : WEEK_DAYS);
}

export async function runReport(opts: ReportOptions, deps: Deps): Promise<void> {
  const db = await deps.db({ readOnly: true });
  // Load and baselines look back before the range: a bounded window of history up to its end.
  const history = listDaysWithLeadIn(db, opts.span, HISTORY_WINDOW);
  const report = buildReport(opts.span, history, loadSettings(db), { acwrModel: opts.acwrModel, plan: listPlan(db, opts.span) });
  const empty = report.summary.logged === 0;
  if (opts.html !== undefined && !empty) {
    const { writeHtmlReport } = await import('./report-html.js');
    writeHtmlReport(opts.html, report, deps);
  } else if (opts.format === 'json') {
    const { reportJson } = await import('../render/json.js');
    deps.io.stdout.write(reportJson(report));
  } else if (!empty) {
    const { renderReport, reportRows } = await import('../render/report.js');
    const layout = layoutOf(opts.format, deps.io);
    deps.io.stdout.write(
      opts.format === 'table' ? renderReport(report, layout, { detail: Boolean(opts.detail), ascii: Boolean(opts.ascii || deps.io.ascii) }) : reportRows(report, layout),
    );
  }
  if (empty) throw new NoResults('nothing-logged', { from: opts.span.from, to: opts.span.to });
}

import { Argument, type Command } from 'commander';
import type { Deps } from '../cli/deps.js';
import type { AcwrModel } from '../core/recovery-state.js';
import { buildReport, spanEnding, type DateSpan } from '../core/report.js';
import { SERIES_KEYS, seriesOf, type SeriesKey } from '../core/series.js';
import { NoResults, UsageError } from '../errors.js';
import { listDays } from '../storage/days.js';
import { loadSettings } from '../storage/settings.js';
import { acwrOption, checkSpan, dateOption, formatOption, type OutputFormat } from './options.js';

export interface ChartOptions {
  keys: SeriesKey[];
  span: DateSpan;
  /** Unset: a chart on a terminal, tab-separated numbers when piped. */
  format?: OutputFormat;
  acwrModel: AcwrModel;
  /** Columns and rows; columns default to the terminal's width. */
  width?: number;
  height: number;
  ascii: boolean;
}

interface RawChartFlags {
  weeks?: string;
  from?: string;
  to?: string;
  date?: string;
  width?: string;
  height: string;
  ascii?: boolean;
  json?: boolean;
  format?: OutputFormat;
  acwr: AcwrModel;
}

const DEFAULT_WEEKS = 8;

export function defineChart(program: Command, deps: Deps): void {
  program
    .command('chart')
    .description('Draw trend charts in the terminal: sleep, protein, load and ACWR, resting HR, HRV and how you feel')
    .addArgument(new Argument('<series...>', 'what to draw').choices(SERIES_KEYS))
    .option('--weeks <n>', `the weeks ending on --date (default: ${DEFAULT_WEEKS})`)
    .addOption(dateOption('--from <YYYY-MM-DD>', 'first day of a custom range'))
    .addOption(dateOption('--to <YYYY-MM-DD>', 'last day of a custom range (default: --date)'))
    .addOption(dateOption('--date <YYYY-MM-DD>', 'the last day shown (default: today)'))
    .option('--width <columns>', "the chart's width (default: the terminal's, else 80)")
    .option('--height <rows>', 'rows of each plot', '10')
    .option('--ascii', 'draw with plain ASCII characters (the default when the terminal is not UTF-8)')
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .addOption(acwrOption())
    .addHelpText(
      'after',
      `
A blank stretch is a day with no reading (never drawn as zero). The dotted lines are your
target (sleep, protein), the safe ACWR range 0.8-1.3, or your own normal range (resting HR,
HRV, fatigue, soreness, motivation). "load" also draws the ACWR under it. When the output is
not a terminal the values are printed as tab-separated numbers, a column per series
(--format csv for commas, --format table for the chart itself).

Examples:
  $ recover chart sleep                        the last 8 weeks
  $ recover chart rhr hrv --weeks 12
  $ recover chart load --from 2026-09-01 --to 2026-11-30 | cut -f1,3   the date and the ACWR`,
    )
    .action(async (keys: SeriesKey[], raw: RawChartFlags) => {
      await runChart(chartOptions(keys, raw, deps.today()), deps);
    });
}

function whole(flag: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError('value-not-whole', { label: flag, min, max, value: text.slice(0, 40) });
  return n;
}

export function chartOptions(keys: readonly SeriesKey[], raw: RawChartFlags, today: string): ChartOptions {
  if (raw.weeks !== undefined && raw.from !== undefined) throw new UsageError('chart-two-ranges');
  if (raw.to !== undefined && raw.from === undefined) throw new UsageError('to-needs-from');
  if (raw.date !== undefined && raw.to !== undefined) throw new UsageError('to-or-date');
  const end = raw.to ?? raw.date ?? today;
  const span = raw.from !== undefined ? { from: raw.from, to: end } : spanEnding(end, 7 * whole('--weeks', raw.weeks ?? String(DEFAULT_WEEKS), 1, 520));
  checkSpan(span.from, span.to);
  const wanted = [...new Set(keys.flatMap((k): SeriesKey[] => (k === 'load' ? ['load', 'acwr'] : [k])))];
  return {
    keys: wanted,
    span,
    ...(raw.json ? { format: 'json' as const } : raw.format ? { format: raw.format } : {}),
    acwrModel: raw.acwr,
    width: raw.width === undefined ? undefined : whole('--width', raw.width, 30, 1000),
    height: whole('--height', raw.height, 3, 100),
    ascii: Boolean(raw.ascii),
  };
}

export async function runChart(opts: ChartOptions, deps: Deps): Promise<void> {
  const db = await deps.db({ readOnly: true });
  // Load and normal ranges look back before the range, so read all history up to its end.
  const report = buildReport(opts.span, listDays(db, { from: '0000-01-01', to: opts.span.to }), loadSettings(db), { acwrModel: opts.acwrModel });
  if (report.summary.logged === 0) throw new NoResults('nothing-logged', { from: opts.span.from, to: opts.span.to });
  const series = opts.keys.map((k) => seriesOf(report, k));
  const dates = report.days.map((d) => d.date);
  const { chartJson, chartRows, renderChart } = await import('../render/chart.js');
  const format = opts.format ?? (deps.io.isStdoutTTY ? 'table' : 'tsv');
  if (format === 'json') return void deps.io.stdout.write(chartJson(series, dates));
  if (format !== 'table') return void deps.io.stdout.write(chartRows(series, dates, { format, color: deps.io.color, width: 80 }));
  const o = { width: opts.width ?? deps.io.columns ?? 80, height: opts.height, ascii: opts.ascii || Boolean(deps.io.ascii), color: deps.io.color };
  deps.io.stdout.write(series.map((s) => renderChart(s, dates, o)).join('\n'));
}

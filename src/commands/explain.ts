import type { Command } from 'commander';
import { isIsoDate } from '../core/dates.js';
import type { WarningCode } from '../core/warnings.js';
import type { Deps } from '../cli/deps.js';
import { UsageError } from '../errors.js';
import { EXPLAIN } from '../render/messages.js';
import { listDays } from '../storage/days.js';
import { loadSettings } from '../storage/settings.js';
import { renderRows } from '../render/table.js';
import { acwrOption, dateOption, formatOption, layoutOf, outputFormat, type OutputFormat } from './options.js';
import type { AcwrModel } from '../core/recovery-state.js';
import { machineJson } from '../render/json.js';

export interface ExplainOptions {
  /** A warning or reason code, or a date whose verdict to explain. */
  subject: string;
  date: string;
  format: OutputFormat;
  acwrModel: AcwrModel;
}

export function defineExplain(program: Command, deps: Deps): void {
  program
    .command('explain')
    .description("Explain a warning or a day's verdict: the rule, your numbers and the source")
    .argument('[code-or-date]', 'a warning code (poor-sleep, acwr-spike...) or a date (default: today)')
    .addOption(dateOption('--date <YYYY-MM-DD>', "with a code: the week to take your numbers from (default: today)"))
    .option('--json', 'as JSON')
    .addOption(formatOption())
    .addOption(acwrOption())
    .addHelpText(
      'after',
      `
Examples:
  $ recover explain                     why today's verdict is what it is
  $ recover explain 2026-11-22
  $ recover explain poor-sleep
  $ recover explain acwr-spike --json`,
    )
    .action(async (subject: string | undefined, raw: { date?: string; json?: boolean; format?: OutputFormat; acwr: AcwrModel }) => {
      await runExplain({ subject: subject ?? deps.today(), date: raw.date ?? deps.today(), format: outputFormat(raw, deps.io), acwrModel: raw.acwr }, deps);
    });
}

const isCode = (text: string): text is WarningCode => Object.hasOwn(EXPLAIN, text);

export async function runExplain(opts: ExplainOptions, deps: Deps): Promise<void> {
  const date = isIsoDate(opts.subject) ? opts.subject : opts.date;
  if (!isIsoDate(opts.subject) && !isCode(opts.subject)) {
    throw new UsageError('explain-unknown', { value: opts.subject.slice(0, 40), codes: Object.keys(EXPLAIN).join(', ') });
  }
  const db = await deps.db({ readOnly: true });
  const { assessReadiness } = await import('../core/readiness.js');
  const { buildReport, spanEnding, WEEK_DAYS } = await import('../core/report.js');
  const history = listDays(db, { from: '0000-01-01', to: date });
  const settings = loadSettings(db);
  const { explainCode, explainDay } = await import('../render/explain.js');
  const layout = { format: 'table' as const, color: deps.io.color, width: deps.io.columns ?? 80 };
  if (isCode(opts.subject)) {
    const report = buildReport(spanEnding(date, WEEK_DAYS), history, settings, { acwrModel: opts.acwrModel });
    const warning = report.warnings.find((w) => w.code === opts.subject) ?? null;
    const out = explainCode(opts.subject, warning, date, layout);
    deps.io.stdout.write(shown(out, [out.json as Record<string, unknown>], opts.format, deps));
    return;
  }
  const readiness = assessReadiness(history, date, settings, opts.acwrModel);
  const out = explainDay(readiness, layout);
  const { reasons, ...day } = out.json as { reasons: Array<Record<string, unknown>> } & Record<string, unknown>;
  // For scripts: one row per reason, each carrying the day's verdict; a green day is one row without a reason.
  const rows = reasons.length > 0 ? reasons.map((r) => ({ ...day, ...r })) : [day];
  deps.io.stdout.write(shown(out, rows, opts.format, deps));
}

/** The explanation as text, JSON, or rows whose columns are the JSON's fields (lists and objects as JSON). */
function shown(out: { text: string; json: unknown }, rows: Array<Record<string, unknown>>, format: OutputFormat, deps: Deps): string {
  if (format === 'table') return out.text;
  if (format === 'json') return machineJson(out.json);
  const head = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));
  return renderRows(head, rows.map((r) => head.map((k) => cell(r[k]))), layoutOf(format, deps.io));
}

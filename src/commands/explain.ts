import type { Command } from 'commander';
import { isIsoDate } from '../core/dates.js';
import type { WarningCode } from '../core/warnings.js';
import type { Deps } from '../cli/deps.js';
import { UsageError } from '../errors.js';
import { EXPLAIN } from '../render/messages.js';
import { listDays } from '../storage/days.js';
import { loadSettings } from '../storage/settings.js';
import { acwrOption, dateOption } from './options.js';
import type { AcwrModel } from '../core/recovery-state.js';

export interface ExplainOptions {
  /** A warning or reason code, or a date whose verdict to explain. */
  subject: string;
  date: string;
  json: boolean;
  acwrModel: AcwrModel;
}

export function defineExplain(program: Command, deps: Deps): void {
  program
    .command('explain')
    .description("Explain a warning or a day's verdict: the rule, your numbers and the source")
    .argument('[code-or-date]', 'a warning code (poor-sleep, acwr-spike...) or a date (default: today)')
    .addOption(dateOption('--date <YYYY-MM-DD>', "with a code: the week to take your numbers from (default: today)"))
    .option('--json', 'as JSON')
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
    .action(async (subject: string | undefined, raw: { date?: string; json?: boolean; acwr: AcwrModel }) => {
      await runExplain({ subject: subject ?? deps.today(), date: raw.date ?? deps.today(), json: Boolean(raw.json), acwrModel: raw.acwr }, deps);
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
    deps.io.stdout.write(opts.json ? `${JSON.stringify(out.json, null, 2)}\n` : out.text);
    return;
  }
  const readiness = assessReadiness(history, date, settings, opts.acwrModel);
  const out = explainDay(readiness, layout);
  deps.io.stdout.write(opts.json ? `${JSON.stringify(out.json, null, 2)}\n` : out.text);
}

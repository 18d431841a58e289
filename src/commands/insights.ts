import { Option, type Command } from 'commander';
import type { Deps } from '../cli/deps.js';
import { NoResults } from '../errors.js';
import { anyTagged, listDays } from '../storage/days.js';
import { checkSpan, dateOption, OUTPUT_FORMATS, type OutputFormat } from './options.js';
import { machineJson } from '../render/json.js';

/** --from when none is given: every day there is. */
const ALL_HISTORY = '0000-01-01';

export interface InsightsOptions {
  from: string;
  to: string;
  /** Unset: the sentences, on a terminal and piped alike (tsv and csv give rows). */
  format?: OutputFormat;
}

export function defineInsights(program: Command, deps: Deps): void {
  program
    .command('insights')
    .description('What went with better or worse recovery: each tag against the next night, morning and day')
    .addOption(dateOption('--from <YYYY-MM-DD>', 'first day to look at (default: all history)'))
    .addOption(dateOption('--to <YYYY-MM-DD>', 'last day to look at (default: today)'))
    .addOption(new Option('--format <format>', 'output format: tsv or csv give a row per tag and outcome (default: the sentences)').choices([...OUTPUT_FORMATS]))
    .option('--json', 'same as --format json')
    .addHelpText(
      'after',
      `
For each tag (recover log --tag alcohol, or WHOOP journal answers) with at least 5 days with it
and 5 without, the next night's sleep, next morning's resting HR and HRV and next day's fatigue
after days with it are compared with days without: the difference in means with a 95% confidence
interval (Welch's t), and how many days each side. These are associations, not causes.

Examples:
  $ recover insights
  $ recover insights --from 2026-01-01 --json | jq '.[] | select(.tag == "alcohol")'`,
    )
    .action(async (raw: { from?: string; to?: string; format?: OutputFormat; json?: boolean }) => {
      const to = raw.to ?? deps.today();
      const from = raw.from ?? ALL_HISTORY;
      checkSpan(from, to);
      await runInsights({ from, to, ...(raw.json ? { format: 'json' as const } : raw.format ? { format: raw.format } : {}) }, deps);
    });
}

export async function runInsights(opts: InsightsOptions, deps: Deps): Promise<void> {
  const db = await deps.db({ readOnly: true });
  const { addDays } = await import('../core/dates.js');
  const { tagInsights } = await import('../core/insights.js');
  // The day after --to is read too: a tag on the last day is compared with the night that follows.
  const days = listDays(db, { from: opts.from, to: addDays(opts.to, 1) }).map((d) => (d.date > opts.to ? { ...d, tags: null } : d));
  const insights = tagInsights(days);
  if (opts.format === 'json') {
    deps.io.stdout.write(machineJson(insights));
    return;
  }
  if (insights.length === 0) {
    // Tags outside the range asked for are not "no tags yet".
    throw anyTagged(db) ? new NoResults('insights-no-tags-in-range', { from: opts.from === ALL_HISTORY ? 'none' : opts.from, to: opts.to }) : new NoResults('insights-no-tags');
  }
  const { insightRows, renderInsights } = await import('../render/insights.js');
  const format = opts.format ?? 'table';
  if (format !== 'table') return void deps.io.stdout.write(insightRows(insights, { format, color: deps.io.color, width: 80 }));
  // On a terminal the lines wrap to its width; piped, each stays one line for grep.
  deps.io.stdout.write(renderInsights(insights, deps.io.color, deps.io.isStdoutTTY ? (deps.io.columns ?? 80) : Infinity));
}

import { Option } from 'commander';
import { FIRST_DATE, isIsoDate, LAST_DATE } from '../core/dates.js';
import { InvalidValue } from '../core/fields.js';
import { UsageError } from '../errors.js';

import type { IO } from '../cli/io.js';
import type { Layout } from '../render/table.js';

export type OutputFormat = 'table' | 'tsv' | 'csv' | 'json';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'tsv', 'csv', 'json'];

export function dateOption(flags: string, description: string): Option {
  return new Option(flags, description).argParser((value: string) => parseDate(value, flags.split(' ')[0] ?? flags));
}

export function parseDate(value: string, name: string): string {
  if (!isIsoDate(value)) throw new UsageError('flag-not-date', { name, first: FIRST_DATE, last: LAST_DATE, value: value.slice(0, 40) });
  return value;
}

/** Runs a parser on a flag's value and names the flag when the value is refused. */
export function flagValue<T>(flag: string, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof InvalidValue) throw new UsageError('flag-invalid', { flag: `--${flag}`, problem: err });
    throw err;
  }
}

export function checkSpan(from: string, to: string): void {
  if (from > to) throw new UsageError('from-after-to', { from, to });
}

/** The shared --format option of data-printing commands (--json is its shorthand); no default: see outputFormat. */
export function formatOption(): Option {
  return new Option('--format <format>', 'output format (default: table on a terminal, tsv when piped)').choices([...OUTPUT_FORMATS]);
}

/** --json, else --format, else a table for a person and tab-separated rows for a pipe (as gh does). */
export function outputFormat(raw: { format?: OutputFormat; json?: boolean }, io: IO): OutputFormat {
  if (raw.json) return 'json';
  return raw.format ?? (io.isStdoutTTY ? 'table' : 'tsv');
}

export function layoutOf(format: Exclude<OutputFormat, 'json'>, io: IO): Layout {
  return { format, color: io.color, width: io.columns ?? 80 };
}

export function acwrOption(): Option {
  return new Option('--acwr <model>', 'ACWR model: rolling averages (Gabbett) or EWMA (Williams et al. 2017)')
    .choices(['rolling', 'ewma'])
    .default('rolling');
}

import { Option } from 'commander';
import { FIRST_DATE, isIsoDate, LAST_DATE } from '../core/dates.js';
import { CLOCK, InvalidValue, parseNumber, SESSION_RPE, type NumberField, type NumberSpec } from '../core/fields.js';
import { UsageError } from '../errors.js';
import { currentLang, formatNumber } from '../render/i18n.js';
import { sayField } from '../render/messages/log-fields.js';

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

const labelOf = (field: NumberSpec) =>
  'key' in field ? sayField('label', { key: (field as NumberField).key }) : sayField(field === SESSION_RPE ? 'sessionRpe' : 'sessionMinutes');

/**
 * A number as a person types it in a flag or an answer: "7.5", "7,5" and "7:30" for hours.
 * The language's thousands separator before exactly three digits ("1,000" in English,
 * "1.000" in Dutch) could mean a thousand or one, so it is refused rather than guessed.
 */
export function parseTyped(field: NumberSpec, text: string): number {
  const trimmed = text.trim();
  if (field.unit !== CLOCK) refuseGrouped(labelOf(field), trimmed);
  try {
    return parseNumber(field, trimmed);
  } catch (err) {
    if (!(err instanceof InvalidValue)) throw err;
    const kind = field.unit === CLOCK ? 'clock' : field.integer ? 'whole' : 'number';
    throw new InvalidValue('typed-out-of-range', { label: labelOf(field), kind, min: formatNumber(field.min, 2), max: formatNumber(field.max, 2), shown: text });
  }
}

/** Refuses a number with the language's thousands separator before exactly three digits ("1,500"; "1.500" in Dutch). */
export function refuseGrouped(label: string, text: string): void {
  const trimmed = text.trim();
  const grouped = (currentLang() === 'nl' ? /^\+?(\d+)\.(\d{3})$/ : /^\+?(\d+),(\d{3})$/).exec(trimmed);
  if (grouped) throw new InvalidValue('typed-ambiguous', { label, shown: trimmed.slice(0, 40), plain: `${grouped[1]}${grouped[2]}` });
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

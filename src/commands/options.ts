import { Option } from 'commander';
import { FIRST_DATE, isIsoDate, LAST_DATE } from '../core/dates.js';
import { InvalidValue } from '../core/fields.js';
import { UsageError } from '../errors.js';

export type OutputFormat = 'table' | 'json';

export function dateOption(flags: string, description: string): Option {
  return new Option(flags, description).argParser((value: string) => parseDate(value, flags.split(' ')[0] ?? flags));
}

export function parseDate(value: string, name: string): string {
  if (!isIsoDate(value)) throw new UsageError(`${name} must be a date as YYYY-MM-DD from ${FIRST_DATE} to ${LAST_DATE}, got "${value.slice(0, 40)}"`);
  return value;
}

/** Runs a parser on a flag's value and names the flag when the value is refused. */
export function flagValue<T>(flag: string, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof InvalidValue) throw new UsageError(`--${flag}: ${err.message}`);
    throw err;
  }
}

export function checkSpan(from: string, to: string): void {
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
}

/** The shared --format table|json option of data-printing commands (--json is its shorthand). */
export function formatOption(): Option {
  return new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');
}

export function acwrOption(): Option {
  return new Option('--acwr <model>', 'ACWR model: rolling averages (Gabbett) or EWMA (Williams et al. 2017)')
    .choices(['rolling', 'ewma'])
    .default('rolling');
}

import { IntlMessageFormat } from 'intl-messageformat';
import { LANGS, type Lang } from '../core/types.js';
import { currentLang, setLang } from './lang.js';

export type Params = Record<string, string | number | Date>;
export type Say<K extends string> = ((key: K, params?: Params) => string) & { readonly catalogue: Record<Lang, Record<K, string>> };

/** Every catalogue defined so far, by name: the parity test checks each holds the same keys and arguments in every language. */
export const CATALOGUES = new Map<string, Record<Lang, Record<string, string>>>();

/**
 * One part of the message catalogue: ICU MessageFormat strings (plurals, numbers, selects) in
 * English and Dutch. The compiler requires the Dutch to name every English key; a test checks
 * both use the same arguments. Each message is parsed once, on first use.
 */
export function defineMessages<K extends string>(name: string, en: Record<K, string>, nl: NoInfer<Record<K, string>>): Say<K> {
  const catalogue = { en, nl };
  CATALOGUES.set(name, catalogue);
  const formats = new Map<string, IntlMessageFormat>();
  const say = (key: K, params?: Params): string => {
    const id = `${currentLang()}:${key}`;
    let format = formats.get(id);
    if (format === undefined) {
      format = new IntlMessageFormat(catalogue[currentLang()][key], LOCALES[currentLang()], undefined, { ignoreTag: true });
      formats.set(id, format);
    }
    return String(format.format(params));
  };
  return Object.assign(say, { catalogue });
}

/** The locale each language formats numbers and dates in. */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', nl: 'nl-NL' };

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number as a reader of the language writes it: at most `digits` decimals, no grouping (7.5 h; 7,5 u). */
export function formatNumber(value: number, digits = 1): string {
  const id = `${currentLang()}:${digits}`;
  let format = numberFormats.get(id);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALES[currentLang()], { maximumFractionDigits: digits, useGrouping: false });
    numberFormats.set(id, format);
  }
  // A value that rounds to zero reads as 0, never -0.
  const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
  return format.format(rounded === 0 ? 0 : rounded);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (YYYY-MM-DD) as a short day: "Mon 23 Nov" / "ma 23 nov". */
export function formatDay(date: string, options: { weekday?: boolean; year?: boolean } = {}): string {
  const { weekday = true, year = false } = options;
  const id = `${currentLang()}:${weekday}:${year}`;
  let format = dayFormats.get(id);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(LOCALES[currentLang()], {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'short',
      ...(weekday ? { weekday: 'short' } : {}),
      ...(year ? { year: 'numeric' } : {}),
    });
    dayFormats.set(id, format);
  }
  // Intl writes "Mon, 23 Nov" and "ma 23 nov."; we want neither the comma nor the abbreviation dot.
  return format.format(new Date(`${date}T12:00:00Z`)).replace(',', '').replace(/\./g, '');
}

export { currentLang, LANGS, setLang, type Lang };

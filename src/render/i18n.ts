import { formatToParts, IntlMessageFormat, type Formatters } from 'intl-messageformat';
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
  const parsed = new Map<string, Parsed>();
  const say = (key: K, params?: Params): string => {
    const lang = currentLang();
    const id = `${lang}:${key}`;
    let message = parsed.get(id);
    if (message === undefined) {
      message = parse(catalogue[lang][key], lang);
      parsed.set(id, message);
    }
    return formatToParts(message.ast, LOCALES[lang], formattersOf(lang), IntlMessageFormat.formats, params, undefined, message.text)
      .map((part) => String(part.value))
      .join('');
  };
  return Object.assign(say, { catalogue });
}

/*
 * Formatting goes through intl-messageformat's formatToParts, not a `new IntlMessageFormat` a
 * message: its constructor asks Intl.NumberFormat.supportedLocalesOf each time (about 2 ms; 30
 * messages took 70-110 ms) and makes its own Intl objects. Here each language resolves once and
 * its number, date and plural formats are shared by every message.
 */
type Parsed = { text: string; ast: Parameters<typeof formatToParts>[0] };

const parserLocales = new Map<Lang, Intl.Locale>();

function parse(text: string, lang: Lang): Parsed {
  let locale = parserLocales.get(lang);
  if (locale === undefined) {
    locale = new Intl.Locale(LOCALES[lang]);
    parserLocales.set(lang, locale);
  }
  const parser = IntlMessageFormat.__parse;
  if (parser === undefined) throw new Error('intl-messageformat comes without its parser');
  return { text, ast: parser(text, { ignoreTag: true, locale }) };
}

const formatters = new Map<Lang, Formatters>();

function formattersOf(lang: Lang): Formatters {
  let found = formatters.get(lang);
  if (found === undefined) {
    const memo = <A extends unknown[], T>(make: (...args: A) => T) => {
      const made = new Map<string, T>();
      return (...args: A): T => {
        const id = JSON.stringify(args);
        let value = made.get(id);
        if (value === undefined) {
          value = make(...args);
          made.set(id, value);
        }
        return value;
      };
    };
    const numberFormat = memo((...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args));
    // `{n, number}` and a plural's # ask for the default format (3 decimals, grouped): written without Intl.
    const plain = {
      format: (value: unknown) => (typeof value === 'number' ? plainNumber(value, lang, 3, true) : null) ?? numberFormat(LOCALES[lang]).format(value as number),
    } as Intl.NumberFormat;
    found = {
      getNumberFormat: (locales, options) => (options === undefined ? plain : numberFormat(locales, options)),
      getDateTimeFormat: memo((...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args)),
      getPluralRules: memo((...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args)),
    };
    formatters.set(lang, found);
  }
  return found;
}

/** The locale each language formats numbers and dates in. */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', nl: 'nl-NL' };

/*
 * Numbers and days are written without Intl where the rules are simple (every report and status
 * writes them): the first Intl.NumberFormat of a run costs about 16 ms of CPU (ICU loading its
 * data), the first Intl.DateTimeFormat about 5 ms, against 100 ms for all of Node's start.
 * test/unit/render/i18n-format.test.ts holds both against Intl over many values and every day
 * of two years; anything out of their simple range goes to Intl itself.
 */
const SEPARATORS: Record<Lang, { decimal: string; group: string }> = { en: { decimal: '.', group: ',' }, nl: { decimal: ',', group: '.' } };

/**
 * A finite number as Intl.NumberFormat writes it in the language with at most `digits` decimals:
 * rounded half away from zero on its shortest decimal form (as ICU does), trailing zeros dropped,
 * thousands grouped when asked. Null when the number's shortest form is exponential.
 */
export function plainNumber(value: number, lang: Lang, digits: number, grouping: boolean): string | null {
  const text = String(Math.abs(value));
  if (!Number.isFinite(value) || text.includes('e')) return null;
  let [whole = '0', fraction = ''] = text.split('.');
  if (fraction.length > digits) {
    const up = (fraction[digits] ?? '0') >= '5';
    fraction = fraction.slice(0, digits);
    if (up) {
      const next = (BigInt(whole + fraction) + 1n).toString().padStart(whole.length + digits, '0');
      whole = next.slice(0, next.length - digits);
      fraction = next.slice(next.length - digits);
    }
  }
  fraction = fraction.replace(/0+$/, '');
  const { decimal, group } = SEPARATORS[lang];
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+$)/g, group);
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${whole}${fraction === '' ? '' : decimal}${fraction}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number as a reader of the language writes it: at most `digits` decimals, no grouping (7.5 h; 7,5 u). */
export function formatNumber(value: number, digits = 1): string {
  // A value that rounds to zero reads as 0, never -0.
  const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
  const shown = rounded === 0 ? 0 : rounded;
  const lang = currentLang();
  const plain = plainNumber(shown, lang, digits, false);
  if (plain !== null) return plain;
  const id = `${lang}:${digits}`;
  let format = numberFormats.get(id);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits, useGrouping: false });
    numberFormats.set(id, format);
  }
  return format.format(shown);
}

/** Short names of the weekdays (Monday first) and months, as Intl's short forms in en-GB and nl-NL without dots. */
const DAY_NAMES: Record<Lang, { weekdays: readonly string[]; months: readonly string[] }> = {
  en: { weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'] },
  nl: { weekdays: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'], months: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] },
};

/** A calendar date (YYYY-MM-DD) as a short day: "Mon 23 Nov" / "ma 23 nov" (with the year: "Mon 23 Nov 2026"). */
export function formatDay(date: string, options: { weekday?: boolean; year?: boolean } = {}): string {
  const { weekday = true, year = false } = options;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const at = new Date(`${date}T12:00:00Z`);
  if (match === null || Number.isNaN(at.getTime())) throw new RangeError(`Not a date: ${date}`);
  const names = DAY_NAMES[currentLang()];
  const parts = [String(Number(match[3])), names.months[Number(match[2]) - 1]];
  if (weekday) parts.unshift(names.weekdays[(at.getUTCDay() + 6) % 7]);
  if (year) parts.push(String(Number(match[1])));
  return parts.join(' ');
}

export { currentLang, LANGS, setLang, type Lang };

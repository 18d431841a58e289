import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/dates.js';
import { CATALOGUES, defineMessages, formatDay, formatNumber, LANGS, LOCALES, plainNumber, setLang, type Params } from '../../../src/render/i18n.js';

// say() formats through formatToParts with shared Intl objects (src/render/i18n.ts); here every
// message of every catalogue is held against the library's own `new IntlMessageFormat(...).format()`.
const folder = new URL('../../../src/render/messages/', import.meta.url);
await Promise.all(readdirSync(folder).map((file) => import(new URL(file, folder).href)));

interface Node {
  type: number;
  value?: string;
  options?: Record<string, { value: Node[] }>;
}
// The parser's element types: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural.
const SAMPLES: Record<number, Array<string | number | Date>> = { 1: ['word', 7], 2: [7.25, 1500], 3: [new Date(Date.UTC(2026, 10, 23))], 4: [new Date(Date.UTC(2026, 10, 23, 7, 5))], 6: [0, 1, 2, 21] };

/** Parameter sets that reach every branch: each plural's counts and each select's options, argument by argument. */
function paramSets(text: string, lang: string): Params[] {
  const choices = new Map<string, Array<string | number | Date>>();
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.value !== undefined && node.type !== 0 && node.type !== 7) {
        const values = node.type === 5 ? Object.keys(node.options ?? {}) : (SAMPLES[node.type] ?? ['x']);
        choices.set(node.value, [...(choices.get(node.value) ?? []), ...values]);
      }
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(text, lang, undefined, { ignoreTag: true }).getAst());
  const longest = Math.max(1, ...[...choices.values()].map((v) => v.length));
  return Array.from({ length: longest }, (_, i) => Object.fromEntries([...choices].map(([name, values]) => [name, values[i % values.length] as string | number | Date])));
}

afterAll(() => setLang('en'));

describe('say() formats as intl-messageformat does', () => {
  const probe = defineMessages(
    'format-probe',
    { mix: '{n, plural, =0 {no rest days} one {# rest day} other {# rest days}}, {kind, select, full {full} other {active}}, {x, number} AU, {d, date, medium}' },
    { mix: '{n, plural, =0 {geen rustdagen} one {# rustdag} other {# rustdagen}}, {kind, select, full {volledig} other {actief}}, {x, number} AU, {d, date, medium}' },
  );
  it('on a probe with a plural, a select, a number and a date, in both languages', () => {
    const params = { n: 1500, kind: 'full', x: 1234.5, d: new Date(Date.UTC(2026, 10, 23)) };
    setLang('en');
    expect(probe('mix', params)).toBe('1,500 rest days, full, 1,234.5 AU, 23 Nov 2026');
    setLang('nl');
    expect(probe('mix', params)).toBe('1.500 rustdagen, volledig, 1.234,5 AU, 23 nov 2026');
  });

  for (const [name, catalogue] of [...CATALOGUES]) {
    it(`${name}: every message, every language, every branch`, () => {
      let compared = 0;
      const say = defineMessages(`${name} (again)`, catalogue.en, catalogue.nl) as (key: string, params: Params) => string;
      for (const lang of LANGS) {
        setLang(lang);
        for (const [key, text] of Object.entries(catalogue[lang])) {
          for (const params of paramSets(text, LOCALES[lang])) {
            expect(say(key, params), `${name}.${key} in ${lang}`).toBe(String(new IntlMessageFormat(text, LOCALES[lang], undefined, { ignoreTag: true }).format(params)));
            compared++;
          }
        }
      }
      expect(compared).toBeGreaterThan(0);
    });
  }
});

describe('numbers and days without Intl write what Intl writes', () => {
  // Halves, tiny and huge values, negatives: where rounding and grouping go wrong.
  const numbers = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
    fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 2000),
    fc.constantFrom(0, -0, 0.5, 1.5, 2.5, -2.5, 1.0005, 1.005, 0.045, 999.9995, 1234567.891, 1e15, 123456789012345680000, 1e-7, 1e21),
  );

  it('plainNumber: the default format of a message number (3 decimals, grouped) and the fixed ones', () => {
    fc.assert(
      fc.property(numbers, fc.constantFrom(...LANGS), fc.integer({ min: 0, max: 3 }), fc.boolean(), (value, lang, digits, grouping) => {
        const plain = plainNumber(value, lang, digits, grouping);
        if (plain !== null) expect(plain).toBe(new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits, useGrouping: grouping }).format(value));
      }),
      { numRuns: 3000 },
    );
    expect(plainNumber(1234567.8915, 'en', 3, true)).toBe('1,234,567.892');
    expect(plainNumber(1234567.8915, 'nl', 3, true)).toBe('1.234.567,892');
    expect(plainNumber(1e-7, 'en', 3, true)).toBeNull();
  });

  it('formatNumber: as with Intl.NumberFormat, in both languages', () => {
    fc.assert(
      fc.property(numbers, fc.constantFrom(...LANGS), fc.integer({ min: 0, max: 3 }), (value, lang, digits) => {
        setLang(lang);
        const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
        expect(formatNumber(value, digits)).toBe(new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits, useGrouping: false }).format(rounded === 0 ? 0 : rounded));
      }),
      { numRuns: 3000 },
    );
  });

  it('formatDay: every day of two years, with and without weekday and year, in both languages', () => {
    let checked = 0;
    for (const lang of LANGS) {
      setLang(lang);
      for (const [weekday, year] of [[true, false], [false, false], [true, true], [false, true]] as const) {
        const intl = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', day: 'numeric', month: 'short', ...(weekday ? { weekday: 'short' } : {}), ...(year ? { year: 'numeric' } : {}) });
        for (let i = 0; i < 731; i++) {
          const date = addDays('2025-01-01', i);
          expect(formatDay(date, { weekday, year }), `${date} ${lang}`).toBe(intl.format(new Date(`${date}T12:00:00Z`)).replace(',', '').replace(/\./g, ''));
          checked++;
        }
      }
    }
    expect(checked).toBe(2 * 4 * 731);
    setLang('en');
    expect(formatDay('2026-09-03')).toBe('Thu 3 Sept');
    expect(() => formatDay('2026-02-30x')).toThrow(RangeError);
  });
});

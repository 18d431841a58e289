import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUES, currentLang, defineMessages, formatDay, formatNumber, LANGS, setLang } from '../../src/render/i18n.js';
import { sayLog } from '../../src/render/messages/log.js';

// Every catalogue module registers itself on import.
const folder = new URL('../../src/render/messages/', import.meta.url);
await Promise.all(readdirSync(folder).map((file) => import(new URL(file, folder).href)));

interface Node {
  type: number;
  value?: string;
  options?: Record<string, { value: Node[] }>;
  children?: Node[];
}
/** The argument names a message uses, at any depth (inside plural and select branches too). */
function argumentsOf(nodes: Node[], into = new Set<string>()): Set<string> {
  for (const node of nodes) {
    // Literal (0) and the plural's # (7) name no argument.
    if (node.type !== 0 && node.type !== 7 && node.value !== undefined) into.add(node.value);
    for (const option of Object.values(node.options ?? {})) argumentsOf(option.value, into);
    if (node.children) argumentsOf(node.children, into);
  }
  return into;
}
const parse = (text: string, lang: string) => new IntlMessageFormat(text, lang, undefined, { ignoreTag: true }).getAst() as Node[];

describe('the message catalogue', () => {
  it('has catalogues to check', () => {
    expect(CATALOGUES.size).toBeGreaterThan(0);
  });

  for (const [name, catalogue] of CATALOGUES) {
    it(`${name}: every message exists in every language, with the same arguments`, () => {
      const keys = Object.keys(catalogue.en).sort();
      for (const lang of LANGS) {
        expect(Object.keys(catalogue[lang]).sort(), `${name} keys in ${lang}`).toEqual(keys);
        for (const key of keys) {
          const text = catalogue[lang][key];
          expect(text?.trim(), `${name}.${key} in ${lang} is empty`).toBeTruthy();
          expect([...argumentsOf(parse(text ?? '', lang))].sort(), `${name}.${key} arguments in ${lang}`).toEqual(
            [...argumentsOf(parse(catalogue.en[key] ?? '', 'en'))].sort(),
          );
        }
      }
    });
  }

  it('fails a catalogue whose Dutch lacks an argument', () => {
    const en = argumentsOf(parse('{n, plural, one {# rest day} other {# rest days}} at {h} h', 'en'));
    const nl = argumentsOf(parse('{n, plural, one {# rustdag} other {# rustdagen}}', 'nl'));
    expect([...en].sort()).toEqual(['h', 'n']);
    expect([...nl]).toEqual(['n']);
  });
});

describe('words, numbers and dates follow the language', () => {
  const say = defineMessages('probe', { rest: '{n, plural, one {# rest day} other {# rest days}} at {h} h' }, { rest: '{n, plural, one {# rustdag} other {# rustdagen}} bij {h} u' });
  it('in English', () => {
    setLang('en');
    expect(currentLang()).toBe('en');
    expect(say('rest', { n: 1, h: formatNumber(7.5) })).toBe('1 rest day at 7.5 h');
    expect(formatDay('2026-11-23')).toBe('Mon 23 Nov');
    expect(formatNumber(-0.04)).toBe('0');
  });
  it('in Dutch', () => {
    setLang('nl');
    expect(say('rest', { n: 2, h: formatNumber(7.5) })).toBe('2 rustdagen bij 7,5 u');
    expect(formatDay('2026-11-23')).toBe('ma 23 nov');
    expect(formatDay('2026-11-23', { weekday: false, year: true })).toBe('23 nov 2026');
    expect(sayLog('levelChoice', { level: 'beginner' })).toBe('Beginner (nog geen jaar regelmatig getraind)');
    setLang('en');
  });
});

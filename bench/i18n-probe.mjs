// One process formatting every message of every catalogue once in English and Dutch (with
// numbers, plurals and selects filled in), and a month of numbers and days: what the words cost a
// command at most, beyond loading them. npm run bench times it beside `node -e 0`.
import { readdirSync } from 'node:fs';

const dist = new URL('../dist/render/', import.meta.url);
const { CATALOGUES, defineMessages, formatDay, formatNumber, LANGS, setLang } = await import(new URL('i18n.js', dist).href);
await Promise.all(readdirSync(new URL('messages/', dist)).filter((f) => f.endsWith('.js')).map((f) => import(new URL(`messages/${f}`, dist).href)));

const { IntlMessageFormat } = await import('intl-messageformat');

/** A value for each argument a message names (at any depth): a count for plurals, `other` for selects. */
function paramsOf(nodes, into = {}) {
  for (const node of nodes) {
    if (node.value !== undefined && node.type !== 0 && node.type !== 7) {
      into[node.value] = { 2: 7.5, 3: new Date(), 4: new Date(), 5: 'other', 6: 3 }[node.type] ?? 'x';
    }
    for (const option of Object.values(node.options ?? {})) paramsOf(option.value, into);
  }
  return into;
}

let written = 0;
for (const [name, catalogue] of [...CATALOGUES]) {
  const say = defineMessages(`${name} (probe)`, catalogue.en, catalogue.nl);
  for (const lang of LANGS) {
    setLang(lang);
    for (const [key, text] of Object.entries(catalogue[lang])) written += say(key, paramsOf(IntlMessageFormat.__parse(text, { ignoreTag: true }))).length;
  }
}
for (const lang of LANGS) {
  setLang(lang);
  for (let i = 0; i < 31; i++) written += formatNumber(i * 1.25).length + formatDay(`2026-12-${String(i + 1).padStart(2, '0')}`).length;
}
process.stdout.write(`${written}\n`);

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { InvalidValue, NUMBER_FIELDS, SESSION_HR, SESSION_MINUTES, SESSION_RPE, TEXT_FIELDS } from '../../src/core/fields.js';
import { DataError, NoResults, UsageError, type ErrorCode } from '../../src/errors.js';
import { setLang } from '../../src/render/lang.js';
import { sayError } from '../../src/render/messages/errors.js';
import { testDeps } from '../helpers/test-deps.js';

afterEach(() => setLang('en'));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}
const SRC = new URL('../../src/', import.meta.url).pathname;
const ERROR = /new (UsageError|DataError|NoResults|InvalidValue)\(\s*([^,)]*)/g;

describe('errors a user can see', () => {
  it('have words in English and Dutch for every code, and for no other (the catalogue is typed by ErrorCode)', () => {
    const { en, nl } = sayError.catalogue;
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en).length).toBeGreaterThan(100);
    // Each message with words is translated (a bare "{where}: {problem}" has none to translate).
    for (const code of Object.keys(en) as ErrorCode[]) if (/[a-z]/i.test(en[code].replace(/\{\w+\}/g, ''))) expect(nl[code], `${code}`).not.toBe(en[code]);
  });

  it('are thrown by code, never with a sentence: every error in src names a code the catalogue words', () => {
    const codes = new Set(Object.keys(sayError.catalogue.en));
    let sites = 0;
    for (const file of sources(SRC)) {
      for (const [, , first] of readFileSync(file, 'utf8').matchAll(ERROR)) {
        sites++;
        // A code, a variable holding one (typed ErrorCode), or a rethrown error's code.
        const literal = /^'([a-z0-9-]+)'$/.exec(first?.trim() ?? '');
        if (literal) expect(codes, `${file}: ${first}`).toContain(literal[1]);
        else expect(first?.trim(), `${file}`).toMatch(/^(code|wrong\.says|err\.code|field\.integer \? 'value-not-whole' : 'value-not-number')$/);
      }
    }
    expect(sites).toBeGreaterThan(140);
  });

  it('are worded in the language of the run, wrapped errors too', () => {
    const row = new DataError('row-invalid', { where: 'f.csv:3', problem: new InvalidValue('cell-not-number', { what: '"Protein (g)"', value: 'x' }) });
    expect(row.message).toBe('f.csv:3: "Protein (g)" is not a number: "x" (use --skip-invalid to skip such rows)');
    setLang('nl');
    expect(row.message).toBe('f.csv:3: "Protein (g)" is geen getal: "x" (gebruik --skip-invalid om zulke rijen over te slaan)');
    expect(new UsageError('delete-needs-yes', { count: 1, span: 'day', from: '2026-11-24', to: '2026-11-24' }).message).toBe(
      '1 dag wissen (2026-11-24) vraagt om bevestiging: geef --yes',
    );
    expect(new NoResults('delete-nothing', { span: 'range', from: '2026-11-01', to: '2026-11-07' }).message).toBe(
      'Niets gelogd voor 2026-11-01 tot en met 2026-11-07; er is niets gewist.',
    );
  });

  it('name every field of a day and a session in Dutch too', () => {
    setLang('nl');
    const labels = [...NUMBER_FIELDS, ...TEXT_FIELDS, SESSION_MINUTES, SESSION_RPE, SESSION_HR].map((f) => f.label);
    const named = labels.map((label) => new InvalidValue('value-not-yes-no', { label, value: 'x' }).message.split(' moet ')[0]);
    // Every one is a name of its own (not the English one, bar the words Dutch shares: water, stress, HRV, tags).
    expect(named.filter((name, i) => name === labels[i])).toEqual(['water', 'stress', 'HRV', 'tags']);
    expect(new Set(named).size).toBe(labels.length);
    expect(new InvalidValue('value-not-number', { label: 'sleep', min: 0, max: 24, value: '30' }).message).toBe('slaap moet een getal zijn van 0 tot 24, niet "30"');
  });

  it('quote numbers as given, not grouped', () => {
    expect(new InvalidValue('sessions-over-a-day', { minutes: 1500 }).message).toBe('sessions add up to 1500 minutes, more than a day');
  });

  it('reach the user in Dutch under --lang nl, in the same frame, with the same exit codes', async () => {
    const run = async (args: string[]) => {
      const t = testDeps();
      const code = await main(args, t.deps);
      return [code, t.stderr()];
    };
    expect(await run(['--lang', 'nl', 'report', '--from', '2026-13-01'])).toEqual([
      2,
      'fout: --from moet een datum zijn als JJJJ-MM-DD van 1900-01-01 tot 2199-12-31, niet "2026-13-01"\nZie "recover report --help" voor het gebruik.\n',
    ]);
    expect(await run(['--lang', 'nl', 'log', '--sleep', '30', '--yes'])).toEqual([
      2,
      'fout: --sleep: slaap moet een getal zijn van 0 tot 24, niet "30"\nZie "recover log --help" voor het gebruik.\n',
    ]);
    expect(await run(['--lang', 'nl', 'report', '--week'])).toEqual([1, expect.stringMatching(/^fout: Nog geen database op .*recover\.db\. Log eerst een dag met "recover log", of wijs met --db of RECOVER_DB naar je database\.\n$/)]);
    expect(await run(['report', '--from', '2026-13-01'])).toEqual([
      2,
      'error: --from must be a date as YYYY-MM-DD from 1900-01-01 to 2199-12-31, got "2026-13-01"\nRun "recover report --help" for usage.\n',
    ]);
  });
});

import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fixture } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-cli.js';
import { testDeps } from '../helpers/test-deps.js';

const TODAY = '2026-11-22';
const widest = (text: string) => Math.max(0, ...stripVTControlCharacters(text).split('\n').map((l) => [...l].length));

/** A week with a typed day, a rest day and an injury: enough for every command to have something to say. */
async function loggedWeek(): Promise<string> {
  const t = testDeps({ today: TODAY });
  await main(['config', 'set', 'weight', '80'], t.deps);
  for (const [date, extra] of [
    ['2026-11-18', ['--session', 'strength:75:8', '--injury', 'left knee aches']],
    ['2026-11-19', ['--rest']],
    ['2026-11-20', ['--session', 'hiit:45:9', '--post-meal', 'no']],
  ] as const) {
    const code = await main(['log', '--date', date, '--sleep', '6.5', '--sleep-quality', '2', '--protein', '100', '--fatigue', '4', '--motivation', '2', '--soreness', '4', ...extra, '--yes'], t.deps);
    expect(code, `${t.stderr()}`).toBe(0);
  }
  t.deps.close();
  return t.deps.dbPath();
}

/**
 * The commands the reading-screen tests (output.test.ts) leave out: what they print on stdout
 * and stderr, on a terminal, in each language. Each with a word only its Dutch screen has.
 */
const COMMANDS: Array<{ args: (dir: string) => string[]; nl: RegExp; en: RegExp }> = [
  { args: () => ['log', '--date', TODAY, '--sleep', '7.25', '--protein', '120', '--fatigue', '2', '--motivation', '4', '--soreness', '2', '--rest', '--yes'], nl: /Opgeslagen|opgeslagen/, en: /Saved/ },
  { args: () => ['config', 'list'], nl: /lichaamsgewicht|gewicht/, en: /body weight/ },
  { args: () => ['explain', '2026-11-20'], nl: /ORANJE/, en: /AMBER/ },
  { args: () => ['doctor'], nl: /in orde|gezond|geen problemen/i, en: /healthy|no problems|ok/i },
  { args: () => ['import', 'whoop', fixture('whoop'), '--dry-run'], nl: /zou|zouden/, en: /would/ },
  { args: () => ['import', 'pmsys', fixture('pmsys')], nl: /dag|dagen/, en: /day/ },
  { args: (dir) => ['backup', join(dir, 'copy.db')], nl: /Back-up gemaakt/, en: /Backed up/ },
  { args: (dir) => ['export', '--output', join(dir, 'days.csv')], nl: /dagen|dag/, en: /Wrote/ },
  { args: () => ['delete', '--date', '2026-11-18', '--yes'], nl: /Verwijderd|verwijderd/, en: /Deleted/ },
  { args: () => ['help', 'getting-started'], nl: /Aan de slag/, en: /Getting started/i },
  { args: () => ['report', '--help'], nl: /Gebruik:/, en: /Usage:/ },
  { args: () => ['log', '--help'], nl: /Gebruik:/, en: /Usage:/ },
];

describe('the other commands fit the terminal too, in English and Dutch', () => {
  it.each([
    [80, 'en'],
    [120, 'en'],
    [80, 'nl'],
    [120, 'nl'],
  ] as const)('at %i columns in %s, with and without colour', async (columns, lang) => {
    for (const color of ['never', 'always']) {
      const db = await loggedWeek();
      const dir = tempDir();
      for (const { args, nl, en } of COMMANDS) {
        const t = testDeps({ tty: true, db, today: TODAY, columns });
        const argv = args(dir);
        const name = `${lang} ${argv.join(' ')} --color ${color} at ${columns}`;
        const code = await main(['--lang', lang, '--color', color, ...argv], t.deps);
        expect(code, `${name}: ${t.stderr()}`).toBe(0);
        const shown = `${t.stdout()}${t.stderr()}`;
        expect(shown.trim().length, `${name}`).toBeGreaterThan(0);
        expect(widest(shown), `${name}:\n${shown}`).toBeLessThanOrEqual(columns);
        if (color === 'never') expect(/\u001b\[/.test(shown), `${name}`).toBe(false);
        expect(shown, `${name}`).toMatch(lang === 'nl' ? nl : en);
        t.deps.close();
      }
    }
  });
});

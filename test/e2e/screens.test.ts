import { stripVTControlCharacters } from 'node:util';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDb } from '../helpers/run-cli.js';
import { spawnOnTerminal } from '../helpers/terminal.js';

/** The real binary in a pseudo-terminal `cols` wide: what a person sees, colour codes and all. */
function onTerminal(args: string[], cols: number, env: NodeJS.ProcessEnv): Promise<{ code: number; raw: string }> {
  const { NO_COLOR: _, COLUMNS: __, FORCE_COLOR: ___, LANG: ____, LC_ALL: _____, LC_MESSAGES: ______, ...inherited } = process.env;
  const pty = spawnOnTerminal(args, { cols, rows: 50, env: { ...inherited, TZ: 'UTC', ...env } });
  let raw = '';
  pty.onData((data) => (raw += data));
  // Output can trail the exit event by a moment: let it drain before reading it.
  return new Promise((resolve) => pty.onExit(({ exitCode }) => setTimeout(() => resolve({ code: exitCode, raw }), 100)));
}

const lines = (raw: string) => stripVTControlCharacters(raw).replace(/\r/g, '').split('\n');

// The demo's eight weeks end today: a hard block, a rest week and an imported week to read.
let demo = '';
beforeAll(() => {
  const own = tempDb();
  const r = runCli(['demo'], { db: own });
  if (r.code !== 0) throw new Error(`recover demo failed: ${r.stderr}`);
  demo = join(dirname(own), 'recover-demo.db');
});

describe('report and status on a real terminal', () => {
  it.each([
    [80, 'en'],
    [120, 'en'],
    [80, 'nl'],
    [120, 'nl'],
  ])('fit %i columns in %s, coloured and plain, chosen by the locale', async (cols, lang) => {
    // The language comes from LANG here, as it would on a Dutch machine.
    const locale = lang === 'nl' ? 'nl_NL.UTF-8' : 'en_GB.UTF-8';
    for (const colour of [{ NO_COLOR: '1' }, { FORCE_COLOR: '1' }]) {
      for (const args of [['report', '--month'], ['status']]) {
        const r = await onTerminal(['--db', demo, ...args], cols, { LANG: locale, ...colour });
        const name = `${lang} ${args.join(' ')} ${Object.keys(colour)[0]} at ${cols}`;
        expect(r.code, `${name}`).toBe(0);
        expect(/\u001b\[[0-9;]*m/.test(r.raw), `${name}`).toBe('FORCE_COLOR' in colour);
        const shown = lines(r.raw);
        expect(Math.max(...shown.map((l) => [...l].length)), `${name}`).toBeLessThanOrEqual(cols);
        const text = shown.join('\n');
        if (args[0] === 'report') {
          expect(text).toMatch(lang === 'nl' ? /^Herstelrapport \d+ \w+ \d{4} t\/m \d+ \w+ \d{4} \(28 dagen\)$/m : /^Recovery report \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d \(28 days\)$/m);
          expect(text).toContain(lang === 'nl' ? 'rustdag' : 'rest day');
          expect(text).toContain(lang === 'nl' ? 'Samenvatting (' : 'Summary (');
          // The week's load lines name their days as the language does.
          expect(text).toMatch(lang === 'nl' ? /^ {2}(ma|di|wo|do|vr|za|zo) \d+ \w+ t\/m (ma|di|wo|do|vr|za|zo) \d+ \w+: \d+/m : /^ {2}(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d-\d\d to/m);
        } else {
          expect(shown[0]).toMatch(lang === 'nl' ? /^Oordeel voor \S+ \d+ \w+ \d{4}: (GROEN|ORANJE|ROOD|TE WEINIG GEGEVENS)/ : /^Readiness for \w{3} \d{4}-\d\d-\d\d: (GREEN|AMBER|RED|NOT ENOUGH DATA)/);
        }
      }
    }
  });

  it('prints the same tab-separated rows when piped, whatever the language', () => {
    const en = runCli(['--db', demo, 'report', '--month'], { env: { LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });
    const nl = runCli(['--db', demo, 'report', '--month'], { env: { LANG: 'nl_NL.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });
    expect(en.code).toBe(0);
    expect(nl.stdout).toBe(en.stdout);
    expect(nl.stdout.split('\n')[0]).toMatch(/^Date\tSleep h\t/);
    expect(nl.stdout).toMatch(/\t\d+\.\d+\t/);
  });
});

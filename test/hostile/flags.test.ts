import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { CLOCK, NUMBER_FIELDS } from '../../src/core/fields.js';
import { listAllDays } from '../../src/storage/days.js';
import { testDeps, type TestDeps } from '../helpers/test-deps.js';

// Every flag that takes a value, against its boundaries and malformed forms, in-process.
// Refused: exit 2, "error: --flag ..." in one line (plus the usage hint), nothing written.

const MEGABYTE = '9'.repeat(2 ** 20);
/** Malformed for every number: none is a plain decimal in range. */
const BAD_NUMBERS = ['NaN', 'Infinity', '-Infinity', '1e309', '1e3', '0x10', '0b1', '1_000', '-1', '-0', '7:60', '25:00', '5\u0000', '\u00005', '٥', MEGABYTE, '1.5.5', '--5', '5 5'];
/** Malformed for every date. */
const BAD_DATES = ['', ' ', 'NaN', '2026-02-30', '2026-13-01', '1899-12-31', '2200-01-01', '9999-12-31', '+2026-01-01', '2026-1-1', '2026-11-20\u0000', '2026-11-20T00:00', '0x10', MEGABYTE];
const label = (v: string) => (v.length > 40 ? `${v.slice(0, 8)}… (${v.length} chars)` : JSON.stringify(v));

async function run(args: string[], t: TestDeps = testDeps()): Promise<{ code: number; t: TestDeps }> {
  return { code: await main(args, t.deps), t };
}

async function expectRefused(args: string[], flag: string): Promise<void> {
  const { code, t } = await run(args);
  expect(code).toBe(2);
  const lines = t.stderr().split('\n');
  expect(lines[0]).toMatch(new RegExp(`^error: .*${flag.replace(/[-]/g, '\\-')}`));
  expect(lines.slice(1)).toEqual([expect.stringMatching(/^Run "recover .*--help" for usage\.$/), '']);
  expect(t.stderr().length).toBeLessThan(1200);
  expect(t.stderr()).not.toContain('\u0000');
  expect(existsSync(await t.deps.dbPath())).toBe(false);
}

const NEW_DAY = ['log', '--date', '2026-11-20', '--rest'];

describe('log: number flags', () => {
  const cases = NUMBER_FIELDS.flatMap((f) => BAD_NUMBERS.map((v) => [`--${f.flag}`, label(v), v] as const));
  it.each(cases)('%s %s is refused', async (flag, _shown, value) => {
    const sleep = flag === '--sleep' ? [] : ['--sleep', '7'];
    await expectRefused([...NEW_DAY, ...sleep, flag, value], flag);
  });

  it.each(NUMBER_FIELDS.filter((f) => f.unit !== CLOCK).map((f) => [`--${f.flag}`, f] as const))('%s takes "+N" and "N.0" at its bounds, and "" or " " clears it', async (flag, f) => {
    const t = testDeps();
    const base = flag === '--sleep' ? ['--sleep', '7'] : ['--sleep', '7'];
    const key = f.key;
    const ok = async (value: string) => {
      const { code } = await run([...NEW_DAY, ...(flag === '--sleep' ? [] : base), flag, value, '--yes'], t);
      expect(code).toBe(0);
      return listAllDays(await t.deps.db())[0]?.[key];
    };
    expect(await ok(`+${f.min}`)).toBe(f.min);
    expect(await ok(`${f.max}.0`)).toBe(f.max);
    if (flag !== '--sleep') {
      expect(await ok('')).toBeNull();
      await ok(String(f.max));
      expect(await ok(' ')).toBeNull();
    }
    expect(t.stderr()).not.toContain('error');
    // Just outside the range.
    const below = f.min === 0 ? '-0.5' : String(f.min - (f.integer ? 1 : 0.5));
    for (const v of [below, String(f.max + (f.integer ? 1 : 0.5)), ...(f.integer ? ['2.5'] : [])]) await expectRefused([...NEW_DAY, ...(flag === '--sleep' ? [] : base), flag, v], flag);
  });

  it.each(['--bedtime', '--wake'])('%s takes 00:00 and 23:59 at its bounds, "" clears it, and refuses minutes or hours alone', async (flag) => {
    const t = testDeps();
    const key = flag === '--bedtime' ? 'bedtimeMin' : 'wakeMin';
    const ok = async (value: string) => {
      expect((await run([...NEW_DAY, '--sleep', '7', flag, value, '--yes'], t)).code).toBe(0);
      return listAllDays(await t.deps.db())[0]?.[key];
    };
    expect(await ok('00:00')).toBe(0);
    expect(await ok('23:59')).toBe(1439);
    expect(await ok('')).toBeNull();
    for (const v of ['23', '1439', '+23:00', '23:00.0', '-0:30']) await expectRefused([...NEW_DAY, '--sleep', '7', flag, v], flag);
  });

  it.each(['7:30', '7,5', '07:05', '24:00'])('--sleep %j is hours as people write them', async (value) => {
    const t = testDeps();
    expect((await run([...NEW_DAY, '--sleep', value, '--yes'], t)).code).toBe(0);
    expect(listAllDays(await t.deps.db())[0]?.sleepHours).toBe({ '7:30': 7.5, '7,5': 7.5, '07:05': 7 + 5 / 60, '24:00': 24 }[value]);
  });
});

describe('log: sessions, yes/no and text', () => {
  it.each(
    ['', ' ', ':::', 'strength', 'strength:60', 'strength:60:5:1', 'lifting:60:5', 'strength:NaN:5', 'strength:60:NaN', 'strength:Infinity:5', 'strength:60:Infinity', 'strength:1e309:5', 'strength:0x10:5', 'strength:1_000:5', 'strength:-0:5', 'strength:0:5', 'strength:1441:5', 'strength:60:11', 'strength:60:-1', 'strength:60:', `strength:${MEGABYTE}:5`, 'strength:60:5\u0000'].map((v) => [label(v), v]),
  )('--session %s is refused', async (_shown, value) => {
    await expectRefused(['log', '--date', '2026-11-20', '--sleep', '7', '--session', value], '--session');
  });

  it.each([['--post-meal'], ['--sick']])('%s takes yes or no only', async (flag) => {
    for (const v of ['maybe', '2', 'NaN', 'yes\u0000', MEGABYTE]) await expectRefused([...NEW_DAY, '--sleep', '7', flag, v], flag);
  });

  it.each([['--note'], ['--injury']])('%s refuses 1 MB and keeps NUL, escapes and bidi characters exactly as given', async (flag) => {
    await expectRefused([...NEW_DAY, '--sleep', '7', flag, 'x'.repeat(2 ** 20)], flag);
    const t = testDeps();
    const text = 'a\u0000b \u001b[31mred\u202Eevil';
    expect((await run([...NEW_DAY, '--sleep', '7', flag, text, '--yes'], t)).code).toBe(0);
    const day = listAllDays(await t.deps.db())[0];
    expect(flag === '--note' ? day?.note : day?.injury).toBe(text);
  });
});

describe('dates, weeks, zones and choices of every command', () => {
  const dateFlags: Array<[string[], string]> = [
    [['log', '--sleep', '7', '--rest'], '--date'],
    [['report'], '--date'],
    [['report'], '--from'],
    [['report'], '--to'],
    [['status'], '--date'],
    [['export'], '--from'],
    [['export'], '--to'],
    [['delete', '--yes'], '--date'],
    [['import', 'csv', 'x.csv'], '--from'],
    [['import', 'csv', 'x.csv'], '--to'],
    [['plan', '--session', 'strength:60:7'], '--date'],
  ];
  const cases = dateFlags.flatMap(([args, flag]) => BAD_DATES.map((v) => [args[0] ?? '', flag, label(v), args, v] as const));
  it.each(cases)('%s %s %s is refused', async (_c, flag, _shown, args, value) => {
    await expectRefused([...args, flag, value], flag);
  });

  it.each(['', 'NaN', '2026-W00', '2026-W54', '2026-W1', '2026W10', '1899-W10', '2200-W01', '2026-W10\u0000', MEGABYTE].map((v) => [label(v), v]))('plan --week %s is refused', async (_shown, value) => {
    await expectRefused(['plan', '--rest', 'mon', '--week', value], '--week');
  });

  it.each(['', 'funday', '8', 'mon,,thu', 'mon\u0000', MEGABYTE].map((v) => [label(v), v]))('plan --rest %s is refused', async (_shown, value) => {
    await expectRefused(['plan', '--week', '2026-W49', '--rest', value], '--rest');
  });

  it.each(['', ' ', 'Mars/Olympus', 'UTC\u0000', '../../etc/passwd', MEGABYTE].map((v) => [label(v), v]))('import --tz %s is refused', async (_shown, value) => {
    await expectRefused(['import', 'oura', 'oura_trends.csv', '--tz', value], '--tz');
  });

  it.each([
    [['report', '--format', 'xml'], '--format'],
    [['status', '--acwr', 'NaN'], '--acwr'],
    [['export', '--table', ''], '--table'],
    [['export', '--format', 'json\u0000'], '--format'],
  ])('%j is refused', async (args, flag) => {
    const { code, t } = await run(args);
    expect(code).toBe(2);
    expect(t.stderr()).toMatch(new RegExp(`^error: .*${flag}`));
    expect(existsSync(await t.deps.dbPath())).toBe(false);
  });
});

describe('config set', () => {
  const numeric = ['weight', 'sleep-target', 'protein-target', 'rest-days'];
  const cases = numeric.flatMap((name) => BAD_NUMBERS.map((v) => [name, label(v), v] as const));
  it.each(cases)('%s %s is refused', async (name, _shown, value) => {
    const { code, t } = await run(['config', 'set', name, value]);
    expect(code).toBe(2);
    // A value starting with "-" reads as an option, and is refused as one.
    expect(t.stderr().split('\n')[0]).toMatch(new RegExp(`^error: (.*${name}|unknown option)`));
    expect(t.stderr().length).toBeLessThan(1200);
    expect(existsSync(await t.deps.dbPath())).toBe(false);
  });

  it.each([['sport', 'chess'], ['level', ''], ['tz', 'Mars/Olympus'], ['tz', ''], ['source.sleep', 'myspace'], ['nonsense', '1']])('%s %j is refused', async (name, value) => {
    const { code, t } = await run(['config', 'set', name, value]);
    expect(code).toBe(2);
    expect(t.stderr()).toMatch(/^error: /);
    expect(existsSync(await t.deps.dbPath())).toBe(false);
  });
});

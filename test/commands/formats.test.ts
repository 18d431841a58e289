import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fixture } from '../helpers/fixtures.js';
import { testDeps } from '../helpers/test-deps.js';

const run = async (args: string[], db?: string, tty = false) => {
  const t = testDeps({ db, tty, today: '2026-11-26' });
  const code = await main(args, t.deps);
  return { code, out: t.stdout(), err: t.stderr(), db: await t.deps.dbPath() };
};

describe('--format on config list, doctor, explain and import --dry-run', () => {
  it('config list: TSV when piped, CSV and JSON on request, the aligned list on a terminal', async () => {
    const { db } = await run(['config', 'set', 'weight', '78.5']);
    await run(['config', 'set', 'source.hrv', 'oura'], db);
    const tsv = await run(['config', 'list'], db);
    const rows = tsv.out.replace(/\n$/, '').split('\n').map((l) => l.split('\t'));
    expect(rows[0]).toEqual(['Setting', 'Value', 'Unit', 'Description']);
    expect(rows[1]).toEqual(['weight', '78.5', 'kg', 'body weight, for the protein, carbohydrate and water targets']);
    expect(rows.find((r) => r[0] === 'sleep-target')).toEqual(['sleep-target', '7', 'h', 'hours of sleep you aim for (7-9 h is the adult range)']);
    expect(rows.find((r) => r[0] === 'source.hrv')?.[1]).toMatch(/^oura,/);
    expect(rows.at(-1)).toEqual(['database', db, '', '']);
    const csv: string[][] = parse((await run(['config', 'list', '--format', 'csv'], db)).out);
    expect(csv.slice(0, 2)).toEqual([['Setting', 'Value', 'Unit', 'Description'], ['weight', '78.5', 'kg', 'body weight, for the protein, carbohydrate and water targets']]);
    expect(JSON.parse((await run(['config', 'list', '--format', 'json'], db)).out)).toMatchObject({ database: db, settings: { weightKg: 78.5 } });
    const table = (await run(['config', 'list'], db, true)).out;
    // On an 80-column terminal a long description continues under its own column.
    expect(table).toMatch(/^weight {10}78\.5 {2}kg {8}body weight, for the protein, carbohydrate and\n {32}water targets\n/);
    expect(table).toContain('\nsleep-target    7     h         hours of sleep you aim for (7-9 h is the adult\n                                range)\n');
  });

  it('doctor: one row per finding, the header only when healthy', async () => {
    const { db } = await run(['log', '--date', '2026-11-24', '--sleep', '7', '--rest']);
    const healthy = await run(['doctor'], db);
    expect(healthy).toMatchObject({ code: 0, out: 'Level\tCode\tMessage\tFix\n' });
    const missing = await run(['doctor', '--format', 'csv'], `${db}.nowhere`);
    expect(missing.code).toBe(1);
    expect(parse(missing.out)).toEqual([
      ['Level', 'Code', 'Message', 'Fix'],
      ['error', 'missing', `${db}.nowhere does not exist.`, 'Log a day with "recover log" to start one, or point --db or RECOVER_DB at your database.'],
    ]);
    expect(JSON.parse((await run(['doctor', '--format', 'json'], db)).out)).toMatchObject({ healthy: true, findings: [] });
  });

  it("explain: a code as one row, a day's verdict as one row per reason", async () => {
    const { db } = await run(['log', '--date', '2026-11-24', '--sleep', '4', '--rest', '--fatigue', '5', '--soreness', '5']);
    const code = (await run(['explain', 'poor-sleep', '--date', '2026-11-24'], db)).out.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(code[0]?.slice(0, 6)).toEqual(['code', 'name', 'rule', 'source', 'date', 'fired']);
    expect(code).toHaveLength(2);
    expect(code[1]?.[0]).toBe('poor-sleep');
    const day: Array<Record<string, string>> = parse((await run(['explain', '2026-11-24', '--format', 'csv'], db)).out, { columns: true });
    expect(day.length).toBeGreaterThan(0);
    expect(day.every((r) => r.date === '2026-11-24' && r.verdict === day[0]?.verdict && r.code !== '')).toBe(true);
    expect(JSON.parse((await run(['explain', '2026-11-24', '--format', 'json'], db)).out)).toMatchObject({ date: '2026-11-24' });
  });

  it('import --dry-run: one row per change, kept value and added session; JSON carries the same as changes', async () => {
    const { db } = await run(['log', '--date', '2024-03-12', '--sleep', '8', '--rest', '--bedtime', '23:15']);
    const t = testDeps({ db, today: '2024-03-20' });
    expect(await main(['import', 'whoop', fixture('whoop/sleeps.csv'), '--dry-run'], t.deps)).toBe(0);
    const rows = t.stdout().trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows[0]).toEqual(['date', 'field', 'action', 'from', 'from_source', 'to', 'to_source']);
    expect(rows).toContainEqual(['2024-03-10', 'sleep_h', 'set', '', '', '6.7', 'whoop']);
    expect(rows).toContainEqual(['2024-03-12', 'sleep_h', 'keep', '8', 'manual', '7.75', 'whoop']);
    expect(rows).toContainEqual(['2024-03-12', 'bedtime_min', 'keep', '1395', 'manual', '1330', 'whoop']);
    const json = testDeps({ db, today: '2024-03-20' });
    expect(await main(['import', 'whoop', fixture('whoop/sleeps.csv'), '--dry-run', '--format', 'json'], json.deps)).toBe(0);
    const parsed = JSON.parse(json.stdout()) as { dryRun: boolean; changes: unknown[] };
    expect(parsed.dryRun).toBe(true);
    expect(parsed.changes).toContainEqual({ date: '2024-03-12', field: 'sleep_h', action: 'keep', from: 8, fromSource: 'manual', to: 7.75, toSource: 'whoop' });
    expect(parsed.changes).toHaveLength(rows.length - 1);
    // A real import prints nothing on stdout unless asked.
    const real = testDeps({ db, today: '2024-03-20' });
    expect(await main(['import', 'whoop', fixture('whoop/sleeps.csv')], real.deps)).toBe(0);
    expect(real.stdout()).toBe('');
  });

  it('import --dry-run lists an added session as --session writes it', async () => {
    const t = testDeps({ today: '2019-12-31' });
    expect(await main(['import', 'fitbit', fixture('fitbit-exercise'), '--dry-run', '--format', 'csv'], t.deps)).toBe(0);
    const rows: Array<Record<string, string>> = parse(t.stdout(), { columns: true });
    expect(rows.find((r) => r.date === '2019-11-05' && r.field === 'session')).toEqual({
      date: '2019-11-05', field: 'session', action: 'add', from: '', from_source: '', to: 'cardio:24.4:', to_source: 'fitbit',
    });
  });
});

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { listAllDays } from '../../src/storage/days.js';
import type { Day } from '../../src/core/types.js';
import type { Db } from '../../src/storage/db.js';
import { tempDir } from '../helpers/run-cli.js';
import { testDeps } from '../helpers/test-deps.js';

// The real exports in ../shared/data (beside the clone, as CI lays it out). Figures below were
// worked out by hand from the raw files.
const DATA = fileURLToPath(new URL('../../../shared/data', import.meta.url));
const present = existsSync(DATA);
if (!present) console.warn(`\n  SKIPPED: real-data integration tests (no ${DATA})\n`);

async function importAll(args: string[][]): Promise<{ days: Map<string, Day>; stderr: string }> {
  const t = testDeps();
  for (const a of args) {
    const code = await main(['import', ...a], t.deps);
    if (code !== 0) throw new Error(`import ${a.join(' ')} failed: ${t.stderr()}`);
  }
  const days = new Map(listAllDays(await t.deps.db()).map((d) => [d.date, d]));
  t.deps.close();
  return { days, stderr: t.stderr() };
}

describe.skipIf(!present)('real data in ../shared/data', () => {
  it('WHOOP: nights by wake-up date across DST and travel, RHR, HRV, workouts with TRIMP', async () => {
    const { days, stderr } = await importAll([['whoop', join(DATA, 'whoop-theonerichy')]]);
    // Wake onsets 2024-03-10 06:17 (UTC-05:00) and 2024-03-11 05:55 (UTC-04:00): DST in between.
    expect(days.get('2024-03-10')).toMatchObject({ sleepHours: 8.4, restingHrBpm: 92, hrvMs: 11 });
    expect(days.get('2024-03-11')).toMatchObject({ sleepHours: 5.1, restingHrBpm: 85, hrvMs: 12 });
    // In Europe (UTC+01:00): woke 2024-06-10 10:04 after 317 min asleep.
    expect(days.get('2024-06-10')).toMatchObject({ sleepHours: 5.28, restingHrBpm: 107, hrvMs: 9 });
    // The current cycle (no end time): woke 2024-06-24 05:44 after 504 min; a 21-min run, zones 1/6/12/58/23 %.
    const latest = days.get('2024-06-24');
    expect(latest).toMatchObject({ sleepHours: 8.4, restingHrBpm: 77, hrvMs: 16 });
    expect(latest?.sessions).toEqual([{ type: 'cardio', minutes: 21, rpe: null, source: 'whoop', externalId: '2024-06-24 08:08:18 Running', trimp: 83.2 }]);
    expect([...days.values()].reduce((n, d) => n + d.sessions.length, 0)).toBe(124);
    expect(stderr).toContain('note: 11 naps left out');
  });

  it('PMData p01: PMSys wellness and sessions, then Fitbit sleep and resting HR over them', async () => {
    const p01 = join(DATA, 'pmdata', 'p01');
    const { days } = await importAll([['pmsys', p01, '--tz', 'Europe/Oslo'], ['fitbit', join(p01, 'fitbit')]]);
    // wellness 2019-11-01T08:31Z: fatigue 2, readiness 5, sleep 6 h, quality 3, soreness 2, stress 3
    expect(days.get('2019-11-01')).toMatchObject({ fatigue: 4, motivation: 3, sleepQuality: 3, soreness: 4, stress: 3, restingHrBpm: 53.7 });
    // Fitbit's measured night (378 min) replaces PMSys's whole-hour report.
    expect(days.get('2019-11-02')?.sleepHours).toBe(6.3);
    expect(days.get('2019-11-05')?.sessions).toEqual([{ type: 'cardio', minutes: 30, rpe: 7, source: 'pmsys', externalId: '2019-11-05T22:51:54.710Z' }]);
    expect([...days.values()].reduce((n, d) => n + d.sessions.length, 0)).toBe(34);
  });

  it('PMData p01: PMSys then Fitbit, or Fitbit then PMSys, store the same database; again is nothing new', async () => {
    const p01 = join(DATA, 'pmdata', 'p01');
    const pmsys = ['pmsys', p01, '--tz', 'Europe/Oslo'];
    const fitbit = ['fitbit', join(p01, 'fitbit')];
    const dump = (db: Db) =>
      ['SELECT * FROM day ORDER BY date', 'SELECT * FROM session ORDER BY date, position', 'SELECT * FROM day_source ORDER BY date, field', 'SELECT * FROM observation ORDER BY date, field, source'].map((sql) =>
        db.prepare(sql).all().map((r) => ({ ...(r as object), updated_at: undefined, id: undefined })),
      );
    const stores: unknown[] = [];
    for (const order of [[pmsys, fitbit], [fitbit, pmsys]]) {
      const t = testDeps();
      for (const a of order) expect(await main(['import', ...a], t.deps)).toBe(0);
      stores.push(dump(await t.deps.db()));
      const before = t.stderr().length;
      for (const a of order) expect(await main(['import', ...a], t.deps)).toBe(0);
      expect(t.stderr().slice(before).match(/Nothing new/g)).toHaveLength(2);
      t.deps.close();
    }
    expect(stores[1]).toEqual(stores[0]);
    // 152 days; Fitbit's measured nights win over PMSys's whole hours on 134 of them, both kept.
    const [days, , sources, observed] = stores[0] as Array<Array<Record<string, unknown>>>;
    expect(days).toHaveLength(152);
    expect(sources?.filter((s) => s.field === 'sleepHours' && s.source === 'fitbit')).toHaveLength(150);
    expect(observed).toHaveLength(1131);
  }, 30_000);

  it('WHOOP twice: the second import is nothing new', async () => {
    const { stderr } = await importAll([['whoop', join(DATA, 'whoop-theonerichy')], ['whoop', join(DATA, 'whoop-theonerichy')]]);
    expect(stderr).toMatch(/Updated 171 days\.\n[^]*Nothing new: every value from .* is already stored\.\n$/);
  });

  it('real files cut off mid-row are refused with file and line, writing nothing', async () => {
    const dir = tempDir();
    const cases: Array<[string, string, string]> = [
      ['whoop', join(DATA, 'whoop-theonerichy', 'physiological_cycles.csv'), 'physiological_cycles.csv'],
      ['pmsys', join(DATA, 'pmdata', 'p01', 'pmsys', 'wellness.csv'), 'wellness.csv'],
    ];
    for (const [source, path, name] of cases) {
      const text = readFileSync(path, 'utf8');
      const lines = text.split('\n');
      // Cut a third of the way in, just after the first digit of a row's second number.
      const line = Math.floor(lines.length / 3);
      const cutAt = lines.slice(0, line - 1).join('\n').length + 1 + (lines[line - 1] ?? '').search(/,\d/) + 2;
      const cut = join(dir, name);
      writeFileSync(cut, text.slice(0, cutAt));
      const t = testDeps();
      expect(await main(['import', source, cut], t.deps)).toBe(1);
      expect(t.stderr()).toMatch(new RegExp(`^error: ${cut}:${line}: \\d+ of \\d+ cells: the row is cut short`));
      expect(existsSync(await t.deps.dbPath())).toBe(false);
    }
  });

  it('PMData: every participant imports cleanly', async () => {
    const participants = readdirSync(join(DATA, 'pmdata')).filter((p) => /^p\d\d$/.test(p));
    expect(participants).toHaveLength(16);
    for (const p of participants) {
      const { days } = await importAll([['pmsys', join(DATA, 'pmdata', p), '--tz', 'Europe/Oslo'], ['fitbit', join(DATA, 'pmdata', p, 'fitbit')]]);
      expect(days.size).toBeGreaterThan(30);
    }
  }, 60_000);

  it('Apple Health: the real-device excerpts, old and new shapes', async () => {
    const dir = join(DATA, 'apple-health-fixtures');
    const { days } = await importAll(readdirSync(dir).filter((f) => f.endsWith('.xml')).map((f) => ['apple-health', join(dir, f)]));
    // Watch AsleepCore 03:27:53-03:40:23 (12.5 min); the iPhone's InBed sample does not count.
    expect(days.get('2024-01-01')?.sleepHours).toBe(0.21);
    expect(days.get('2020-12-06')?.hrvMs).toBe(26.5);
    expect(days.get('2016-11-14')?.sessions.map((s) => [s.type, s.minutes])).toEqual([['cardio', 5.2]]);
    expect(days.get('2016-04-02')?.sessions.map((s) => [s.type, s.minutes])).toEqual([['other', 31.7]]);
  });
});

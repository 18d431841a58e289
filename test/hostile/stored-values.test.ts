import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { listAllDays } from '../../src/storage/days.js';
import { testDeps } from '../helpers/test-deps.js';

// Error messages never echo health values from the database, even a damaged one.

describe('a damaged value in the database', () => {
  it('is named, not echoed, when a log on its day cannot be saved; giving it again repairs the day', async () => {
    const t = testDeps();
    expect(await main(['log', '--date', '2026-11-20', '--sleep', '7', '--fatigue', '2', '--hrv', '55', '--rest', '--note', 'knee', '--yes'], t.deps)).toBe(0);
    const path = await t.deps.dbPath();
    t.deps.close();
    const raw = new Database(path);
    raw.exec("UPDATE day SET fatigue = 11, hrv_ms = 987.6 WHERE date = '2026-11-20'");
    raw.close();

    expect(await main(['log', '--date', '2026-11-20', '--sleep', '8', '--yes'], t.deps)).toBe(1);
    expect(t.stderr()).toBe(
      'Saved Fri 2026-11-20.\nerror: The stored fatigue, HRV of 2026-11-20 are out of range, so the day cannot be saved: give --fatigue, --hrv again, or run "recover doctor".\n',
    );
    expect(t.stderr()).not.toMatch(/"11"|\b11\b(?!-)|987/);
    for (const args of [['report', '--date', '2026-11-20'], ['status', '--date', '2026-11-20']]) {
      const r = testDeps({ db: path });
      expect(await main(args, r.deps)).toBe(0);
      expect(r.stderr()).not.toMatch(/987|error/);
    }
    expect(await main(['log', '--date', '2026-11-20', '--fatigue', '3', '--hrv', '50', '--yes'], t.deps)).toBe(0);
    expect(listAllDays(await t.deps.db()).map((d) => [d.sleepHours, d.fatigue, d.hrvMs, d.note])).toEqual([[7, 3, 50, 'knee']]);
  });
});

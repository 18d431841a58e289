import { chmodSync, existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { testDeps } from '../helpers/test-deps.js';

async function loggedDb() {
  const t = testDeps();
  expect(await main(['log', '--date', '2026-11-24', '--sleep', '7', '--session', 'strength:60:7', '--fatigue', '2'], t.deps)).toBe(0);
  t.deps.close();
  return t.deps.dbPath();
}

describe('recover doctor', () => {
  it('says a healthy database is healthy, exit 0, and changes nothing', async () => {
    const path = await loggedDb();
    const before = readFileSync(path);
    const t = testDeps({ db: path });
    expect(await main(['doctor', '--format', 'table'], t.deps)).toBe(0);
    expect(t.stdout()).toBe(`No problems found in ${path} (schema v9, 1 day, integrity ok).\n`);
    expect(t.stderr()).toBe('');
    t.deps.close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('lists each planted problem with its fix, as text and as JSON, exit 1', async () => {
    const path = await loggedDb();
    const raw = new Database(path);
    raw.pragma('foreign_keys = OFF');
    raw.exec(`UPDATE day SET soreness = 7 WHERE date = '2026-11-24';
              INSERT INTO day (date, training_logged, updated_at) VALUES ('2026-12-03', 0, 'x');
              INSERT INTO session (date, position, type, minutes, rpe) VALUES ('2026-10-01', 0, 'strength', 30, 5);`);
    raw.close();
    chmodSync(path, 0o644);
    const t = testDeps({ db: path });
    expect(await main(['doctor', '--format', 'table'], t.deps)).toBe(1);
    expect(t.stdout()).toBe(
      [
        `warning [file-permissions] ${path} can be read or changed by other users (mode 644, should be 600).`,
        `  fix: chmod 600 "${path}"`,
        'error [out-of-range] 2026-11-24: muscle soreness must be a whole number from 1 to 5, got "7".',
        '  fix: Correct it with "recover log --date 2026-11-24", or remove the day with "recover delete --date 2026-11-24".',
        'warning [future-day] 2026-12-03 is in the future (today is 2026-11-26) and holds an entry.',
        `  fix: Check the computer's clock; if the entry is wrong, "recover delete --date 2026-12-03".`,
        'error [orphaned-rows] 1 session row belongs to no day (2026-10-01).',
        `  fix: Restore from a backup, or remove them: sqlite3 "${path}" "DELETE FROM session WHERE date NOT IN (SELECT date FROM day)"`,
        '',
      ].join('\n'),
    );
    expect(t.stderr()).toBe(`error: 4 problems found in ${path}.\n`);
    const j = testDeps({ db: path });
    expect(await main(['doctor', '--json'], j.deps)).toBe(1);
    const report = JSON.parse(j.stdout()) as { healthy: boolean; findings: Array<{ code: string; level: string; message: string; fix: string }> };
    expect(report.healthy).toBe(false);
    // The first run opened the database read-only, which leaves -wal and -shm behind; the next run's look for the
    // lang setting closes the database as its last user, which removes them again.
    expect(report.findings.map((f) => f.code)).toEqual(['file-permissions', 'out-of-range', 'future-day', 'orphaned-rows']);
  });

  it('finds a day whose sources or values are not a JSON object (written by something else), exit 1', async () => {
    const path = await loggedDb();
    const raw = new Database(path);
    raw.exec(`UPDATE day SET sources = '{bad' WHERE date = '2026-11-24';
              INSERT INTO observation (date, source, fields) VALUES ('2026-11-24', 'whoop', '[1]');`);
    raw.close();
    const t = testDeps({ db: path });
    expect(await main(['doctor', '--format', 'table'], t.deps)).toBe(1);
    expect(t.stdout()).toContain("error [bad-json] 1 day row has a sources that is not a JSON object (2026-11-24): recover cannot read that day.");
    expect(t.stdout()).toContain('error [bad-json] 1 observation row has a fields that is not a JSON object (2026-11-24): recover cannot read that day.');
  });

  it('reports a missing database without creating it, and a foreign file without changing it', async () => {
    const t = testDeps();
    expect(await main(['doctor', '--format', 'table'], t.deps)).toBe(1);
    const path = await t.deps.dbPath();
    expect(t.stdout()).toContain(`error [missing] ${path} does not exist.`);
    expect(existsSync(path)).toBe(false);
    const raw = new Database(path);
    raw.exec('CREATE TABLE notes (text TEXT)');
    raw.close();
    chmodSync(path, 0o600);
    const before = readFileSync(path);
    const f = testDeps({ db: path });
    expect(await main(['doctor', '--json'], f.deps)).toBe(1);
    expect(JSON.parse(f.stdout())).toEqual({
      database: path,
      healthy: false,
      findings: [
        {
          code: 'foreign',
          level: 'error',
          message: `${path} is not a recover database (another program's SQLite file).`,
          fix: 'Pass the path of your recover database with --db or RECOVER_DB; recover will not change this file.',
          details: { path },
        },
      ],
    });
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

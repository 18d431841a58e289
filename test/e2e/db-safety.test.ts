import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDb, tempDir } from '../helpers/run-cli.js';

// Another program's SQLite file, or none at all: recover must not write a byte.

describe('a SQLite file that is not recover\'s', () => {
  let path: string;
  let before: Buffer;
  beforeAll(() => {
    path = join(tempDir(), 'notes.db');
    const raw = new Database(path);
    raw.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('keep me')");
    raw.close();
    before = readFileSync(path);
  });

  it.each([
    [['report']],
    [['status']],
    [['export']],
    [['log', '--sleep', '7', '--rest', '--yes']],
    [['config', 'set', 'weight', '80']],
    [['plan', '--rest', 'sun']],
  ])('%j is refused in one line, and the file is byte-identical afterwards', (args) => {
    const r = runCli(['--db', path, ...args]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: ${path} is not a recover database (another program's SQLite file); it was not changed. Pass another --db.\n`);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(join(path, '..'))).toEqual(['notes.db']);
  });
});

describe('no database yet', () => {
  it.each([[['report']], [['status']], [['export']], [['plan']]])('%j creates nothing and says how to start', (args) => {
    const db = tempDb();
    const r = runCli(args, { db });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: No database at ${db} yet. Log a day with "recover log" first, or point --db or RECOVER_DB at your database.\n`);
    expect(existsSync(db)).toBe(false);
  });

  it('config get shows the default, and a refused log or import creates nothing', () => {
    const db = tempDb();
    expect(runCli(['config', 'get', 'sleep-target'], { db })).toEqual({ code: 0, stdout: '7\n', stderr: '' });
    expect(runCli(['log', '--protein', '120', '--yes'], { db }).code).toBe(2);
    const bad = join(tempDir(), 'days.csv');
    writeFileSync(bad, 'date,sleep_h,fatigue\n2026-11-20,7,2\n2026-11-21,7,nine\n');
    const r = runCli(['import', 'csv', bad], { db });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^error: ${bad}:3: `));
    expect(existsSync(db)).toBe(false);
  });
});

describe('recover doctor', () => {
  it('exits 0 on a healthy database and 1 listing each planted problem', () => {
    const db = tempDb();
    expect(runCli(['log', '--date', '2026-11-20', '--sleep', '7', '--session', 'strength:45:7', '--yes'], { db }).code).toBe(0);
    const healthy = runCli(['doctor', '--format', 'table'], { db });
    expect(healthy).toEqual({ code: 0, stdout: `No problems found in ${db} (schema v9, 1 day, integrity ok).\n`, stderr: '' });

    const raw = new Database(db);
    raw.pragma('foreign_keys = OFF');
    raw.exec(`UPDATE day SET fatigue = 11 WHERE date = '2026-11-20';
              INSERT INTO day (date, training_logged, updated_at) VALUES ('2199-01-01', 0, 'x');
              INSERT INTO session (date, position, type, minutes, rpe) VALUES ('2026-10-01', 0, 'cardio', 30, 5);`);
    raw.close();
    chmodSync(db, 0o644);
    const sick = runCli(['doctor', '--json'], { db });
    expect(sick.code).toBe(1);
    const report = JSON.parse(sick.stdout) as { healthy: boolean; findings: Array<{ code: string; message: string }> };
    expect(report.healthy).toBe(false);
    expect(report.findings.filter((f) => f.code !== 'file-permissions').map((f) => f.message)).toEqual([
      '2026-11-20: fatigue must be a whole number from 1 to 5, got "11".',
      expect.stringMatching(/^2199-01-01 is in the future/),
      '1 session row belongs to no day (2026-10-01).',
    ]);
    expect(report.findings.find((f) => f.code === 'file-permissions')?.message).toBe(`${db} can be read or changed by other users (mode 644, should be 600).`);
    expect(sick.stderr).toMatch(/^error: \d problems found in /);
  });
});

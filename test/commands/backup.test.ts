import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { SCHEMA_VERSION } from '../../src/storage/migrations.js';
import { fixture } from '../helpers/fixtures.js';
import { writeSchemaV1 } from '../helpers/old-db.js';
import { tempDb, tempDir } from '../helpers/run-cli.js';
import { testDeps } from '../helpers/test-deps.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(db: string, args: string[], o: { tty?: boolean; answers?: boolean[] } = {}): Promise<Run> {
  const t = testDeps({ db, tty: o.tty, answers: o.answers });
  const code = await main(args, t.deps);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

async function ok(db: string, ...args: string[]): Promise<string> {
  const r = await cli(db, args);
  if (r.code !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** Imports, typed values, a plan, settings and a source order: every kind of thing recover keeps. */
async function fill(db: string): Promise<void> {
  await ok(db, 'import', 'whoop', fixture('whoop'));
  await ok(db, 'import', 'pmsys', fixture('pmsys'));
  await ok(db, 'log', '--date', '2026-11-20', '--sleep', '7.5', '--session', 'strength:60:8', '--note', 'heavy squats', '--yes');
  await ok(db, 'plan', '--week', '2026-W49', '--rest', 'mon,thu');
  await ok(db, 'config', 'set', 'protein-target', '2');
  await ok(db, 'config', 'set', 'source.hrv', 'pmsys,whoop');
}

/** What the user sees of the data: both export tables, the plan and the settings. */
async function views(db: string): Promise<string[]> {
  return [
    await ok(db, 'export'),
    await ok(db, 'export', '--table', 'sessions'),
    await ok(db, 'export', '--json'),
    await ok(db, 'plan', '--week', '2026-W49'),
    await ok(db, 'config', 'list'),
  ];
}

/** Every row of every table, so that nothing the exports leave out can go missing either. */
function tables(path: string): Record<string, string[]> {
  const db = new Database(path, { readonly: true });
  const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const out = Object.fromEntries(names.map((n) => [n, db.prepare(`SELECT * FROM "${n}"`).all().map((row) => JSON.stringify(row)).sort()]));
  db.close();
  return out;
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const mode = (path: string) => statSync(path).mode & 0o777;

describe('recover backup', () => {
  it('writes a timestamped copy beside the database, readable by its owner only, and prints its path', async () => {
    const db = tempDb();
    await fill(db);
    const r = await cli(db, ['backup']);
    const path = join(dirname(db), 'recover-backup-2026-11-26T2000.db');
    expect(r).toEqual({ code: 0, stdout: `${path}\n`, stderr: 'Backed up 13 days (2019-11-01 to 2026-11-20).\n' });
    expect(mode(path)).toBe(0o600);
    expect(tables(path)).toEqual(tables(db));
    // A second backup in the same minute gets its own name; no temporary file or WAL is left behind.
    expect((await cli(db, ['backup'])).stdout).toBe(`${join(dirname(db), 'recover-backup-2026-11-26T2000-2.db')}\n`);
    expect(readdirSync(dirname(db)).sort()).toEqual(['recover-backup-2026-11-26T2000-2.db', 'recover-backup-2026-11-26T2000.db', 'recover.db']);
  });

  it('refuses to replace a file unless --force, and reports in JSON for scripts', async () => {
    const db = tempDb();
    await ok(db, 'log', '--date', '2026-11-20', '--sleep', '7', '--rest', '--yes');
    const file = join(tempDir(), 'copy.db');
    writeFileSync(file, 'precious');
    expect(await cli(db, ['backup', file])).toEqual({
      code: 2,
      stdout: '',
      stderr: `error: ${file} exists: add --force to replace it\nRun "recover backup --help" for usage.\n`,
    });
    expect(readFileSync(file, 'utf8')).toBe('precious');
    expect(await cli(db, ['backup', file, '--force', '--json'])).toEqual({
      code: 0,
      stdout: `${JSON.stringify({ path: file, days: 1, from: '2026-11-20', to: '2026-11-20' })}\n`,
      stderr: '',
    });
    expect(tables(file)).toEqual(tables(db));
    expect((await cli(db, ['backup', db, '--force'])).stderr).toBe(
      `error: ${db} is the database itself: give another file to back up to\nRun "recover backup --help" for usage.\n`,
    );
  });

  it('puts a timestamped file into a folder given as FILE', async () => {
    const db = tempDb();
    await ok(db, 'log', '--date', '2026-11-20', '--sleep', '7', '--rest', '--yes');
    const usb = tempDir();
    expect(await ok(db, 'backup', usb)).toBe(`${join(usb, 'recover-backup-2026-11-26T2000.db')}\n`);
    expect(readdirSync(usb)).toEqual(['recover-backup-2026-11-26T2000.db']);
  });

  it('says when there is no database to back up', async () => {
    const db = tempDb();
    const r = await cli(db, ['backup']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: No database at .*recover\.db yet\./);
    expect(readdirSync(dirname(db))).toEqual([]);
  });
});

describe('recover restore', () => {
  it('brings back everything after the database is wiped, and keeps the database it replaces', async () => {
    const db = tempDb();
    await fill(db);
    const before = await views(db);
    const everything = tables(db);
    const backup = join(tempDir(), 'backup.db');
    await ok(db, 'backup', backup);
    for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
    await ok(db, 'log', '--date', '2026-11-25', '--sleep', '6', '--rest', '--yes');

    const r = await cli(db, ['restore', backup, '--yes']);
    const kept = join(dirname(db), 'recover-before-restore-2026-11-26T2000.db');
    expect(r).toEqual({
      code: 0,
      stdout: '',
      stderr: `Restored 13 days (2019-11-01 to 2026-11-20) from ${backup} into ${db}.\nThe database it replaced is kept as ${kept}.\n`,
    });
    // The old database's WAL went with it: nothing but the two databases is left.
    expect(readdirSync(dirname(db)).sort()).toEqual(['recover-before-restore-2026-11-26T2000.db', 'recover.db']);
    expect(mode(db)).toBe(0o600);
    expect(await views(db)).toEqual(before);
    expect(tables(db)).toEqual(everything);
    expect((await ok(kept, 'export')).split('\r\n')[1]).toMatch(/^2026-11-25,6,/);
  });

  it('tells a script what it restored with --json', async () => {
    const db = tempDb();
    await fill(db);
    const backup = join(tempDir(), 'backup.db');
    await ok(db, 'backup', backup);
    await ok(db, 'log', '--date', '2026-11-25', '--sleep', '6', '--rest', '--yes');
    const r = await cli(db, ['restore', backup, '--yes', '--json']);
    expect(r.code).toBe(0);
    const kept = join(dirname(db), 'recover-before-restore-2026-11-26T2000.db');
    expect(JSON.parse(r.stdout)).toEqual({ restored: backup, database: db, days: 13, from: '2019-11-01', to: '2026-11-20', kept });
  });

  it('asks on a terminal, and without one needs --yes', async () => {
    const db = tempDb();
    await ok(db, 'log', '--date', '2026-11-20', '--sleep', '7', '--rest', '--yes');
    const backup = join(tempDir(), 'backup.db');
    await ok(db, 'backup', backup);
    await ok(db, 'log', '--date', '2026-11-21', '--sleep', '8', '--rest', '--yes');
    const original = sha(db);
    const piped = await cli(db, ['restore', backup]);
    expect(piped.code).toBe(2);
    expect(piped.stderr).toBe(
      `error: restoring replaces the database ${db} with ${backup}, 1 day (2026-11-20); it needs confirmation: pass --yes\nRun "recover restore --help" for usage.\n`,
    );
    expect(await cli(db, ['restore', backup], { tty: true, answers: [false] })).toEqual({ code: 0, stdout: '', stderr: 'Nothing restored.\n' });
    expect(sha(db)).toBe(original);
    const restored = await cli(db, ['restore', backup], { tty: true, answers: [true] });
    expect(restored.code).toBe(0);
    // On an 80-column terminal the lines wrap at words: a path is never cut.
    const kept = join(dirname(db), 'recover-before-restore-2026-11-26T2000.db');
    const lines = restored.stderr.trimEnd().split('\n');
    expect(lines.filter((line) => line.length > 80 && line.includes(' '))).toEqual([]);
    expect(lines.join(' ')).toBe(`Restored 1 day (2026-11-20) from ${backup} into ${db}. The database it replaced is kept as ${kept}.`);
    expect(lines.length).toBeGreaterThan(2);
    expect(JSON.parse(await ok(db, 'export', '--json'))).toHaveLength(1);
  });

  describe('refuses a file that is not a good recover backup, and leaves the database alone', () => {
    const cases: Array<[string, (file: string, good: string) => void, string]> = [
      [
        'another program\'s SQLite file',
        (file) => {
          const other = new Database(file);
          other.exec('CREATE TABLE contact (name TEXT, phone TEXT); INSERT INTO contact VALUES (\'Ann\', \'555\')');
          other.close();
        },
        "is not a recover database (it has no day table with recover's columns); nothing was restored.",
      ],
      [
        'a damaged backup',
        (file, good) => {
          const bytes = readFileSync(good);
          // Page 2 onwards overwritten: the header still says SQLite, the tables are garbage.
          bytes.fill(0x5a, 4096, 12288);
          writeFileSync(file, bytes);
        },
        'is not a SQLite database, or it is damaged (integrity check failed); nothing was restored.',
      ],
      ['a file that is not SQLite at all', (file) => writeFileSync(file, 'Notes for the week: sleep 7 h\n'), 'is not a SQLite database, or it is damaged (integrity check failed); nothing was restored.'],
      [
        'a backup from a newer recover',
        (file, good) => {
          copyFileSync(good, file);
          const newer = new Database(file);
          newer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
          newer.close();
        },
        `was made by a newer recover (schema v${SCHEMA_VERSION + 1}, this one knows v${SCHEMA_VERSION}); upgrade recover to use it; nothing was restored.`,
      ],
    ];
    it.each(cases)('%s', async (_name, make, message) => {
      const db = tempDb();
      await ok(db, 'log', '--date', '2026-11-20', '--sleep', '7', '--session', 'strength:60:7', '--yes');
      const good = join(tempDir(), 'good.db');
      await ok(db, 'backup', good);
      const file = join(tempDir(), 'bad.db');
      make(file, good);
      const original = sha(db);
      const folder = readdirSync(dirname(db)).sort();
      expect(await cli(db, ['restore', file, '--yes'])).toEqual({ code: 1, stdout: '', stderr: `error: ${file} ${message}\n` });
      expect(sha(db)).toBe(original);
      expect(readdirSync(dirname(db)).sort()).toEqual(folder);
      expect(await ok(db, 'export')).toContain('2026-11-20,7,');
    });
  });

  it('upgrades a backup made by an older recover as it restores it', async () => {
    const older = join(tempDir(), 'v1.db');
    writeSchemaV1(older);
    const db = tempDb();
    expect((await cli(db, ['restore', older, '--yes'])).stderr).toBe(`Restored 1 day (2026-11-20) from ${older} into ${db}.\n`);
    const restored = new Database(db, { readonly: true });
    expect(restored.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    restored.close();
    expect((await ok(db, 'export')).split('\r\n')[1]).toMatch(/^2026-11-20,7,(,*)2,/);
    expect(await ok(db, 'export', '--table', 'sessions')).toContain('2026-11-20,0,strength,60,7,420,');
    expect(await ok(db, 'config', 'get', 'weight')).toBe('80\n');
  });

  it('refuses the database itself and a missing file', async () => {
    const db = tempDb();
    await ok(db, 'log', '--date', '2026-11-20', '--sleep', '7', '--rest', '--yes');
    expect((await cli(db, ['restore', db, '--yes'])).stderr).toBe(`error: ${db} is the database itself: give the path of a backup\nRun "recover restore --help" for usage.\n`);
    const missing = join(tempDir(), 'nope.db');
    expect(await cli(db, ['restore', missing, '--yes'])).toEqual({
      code: 1,
      stdout: '',
      stderr: `error: ${missing} does not exist: give the path of a backup made by "recover backup"\n`,
    });
  });

  it('restores onto a new machine, where there is no database yet', async () => {
    const db = tempDb();
    await fill(db);
    const backup = join(tempDir(), 'backup.db');
    await ok(db, 'backup', backup);
    const fresh = join(tempDir(), 'new', 'data', 'recover.db');
    // Nothing is replaced there, so a script needs no --yes.
    expect((await cli(fresh, ['restore', backup])).stderr).toBe(`Restored 13 days (2019-11-01 to 2026-11-20) from ${backup} into ${fresh}.\n`);
    // All but `config list`, which names the database in use.
    expect((await views(fresh)).slice(0, 4)).toEqual((await views(db)).slice(0, 4));
    expect(tables(fresh)).toEqual(tables(db));
    expect(mode(dirname(fresh))).toBe(0o700);
    expect(mode(fresh)).toBe(0o600);
  });
});

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/storage/migrations.js';
import { importAthlete, random, wellDay } from '../helpers/athletes.js';
import { fixture } from '../helpers/fixtures.js';
import { BIN, runCli, tempDb, tempDir, tinyDisk } from '../helpers/run-cli.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const ATHLETE_END = '2026-11-20';
const ATHLETE_DAYS = 1500;
const WRITER_START = '1000-01-01';
const MAX_WRITES = 300_000;
const BACKUPS = 6;

/** Runs the binary through a shell with the given umask, as a user with a careless profile would. */
function withUmask(umask: string, args: string[], db: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('sh', ['-c', `umask ${umask}; exec "$0" "$@"`, process.execPath, BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, RECOVER_DB: db, NO_COLOR: '1', TZ: 'UTC' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function ok(db: string, ...args: string[]): string {
  const r = runCli(args, { db });
  if (r.code !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

const mode = (path: string) => statSync(path).mode & 0o777;
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

// Another process writing as fast as it can until told to stop: each transaction adds a day and its session together.
const WRITER = `
const { existsSync } = require('node:fs');
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.pragma('busy_timeout = 5000');
const day = db.prepare("INSERT INTO day (date, sleep_h, training_logged, updated_at) VALUES (?, 7, 1, '2026-11-26T00:00:00Z')");
const session = db.prepare("INSERT INTO session (date, position, type, minutes, rpe) VALUES (?, 0, 'strength', 60, 7)");
const start = Date.parse('${WRITER_START}T00:00:00Z');
for (let i = 0; i < ${MAX_WRITES} && !existsSync(process.argv[2]); i++) {
  const date = new Date(start + i * 86400000).toISOString().slice(0, 10);
  db.transaction(() => { day.run(date); session.run(date); })();
  if (i === 0) process.stdout.write('writing\\n');
}
db.close();
`;

describe('recover backup, end to end', () => {
  it('takes a consistent, complete copy while another process writes', async () => {
    const db = tempDb();
    const rnd = random(9);
    importAthlete(db, ATHLETE_END, Array.from({ length: ATHLETE_DAYS }, (_, i) => wellDay(i, rnd)));
    const folder = tempDir();
    const stop = join(folder, 'stop');
    const writer = spawn(process.execPath, ['-e', WRITER, db, stop], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise((resolve) => writer.stdout.once('data', resolve));
    let writerErr = '';
    writer.stderr.on('data', (chunk: Buffer) => (writerErr += chunk.toString()));
    const done = new Promise<number | null>((resolve) => writer.on('close', resolve));
    let running = true;
    void done.then(() => (running = false));

    const backups: string[] = [];
    // Backups one after another while the writer runs (each blocks this loop, so check between them).
    while (backups.length < BACKUPS) {
      const file = join(folder, `b${backups.length}.db`);
      const r = runCli(['backup', file], { db });
      expect(r.stderr).toMatch(/^Backed up \d+ days \(1000-01-01 to 2026-11-20\)\.\n$/);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${file}\n`);
      backups.push(file);
      await new Promise((resolve) => setImmediate(resolve));
      expect(running).toBe(true);
    }
    writeFileSync(stop, '');
    expect(await done).toBe(0);
    expect(writerErr).toBe('');

    const written: number[] = [];
    for (const file of backups) {
      const copy = new Database(file, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const athlete = copy.prepare('SELECT count(*) FROM day WHERE date > ?').pluck().get('2000-01-01');
      expect(athlete).toBe(ATHLETE_DAYS);
      const dates = copy.prepare('SELECT date FROM day WHERE date < ? ORDER BY date').pluck().all('2000-01-01') as string[];
      const start = Date.parse(`${WRITER_START}T00:00:00Z`);
      // The writer's days arrive in order, each with its session: a copy holds a prefix of them, never half a day.
      expect(dates).toEqual(Array.from({ length: dates.length }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10)));
      expect(copy.prepare('SELECT count(*) FROM session WHERE date < ?').pluck().get('2000-01-01')).toBe(dates.length);
      written.push(dates.length);
      copy.close();
    }
    // Every copy was taken while the writer was half way, each later than the one before.
    expect(written[0]).toBeGreaterThan(0);
    expect(written.every((n, i) => n < MAX_WRITES && (i === 0 || n > (written[i - 1] ?? 0)))).toBe(true);
  }, 120_000);

  it('creates the copy 0600 in a new folder 0700 under umask 000', () => {
    const db = tempDb();
    ok(db, 'log', '--date', '2026-11-20', '--sleep', '7', '--rest', '--yes');
    const file = join(tempDir(), 'usb', 'recover', 'copy.db');
    const r = withUmask('000', ['backup', file], db);
    expect(r).toEqual({ code: 0, stdout: `${file}\n`, stderr: 'Backed up 1 day (2026-11-20).\n' });
    expect(mode(file)).toBe(0o600);
    expect(mode(dirname(file))).toBe(0o700);
    const byDefault = withUmask('000', ['backup'], db).stdout.trim();
    expect(byDefault).toMatch(new RegExp(`^${dirname(db)}/recover-backup-\\d{4}-\\d\\d-\\d\\dT\\d{4}\\.db$`));
    expect(mode(byDefault)).toBe(0o600);
  });
});

describe('recover backup to a full disk', () => {
  const disk = tinyDisk(100, 'backup to a full disk');
  afterAll(() => {
    if (disk) spawnSync('umount', [disk]);
  });

  it.skipIf(!disk)('says so in one line, exit 1, and leaves no file behind', () => {
    const db = tempDb();
    const rnd = random(3);
    importAthlete(db, ATHLETE_END, Array.from({ length: 800 }, (_, i) => wellDay(i, rnd)));
    const file = join(disk ?? '', 'backup.db');
    expect(runCli(['backup', file], { db })).toEqual({ code: 1, stdout: '', stderr: `error: The disk holding ${file} is full; no backup was written.\n` });
    expect(readdirSync(disk ?? '')).toEqual([]);
    expect(JSON.parse(ok(db, 'export', '--json'))).toHaveLength(800);
  });
});

describe('recover restore, end to end', () => {
  it('gives back the same exports, plans and settings after the database is wiped', () => {
    const db = tempDb();
    ok(db, 'import', 'whoop', fixture('whoop'));
    ok(db, 'import', 'pmsys', fixture('pmsys'));
    ok(db, 'log', '--date', '2026-11-20', '--sleep', '7.5', '--session', 'strength:60:8', '--note', 'heavy squats', '--yes');
    ok(db, 'plan', '--week', '2026-W49', '--rest', 'mon,thu');
    ok(db, 'config', 'set', 'weight', '80');
    ok(db, 'config', 'set', 'source.sleep', 'pmsys,whoop');
    const views = () => [ok(db, 'export'), ok(db, 'export', '--table', 'sessions'), ok(db, 'plan', '--week', '2026-W49'), ok(db, 'config', 'list')];
    const before = views();
    expect(before[0]).toContain('sleep_h=pmsys');
    const backup = join(tempDir(), 'recover.db');
    ok(db, 'backup', backup);
    for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
    ok(db, 'log', '--date', '2026-11-25', '--sleep', '5', '--rest', '--yes');

    const r = withUmask('000', ['restore', backup, '--yes'], db);
    expect(r.stderr).toMatch(new RegExp(`^Restored 13 days \\(2019-11-01 to 2026-11-20\\) from ${backup} into ${db}\\.\\nThe database it replaced is kept as ${dirname(db)}/recover-before-restore-.*\\.db\\.\\n$`));
    expect(views()).toEqual(before);
    expect(mode(db)).toBe(0o600);
    const kept = readdirSync(dirname(db)).filter((f) => f.startsWith('recover-before-restore-'));
    expect(kept).toHaveLength(1);
    expect(mode(join(dirname(db), kept[0] ?? ''))).toBe(0o600);
    expect(ok(join(dirname(db), kept[0] ?? ''), 'export').split('\r\n')[1]).toMatch(/^2026-11-25,5,/);
  });

  it('refuses a foreign, a corrupt and a newer file in one line, exit 1, and leaves the database untouched', () => {
    const db = tempDb();
    ok(db, 'log', '--date', '2026-11-20', '--sleep', '7', '--rest', '--yes');
    const good = join(tempDir(), 'good.db');
    ok(db, 'backup', good);
    const folder = tempDir();
    const foreign = join(folder, 'foreign.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)');
    other.close();
    const corrupt = join(folder, 'corrupt.db');
    writeFileSync(corrupt, readFileSync(good).subarray(0, 6000));
    const newer = join(folder, 'newer.db');
    ok(db, 'backup', newer);
    const bump = new Database(newer);
    bump.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    bump.close();

    const original = sha(db);
    for (const [file, why] of [
      [foreign, "is not a recover database (it has no day table with recover's columns)"],
      [corrupt, 'is not a SQLite database, or it is damaged (integrity check failed)'],
      [newer, `was made by a newer recover (schema v${SCHEMA_VERSION + 1}, this one knows v${SCHEMA_VERSION}); upgrade recover to use it`],
    ] as const) {
      expect(runCli(['restore', file, '--yes'], { db })).toEqual({ code: 1, stdout: '', stderr: `error: ${file} ${why}; nothing was restored.\n` });
      expect(sha(db)).toBe(original);
    }
    expect(readdirSync(dirname(db))).toEqual(['recover.db']);
    expect(runCli(['restore', good], { db }).stderr).toContain('it needs confirmation: pass --yes');
  });
});

import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/errors.js';
import { datesObserved, deleteDays, getDay, latestDayBefore, listAllDays, listDays, loadObservations, loadSources, saveDays } from '../../../src/storage/days.js';
import { openDb } from '../../../src/storage/db.js';
import { inspectDb, openForInspection } from '../../../src/storage/health.js';
import { APPLICATION_ID, migrate, READABLE_FROM, SCHEMA_VERSION } from '../../../src/storage/migrations.js';
import { loadSettings, saveSetting } from '../../../src/storage/settings.js';
import { DEFAULT_SETTINGS, settingByName } from '../../../src/core/settings.js';
import { day, strength, walk } from '../../helpers/days.js';
import { writeSchemaV1 } from '../../helpers/old-db.js';
import { tempDir } from '../../helpers/run-cli.js';

/** Takes a database back to before step 9: a row a field in day_source and observation, no sources column. */
const UNDO_STEP_9 = `DROP TABLE observation; ALTER TABLE day DROP COLUMN sources;
  CREATE TABLE day_source (date TEXT NOT NULL REFERENCES day(date) ON DELETE CASCADE, field TEXT NOT NULL, source TEXT NOT NULL, PRIMARY KEY (date, field)) STRICT;
  CREATE TABLE observation (date TEXT NOT NULL REFERENCES day(date) ON DELETE CASCADE, field TEXT NOT NULL, source TEXT NOT NULL, value ANY NOT NULL, PRIMARY KEY (date, field, source)) STRICT;`;
/** Takes a database back to before step 8 (rhythm, plate and tags columns). */
const UNDO_STEP_8 = `${UNDO_STEP_9} ${['bedtime_min', 'wake_min', 'waso_min', 'fat_g', 'fruit_veg', 'tags'].map((c) => `ALTER TABLE day DROP COLUMN ${c};`).join(' ')}`;

describe('migrations', () => {
  it('adds the rhythm, plate and tag columns to a database of the step before, keeping its days', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.exec(UNDO_STEP_8);
    db.pragma('user_version = 7');
    db.exec(`INSERT INTO day (date, sleep_h, training_logged, updated_at) VALUES ('2026-11-20', 7.5, 1, 'x')`);
    migrate(db);
    expect(db.prepare('SELECT sleep_h, bedtime_min, wake_min, waso_min, fat_g, fruit_veg, tags FROM day').all()).toEqual([
      { sleep_h: 7.5, bedtime_min: null, wake_min: null, waso_min: null, fat_g: null, fruit_veg: null, tags: null },
    ]);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  });

  it('keeps the sources and observations of a database of the step before as one object a day and one row a source', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.exec(UNDO_STEP_9);
    db.pragma('user_version = 8');
    db.exec(`INSERT INTO day (date, sleep_h, hrv_ms, meal_within_2h, note, training_logged, updated_at) VALUES ('2026-11-20', 7.5, 61, 1, 'x', 0, 'x'), ('2026-11-21', 8, NULL, NULL, NULL, 0, 'x');
      INSERT INTO day_source VALUES ('2026-11-20', 'sleepHours', 'oura'), ('2026-11-20', 'hrvMs', 'oura'), ('2026-11-20', 'mealWithin2h', 'manual'), ('2026-11-20', 'note', 'manual');
      INSERT INTO observation VALUES ('2026-11-20', 'sleepHours', 'oura', 7.5), ('2026-11-20', 'sleepHours', 'apple-health', 7.25), ('2026-11-20', 'hrvMs', 'oura', 61),
        ('2026-11-20', 'mealWithin2h', 'cronometer', 0), ('2026-11-20', 'note', 'pmsys', 'sore');`);
    db.pragma('foreign_keys = OFF');
    db.exec("INSERT INTO observation VALUES ('2026-11-22', 'sleepHours', 'oura', 6)");
    db.pragma('foreign_keys = ON');
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT date, sources FROM day ORDER BY date').raw().all()).toEqual([['2026-11-20', expect.any(String)], ['2026-11-21', null]]);
    expect(loadObservations(db, { from: '2026-11-01', to: '2026-11-30' })).toEqual(
      new Map([['2026-11-20', { sleepHours: { oura: 7.5, 'apple-health': 7.25 }, hrvMs: { oura: 61 }, mealWithin2h: { cronometer: false }, note: { pmsys: 'sore' } }]]),
    );
    expect(loadSources(db, { from: '2026-11-01', to: '2026-11-30' })).toEqual(
      new Map([['2026-11-20', { sleepHours: 'oura', hrvMs: 'oura', mealWithin2h: 'manual', note: 'manual' }]]),
    );
    expect(getDay(db, '2026-11-20')).toMatchObject({ hrvMs: 61, hrvMeasure: 'rmssd', mealWithin2h: true });
    expect(datesObserved(db, ['note'])).toEqual(['2026-11-20']);
  });

  it('migrates a new database to the current version, and a second time changes nothing', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = () => db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables()).toEqual(['day', 'observation', 'plan_day', 'plan_session', 'session', 'setting', 'source_order']);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  });

  it("adds the session's heart-rate columns to a database of the step before, keeping its sessions", () => {
    const db = new Database(':memory:');
    migrate(db);
    db.exec(`${UNDO_STEP_8} ALTER TABLE session DROP COLUMN avg_hr_bpm; ALTER TABLE session DROP COLUMN max_hr_bpm;`);
    db.pragma('user_version = 5');
    db.exec(`INSERT INTO day (date, training_logged, updated_at) VALUES ('2026-11-20', 1, 'x');
             INSERT INTO session (date, position, type, minutes, rpe) VALUES ('2026-11-20', 0, 'cardio', 30, 6)`);
    migrate(db);
    expect(db.prepare('SELECT type, minutes, rpe, avg_hr_bpm, max_hr_bpm FROM session').all()).toEqual([
      { type: 'cardio', minutes: 30, rpe: 6, avg_hr_bpm: null, max_hr_bpm: null },
    ]);
  });

  it('refuses a database from a newer recover and leaves it alone', () => {
    const path = join(tempDir(), 'newer.db');
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.close();
    const before = statSync(path).mtimeMs;
    expect(() => openDb(path, { create: false })).toThrow(DataError);
    expect(() => openDb(path, { create: false })).toThrow(`newer recover (schema v${SCHEMA_VERSION + 1}`);
    const after = new Database(path);
    expect(after.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    expect(after.prepare("SELECT count(*) FROM sqlite_schema").pluck().get()).toBe(0);
    expect(statSync(path).mtimeMs).toBe(before);
  });
});

describe('openDb', () => {
  it('creates the file 0600 in a 0700 folder, in WAL mode with foreign keys on and a 2 MB page cache', () => {
    const path = join(tempDir(), 'nested', 'data', 'recover.db');
    const db = openDb(path, { create: true });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(path, '..')).mode & 0o777).toBe(0o700);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    expect(db.pragma('cache_size', { simple: true })).toBe(-2000);
    db.close();
  });

  it('says clearly when the file is missing, a folder, or not a database', () => {
    const dir = tempDir();
    expect(() => openDb(join(dir, 'none.db'), { create: false })).toThrow(/No database at .*none\.db yet/);
    expect(existsSync(join(dir, 'none.db'))).toBe(false);
    expect(() => openDb(dir, { create: true })).toThrow(/is a folder, not a database file/);
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'this is not sqlite, just text that is long enough to look like a header '.repeat(20));
    expect(() => openDb(junk, { create: false })).toThrow(/is not a recover database, or it is corrupt/);
  });
});

describe('days', () => {
  const fresh = () => openDb(':memory:', { create: true });

  it('stores a whole day and reads it back the same', () => {
    const db = fresh();
    const d = day('2026-11-20', {
      sleepHours: 7.25, sleepQuality: 4, awakenings: 1, proteinG: 150.5, carbsG: 300, waterL: 2.5,
      mealWithin2h: false, fatigue: 2, motivation: 4, soreness: 3, stress: 1, performance: 4,
      restingHrBpm: 52, hrvMs: 71.3, injury: 'left calf', note: 'felt good',
      sessions: [
        strength(60, 8), walk(25, 2), { type: 'cardio', minutes: 30, rpe: null },
        { type: 'sport', minutes: 52.9, rpe: null, source: 'fitbit', externalId: '26736567295', avgHrBpm: 119, maxHrBpm: 173 },
      ],
    });
    saveDays(db, [d]);
    expect(getDay(db, '2026-11-20')).toEqual(d);
    expect(getDay(db, '2026-11-21')).toBeNull();
  });

  it('replaces a day, sessions included, and deletes them together', () => {
    const db = fresh();
    saveDays(db, [day('2026-11-20', { sessions: [strength(), walk()] })]);
    saveDays(db, [day('2026-11-20', { sessions: [walk(10, 1)], fatigue: 3 })]);
    expect(getDay(db, '2026-11-20')?.sessions).toEqual([walk(10, 1)]);
    expect(deleteDays(db, { from: '2026-11-20', to: '2026-11-20' })).toBe(1);
    expect(db.prepare('SELECT count(*) FROM session').pluck().get()).toBe(0);
  });

  it('saves all days or none', () => {
    const db = fresh();
    saveDays(db, [day('2026-11-19', { fatigue: 1 })]);
    const broken = { ...day('2026-11-21'), date: 'not a date' };
    expect(() => saveDays(db, [day('2026-11-20'), broken])).toThrow();
    expect(listAllDays(db).map((d) => d.date)).toEqual(['2026-11-19']);
  });

  it('lists a range in date order and finds the latest day before a date', () => {
    const db = fresh();
    saveDays(db, ['2026-11-22', '2026-11-18', '2026-11-20'].map((d) => day(d)));
    expect(listDays(db, { from: '2026-11-18', to: '2026-11-21' }).map((d) => d.date)).toEqual(['2026-11-18', '2026-11-20']);
    expect(latestDayBefore(db, '2026-11-22')?.date).toBe('2026-11-20');
    expect(latestDayBefore(db, '2026-11-18')).toBeNull();
  });
});

describe('settings', () => {
  it('falls back to the defaults and stores changes', () => {
    const db = openDb(':memory:', { create: true });
    expect(loadSettings(db)).toEqual(DEFAULT_SETTINGS);
    saveSetting(db, settingByName('weight'), 82.5);
    saveSetting(db, settingByName('rest-days'), 1);
    expect(loadSettings(db)).toEqual({ ...DEFAULT_SETTINGS, weightKg: 82.5, restDaysPerWeek: 1 });
    saveSetting(db, settingByName('weight'), null);
    expect(loadSettings(db).weightKg).toBeNull();
  });
});

describe('the recover marker', () => {
  const bytes = (path: string) => readFileSync(path);
  const foreign = (setup: string, pragma?: string) => {
    const path = join(tempDir(), 'other.db');
    const raw = new Database(path);
    raw.exec(setup);
    if (pragma) raw.pragma(pragma);
    raw.close();
    return path;
  };

  it('marks a new database with recover\'s application id, and an existing one when it migrates', () => {
    const db = openDb(':memory:', { create: true });
    expect(db.pragma('application_id', { simple: true })).toBe(0x52435652);
    const path = join(tempDir(), 'v6.db');
    const old = new Database(path);
    migrate(old);
    old.exec(UNDO_STEP_8);
    old.pragma('application_id = 0');
    old.pragma('user_version = 6');
    old.close();
    const reopened = openDb(path, { create: false });
    expect(reopened.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(reopened.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    reopened.close();
  });

  it.each([
    ['a table of its own', 'CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)', undefined],
    ['a day table of another shape', 'CREATE TABLE day (date TEXT, mood INTEGER)', undefined],
    ["another program's application id", '', 'application_id = 1234'],
    ['a schema version but no tables', '', 'user_version = 3'],
  ])('refuses a SQLite file with %s, for reading and writing, and leaves its bytes as they were', (_what, setup, pragma) => {
    const path = foreign(setup, pragma);
    const before = bytes(path);
    for (const options of [{ create: true }, { create: false }, { create: false, readOnly: true }]) {
      expect(() => openDb(path, options)).toThrow(`${path} is not a recover database (another program's SQLite file); it was not changed.`);
    }
    expect(bytes(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});

describe('openDb read-only', () => {
  it('reads a database as old as READABLE_FROM without migrating or changing it', () => {
    const path = join(tempDir(), 'old.db');
    const db = openDb(path, { create: true });
    saveDays(db, [day('2026-11-20', { fatigue: 2 })]);
    db.pragma(`user_version = ${READABLE_FROM}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = readFileSync(path);
    const ro = openDb(path, { create: true, readOnly: true });
    expect(getDay(ro, '2026-11-20')?.fatigue).toBe(2);
    expect(() => ro.exec('DELETE FROM day')).toThrow(/readonly/);
    ro.close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('upgrades an older recover\'s database on its first read, keeping what it holds', () => {
    const old = join(tempDir(), 'v1.db');
    writeSchemaV1(old);
    const db = openDb(old, { create: false, readOnly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(listAllDays(db).map((d) => [d.date, d.sleepHours, d.fatigue, d.sessions.length])).toEqual([['2026-11-20', 7, 2, 1]]);
    expect(() => db.prepare('DELETE FROM day').run()).toThrow(/readonly/);
    db.close();
  });

  it('says to run a command that writes when an old schema cannot be upgraded on read, and creates nothing', () => {
    const dir = tempDir();
    const old = join(dir, 'v3.db');
    const raw = new Database(old);
    migrate(raw);
    raw.pragma('application_id = 0');
    raw.pragma('user_version = 3');
    raw.close();
    expect(() => openDb(old, { create: false, readOnly: true })).toThrow(
      `${old} was made by an older recover (schema v3, this one uses v${SCHEMA_VERSION}); a command that writes (log, import, plan, config set) upgrades it first.`,
    );
    expect(() => openDb(join(dir, 'none.db'), { create: true, readOnly: true })).toThrow(/No database at .*none\.db yet/);
    expect(existsSync(join(dir, 'none.db'))).toBe(false);
    const empty = join(dir, 'empty.db');
    writeFileSync(empty, '');
    expect(() => openDb(empty, { create: false, readOnly: true })).toThrow(`${empty} holds no data yet.`);
    expect(statSync(empty).size).toBe(0);
  });
});

describe('inspectDb', () => {
  it('finds the rows of every child table that belong to no parent, and reads the days', () => {
    const path = join(tempDir(), 'orphans.db');
    const db = openDb(path, { create: true });
    saveDays(db, [day('2026-11-20', { sessions: [strength()] })]);
    db.pragma('foreign_keys = OFF');
    db.exec(`INSERT INTO session (date, position, type, minutes) VALUES ('2026-11-01', 0, 'walk', 20), ('2026-11-02', 0, 'walk', 20);
             INSERT INTO observation (date, source, fields) VALUES ('2026-11-03', 'oura', '{"hrvMs":50}');
             INSERT INTO plan_session (date, position, type, minutes) VALUES ('2026-12-01', 0, 'strength', 45);`);
    db.close();
    const ro = openForInspection(path);
    const facts = inspectDb(ro, SCHEMA_VERSION);
    ro.close();
    expect(facts).toMatchObject({ kind: 'recover', version: SCHEMA_VERSION, applicationId: APPLICATION_ID, integrity: ['ok'] });
    expect(facts.days?.map((d) => d.date)).toEqual(['2026-11-20']);
    expect(facts.orphans).toEqual([
      { table: 'session', parent: 'day', rows: 2, dates: ['2026-11-01', '2026-11-02'] },
      { table: 'observation', parent: 'day', rows: 1, dates: ['2026-11-03'] },
      { table: 'plan_session', parent: 'plan_day', rows: 1, dates: ['2026-12-01'] },
    ]);
  });
});

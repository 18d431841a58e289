import type { Database } from 'better-sqlite3';
import { DataError } from '../errors.js';

/** "RCVR": SQLite's application_id for recover's databases. */
export const APPLICATION_ID = 0x52435652;

// Append only: a shipped step is never edited, so every database walks the same path.
const steps: ReadonlyArray<(db: Database) => void> = [
  (db) =>
    db.exec(`
      CREATE TABLE day (
        date TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        sleep_h REAL, sleep_quality INTEGER, awakenings INTEGER,
        protein_g REAL, carbs_g REAL, water_l REAL, meal_within_2h INTEGER,
        fatigue INTEGER, motivation INTEGER, soreness INTEGER, stress INTEGER, performance INTEGER,
        resting_hr_bpm REAL, hrv_ms REAL,
        injury TEXT, note TEXT,
        training_logged INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE session (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL REFERENCES day(date) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        type TEXT NOT NULL,
        minutes REAL NOT NULL,
        rpe REAL,
        UNIQUE (date, position)
      ) STRICT;
      CREATE TABLE setting (name TEXT PRIMARY KEY, value REAL NOT NULL) STRICT;
    `),
  (db) =>
    db.exec(`
      CREATE TABLE plan_day (
        date TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        rest INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE plan_session (
        date TEXT NOT NULL REFERENCES plan_day(date) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        type TEXT NOT NULL,
        minutes REAL NOT NULL,
        rpe REAL,
        PRIMARY KEY (date, position)
      ) STRICT;
    `),
  (db) =>
    db.exec(`
      ALTER TABLE session ADD COLUMN source TEXT;
      ALTER TABLE session ADD COLUMN external_id TEXT;
      ALTER TABLE session ADD COLUMN trimp REAL;
      CREATE TABLE day_source (
        date TEXT NOT NULL REFERENCES day(date) ON DELETE CASCADE,
        field TEXT NOT NULL,
        source TEXT NOT NULL,
        PRIMARY KEY (date, field)
      ) STRICT;
    `),
  // Illness days and naps; settings that are words (sport, level, time zone) as well as numbers.
  (db) =>
    db.exec(`
      ALTER TABLE day ADD COLUMN sick INTEGER;
      ALTER TABLE day ADD COLUMN nap_h REAL;
      CREATE TABLE setting_any (name TEXT PRIMARY KEY, value ANY NOT NULL) STRICT;
      INSERT INTO setting_any SELECT name, value FROM setting;
      DROP TABLE setting;
      ALTER TABLE setting_any RENAME TO setting;
    `),
  (db) => {
    // Every import source's value is kept, used or not; the day's value is derived from them
    // by the per-field source order (source_order holds `recover config set source.<field>`).
    db.exec(`
      CREATE TABLE observation (
        date TEXT NOT NULL REFERENCES day(date) ON DELETE CASCADE,
        field TEXT NOT NULL,
        source TEXT NOT NULL,
        value ANY NOT NULL,
        PRIMARY KEY (date, field, source)
      ) STRICT;
      CREATE TABLE source_order (field TEXT PRIMARY KEY, sources TEXT NOT NULL) STRICT;
    `);
    // The values already imported are their sources' observations (fields and columns as of this step).
    const columns: Record<string, string> = {
      sleepHours: 'sleep_h', sleepQuality: 'sleep_quality', awakenings: 'awakenings', proteinG: 'protein_g',
      carbsG: 'carbs_g', waterL: 'water_l', mealWithin2h: 'meal_within_2h', fatigue: 'fatigue',
      motivation: 'motivation', soreness: 'soreness', stress: 'stress', performance: 'performance',
      restingHrBpm: 'resting_hr_bpm', hrvMs: 'hrv_ms', injury: 'injury', note: 'note',
    };
    for (const [field, column] of Object.entries(columns)) {
      db.prepare(
        `INSERT INTO observation (date, field, source, value)
         SELECT s.date, s.field, s.source, d.${column} FROM day_source s JOIN day d ON d.date = s.date
         WHERE s.field = ? AND s.source NOT IN ('manual', 'csv') AND d.${column} IS NOT NULL`,
      ).run(field);
    }
  },
  // What a session's load can be estimated from when the device gave no heart-rate zones.
  (db) =>
    db.exec(`
      ALTER TABLE session ADD COLUMN avg_hr_bpm REAL;
      ALTER TABLE session ADD COLUMN max_hr_bpm REAL;
    `),
  // Marks the file as recover's, so another program's SQLite file is never taken for one.
  (db) => db.pragma(`application_id = ${APPLICATION_ID}`),
  // Sleep rhythm (bed and wake times, time awake in the night), the whole plate (fat, fruit and
  // vegetables) and journal tags. Imported values go through observation like every other field.
  (db) =>
    db.exec(`
      ALTER TABLE day ADD COLUMN bedtime_min INTEGER;
      ALTER TABLE day ADD COLUMN wake_min INTEGER;
      ALTER TABLE day ADD COLUMN waso_min REAL;
      ALTER TABLE day ADD COLUMN fat_g REAL;
      ALTER TABLE day ADD COLUMN fruit_veg INTEGER;
      ALTER TABLE day ADD COLUMN tags TEXT;
    `),
  // Where a day's values came from, and each source's values, as one JSON object on the day and
  // one row a date and source (fields: {field: value}), not one row a field: an import wrote 14
  // rows a day, most of its time. Rows of dates no longer in `day` (left by a file written without
  // foreign keys; nothing reads them) are not carried over.
  (db) =>
    db.exec(`
      ALTER TABLE day ADD COLUMN sources TEXT;
      UPDATE day SET sources = (SELECT json_group_object(field, source) FROM day_source s WHERE s.date = day.date)
        WHERE date IN (SELECT date FROM day_source);
      CREATE TABLE observation_by_source (
        date TEXT NOT NULL REFERENCES day(date) ON DELETE CASCADE,
        source TEXT NOT NULL,
        fields TEXT NOT NULL,
        PRIMARY KEY (date, source)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO observation_by_source
        SELECT date, source, json_group_object(field, CASE WHEN field = 'mealWithin2h' THEN json(CASE WHEN value = 1 THEN 'true' ELSE 'false' END) ELSE value END)
        FROM observation WHERE date IN (SELECT date FROM day) GROUP BY date, source;
      DROP TABLE observation;
      DROP TABLE day_source;
      ALTER TABLE observation_by_source RENAME TO observation;
    `),
];

export const SCHEMA_VERSION = steps.length;

/**
 * The oldest schema read-only commands can read without migrating: the last step that changed
 * tables or columns. Raise it when a step does.
 */
export const READABLE_FROM = 9;

/** Refuses a database made by a newer recover before anything (even WAL mode) touches it. */
export function assertKnownVersion(db: Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > steps.length) {
    throw new DataError('db-newer', { version: current, known: steps.length });
  }
  return current;
}

export function migrate(db: Database): void {
  if (assertKnownVersion(db) === steps.length) return;
  // Under the write lock, and with the version read again inside it: two processes opening a new
  // database at once must not both run the same step.
  db.transaction(() => {
    const current = assertKnownVersion(db);
    steps.slice(current).forEach((step, i) => {
      db.transaction(() => {
        step(db);
        db.pragma(`user_version = ${current + i + 1}`);
      })();
    });
  }).immediate();
}

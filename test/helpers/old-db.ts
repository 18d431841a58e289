import Database from 'better-sqlite3';

/** What the first recover (schema v1) wrote: one logged day with a session, and a weight. */
export function writeSchemaV1(path: string): void {
  const v1 = new Database(path);
  v1.exec(`
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
        id INTEGER PRIMARY KEY, date TEXT NOT NULL REFERENCES day(date) ON DELETE CASCADE,
        position INTEGER NOT NULL, type TEXT NOT NULL, minutes REAL NOT NULL, rpe REAL, UNIQUE (date, position)
      ) STRICT;
      CREATE TABLE setting (name TEXT PRIMARY KEY, value REAL NOT NULL) STRICT;
      INSERT INTO day (date, sleep_h, fatigue, training_logged, updated_at) VALUES ('2026-11-20', 7, 2, 1, '2026-11-20T20:00:00Z');
      INSERT INTO session (date, position, type, minutes, rpe) VALUES ('2026-11-20', 0, 'strength', 60, 7);
      INSERT INTO setting VALUES ('weight', 80);
      PRAGMA user_version = 1;
    `);
  v1.close();
}

import { settingsFrom, type SettingDef, type SettingValue } from '../core/settings.js';
import type { Settings } from '../core/types.js';
import Database from 'better-sqlite3';
import { LANGS, type Lang } from '../core/types.js';
import type { Db } from './db.js';

export function loadSettings(db: Db): Settings {
  const rows = db.prepare('SELECT name, value FROM setting').all() as Array<{ name: string; value: SettingValue }>;
  return settingsFrom(new Map(rows.map((r) => [r.name, r.value])));
}

/** Stores a setting; null goes back to the default. */
export function saveSetting(db: Db, def: SettingDef, value: SettingValue | null): void {
  if (value === null) {
    db.prepare('DELETE FROM setting WHERE name = ?').run(def.name);
    return;
  }
  db.prepare(
    'INSERT INTO setting (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
  ).run(def.name, value);
}

/**
 * The lang setting of the database at path, or null, read without a trace: no migration and
 * no -wal or -shm left behind (a read-only connection would leave them), nothing created.
 * Anything unusual (no file, another program's file, an old schema) is null; the command itself
 * reports it when it opens the database.
 */
export function storedLang(path: string): Lang | null {
  let db: Db | undefined;
  try {
    db = new Database(path, { fileMustExist: true, timeout: 1000 });
    const value: unknown = db.prepare("SELECT value FROM setting WHERE name = 'lang'").pluck().get();
    return LANGS.find((lang) => lang === value) ?? null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

import { settingsFrom, type SettingDef, type SettingValue } from '../core/settings.js';
import type { Settings } from '../core/types.js';
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

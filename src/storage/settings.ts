import { DEFAULT_SETTINGS, SETTING_DEFS, type SettingDef, type TextSettingDef } from '../core/settings.js';
import type { Settings } from '../core/types.js';
import type { Db } from './db.js';

export function loadSettings(db: Db): Settings {
  const rows = db.prepare('SELECT name, value FROM setting').all() as Array<{ name: string; value: number }>;
  const stored = new Map(rows.map((r) => [r.name, r.value]));
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const def of SETTING_DEFS) {
    const value = stored.get(def.name);
    if (value !== undefined) settings[def.key] = value;
  }
  return settings;
}

/** Stores a setting; null goes back to the default. */
export function saveSetting(db: Db, def: SettingDef, value: number | null): void {
  if (value === null) {
    db.prepare('DELETE FROM setting WHERE name = ?').run(def.name);
    return;
  }
  db.prepare(
    'INSERT INTO setting (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
  ).run(def.name, value);
}

export function loadTextSetting(db: Db, def: TextSettingDef): string | null {
  const row = db.prepare('SELECT value FROM text_setting WHERE name = ?').get(def.name) as { value: string } | undefined;
  return row?.value ?? null;
}

/** Stores a text setting; null removes it. */
export function saveTextSetting(db: Db, def: TextSettingDef, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM text_setting WHERE name = ?').run(def.name);
  else db.prepare('INSERT INTO text_setting (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value').run(def.name, value);
}

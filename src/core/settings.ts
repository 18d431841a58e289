import { InvalidValue } from './fields.js';
import { LANGS, LEVELS, SPORTS, type Day, type Settings } from './types.js';

/** Below this a night is short whatever the target (adults need 7 h or more; Watson et al. 2015, AASM/SRS). */
export const SHORT_NIGHT_H = 7;

export const DEFAULT_SETTINGS: Settings = {
  weightKg: null,
  sleepTargetH: SHORT_NIGHT_H,
  proteinGPerKg: 1.6,
  restDaysPerWeek: null,
  sport: null,
  level: null,
  tz: null,
  track: null,
  dayStartH: 4,
  lang: null,
};

/** Without a training profile: the article's upper figure, as a beginner would need. */
export const DEFAULT_REST_DAYS = 2;

/**
 * Rest days a week for a training profile. The article: 1-2 a week depending on training
 * level; team sports play or train most days and keep one full day off; trained endurance
 * athletes recover on easy days rather than full rest.
 */
export function restDaysFor(settings: Settings): number {
  if (settings.restDaysPerWeek !== null) return settings.restDaysPerWeek;
  if (settings.sport === 'team') return 1;
  if (settings.level === null) return DEFAULT_REST_DAYS;
  if (settings.level === 'beginner') return 2;
  if (settings.level === 'advanced' || settings.sport === 'endurance') return 1;
  return 2;
}

interface BaseDef {
  name: string;
  key: keyof Settings;
}
export interface NumberSettingDef extends BaseDef {
  kind: 'number';
  unit: string;
  min: number;
  max: number;
  whole?: boolean;
}
export interface ChoiceSettingDef extends BaseDef {
  kind: 'choice';
  choices: readonly string[];
}
export interface ZoneSettingDef extends BaseDef {
  kind: 'zone';
}
/** Several of a fixed set, comma-separated ("carbs,water"), or "none". */
export interface ListSettingDef extends BaseDef {
  kind: 'list';
  choices: readonly string[];
}
export type SettingDef = NumberSettingDef | ChoiceSettingDef | ZoneSettingDef | ListSettingDef;

/**
 * The log's optional items and the day fields each one covers. Append an item here to make
 * a new optional question; its label lives with the prompts (src/commands/log-prompts.ts).
 */
export const TRACK_ITEMS: Readonly<Record<string, ReadonlyArray<keyof Day>>> = {
  carbs: ['carbsG'],
  water: ['waterL'],
  stress: ['stress'],
  'rhr-hrv': ['restingHrBpm', 'hrvMs'],
  performance: ['performance'],
  wakings: ['awakenings'],
  note: ['note'],
  bedtime: ['bedtimeMin', 'wakeMin'],
  fat: ['fatG'],
  'fruit-veg': ['fruitVegServings'],
  tags: ['tags'],
};

/** Whether the log asks for a field: always for the core items, for an optional one only when tracked. */
export function isTracked(settings: Settings, field: keyof Day): boolean {
  const item = Object.entries(TRACK_ITEMS).find(([, fields]) => fields.includes(field))?.[0];
  if (item === undefined || settings.track === null) return true;
  return settings.track.split(',').includes(item);
}
export type SettingValue = number | string;

export const SETTING_DEFS: readonly SettingDef[] = [
  { kind: 'number', name: 'weight', key: 'weightKg', unit: 'kg', min: 20, max: 400 },
  { kind: 'number', name: 'sleep-target', key: 'sleepTargetH', unit: 'h', min: 4, max: 14 },
  { kind: 'number', name: 'protein-target', key: 'proteinGPerKg', unit: 'g/kg', min: 0.5, max: 4 },
  { kind: 'number', name: 'rest-days', key: 'restDaysPerWeek', unit: 'days/week', min: 1, max: 7, whole: true },
  { kind: 'choice', name: 'sport', key: 'sport', choices: SPORTS },
  { kind: 'choice', name: 'level', key: 'level', choices: LEVELS },
  { kind: 'zone', name: 'tz', key: 'tz' },
  { kind: 'list', name: 'track', key: 'track', choices: Object.keys(TRACK_ITEMS) },
  { kind: 'number', name: 'day-start', key: 'dayStartH', unit: 'h', min: 0, max: 12, whole: true },
  { kind: 'choice', name: 'lang', key: 'lang', choices: LANGS },
];

/** An IANA zone name, as Intl spells it ("europe/oslo" -> "Europe/Oslo"). */
export function parseZone(text: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: text.trim() }).resolvedOptions().timeZone;
  } catch {
    throw new InvalidValue('setting-bad-zone', { value: text });
  }
}

export function settingByName(name: string): SettingDef {
  const def = SETTING_DEFS.find((d) => d.name === name);
  if (!def) {
    throw new InvalidValue('setting-unknown', { name, names: SETTING_DEFS.map((d) => d.name).join(', ') });
  }
  return def;
}

export function parseSetting(def: SettingDef, text: string): SettingValue {
  if (def.kind === 'zone') return parseZone(text);
  if (def.kind === 'list') {
    const items = text.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
    if (items.length === 1 && items[0] === 'none') return 'none';
    const bad = items.find((i) => !def.choices.includes(i));
    if (bad !== undefined || items.length === 0) throw new InvalidValue('setting-bad-list', { name: def.name, choices: def.choices.join(', '), value: text });
    return [...new Set(items)].join(',');
  }
  if (def.kind === 'choice') {
    const value = text.trim().toLowerCase();
    if (!def.choices.includes(value)) throw new InvalidValue('setting-bad-choice', { name: def.name, choices: def.choices.join(', '), value: text });
    return value;
  }
  // A decimal comma as well as a point, as a log value (fields.ts parseNumber); the command refuses a thousands separator.
  const value = /^\d+([.,]\d+)?$/.test(text.trim()) ? Number(text.trim().replace(',', '.')) : Number.NaN;
  if (!(value >= def.min && value <= def.max) || (def.whole && !Number.isInteger(value))) {
    const code = def.whole ? 'setting-not-whole' : 'setting-not-number';
    throw new InvalidValue(code, { name: def.name, min: def.min, max: def.max, unit: def.unit, value: text });
  }
  return value;
}

/** Applies stored values (by setting name) over the defaults, ignoring any that no longer parse. */
export function settingsFrom(stored: ReadonlyMap<string, SettingValue>): Settings {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const def of SETTING_DEFS) {
    const value = stored.get(def.name);
    if (value === undefined) continue;
    const valid =
      def.kind === 'number' ? typeof value === 'number' : def.kind === 'choice' ? typeof value === 'string' && def.choices.includes(value) : typeof value === 'string';
    if (valid) settings[def.key] = value;
  }
  return settings as unknown as Settings;
}

export function proteinTargetG(settings: Settings): number | null {
  return settings.weightKg === null ? null : settings.weightKg * settings.proteinGPerKg;
}

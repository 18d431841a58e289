import { InvalidValue } from './fields.js';
import type { Settings } from './types.js';

/** Below this a night is short whatever the target (adults need 7 h or more). */
export const SHORT_NIGHT_H = 7;

export const DEFAULT_SETTINGS: Settings = {
  weightKg: null,
  sleepTargetH: 8,
  proteinGPerKg: 1.6,
  restDaysPerWeek: 2,
};

export interface SettingDef {
  name: string;
  key: keyof Settings;
  unit: string;
  min: number;
  max: number;
  description: string;
}

export const SETTING_DEFS: readonly SettingDef[] = [
  { name: 'weight', key: 'weightKg', unit: 'kg', min: 20, max: 400, description: 'body weight, for protein per kg' },
  { name: 'sleep-target', key: 'sleepTargetH', unit: 'h', min: 4, max: 14, description: 'hours of sleep you aim for' },
  { name: 'protein-target', key: 'proteinGPerKg', unit: 'g/kg', min: 0.5, max: 4, description: 'daily protein per kg of body weight' },
  { name: 'rest-days', key: 'restDaysPerWeek', unit: 'days/week', min: 1, max: 7, description: 'planned rest days per week' },
];

/** Settings whose value is text, stored apart from the numeric ones. */
export interface TextSettingDef {
  name: string;
  description: string;
  parse: (text: string) => string;
}

export const TZ_SETTING: TextSettingDef = {
  name: 'tz',
  description: "time zone for imports, e.g. Europe/Amsterdam (default: this computer's)",
  parse: parseZone,
};

export const TEXT_SETTING_DEFS: readonly TextSettingDef[] = [TZ_SETTING];

/** An IANA zone name, as Intl spells it ("europe/oslo" -> "Europe/Oslo"). */
export function parseZone(text: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: text.trim() }).resolvedOptions().timeZone;
  } catch {
    throw new InvalidValue(`unknown time zone "${text}": use an IANA name such as Europe/Amsterdam or UTC`);
  }
}

export function settingByName(name: string): SettingDef {
  const def = SETTING_DEFS.find((d) => d.name === name);
  if (!def) {
    const names = [...SETTING_DEFS, ...TEXT_SETTING_DEFS].map((d) => d.name);
    throw new InvalidValue(`unknown setting "${name}"; settings are ${names.join(', ')}`);
  }
  return def;
}

export function parseSetting(def: SettingDef, text: string): number {
  const value = /^\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : Number.NaN;
  const whole = def.key === 'restDaysPerWeek';
  if (!(value >= def.min && value <= def.max) || (whole && !Number.isInteger(value))) {
    throw new InvalidValue(
      `${def.name} must be ${whole ? 'a whole number' : 'a number'} from ${def.min} to ${def.max} ${def.unit}, got "${text}"`,
    );
  }
  return value;
}

export function proteinTargetG(settings: Settings): number | null {
  return settings.weightKg === null ? null : settings.weightKg * settings.proteinGPerKg;
}

import { CodedError } from '../errors.js';
import { checkTags } from './tags.js';
import { SESSION_TYPES, type Day, type Session, type SessionType } from './types.js';

/** A value outside its allowed range or shape; the message names the range. */
export class InvalidValue extends CodedError {
  override name = 'InvalidValue';
}

type NumericKey = {
  [K in keyof Day]: Day[K] extends number | null ? K : never;
}[keyof Day];

/** What it takes to check a number: its name for messages and its allowed range. */
export interface NumberSpec {
  label: string;
  min: number;
  max: number;
  integer: boolean;
  unit: string;
}

export interface NumberField extends NumberSpec {
  key: NumericKey;
  /** Column name in the database and in CSV exports. */
  column: string;
  flag: string;
  /** Shown next to prompts and in help: what the ends of a scale mean. */
  hint: string;
  /** Asked only on days with a training session. */
  trainingOnly?: boolean;
}

const scale = (
  key: NumericKey,
  label: string,
  hint: string,
  extra: Partial<NumberField> = {},
): NumberField => ({
  key,
  column: key,
  flag: key,
  label,
  min: 1,
  max: 5,
  integer: true,
  unit: '',
  hint,
  ...extra,
});

/** The unit of a local clock time, stored as minutes after midnight and typed as HH:MM. */
export const CLOCK = 'clock';

export const NUMBER_FIELDS: readonly NumberField[] = [
  { key: 'sleepHours', column: 'sleep_h', flag: 'sleep', label: 'sleep', min: 0, max: 24, integer: false, unit: 'h', hint: 'hours slept last night, e.g. 7.5 or 7:30' },
  scale('sleepQuality', 'sleep quality', '1 poor - 5 great', { column: 'sleep_quality', flag: 'sleep-quality' }),
  { key: 'awakenings', column: 'awakenings', flag: 'awakenings', label: 'awakenings', min: 0, max: 50, integer: true, unit: '', hint: 'times you woke up in the night' },
  { key: 'proteinG', column: 'protein_g', flag: 'protein', label: 'protein', min: 0, max: 1000, integer: false, unit: 'g', hint: 'grams of protein eaten today' },
  { key: 'carbsG', column: 'carbs_g', flag: 'carbs', label: 'carbohydrates', min: 0, max: 2000, integer: false, unit: 'g', hint: 'grams of carbohydrate eaten today' },
  { key: 'waterL', column: 'water_l', flag: 'water', label: 'water', min: 0, max: 20, integer: false, unit: 'l', hint: 'litres drunk today' },
  scale('performance', 'performance', '1 poor - 5 best ever: how training went', { trainingOnly: true }),
  scale('fatigue', 'fatigue', '1 fresh - 5 exhausted'),
  scale('motivation', 'motivation', '1 none - 5 eager to train'),
  scale('soreness', 'muscle soreness', '1 none - 5 very sore'),
  scale('stress', 'stress', '1 relaxed - 5 very stressed'),
  { key: 'restingHrBpm', column: 'resting_hr_bpm', flag: 'rhr', label: 'resting heart rate', min: 20, max: 200, integer: false, unit: 'bpm', hint: 'from your watch or taken on waking' },
  { key: 'hrvMs', column: 'hrv_ms', flag: 'hrv', label: 'HRV', min: 1, max: 500, integer: false, unit: 'ms', hint: 'heart rate variability from your watch or strap' },
  { key: 'napH', column: 'nap_h', flag: 'nap', label: 'naps', min: 0, max: 24, integer: false, unit: 'h', hint: 'hours slept in naps that day (ending from 14:00 until midnight)' },
  { key: 'bedtimeMin', column: 'bedtime_min', flag: 'bedtime', label: 'bedtime', min: 0, max: 1439, integer: true, unit: CLOCK, hint: 'when you fell asleep last night, e.g. 23:15' },
  { key: 'wakeMin', column: 'wake_min', flag: 'wake', label: 'wake time', min: 0, max: 1439, integer: true, unit: CLOCK, hint: 'when you woke up for the day, e.g. 07:05' },
  { key: 'wasoMin', column: 'waso_min', flag: 'waso', label: 'awake in the night', min: 0, max: 720, integer: false, unit: 'min', hint: 'minutes awake between falling asleep and getting up' },
  { key: 'fatG', column: 'fat_g', flag: 'fat', label: 'fat', min: 0, max: 1000, integer: false, unit: 'g', hint: 'grams of fat eaten today' },
  { key: 'fruitVegServings', column: 'fruit_veg', flag: 'fruit-veg', label: 'fruit and vegetables', min: 0, max: 30, integer: true, unit: 'servings', hint: 'servings today (a serving is about 80 g: a piece of fruit, a handful of vegetables)' },
];

export const TEXT_FIELDS = [
  { key: 'injury', column: 'injury', flag: 'injury', label: 'injury or pain', hint: 'where and how bad' },
  { key: 'note', column: 'note', flag: 'note', label: 'note', hint: 'anything else about the day' },
  { key: 'tags', column: 'tags', flag: 'tag', label: 'tags', hint: 'what the day held, e.g. alcohol, late-meal (repeatable)' },
] as const satisfies ReadonlyArray<{ key: keyof Day; column: string; flag: string; label: string; hint: string }>;

export const MAX_TEXT_LENGTH = 1000;

export function fieldByKey(key: NumericKey): NumberField {
  const field = NUMBER_FIELDS.find((f) => f.key === key);
  if (!field) throw new Error(`unknown field ${key}`);
  return field;
}

/** Parses a number as people type it: "7.5", "7,5", and "7:30" for hours. */
export function parseNumber(field: NumberSpec, text: string): number {
  const trimmed = text.trim();
  let value = Number.NaN;
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(trimmed);
  if (field.unit === CLOCK) {
    value = clock && Number(clock[1]) < 24 ? Number(clock[1]) * 60 + Number(clock[2]) : Number.NaN;
  } else if (clock && field.unit === 'h') {
    value = Number(clock[1]) + Number(clock[2]) / 60;
  } else if (/^[+]?\d+([.,]\d+)?$/.test(trimmed)) {
    value = Number(trimmed.replace(',', '.'));
  }
  checkNumber(field, value, text);
  return value;
}

export function checkNumber(field: NumberSpec, value: number, shown?: string): void {
  const ok =
    Number.isFinite(value) &&
    value >= field.min &&
    value <= field.max &&
    (!field.integer || Number.isInteger(value));
  if (ok) return;
  // The value as text only for the message: an import checks millions of values.
  const text = shown ?? String(value);
  if (field.unit === CLOCK) throw new InvalidValue('value-not-clock', { label: field.label, value: text });
  throw new InvalidValue(field.integer ? 'value-not-whole' : 'value-not-number', { label: field.label, min: field.min, max: field.max, value: text });
}

export function parseYesNo(label: string, text: string): boolean {
  const t = text.trim().toLowerCase();
  if (['y', 'yes', 'true', '1'].includes(t)) return true;
  if (['n', 'no', 'false', '0'].includes(t)) return false;
  throw new InvalidValue('value-not-yes-no', { label, value: text });
}

export function checkText(label: string, text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length > MAX_TEXT_LENGTH) {
    throw new InvalidValue('text-too-long', { label, max: MAX_TEXT_LENGTH, length: trimmed.length });
  }
  return trimmed === '' ? null : trimmed;
}

export const SESSION_MINUTES: NumberSpec = { label: 'session minutes', min: 1, max: 1440, integer: false, unit: 'min' };
export const SESSION_RPE: NumberSpec = { label: 'session RPE', min: 0, max: 10, integer: false, unit: '' };
/** A session's average or the person's max heart rate: beyond these a reading is an artefact. */
export const SESSION_HR: NumberSpec = { label: 'session heart rate', min: 25, max: 250, integer: false, unit: 'bpm' };

export function isSessionType(text: string): text is SessionType {
  return (SESSION_TYPES as readonly string[]).includes(text);
}

export function checkSession(session: Session): void {
  checkNumber(SESSION_MINUTES, session.minutes);
  if (session.rpe !== null) checkNumber(SESSION_RPE, session.rpe);
  if (session.avgHrBpm !== undefined) checkNumber(SESSION_HR, session.avgHrBpm);
  if (session.maxHrBpm !== undefined) checkNumber(SESSION_HR, session.maxHrBpm);
}

/** "strength:60:8" -> a strength session of 60 minutes at RPE 8; "cardio:30:" has no RPE. */
export function parseSession(text: string, allowNoRpe = false): Session {
  const parts = text.trim().split(':');
  const [type = '', minutes = '', rpe = ''] = parts;
  if (parts.length !== 3 || !isSessionType(type)) {
    throw new InvalidValue('session-shape', { types: SESSION_TYPES.join(', '), value: text });
  }
  const noRpe = allowNoRpe && rpe.trim() === '';
  return { type, minutes: parseNumber(SESSION_MINUTES, minutes), rpe: noRpe ? null : parseNumber(SESSION_RPE, rpe) };
}

/** Checks a whole day before it is stored: every value in range, sessions sane. */
export function checkDay(day: Day): void {
  for (const field of NUMBER_FIELDS) {
    const value = day[field.key];
    if (value !== null) checkNumber(field, value);
  }
  for (const field of TEXT_FIELDS) {
    const value = day[field.key];
    if (value !== null) checkText(field.label, value);
  }
  if (day.tags !== null) checkTags(day.tags);
  day.sessions.forEach(checkSession);
  const minutes = day.sessions.reduce((sum, s) => sum + s.minutes, 0);
  if (minutes > 1440) throw new InvalidValue('sessions-over-a-day', { minutes });
}

/** The column name of a day field, as exports and messages show it. */
export function columnOf(key: keyof Day): string {
  if (key === 'mealWithin2h') return 'meal_within_2h';
  return NUMBER_FIELDS.find((f) => f.key === key)?.column ?? TEXT_FIELDS.find((f) => f.key === key)?.column ?? key;
}

import { InvalidValue, NUMBER_FIELDS, TEXT_FIELDS } from './fields.js';
import type { FieldKey } from './types.js';

/** Where a stored value came from: typed by hand, restored from recover's CSV, or an import's id. */
export type Source = string;
export const MANUAL: Source = 'manual';
export const OWN_CSV: Source = 'csv';

/** Your own values: never replaced by an import without --overwrite. */
export const isTyped = (source: Source | undefined): source is Source => source === MANUAL || source === OWN_CSV;

/** Every import source that gives day values, in the default order for most fields. */
export const IMPORT_IDS: readonly Source[] = ['oura', 'whoop', 'garmin', 'fitbit', 'apple-health', 'pmsys', 'cronometer', 'myfitnesspal'];

/**
 * The default order per field, best first. Measurements: a dedicated sleep or HRV device (ring,
 * strap, Garmin) before a phone or watch app's relay, and any device before a self-report.
 * Nutrition: Apple Health's food records are copies written by apps, so the food apps themselves
 * come first; Health still beats nothing. Cronometer before MyFitnessPal: its day totals come from
 * a curated food database, MyFitnessPal's meal rows (summed here) from crowd-entered foods.
 */
const NUTRITION: readonly Source[] = ['cronometer', 'myfitnesspal', 'apple-health'];
const DEFAULT_ORDER: Partial<Record<FieldKey, readonly Source[]>> = {
  proteinG: NUTRITION,
  carbsG: NUTRITION,
  fatG: NUTRITION,
  waterL: NUTRITION,
};

/**
 * One source's sessions per day, so a run is not counted twice when two sources record it (PMSys
 * and the watch). A session RPE the athlete reported beats a load estimated from heart rate.
 */
const SESSION_ORDER: readonly Source[] = ['pmsys', 'whoop', 'garmin', 'fitbit', 'apple-health', 'oura', 'cronometer'];

export function sessionRank(source: Source | undefined): number {
  const i = SESSION_ORDER.indexOf(importOf(source ?? ''));
  return i === -1 ? SESSION_ORDER.length : i;
}

/** Per field, the sources to try first (from `recover config set source.<field>`). */
export type SourceOrder = Partial<Record<FieldKey, readonly Source[]>>;

/** The full order for a field: the chosen sources first, then the default order. */
export function orderFor(field: FieldKey, chosen: SourceOrder = {}): Source[] {
  const head = [...(chosen[field] ?? []), ...(DEFAULT_ORDER[field] ?? [])];
  return [...new Set([...head, ...IMPORT_IDS])];
}

/**
 * A source's fallback file, stored under its own id so that both values are kept whichever file
 * was imported last: it ranks right after its source in every field's order.
 */
const FALLBACKS: ReadonlyMap<Source, { of: Source; label: string }> = new Map([
  ['whoop-cycles', { of: 'whoop', label: 'whoop (cycles)' }], // physiological_cycles.csv's sleep, behind sleeps.csv
  ['fitbit-sleep-score', { of: 'fitbit', label: 'fitbit (sleep_score.csv)' }], // behind resting_heart_rate.json
]);

/** The import a source id belongs to: 'whoop' for 'whoop-cycles'. */
export const importOf = (source: Source): Source => FALLBACKS.get(source)?.of ?? source;

/** How a source is named in messages: "whoop (cycles)" for 'whoop-cycles'. */
export const sourceLabel = (source: Source): string => FALLBACKS.get(source)?.label ?? source;

/** The source whose value a field takes: first in the order; unknown sources last, by name. */
export function firstSource(field: FieldKey, offered: Iterable<Source>, chosen: SourceOrder = {}): Source | undefined {
  const list = [...offered];
  // One source offered (most fields of most days): no order to build.
  if (list.length < 2) return list[0];
  const order = orderFor(field, chosen);
  const rank = (s: Source) => {
    const i = order.indexOf(importOf(s));
    return (i === -1 ? order.length : i) * 2 + (FALLBACKS.has(s) ? 1 : 0);
  };
  return list.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))[0];
}

/** HRV measures differ in scale and must never share a baseline. */
export type HrvMeasure = 'rmssd' | 'sdnn';
const HRV_MEASURES: Readonly<Record<Source, HrvMeasure>> = {
  'apple-health': 'sdnn', // HKQuantityTypeIdentifierHeartRateVariabilitySDNN
  whoop: 'rmssd',
  oura: 'rmssd',
  garmin: 'rmssd',
  fitbit: 'rmssd',
};

/** The measure of an HRV value from a source; null when unknown (typed by hand). */
export function hrvMeasureOf(source: Source | undefined): HrvMeasure | null {
  return source === undefined ? null : (HRV_MEASURES[importOf(source)] ?? null);
}

/** `source.<flag>` settings, one per day field: source.hrv, source.sleep, source.protein... */
export const SOURCE_SETTINGS: ReadonlyArray<{ name: string; key: FieldKey }> = [
  ...NUMBER_FIELDS.map((f) => ({ name: `source.${f.flag}`, key: f.key })),
  { name: 'source.post-meal', key: 'mealWithin2h' },
  ...TEXT_FIELDS.map((f) => ({ name: `source.${f.flag}`, key: f.key })),
];

export const isSourceSetting = (name: string): boolean => name.startsWith('source.');

export function sourceSettingByName(name: string): { name: string; key: FieldKey } {
  const setting = SOURCE_SETTINGS.find((s) => s.name === name);
  if (!setting) {
    throw new InvalidValue('source-setting-unknown', { name, names: SOURCE_SETTINGS.map((s) => s.name).join(', ') });
  }
  return setting;
}

/** "oura" or "oura,apple-health": the sources to put first, each a known import id. */
export function parseSourceList(name: string, text: string): Source[] {
  const list = text.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = list.find((s) => !IMPORT_IDS.includes(s));
  if (list.length === 0 || unknown !== undefined) {
    throw new InvalidValue('source-list-bad', { name, sources: IMPORT_IDS.join(', '), value: text });
  }
  return [...new Set(list)];
}

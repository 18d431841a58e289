import type { WarningCode, WarningLevel } from '../core/warnings.js';
import type { Verdict } from '../core/readiness.js';
import { sayCodeName, sayCodeRule, sayCodeSource } from './messages/explain.js';
import { sayColumns, sayReport } from './messages/report.js';
import { sayStatus } from './messages/status.js';

/** A label that reads in the run's language each time it is used. */
function labels<K extends string, T = string>(keys: readonly K[], say: (key: K) => T): Record<K, T> {
  const out = {} as Record<K, T>;
  for (const key of keys) Object.defineProperty(out, key, { enumerable: true, get: () => say(key) });
  return out;
}

export const LEVEL_LABEL: Record<WarningLevel, string> = labels(['alert', 'warning', 'info'], (level) => sayReport(level));
export const VERDICT_LABEL: Record<Verdict, string> = labels(['green', 'amber', 'red', 'unknown'], (verdict) => sayStatus(verdict));

const capital = (col: DayColumn) => `${col[0]?.toUpperCase() ?? ''}${col.slice(1)}` as Capitalize<DayColumn>;

export const DAY_COLUMN_KEYS = ['date', 'sleep', 'quality', 'wakings', 'protein', 'training', 'load', 'fatigue', 'motivation', 'soreness', 'rhr', 'plan'] as const;
export type DayColumn = (typeof DAY_COLUMN_KEYS)[number];
/** Column headings of the day table, plain words with their unit. */
export const DAY_COLUMNS: Record<DayColumn, string> = labels(DAY_COLUMN_KEYS, (col) => sayColumns(col));
/** The day table's headings where the long ones do not fit (80 columns); the legend spells them out. */
export const SHORT_DAY_COLUMNS: Record<DayColumn, string> = labels(DAY_COLUMN_KEYS, (col) => sayColumns(`short${capital(col)}`));
/** What a short heading stands for, in the legend under the table. */
export const DAY_COLUMN_LEGEND: Record<DayColumn, string> = labels(DAY_COLUMN_KEYS, (col) => sayColumns(`legend${capital(col)}`));

/** What each warning code means, its rule and where the rule comes from, in the run's language: `recover explain CODE`. */
export const EXPLAIN: Record<WarningCode, { name: string; rule: string; source: string }> = labels(
  Object.keys(sayCodeName.catalogue.en) as WarningCode[],
  (code) => ({ name: sayCodeName(code), rule: sayCodeRule(code), source: sayCodeSource(code) }),
);

import { fileURLToPath } from 'node:url';
import type { ImportedDay } from '../../src/core/merge.js';
import type { FileResult, ReadContext } from '../../src/importers/common.js';

export const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

export const ctx = (over: Partial<ReadContext> = {}): ReadContext => ({ skipInvalid: false, tz: 'UTC', ...over });

/** All days of a read, by date, with the values and sessions of every file merged in order. */
export function byDate(results: readonly FileResult[]): Map<string, ImportedDay> {
  const out = new Map<string, ImportedDay>();
  // A fallback file's values (its own source) first, so that the source's own files override them, as the merge ranks them.
  for (const r of [...results.filter((r) => r.source), ...results.filter((r) => !r.source)]) {
    for (const d of r.days) {
      const prev = out.get(d.date) ?? { date: d.date, values: {}, sessions: [] };
      out.set(d.date, { date: d.date, values: { ...prev.values, ...d.values }, sessions: [...prev.sessions, ...d.sessions] });
    }
  }
  return out;
}

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeHistory } from '../../bench/history.mjs';
import { main } from '../../src/cli/main.js';
import { addDays, dateRange } from '../../src/core/dates.js';
import { trainingKnown } from '../../src/core/day-status.js';
import { HISTORY_WINDOW, LOOKBACK_DAYS } from '../../src/core/load.js';
import type { AcwrModel } from '../../src/core/recovery-state.js';
import { assessReadiness } from '../../src/core/readiness.js';
import { buildReport, spanEnding } from '../../src/core/report.js';
import { emptyDay, type Day, type Settings } from '../../src/core/types.js';
import type { Db } from '../../src/storage/db.js';
import { listAllDays, listDaysWithLeadIn } from '../../src/storage/days.js';
import { loadSettings } from '../../src/storage/settings.js';
import { tempDir } from '../helpers/run-cli.js';
import { testDeps } from '../helpers/test-deps.js';

// Report and status read a bounded window (src/core/load.ts, HISTORY_WINDOW); here their figures
// are held against the same computation over the whole history.
const PMDATA = fileURLToPath(new URL('../../../shared/data/pmdata', import.meta.url));
const present = existsSync(PMDATA);
if (!present) console.warn(`\n  SKIPPED: history window on PMData (no ${PMDATA})\n`);

/** The exponential averages: they may differ below what is shown (whole AU; ratios to 2 decimals). */
const FADING: Record<string, number> = { ewmaAcute: 0.5, ewmaChronic: 0.5, ctl: 0.5, atl: 0.5, tsb: 0.5, acwrEwma: 0.005 };
/** Each ACWR model with what may differ under it: with EWMA, warnings quote the EWMA ratio as `acwr`. */
const MODELS: Array<[AcwrModel, Record<string, number>]> = [['rolling', FADING], ['ewma', { ...FADING, acwr: 0.005 }]];

/** Every difference between two values: exact, except the fading averages within `tolerance` of theirs. */
function differences(a: unknown, b: unknown, tolerance: Record<string, number>, path = '', found: string[] = []): string[] {
  const key = path.split('.').at(-1) ?? '';
  if (typeof a === 'number' && typeof b === 'number' && key in tolerance) {
    if (!(Math.abs(a - b) < (tolerance[key] as number))) found.push(`${path}: ${a} vs ${b}`);
  } else if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], tolerance, `${path}.${k}`, found);
  } else if (a !== b) found.push(`${path}: ${String(a)} vs ${String(b)}`);
  return found;
}

/** How many dates of the last compare() read a lead-in of load-only days before the lookback. */
let leadIns = 0;

/** Compares report and status on each date, and returns how many of them read less than all history. */
function compare(db: Db, dates: readonly string[], window: typeof HISTORY_WINDOW, models = MODELS): number {
  const all = listAllDays(db);
  const settings: Settings = loadSettings(db);
  let bounded = 0;
  leadIns = 0;
  for (const date of dates) {
    const week = spanEnding(date, 7);
    const windowed = listDaysWithLeadIn(db, week, window);
    if (windowed.length < all.filter((d) => d.date <= date).length) bounded++;
    // Before the lookback the days hold only what the load model reads; the whole days after it.
    const lookback = addDays(week.from, -window.lookbackDays);
    for (const day of windowed) {
      const whole = all.find((d) => d.date === day.date) as Day;
      const expected = day.date < lookback ? { ...emptyDay(day.date), trainingLogged: whole.trainingLogged, sick: whole.sick, note: whole.note, sessions: whole.sessions } : whole;
      if (JSON.stringify(day) !== JSON.stringify(expected)) expect(day, `${date}: day ${day.date}`).toEqual(expected);
    }
    if (windowed[0] && windowed[0].date < lookback) leadIns++;
    const full = all.filter((d: Day) => d.date <= date);
    for (const [acwrModel, tolerance] of models) {
      const report = (days: Day[]) => buildReport(week, days, settings, { acwrModel });
      expect(differences(report(full), report(windowed), tolerance), `report ${date} ${acwrModel}`).toEqual([]);
      const status = (days: Day[]) => assessReadiness(days, date, settings, acwrModel);
      expect(differences(status(full), status(windowed), tolerance), `status ${date} ${acwrModel}`).toEqual([]);
    }
  }
  return bounded;
}

describe('report and status over a bounded window of history', () => {
  it('equal the whole-history figures on a generated 10-year log, within display rounding', async () => {
    const file = join(tempDir(), 'ten-years.csv');
    writeHistory(file);
    const t = testDeps();
    expect(await main(['import', 'csv', file], t.deps)).toBe(0);
    const db = await t.deps.db();
    const dates = dateRange('2015-01-20', '2024-12-31').filter((_, i) => i % 151 === 0);
    // Most dates read a window, not the history: else this would prove nothing.
    expect(compare(db, dates, HISTORY_WINDOW)).toBeGreaterThan(dates.length * 0.8);
    // And most of them through the lead-in read as load-only days.
    expect(leadIns).toBeGreaterThan(dates.length * 0.8);
    t.deps.close();
  }, 120_000);

  it.skipIf(!present)('equal the whole-history figures on PMData, every fourth day of every person', async () => {
    for (const person of readdirSync(PMDATA).filter((p) => /^p\d+$/.test(p))) {
      const t = testDeps();
      expect(await main(['import', 'pmsys', join(PMDATA, person), '--tz', 'Europe/Oslo'], t.deps)).toBe(0);
      const db = await t.deps.db();
      const all = listAllDays(db);
      const dates = dateRange((all[0] as Day).date, addDays((all.at(-1) as Day).date, 7)).filter((_, i) => i % 4 === 0);
      // Five months each: the lead-in takes in all of it, so the lookback alone is checked (a
      // lead-in of one day): every figure but the fading averages must come out exact.
      const week = spanEnding(dates.at(-1) as string, 7);
      const lookback = addDays(week.from, -LOOKBACK_DAYS);
      const firstTraining = all.find((d) => trainingKnown(d))?.date ?? lookback;
      const start = firstTraining < lookback ? firstTraining : lookback;
      expect(listDaysWithLeadIn(db, week, HISTORY_WINDOW).map((d) => d.date)).toEqual(all.filter((d) => d.date >= start).map((d) => d.date));
      const ignoreFading = Object.fromEntries(Object.keys(FADING).map((k) => [k, Infinity]));
      expect(compare(db, dates, { lookbackDays: LOOKBACK_DAYS, leadInKnownDays: 1 }, [['rolling', ignoreFading]])).toBeGreaterThan(0);
      t.deps.close();
    }
  }, 240_000);
});

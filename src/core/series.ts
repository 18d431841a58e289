import { ACWR_CAUTION, ACWR_LOW } from './load-warnings.js';
import type { Scale } from './personal.js';
import type { Report } from './report.js';
import { proteinTargetG } from './settings.js';
import type { Day } from './types.js';

/** The trends that can be drawn: every one is a value per calendar day of a report. */
export const SERIES_KEYS = ['sleep', 'protein', 'load', 'acwr', 'rhr', 'hrv', 'fatigue', 'soreness', 'motivation'] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];

/**
 * The band drawn behind a trend: a target (sleep, protein: `low` and up), a rule of thumb
 * (ACWR 0.8-1.3, Gabbett 2016) or the person's normal range (resting HR, HRV, the scales).
 */
export interface Band {
  kind: 'target' | 'safe' | 'normal';
  low: number;
  /** null: no upper end (a target to reach). */
  high: number | null;
}

export interface Series {
  key: SeriesKey;
  /** One per calendar day of the report; null when unknown (a gap, never a zero). */
  values: Array<number | null>;
  band: Band | null;
  /** The whole scale, for answers on a fixed scale (1-5); null when the readings set the range. */
  limits: { min: number; max: number } | null;
}

const SCALES: Partial<Record<SeriesKey, Scale>> = { fatigue: 'fatigue', soreness: 'soreness', motivation: 'motivation' };

/** Every series of a report, in SERIES_KEYS order, from the same figures the tables show. */
export function reportSeries(report: Report): Series[] {
  return SERIES_KEYS.map((key) => seriesOf(report, key));
}

export function seriesOf(report: Report, key: SeriesKey): Series {
  const pick = (f: (d: Day) => number | null) => report.days.map((d) => (d.entry ? f(d.entry) : null));
  const { state } = report.load;
  switch (key) {
    case 'sleep':
      return { key, values: pick((d) => d.sleepHours), band: { kind: 'target', low: report.settings.sleepTargetH, high: null }, limits: null };
    case 'protein': {
      const target = proteinTargetG(report.settings);
      return { key, values: pick((d) => d.proteinG), band: target === null ? null : { kind: 'target', low: target, high: null }, limits: null };
    }
    case 'load':
      return { key, values: report.days.map((d) => d.load), band: null, limits: null };
    case 'acwr': {
      const byDate = new Map(report.load.days.map((m) => [m.date, report.load.model === 'ewma' ? m.acwrEwma : m.acwr]));
      return { key, values: report.days.map((d) => byDate.get(d.date) ?? null), band: { kind: 'safe', low: ACWR_LOW, high: ACWR_CAUTION }, limits: null };
    }
    case 'rhr': {
      // A normal band only from as many readings as the judgement needs, as for the scales below.
      const { baselineMean: m, baselineSd: sd, ready } = state.restingHr;
      return { key, values: pick((d) => d.restingHrBpm), band: !ready || m === null || sd === null ? null : { kind: 'normal', low: m - sd, high: m + sd }, limits: null };
    }
    case 'hrv': {
      const { lower, upper, ready } = state.hrv;
      return { key, values: pick((d) => d.hrvMs), band: !ready || lower === null || upper === null ? null : { kind: 'normal', low: Math.exp(lower), high: Math.exp(upper) }, limits: null };
    }
    default: {
      const scale = SCALES[key] as Scale;
      const norm = report.norms[scale];
      const band = norm.ready && norm.mean !== null && norm.sd !== null ? { kind: 'normal' as const, low: Math.max(1, norm.mean - norm.sd), high: Math.min(5, norm.mean + norm.sd) } : null;
      return { key, values: pick((d) => d[scale]), band, limits: { min: 1, max: 5 } };
    }
  }
}

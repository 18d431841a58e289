import type { Band, SeriesKey } from '../core/series.js';
import { num } from './format.js';

export interface SeriesWords {
  short: string;
  title: string;
  unit: string;
  /** Decimals shown for a value. */
  digits: number;
}

export const SERIES_WORDS: Record<SeriesKey, SeriesWords> = {
  sleep: { short: 'Sleep', title: 'Sleep (hours a night)', unit: 'h', digits: 1 },
  protein: { short: 'Protein', title: 'Protein (grams a day)', unit: 'g', digits: 0 },
  load: { short: 'Load', title: 'Training load (session RPE x minutes, AU)', unit: 'AU', digits: 0 },
  acwr: { short: 'ACWR', title: 'Acute:chronic workload ratio', unit: '', digits: 2 },
  rhr: { short: 'Resting HR', title: 'Resting heart rate (bpm)', unit: 'bpm', digits: 0 },
  hrv: { short: 'HRV', title: 'Heart rate variability (ms)', unit: 'ms', digits: 0 },
  fatigue: { short: 'Fatigue', title: 'Fatigue (1 fresh to 5 exhausted)', unit: '/5', digits: 1 },
  soreness: { short: 'Soreness', title: 'Muscle soreness (1 none to 5 very sore)', unit: '/5', digits: 1 },
  motivation: { short: 'Motivation', title: 'Motivation to train (1 none to 5 eager)', unit: '/5', digits: 1 },
};

/** "target 8 h", "normal 52-58 bpm", "safe 0.8-1.3". */
export function bandText(key: SeriesKey, band: Band): string {
  const w = SERIES_WORDS[key];
  const unit = w.unit === '' || w.unit === '/5' ? '' : ` ${w.unit}`;
  const digits = key === 'acwr' ? 1 : w.digits;
  if (band.high === null) return `${band.kind} ${num(band.low, digits)}${unit}`;
  return `${band.kind} ${num(band.low, digits)}-${num(band.high, digits)}${unit}`;
}

import type { Band, SeriesKey } from '../core/series.js';
import { formatNumber as num } from './i18n.js';
import { sayChart } from './messages/chart.js';

export interface SeriesWords {
  /** The name beside a trend line, in the run's language. */
  readonly short: string;
  /** The heading over a chart, in the run's language. */
  readonly title: string;
  /** The unit as JSON carries it ("h", "bpm", "AU", "/5"); shown through unitText. */
  unit: string;
  /** Decimals shown for a value. */
  digits: number;
}

type Named = 'sleep' | 'protein' | 'load' | 'acwr' | 'rhr' | 'hrv' | 'fatigue' | 'soreness' | 'motivation';
const words = (key: Named, unit: string, digits: number): SeriesWords => ({
  get short() {
    return sayChart(`${key}Short`);
  },
  get title() {
    return sayChart(`${key}Title`);
  },
  unit,
  digits,
});

export const SERIES_WORDS: Record<SeriesKey, SeriesWords> = {
  sleep: words('sleep', 'h', 1),
  protein: words('protein', 'g', 0),
  load: words('load', 'AU', 0),
  acwr: words('acwr', '', 2),
  rhr: words('rhr', 'bpm', 0),
  hrv: words('hrv', 'ms', 0),
  fatigue: words('fatigue', '/5', 1),
  soreness: words('soreness', '/5', 1),
  motivation: words('motivation', '/5', 1),
};

/** A unit as the reader's language writes it: "h" is "u" in Dutch. */
export function unitText(unit: string): string {
  return unit === 'h' ? sayChart('unitH') : unit === 'bpm' ? sayChart('unitBpm') : unit;
}

/** A value with its unit: "7.5 h", "3.2/5", "1.1". */
export function withUnit(value: number, key: SeriesKey, digits = SERIES_WORDS[key].digits): string {
  const unit = SERIES_WORDS[key].unit;
  return `${num(value, digits)}${unit === '/5' ? '' : unit === '' ? '' : ' '}${unitText(unit)}`;
}

/** "target 8 h", "normal 52-58 bpm", "safe 0.8-1.3". */
export function bandText(key: SeriesKey, band: Band): string {
  const w = SERIES_WORDS[key];
  const unit = w.unit === '' || w.unit === '/5' ? '' : ` ${unitText(w.unit)}`;
  const digits = key === 'acwr' ? 1 : w.digits;
  if (band.high === null) return sayChart('band', { kind: band.kind, low: num(band.low, digits), unit });
  return sayChart('bandRange', { kind: band.kind, low: num(band.low, digits), high: num(band.high, digits), unit });
}

import type { ChalkInstance } from 'chalk';
import type { Band, Series } from '../core/series.js';
import type { Report } from '../core/report.js';
import { reportSeries } from '../core/series.js';
import { bandText, SERIES_WORDS, withUnit } from './chart-words.js';
import { dateName } from './format.js';
import { sayChart } from './messages/chart.js';
import { wrap } from './wrap.js';

const BLOCKS = '▁▂▃▄▅▆▇█';
// Rising ink for terminals without block characters (not UTF-8, or --ascii).
const ASCII_LEVELS = '_.-~=+*#';
/** Wider ranges are averaged into this many columns, so a trend line stays one line. */
export const SPARK_MAX = 42;

/**
 * Means of `values` in `width` equal buckets; a bucket with nothing known stays null (a gap).
 * Shorter series are returned as they are.
 */
export function bucket(values: ReadonlyArray<number | null>, width: number): Array<number | null> {
  if (values.length <= width) return [...values];
  return Array.from({ length: width }, (_, i) => {
    const part = values.slice(Math.floor((i * values.length) / width), Math.floor(((i + 1) * values.length) / width));
    const known = part.filter((v): v is number => v !== null);
    return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
  });
}

export interface Scale {
  min: number;
  max: number;
}

/** The value range a series is drawn in: its readings and its band, so the band always shows. */
export function scaleOf(values: ReadonlyArray<number | null>, band: Band | null, limits: Scale | null = null): Scale | null {
  if (limits && values.some((v) => v !== null)) return limits;
  const all = [...values.filter((v): v is number => v !== null), ...(band ? [band.low, band.high ?? band.low] : [])];
  if (values.every((v) => v === null)) return null;
  return { min: Math.min(...all), max: Math.max(...all) };
}

/** One character per value: a block whose height is the value's place in the scale, a space for a gap. */
export function sparkline(values: ReadonlyArray<number | null>, scale: Scale, ascii = false): string {
  const levels = ascii ? ASCII_LEVELS : BLOCKS;
  return values.map((v) => (v === null ? ' ' : glyph(v, scale, levels))).join('');
}

function glyph(value: number, { min, max }: Scale, levels: string): string {
  const top = levels.length - 1;
  const at = max === min ? Math.round(top / 2) : Math.round(((value - min) / (max - min)) * top);
  return levels[Math.min(top, Math.max(0, at))] as string;
}

/** The key series of the report's summary; the scales that would only repeat the table are left out. */
const TREND_KEYS = new Set(['sleep', 'protein', 'load', 'rhr', 'hrv', 'fatigue']);

/**
 * "Trends" lines for the report: each series as a sparkline over the period, then its band
 * as the glyphs it would have, so "below target" is visible without colour. Wider than
 * `width`, a line's note goes under its sparkline.
 */
export function trendLines(report: Report, c: ChalkInstance, ascii = false, width = Infinity): string {
  const series = reportSeries(report).filter((x) => TREND_KEYS.has(x.key));
  // The names line up in one column, as wide as the longest in this language.
  const pad = Math.max(12, ...series.map((s) => SERIES_WORDS[s.key].short.length + 1));
  const lines: string[] = [];
  for (const s of series) {
    const line = trendLine(s, c, ascii, pad, width);
    if (line !== null) lines.push(line);
  }
  if (lines.length === 0) return '';
  const n = report.days.length;
  const every = n > SPARK_MAX ? String(Math.round(n / SPARK_MAX)) : 'day';
  const header = `${c.bold(sayChart('trends'))} ${c.dim(sayChart('trendSpan', { from: dateName(report.from), to: dateName(report.to), every }))}`;
  return [wrap(header, width === Infinity ? Number.MAX_SAFE_INTEGER : width), ...lines].join('\n');
}

export function trendLine(s: Series, c: ChalkInstance, ascii = false, pad = 12, width = Infinity): string | null {
  const values = bucket(s.values, SPARK_MAX);
  const scale = scaleOf(values, s.band, s.limits);
  if (scale === null) return null;
  const words = SERIES_WORDS[s.key];
  const known = s.values.filter((v): v is number => v !== null);
  const last = known.at(-1) as number;
  let note = sayChart('last', { value: withUnit(last, s.key) });
  if (s.band) {
    const at = (v: number) => sparkline([v], scale, ascii);
    const mark = s.band.high === null ? at(s.band.low) : sayChart('markRange', { low: at(s.band.low), high: at(s.band.high) });
    note += `; ${bandText(s.key, s.band)} ${mark}`;
  }
  const line = `  ${words.short.padEnd(pad)}${c.cyan(sparkline(values, scale, ascii))}`;
  const indent = ' '.repeat(2 + pad);
  if (2 + pad + values.length + 2 + note.length <= width) return `${line}  ${c.dim(note)}`;
  return `${line}\n${c.dim(wrap(note, width, indent, `${indent}  `))}`;
}

import asciichart from 'asciichart';
import type { ChalkInstance } from 'chalk';
import type { Series } from '../core/series.js';
import { bucket, scaleOf } from './sparkline.js';
import { bandText, SERIES_WORDS } from './chart-words.js';
import { dateName, monthDay } from './format.js';
import { formatNumber as num } from './i18n.js';
import { sayChart } from './messages/chart.js';
import { renderRows, type Layout } from './table.js';
import { wrap } from './wrap.js';
import { machineJson } from './json.js';

export interface ChartOptions {
  /** Columns the whole chart may take (labels included). */
  width: number;
  /** Rows of the plot area. */
  height: number;
  ascii: boolean;
  color: ChalkInstance;
}

type Symbols = [string, string, string, string, string, string, string, string, string, string];
// asciichart's order: axis origin, axis tick, two half lines, line, then ╰ ╭ ╮ ╯ │.
const UNICODE: Symbols = ['┼', '┤', '╶', '╴', '─', '╰', '╭', '╮', '╯', '│'];
const ASCII: Symbols = ['+', '|', '-', '-', '-', '\\', '/', '\\', '/', '|'];
const LABEL_WIDTH = 8;

/** Where a point of the plot came from: a day (or a bucket of days) of the series. */
interface Fitted {
  values: Array<number | null>;
  /** The first day of each point. */
  dayOf: number[];
}

/** Stretches (whole repeats) or averages the days to fill the columns there are. */
function fit(values: ReadonlyArray<number | null>, columns: number): Fitted {
  if (values.length > columns) {
    const b = bucket(values, columns);
    return { values: b, dayOf: b.map((_, i) => Math.floor((i * values.length) / columns)) };
  }
  const k = Math.max(1, Math.floor(columns / values.length));
  return { values: values.flatMap((v) => Array<number | null>(k).fill(v)), dayOf: values.flatMap((_, i) => Array<number>(k).fill(i)) };
}

/** Gaps filled by the nearest reading, only so asciichart can draw; their columns are blanked after. */
function filled(values: ReadonlyArray<number | null>): number[] {
  const first = values.find((v): v is number => v !== null) ?? 0;
  let last = first;
  return values.map((v) => (last = v ?? last));
}

/**
 * A line chart of one series over `dates` (one value per date): y labels, the band as a dotted
 * line (or two), missing days left blank, and dates under the x axis.
 */
export function renderChart(s: Series, dates: readonly string[], o: ChartOptions): string {
  const words = SERIES_WORDS[s.key];
  const c = o.color;
  const span = sayChart('span', { from: dateName(dates[0] ?? ''), to: dateName(dates.at(-1) ?? '') });
  const title = wrap(`${c.bold(words.title)}  ${c.dim(span)}`, o.width);
  const scale = scaleOf(s.values, s.band, s.limits);
  if (scale === null) return `${title}\n  ${sayChart('noReadings')}\n`;
  const plot = fit(s.values, Math.max(10, o.width - LABEL_WIDTH - 1));
  const pad = s.limits ? 0 : Math.max((scale.max - scale.min) * 0.05, scale.max === scale.min ? 1 : 0);
  // A 1-5 scale gets a whole number of rows per step, so every answer has its own row.
  const steps = s.limits ? s.limits.max - s.limits.min : 0;
  const rows = steps > 0 ? steps * Math.max(1, Math.floor((o.height - 1) / steps)) : o.height - 1;
  const cfg = {
    // No room below zero for what cannot be negative.
    min: scale.min >= 0 ? Math.max(0, scale.min - pad) : scale.min - pad,
    max: scale.max + pad,
    height: rows,
    // asciichart puts the whole label in one cell left of the axis: offset 2 makes label + axis LABEL_WIDTH characters.
    offset: 2,
    symbols: o.ascii ? ASCII : UNICODE,
    // As many decimals as the row step needs, so no two labels read the same.
    format: (x: number) => num(x, labelDigits(scale.max - scale.min + 2 * pad, rows, words.digits)).padStart(LABEL_WIDTH - 1),
  };
  const grid = asciichart.plot(filled(plot.values), cfg).split('\n').map((line) => [...line.padEnd(plot.values.length + LABEL_WIDTH)]);
  const kind = grid.map((row) => row.map((ch, x) => (x >= LABEL_WIDTH - 1 && ch !== ' ' ? 'data' : 'axis')));
  // Blank every column a missing day touches (arriving at it and leaving it); a lone reading becomes a dot.
  const column = (i: number) => LABEL_WIDTH - 1 + i;
  plot.values.forEach((v, i) => {
    if (v !== null) return;
    for (const x of [column(i), column(i) + 1]) {
      grid.forEach((row, y) => {
        if (x === LABEL_WIDTH - 1 || kind[y]?.[x] !== 'data') return;
        row[x] = ' ';
        (kind[y] as string[])[x] = 'blank';
      });
    }
  });
  const rowOf = (v: number) => {
    // asciichart's own rounding, so a dot or a band lands on the row its line would.
    const ratio = cfg.height / (cfg.max - cfg.min);
    return grid.length - 1 - (Math.round(v * ratio) - Math.round(cfg.min * ratio));
  };
  plot.values.forEach((v, i) => {
    if (v === null || plot.values[i - 1] !== null || plot.values[i + 1] !== null || i === 0) return;
    const y = rowOf(v);
    if (grid[y]) {
      (grid[y])[column(i)] = o.ascii ? '*' : '•';
      (kind[y] as string[])[column(i)] = 'data';
    }
  });
  // asciichart also crosses the axis on the row it takes for zero; only the first value's row keeps the cross.
  const first = plot.values[0];
  grid.forEach((row, y) => (row[LABEL_WIDTH - 1] = first !== null && first !== undefined && y === rowOf(first) ? cfg.symbols[0] : cfg.symbols[1]));
  // The band under the line: dotted rows where the line is not.
  const bandRows = s.band ? [s.band.low, ...(s.band.high === null ? [] : [s.band.high])].map(rowOf) : [];
  for (const y of bandRows) {
    const row = grid[y];
    if (!row) continue;
    for (let x = LABEL_WIDTH; x < row.length; x++) {
      if (row[x] === ' ') {
        row[x] = o.ascii ? '.' : '┈';
        (kind[y] as string[])[x] = 'band';
      }
    }
  }
  const paint = (ch: string, k: string | undefined) => (k === 'data' ? c.cyan(ch) : k === 'band' ? c.green(ch) : ch);
  const lines = grid.map((row, y) => row.map((ch, x) => paint(ch, kind[y]?.[x])).join('').trimEnd());
  lines.push(...xAxis(plot, dates, o.ascii));
  const legend = [`${c.cyan(o.ascii ? '-' : '─')} ${words.short}`];
  if (s.band) legend.push(`${c.green(o.ascii ? '...' : '┈┈')} ${bandText(s.key, s.band)}`);
  const known = s.values.filter((v) => v !== null).length;
  const count = c.dim(wrap(sayChart('count', { known, days: s.values.length }), o.width, '  ', '    '));
  return `${[title, ...lines, wrap(legend.join('   '), o.width, '  ', '    '), count].join('\n')}\n`;
}

function labelDigits(range: number, rows: number, digits: number): number {
  const step = range / Math.max(1, rows);
  return Math.max(digits, step >= 1 ? 0 : step >= 0.1 ? 1 : 2);
}

/** The x axis line with ticks, and under it the dates (MM-DD) of the ticked columns. */
function xAxis(plot: Fitted, dates: readonly string[], ascii: boolean): string[] {
  const n = plot.values.length;
  const axis = [...' '.repeat(LABEL_WIDTH - 1) + (ascii ? '+' : '└') + (ascii ? '-' : '─').repeat(n)];
  const labels = [...' '.repeat(LABEL_WIDTH + n + 6)];
  const starts = [...plot.dayOf.keys()].filter((i) => i === 0 || plot.dayOf[i] !== plot.dayOf[i - 1]);
  const place = (i: number) => {
    const x = LABEL_WIDTH - 1 + i;
    axis[x] = ascii ? '+' : '┬';
    labels.splice(x, 5, ...monthDay(dates[plot.dayOf[i] as number] as string));
  };
  // The first and the last day always; between them as many as fit with two spaces apart.
  const last = starts.at(-1) as number;
  let free = 0;
  for (const i of starts) {
    if (i !== last && (i < free || i + 7 > last)) continue;
    place(i);
    free = i + 7;
  }
  return [axis.join('').trimEnd(), labels.join('').trimEnd()];
}

/** Plain numbers for a pipe, tab- or comma-separated: a date column and one per series, blank where nothing is known. */
export function chartRows(series: readonly Series[], dates: readonly string[], layout: Layout): string {
  const rows = dates.map((date, i) => [date, ...series.map((s) => (s.values[i] === null ? '' : String(round(s.values[i] as number))))]);
  return renderRows(['date', ...series.map((s) => s.key)], rows, layout);
}

export function chartJson(series: readonly Series[], dates: readonly string[]): string {
  const shaped = series.map((s) => ({
    series: s.key,
    unit: SERIES_WORDS[s.key].unit,
    band: s.band === null ? null : { kind: s.band.kind, low: round(s.band.low), high: s.band.high === null ? null : round(s.band.high) },
    days: dates.map((date, i) => ({ date, value: s.values[i] === null ? null : round(s.values[i] as number) })),
  }));
  return machineJson({ from: dates[0], to: dates.at(-1), series: shaped });
}

const round = (v: number) => Math.round(v * 100) / 100;

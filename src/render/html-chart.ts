import type { Series } from '../core/series.js';
import { bandText, SERIES_WORDS, withUnit } from './chart-words.js';
import { dateName, monthDay } from './format.js';
import { formatNumber as num } from './i18n.js';
import { sayChart } from './messages/chart.js';
import { scaleOf } from './sparkline.js';

const W = 320;
const H = 130;
const LEFT = 34;
const RIGHT = 8;
const TOP = 8;
const BOTTOM = 22;

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * One series as an inline SVG line chart: the band as a shaded strip (a range) or a dashed
 * line (a target), the line broken where a day has no reading, a dot per reading.
 */
export function svgChart(s: Series, dates: readonly string[]): string {
  const words = SERIES_WORDS[s.key];
  const scale = scaleOf(s.values, s.band, s.limits);
  const label = `${words.title}, ${sayChart('span', { from: dateName(dates[0] ?? ''), to: dateName(dates.at(-1) ?? '') })}`;
  if (scale === null) return `<p class="none">${esc(sayChart('pageNone', { series: words.short.toLowerCase() }))}</p>`;
  const pad = s.limits ? 0 : Math.max((scale.max - scale.min) * 0.08, scale.max === scale.min ? 1 : 0);
  const lo = scale.min >= 0 ? Math.max(0, scale.min - pad) : scale.min - pad;
  const hi = scale.max + pad;
  const n = s.values.length;
  const x = (i: number) => LEFT + (n === 1 ? (W - LEFT - RIGHT) / 2 : (i * (W - LEFT - RIGHT)) / (n - 1));
  const y = (v: number) => TOP + ((hi - v) * (H - TOP - BOTTOM)) / (hi - lo);
  const f = (v: number) => v.toFixed(1);
  const parts: string[] = [];
  if (s.band) {
    if (s.band.high === null) {
      parts.push(`<line class="target" x1="${LEFT}" x2="${W - RIGHT}" y1="${f(y(s.band.low))}" y2="${f(y(s.band.low))}"/>`);
    } else {
      parts.push(`<rect class="band" x="${LEFT}" width="${W - LEFT - RIGHT}" y="${f(y(s.band.high))}" height="${f(y(s.band.low) - y(s.band.high))}"/>`);
    }
  }
  // Axes: the extremes on the left, the first, middle and last dates below.
  const digits = s.key === 'acwr' ? 2 : words.digits;
  for (const v of [lo, hi]) parts.push(`<text class="tick" x="${LEFT - 4}" y="${f(y(v) + 3)}" text-anchor="end">${num(v, digits)}</text>`);
  parts.push(`<line class="axis" x1="${LEFT}" x2="${W - RIGHT}" y1="${H - BOTTOM}" y2="${H - BOTTOM}"/>`);
  const ticks = n > 2 ? [0, Math.floor((n - 1) / 2), n - 1] : [...Array(n).keys()];
  for (const i of ticks) {
    const anchor = i === 0 && n > 1 ? 'start' : i === n - 1 && n > 1 ? 'end' : 'middle';
    parts.push(`<text class="tick" x="${f(x(i))}" y="${H - 6}" text-anchor="${anchor}">${monthDay(dates[i] ?? '')}</text>`);
  }
  let path = '';
  s.values.forEach((v, i) => {
    if (v === null) return;
    path += `${s.values[i - 1] === null || i === 0 ? 'M' : 'L'}${f(x(i))},${f(y(v))}`;
  });
  parts.push(`<path class="line" d="${path}"/>`);
  s.values.forEach((v, i) => {
    if (v !== null) parts.push(`<circle class="dot" cx="${f(x(i))}" cy="${f(y(v))}" r="2.2"><title>${esc(dateName(dates[i] ?? ''))}: ${esc(withUnit(v, s.key, digits))}</title></circle>`);
  });
  const known = s.values.filter((v) => v !== null).length;
  const legend = `${s.band ? `<span class="key ${s.band.high === null ? 'k-target' : 'k-band'}"></span>${esc(bandText(s.key, s.band))} · ` : ''}${esc(sayChart('pageCount', { known, days: n }))}`;
  return `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(label)}"><title>${esc(label)}</title>${parts.join('')}</svg><p class="legend">${legend}</p>`;
}

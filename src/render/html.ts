import { weekday } from '../core/dates.js';
import { dayLoadEstimated } from '../core/estimated-load.js';
import type { Report, ReportDay } from '../core/report.js';
import { reportSeries } from '../core/series.js';
import { proteinTargetG, SHORT_NIGHT_H } from '../core/settings.js';
import type { Warning } from '../core/warnings.js';
import { plural } from '../core/words.js';
import { SERIES_WORDS } from './chart-words.js';
import { num } from './format.js';
import { esc, svgChart } from './html-chart.js';
import { sayWarning } from './messages/warnings.js';
import { reportView } from './report-view.js';

/** Marks a page as recover's, so `report --html` may replace it and nothing else. */
export const HTML_MARK = '<meta name="generator" content="recover">';

// One self-contained page: no scripts, fonts, images or links that reach out; only inline CSS and SVG.
const CSS = `
:root{--ink:#1d2430;--soft:#5b6577;--line:#d8dde6;--bg:#f5f7fa;--card:#fff;--good:#1f7a4d;--meh:#a05a00;--bad:#b3261e;--accent:#2563a6;--band:#2e8b57}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:980px;margin:0 auto;padding:16px}
header{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:16px 18px;margin-bottom:14px}
h1{font-size:1.3rem;margin:0 0 2px}
h2{font-size:1.05rem;margin:22px 0 8px}
h3{font-size:.95rem;margin:0 0 4px}
.period{color:var(--soft);margin:0 0 10px}
.headline{font-size:1.1rem;font-weight:600;margin:6px 0 0;padding:10px 12px;border-radius:8px;background:#eef6f0;color:var(--good)}
.headline.alert{background:#fdecea;color:var(--bad)}
.headline.warning{background:#fff4e0;color:var(--meh)}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:8px;margin-top:12px}
.tile{border:1px solid var(--line);border-radius:8px;padding:8px 10px}
.tile b{display:block;font-size:1.2rem}
.tile span{color:var(--soft);font-size:.85rem}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:10px}
.chart{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:10px 12px}
svg{width:100%;height:auto;display:block}
svg .line{fill:none;stroke:var(--accent);stroke-width:2;stroke-linejoin:round}
svg .dot{fill:var(--accent)}
svg .band{fill:var(--band);opacity:.14}
svg .target{stroke:var(--band);stroke-width:1.5;stroke-dasharray:5 4}
svg .axis{stroke:var(--line)}
svg .tick{font-size:10px;fill:var(--soft)}
.legend,.none{color:var(--soft);font-size:.8rem;margin:4px 0 0}
.key{display:inline-block;width:14px;height:8px;margin-right:4px;vertical-align:middle}
.k-band{background:var(--band);opacity:.3}
.k-target{border-top:2px dashed var(--band);height:0}
ul.warnings{list-style:none;padding:0;margin:0}
ul.warnings li{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--meh);border-radius:8px;padding:9px 12px;margin-bottom:8px}
ul.warnings li.alert{border-left-color:var(--bad)}
ul.warnings li.info{border-left-color:var(--accent)}
.level{font-size:.75rem;font-weight:700;letter-spacing:.04em;text-transform:uppercase;margin-right:6px}
li.alert .level{color:var(--bad)} li.warning .level{color:var(--meh)} li.info .level{color:var(--accent)}
.evidence{color:var(--soft);font-size:.9rem;margin:3px 0}
.advice{margin:3px 0 0}
.scroll{overflow-x:auto;background:var(--card);border:1px solid var(--line);border-radius:10px}
table{border-collapse:collapse;width:100%;font-size:.88rem;font-variant-numeric:tabular-nums}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
th{background:#eef1f5;font-weight:600}
td:first-child,th:first-child,td.text{text-align:left}
td.text{white-space:normal;min-width:9em}
.scroll td:first-child,.scroll th:first-child{position:sticky;left:0;background:var(--card)}
.scroll th:first-child{background:#eef1f5}
tr.missing td{color:var(--soft);font-style:italic}
.bad{color:var(--bad);font-weight:600}.meh{color:var(--meh)}.good{color:var(--good)}
footer{color:var(--soft);font-size:.8rem;margin:24px 0 8px}
@media (max-width:560px){main{padding:10px}h1{font-size:1.15rem}.charts{grid-template-columns:1fr}}
@media print{body{background:#fff}main{max-width:none;padding:0}.chart,header,.scroll,ul.warnings li{break-inside:avoid;border-color:#bbb}.scroll{overflow:visible}}
`;

export interface HtmlOptions {
  /** When the page was made (shown in the footer). */
  made: string;
}

/** The report as one page for a browser, a printer or a coach: headline, figures, charts, warnings, days. */
export function renderHtml(report: Report, o: HtmlOptions): string {
  const title = `Recovery report ${report.from} to ${report.to}`;
  const charts = reportSeries(report)
    .filter((s) => s.values.some((v) => v !== null))
    .map((s) => `<section class="chart"><h3>${esc(SERIES_WORDS[s.key].title)}</h3>${svgChart(s, report.days.map((d) => d.date))}</section>`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
${HTML_MARK}
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header>
<h1>Recovery report</h1>
<p class="period">${esc(`${weekday(report.from)} ${report.from} to ${weekday(report.to)} ${report.to} · ${report.summary.logged} of ${report.summary.days} days logged`)}</p>
${headline(report)}
${tiles(report)}
</header>
<h2>Trends</h2>
<div class="charts">
${charts.join('\n')}
</div>
<h2>Warnings</h2>
${warningList(report.warnings)}
<h2>Day by day</h2>
<div class="scroll">${dayTable(report)}</div>
<h2>Training load by week</h2>
<div class="scroll">${weekTable(report)}</div>
<footer>Made by recover on ${esc(o.made)} from data kept on this computer. This page loads nothing from the internet.</footer>
</main>
</body>
</html>
`;
}

/** The terminal report's headline: the top sign (or the week on track) and its one action. */
function headline(report: Report): string {
  const { level, summary, action } = reportView(report).headline;
  return `<p class="headline${level === 'ok' ? '' : ` ${level}`}">${esc(summary)} → ${esc(action)}</p>`;
}

function tiles(report: Report): string {
  const { sleep, protein, rest, load } = report.summary;
  const { restingHr: rhr, hrv } = report.load.state;
  const tile = (value: string, label: string, mark = '') => `<div class="tile"><b class="${mark}">${esc(value)}</b><span>${esc(label)}</span></div>`;
  const restDays = rest.full + rest.active;
  return `<div class="tiles">${[
    sleep.averageH === null ? tile('-', 'sleep: no nights logged') : tile(`${num(sleep.averageH)} h`, `average sleep (target ${num(sleep.targetH)} h)`, sleep.averageH < SHORT_NIGHT_H ? 'bad' : sleep.averageH < sleep.targetH ? 'meh' : 'good'),
    protein.averageG === null ? tile('-', 'protein: none logged') : tile(`${num(protein.averageG, 0)} g`, protein.targetG === null ? 'average protein' : `average protein (target ${num(protein.targetG, 0)} g)`, protein.targetG !== null && protein.averageG < protein.targetG ? 'meh' : ''),
    tile(`${restDays} of ${rest.target}`, 'rest days (target)', restDays < rest.target ? 'meh' : 'good'),
    tile(`${num(load.total, 0)} AU`, `training load, ${plural(load.sessions, 'session')}`),
    ...(rhr.weekMean === null ? [] : [tile(`${num(rhr.weekMean, 0)} bpm`, `resting HR, last 7 days${rhr.elevated ? ' (elevated)' : ''}`, rhr.elevated ? 'bad' : '')]),
    ...(hrv.lnWeekMean === null ? [] : [tile(`${num(Math.exp(hrv.lnWeekMean), 0)} ms`, `HRV, last 7 days${hrv.suppressed ? ' (below normal)' : ''}`, hrv.suppressed ? 'bad' : '')]),
  ].join('')}</div>`;
}

function warningList(warnings: readonly Warning[]): string {
  if (warnings.length === 0) return '<p>No warnings: recovery looks on track.</p>';
  const label = { alert: 'Alert', warning: 'Warning', info: 'Note' };
  return `<ul class="warnings">${warnings
    .map((w) => ({ level: w.level, ...sayWarning(w) }))
    .map((w) => `<li class="${w.level}"><span class="level">${label[w.level]}</span><b>${esc(w.sign)}</b><p class="evidence">${esc(w.evidence)}</p><p class="advice">${esc(w.advice)}</p></li>`)
    .join('\n')}</ul>`;
}

function dayTable(report: Report): string {
  const head = ['Date', 'Sleep', 'Protein', 'Training', 'Load', 'Rest', 'Fatigue', 'Sore', 'Motiv', 'RHR', 'HRV', 'Note'];
  const rows = report.days.map((d) => dayRow(d, report));
  return `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function dayRow(day: ReportDay, report: Report): string {
  const date = `<td>${weekday(day.date)} ${day.date}</td>`;
  const e = day.entry;
  if (!e) return `<tr class="missing">${date}<td colspan="11" class="text">no entry</td></tr>`;
  const target = proteinTargetG(report.settings);
  const cell = (text: string, mark = '') => `<td${mark ? ` class="${mark}"` : ''}>${esc(text)}</td>`;
  const scale = (v: number | null, bad: (v: number) => boolean) => cell(v === null ? '' : String(v), v !== null && bad(v) ? 'bad' : '');
  const sleepMark = e.sleepHours === null ? '' : e.sleepHours < SHORT_NIGHT_H ? 'bad' : e.sleepHours < report.settings.sleepTargetH ? 'meh' : 'good';
  const training = e.sessions.map((s) => `${s.type} ${num(s.minutes)} min${s.rpe === null ? '' : ` RPE ${num(s.rpe)}`}`).join(', ') || (e.trainingLogged ? '' : '?');
  const rest = day.status === 'full-rest' ? 'full' : day.status === 'active-rest' ? 'active' : '';
  return `<tr>${[
    date,
    cell(e.sleepHours === null ? '' : `${num(e.sleepHours, 2)} h`, sleepMark),
    cell(e.proteinG === null ? '' : `${num(e.proteinG, 0)} g`, e.proteinG !== null && target !== null ? (e.proteinG < target ? 'meh' : 'good') : ''),
    `<td class="text">${esc(training)}</td>`,
    cell(day.load === null ? '' : `${dayLoadEstimated(e) ? '~' : ''}${num(day.load, 0)}`),
    cell(rest),
    scale(e.fatigue, (v) => v >= 4),
    scale(e.soreness, (v) => v >= 4),
    scale(e.motivation, (v) => v <= 2),
    cell(num(e.restingHrBpm, 0)),
    cell(num(e.hrvMs, 0)),
    `<td class="text">${esc([e.injury && `injury: ${e.injury}`, e.note].filter(Boolean).join('; '))}</td>`,
  ].join('')}</tr>`;
}

function weekTable(report: Report): string {
  const ewma = report.load.model === 'ewma';
  const head = ['Week', 'Load', ewma ? 'ACWR (EWMA)' : 'ACWR', 'Monotony', 'Strain', 'Fitness', 'Fatigue', 'Form'];
  const rows = report.load.weeks.map((w) => {
    const acwr = ewma ? w.acwrEwma : w.acwr;
    const mark = acwr === null ? '' : acwr > 1.5 ? 'bad' : acwr >= 1.3 || acwr < 0.8 ? 'meh' : 'good';
    return `<tr><td>${w.from} to ${w.to}${w.unknown ? ` (${w.unknown} unknown)` : ''}</td><td>${num(w.total, 0)}</td><td class="${mark}">${acwr === null ? '-' : acwr.toFixed(2)}</td><td>${w.monotony === null ? '-' : w.monotony.toFixed(2)}</td><td>${w.strain === null ? '-' : num(w.strain, 0)}</td><td>${num(w.ctl, 0)}</td><td>${num(w.atl, 0)}</td><td>${num(w.tsb, 0)}</td></tr>`;
  });
  return `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

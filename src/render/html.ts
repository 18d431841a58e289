import { isLogged } from '../core/day-status.js';
import { dayLoadEstimated } from '../core/estimated-load.js';
import type { Report, ReportDay } from '../core/report.js';
import { reportSeries } from '../core/series.js';
import { proteinTargetG, SHORT_NIGHT_H } from '../core/settings.js';
import type { Warning } from '../core/warnings.js';
import { SERIES_WORDS, unitText } from './chart-words.js';
import { dateName, dayName, fixed } from './format.js';
import { currentLang, formatNumber as num } from './i18n.js';
import { esc, svgChart } from './html-chart.js';
import { sessionWord } from './messages/day.js';
import { sayHtml } from './messages/html.js';
import { sayWarning } from './messages/warnings.js';
import { reportView } from './report-view.js';
import { weekTotal } from './report.js';

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
.headline.info{background:#eef2f8;color:var(--accent)}
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
  const title = sayHtml('title', { from: dateName(report.from), to: dateName(report.to) });
  const charts = reportSeries(report)
    .filter((s) => s.values.some((v) => v !== null))
    .map((s) => `<section class="chart"><h3>${esc(SERIES_WORDS[s.key].title)}</h3>${svgChart(s, report.days.map((d) => d.date))}</section>`);
  return `<!DOCTYPE html>
<html lang="${currentLang()}">
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
<h1>${esc(sayHtml('heading'))}</h1>
<p class="period">${esc(sayHtml('period', { from: dayName(report.from, true), to: dayName(report.to, true), logged: report.summary.logged, days: report.summary.days }))}</p>
${headline(report)}
${tiles(report)}
</header>
<h2>${esc(sayHtml('trends'))}</h2>
<div class="charts">
${charts.join('\n')}
</div>
<h2>${esc(sayHtml('warnings'))}</h2>
${warningList(report.warnings)}
<h2>${esc(sayHtml('days'))}</h2>
<div class="scroll">${dayTable(report)}</div>
<h2>${esc(sayHtml('weeks'))}</h2>
<div class="scroll">${weekTable(report)}</div>
<footer>${esc(sayHtml('footer', { made: o.made }))}</footer>
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
  const hours = currentLang() === 'en' ? 'h' : 'u';
  return `<div class="tiles">${[
    sleep.averageH === null
      ? tile('-', sayHtml('sleepNone'))
      : tile(`${num(sleep.averageH)} ${hours}`, sayHtml('sleepTile', { target: num(sleep.targetH) }), sleep.averageH < SHORT_NIGHT_H ? 'bad' : sleep.averageH < sleep.targetH ? 'meh' : 'good'),
    protein.averageG === null
      ? tile('-', sayHtml('proteinNone'))
      : tile(
          `${num(protein.averageG, 0)} g`,
          protein.targetG === null ? sayHtml('proteinTile') : sayHtml('proteinTargetTile', { target: num(protein.targetG, 0) }),
          protein.targetG !== null && protein.averageG < protein.targetG ? 'meh' : '',
        ),
    // Short only when the days not logged could not make up the target either; no training known is no load figure.
    tile(sayHtml('restValue', { rest: restDays, target: rest.target }), sayHtml('restTile'), restDays >= rest.target ? 'good' : restDays + rest.unlogged < rest.target ? 'meh' : ''),
    tile(rest.unlogged === report.days.length ? '-' : `${num(load.total, 0)} AU`, sayHtml('loadTile', { sessions: load.sessions })),
    ...(rhr.weekMean === null ? [] : [tile(`${num(rhr.weekMean, 0)} ${unitText('bpm')}`, sayHtml('rhrTile', { elevated: rhr.elevated ? 'yes' : 'no' }), rhr.elevated ? 'bad' : '')]),
    ...(hrv.lnWeekMean === null ? [] : [tile(`${num(Math.exp(hrv.lnWeekMean), 0)} ms`, sayHtml('hrvTile', { low: hrv.suppressed ? 'yes' : 'no' }), hrv.suppressed ? 'bad' : '')]),
  ].join('')}</div>`;
}

function warningList(warnings: readonly Warning[]): string {
  if (warnings.length === 0) return `<p>${esc(sayHtml('noWarnings'))}</p>`;
  return `<ul class="warnings">${warnings
    .map((w) => ({ level: w.level, ...sayWarning(w) }))
    .map((w) => `<li class="${w.level}"><span class="level">${esc(sayHtml(w.level))}</span><b>${esc(w.sign)}</b><p class="evidence">${esc(w.evidence)}</p><p class="advice">${esc(w.advice)}</p></li>`)
    .join('\n')}</ul>`;
}

function dayTable(report: Report): string {
  const keys = ['colDate', 'colSleep', 'colProtein', 'colTraining', 'colLoad', 'colRest', 'colFatigue', 'colSore', 'colMotivation', 'colRhr', 'colHrv', 'colNote'] as const;
  const rows = report.days.map((d) => dayRow(d, report));
  return `<table><thead><tr>${keys.map((k) => `<th>${esc(sayHtml(k))}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function dayRow(day: ReportDay, report: Report): string {
  const date = `<td>${esc(dayName(day.date, true))}</td>`;
  const e = day.entry;
  if (!e || !isLogged(e)) return `<tr class="missing">${date}<td colspan="11" class="text">${esc(sayHtml('noEntry'))}</td></tr>`;
  const target = proteinTargetG(report.settings);
  const cell = (text: string, mark = '') => `<td${mark ? ` class="${mark}"` : ''}>${esc(text)}</td>`;
  const scale = (v: number | null, bad: (v: number) => boolean) => cell(v === null ? '' : String(v), v !== null && bad(v) ? 'bad' : '');
  const sleepMark = e.sleepHours === null ? '' : e.sleepHours < SHORT_NIGHT_H ? 'bad' : e.sleepHours < report.settings.sleepTargetH ? 'meh' : 'good';
  const training =
    e.sessions
      .map((s) => (s.rpe === null ? sayHtml('session', { type: sessionWord(s.type), minutes: num(s.minutes) }) : sayHtml('sessionRpe', { type: sessionWord(s.type), minutes: num(s.minutes), rpe: num(s.rpe) })))
      .join(', ') || (e.trainingLogged ? '' : '?');
  const rest = day.status === 'full-rest' ? sayHtml('fullRest') : day.status === 'active-rest' ? sayHtml('activeRest') : '';
  const optional = (v: number | null, digits = 1) => (v === null ? '' : num(v, digits));
  return `<tr>${[
    date,
    cell(e.sleepHours === null ? '' : `${num(e.sleepHours, 2)} ${currentLang() === 'en' ? 'h' : 'u'}`, sleepMark),
    cell(e.proteinG === null ? '' : `${num(e.proteinG, 0)} g`, e.proteinG !== null && target !== null ? (e.proteinG < target ? 'meh' : 'good') : ''),
    `<td class="text">${esc(training)}</td>`,
    cell(day.load === null ? '' : `${dayLoadEstimated(e) ? '~' : ''}${num(day.load, 0)}`),
    cell(rest),
    scale(e.fatigue, (v) => v >= 4),
    scale(e.soreness, (v) => v >= 4),
    scale(e.motivation, (v) => v <= 2),
    cell(optional(e.restingHrBpm, 0)),
    cell(optional(e.hrvMs, 0)),
    `<td class="text">${esc([e.injury && sayHtml('injury', { injury: e.injury }), e.note].filter(Boolean).join('; '))}</td>`,
  ].join('')}</tr>`;
}

function weekTable(report: Report): string {
  const ewma = report.load.model === 'ewma';
  const keys = ['colWeek', 'colLoad', ewma ? 'colAcwrEwma' : 'colAcwr', 'colMonotony', 'colStrain', 'colFitness', 'colAtl', 'colForm'] as const;
  const rows = report.load.weeks.map((w) => {
    const acwr = ewma ? w.acwrEwma : w.acwr;
    const mark = acwr === null ? '' : acwr > 1.5 ? 'bad' : acwr >= 1.3 || acwr < 0.8 ? 'meh' : 'good';
    const span = w.unknown ? sayHtml('weekUnknown', { from: dateName(w.from), to: dateName(w.to), unknown: w.unknown }) : sayHtml('week', { from: dateName(w.from), to: dateName(w.to) });
    return `<tr><td>${esc(span)}</td><td>${weekTotal(w)}</td><td class="${mark}">${acwr === null ? '-' : fixed(acwr)}</td><td>${w.monotony === null ? '-' : fixed(w.monotony)}</td><td>${w.strain === null ? '-' : num(w.strain, 0)}</td><td>${num(w.ctl, 0)}</td><td>${num(w.atl, 0)}</td><td>${num(w.tsb, 0)}</td></tr>`;
  });
  return `<table><thead><tr>${keys.map((k) => `<th>${esc(sayHtml(k))}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

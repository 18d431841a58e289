import type { ChalkInstance } from 'chalk';
import { weekday } from '../core/dates.js';
import type { LoadWeek } from '../core/load.js';
import type { Report } from '../core/report.js';
import { SHORT_NIGHT_H } from '../core/settings.js';
import type { Warning, WarningLevel } from '../core/warnings.js';
import { plural } from '../core/words.js';
import { adviceLines } from './advice.js';
import { inert, num } from './format.js';
import { DAY_COLUMNS, LEVEL_LABEL, LOAD_COLUMNS, MESSAGES, SHORT_DAY_COLUMNS } from './messages.js';
import { foldWarnings, reportView, type Mark, type ReportView, type ViewCell, type ViewWarning } from './report-view.js';
import { sayGap } from './messages/verdict.js';
import { sayWarning } from './messages/warnings.js';
import { trendLines } from './sparkline.js';
import { fitRows, renderRows, wrap, type Cell, type Layout } from './table.js';

export interface ReportLook {
  /** --detail: the load model's figures (ACWR, monotony, strain, CTL/ATL/TSB, ln HRV). */
  detail: boolean;
  /** Trend lines in plain ASCII (a terminal or locale without block characters). */
  ascii?: boolean;
}

/** The arrow that keeps a value's meaning without colour (NO_COLOR, a printout). */
const MARKER: Record<Mark, string> = { good: '', plain: '', low: '↓', high: '↑' };

/** Red and green read on light and dark backgrounds alike; yellow does not, so it is not used. */
export function marked(c: ChalkInstance, cell: ViewCell | undefined): string {
  if (!cell) return '';
  const text = `${inert(cell.text)}${MARKER[cell.mark]}`;
  return cell.mark === 'good' ? c.green(text) : cell.mark === 'plain' ? text : c.red(text);
}

/** The report as rows for a script: the day table only, plain values, the units in the headings. */
export function reportRows(report: Report, layout: Layout): string {
  const view = reportView(report);
  return renderRows(view.columns.map((col) => DAY_COLUMNS[col]), dayRows(view, layout), layout);
}

function dayRows(view: ReportView, layout: Layout): Cell[][] {
  return view.days.map((d) =>
    d.cells === null
      ? [d.label, { span: layout.format === 'table' ? layout.color.dim(MESSAGES.noEntry()) : MESSAGES.noEntry() }]
      : view.columns.map((col) => (layout.format === 'table' ? marked(layout.color, d.cells?.[col]) : (d.cells?.[col]?.text ?? ''))),
  );
}

/** The weekly (or any range) report on a terminal: the headline, the days, the summary, then the evidence. */
export function renderReport(report: Report, layout: Layout, look: ReportLook = { detail: false }): string {
  const c = layout.color;
  const view = reportView(report);
  const days = fitRows({ long: view.columns.map((col) => DAY_COLUMNS[col]), short: view.columns.map((col) => SHORT_DAY_COLUMNS[col]) }, dayRows(view, layout), layout);
  const out = [
    headlineLine(view, layout),
    '',
    c.bold(view.title),
    days.text,
    c.dim(wrap(days.short ? `${MESSAGES.shortLegend()} ${MESSAGES.legend()}` : MESSAGES.legend(), layout.width)),
    '',
    summaryLines(report, layout),
    ...advice(report, layout),
    '',
    ...trends(report, layout, look),
    loadLines(report, layout, look),
    '',
    shownWarnings(view.warnings, layout, MESSAGES.noWarningsReport()),
  ];
  if (view.plan.length > 0) out.push('', c.bold(MESSAGES.planHeading()), ...view.plan.map((a) => wrap(`- ${a}`, layout.width, '  ', '    ')));
  if (!look.detail) out.push('', c.dim(wrap(MESSAGES.detailHint(), layout.width)));
  return `${out.join('\n')}\n`;
}

/** Rhythm, the whole plate, hydration and active recovery: lines under the summary, wrapped under their label. */
function advice(report: Report, layout: Layout): string[] {
  const text = adviceLines(report.advice, report.settings, layout.color);
  return text ? text.split('\n').map((line) => wrap(line, layout.width, '', ' '.repeat(12))) : [];
}

function trends(report: Report, layout: Layout, look: ReportLook): string[] {
  const lines = trendLines(report, layout.color, Boolean(look.ascii));
  return lines ? [lines, ''] : [];
}

function headlineLine(view: ReportView, layout: Layout): string {
  const c = layout.color;
  const { level, summary, action } = view.headline;
  const tag = level === 'ok' ? c.green('OK') : levelTag(c, level);
  return wrap(`${tag} ${c.bold(inert(summary))} → ${action}`, layout.width, '', '   ');
}

export function levelTag(c: ChalkInstance, level: WarningLevel): string {
  const text = `[${LEVEL_LABEL[level]}]`;
  return level === 'alert' ? c.bold.red(text) : level === 'warning' ? c.red(text) : c.blue(text);
}

function summaryLines(report: Report, layout: Layout): string {
  const c = layout.color;
  const { sleep, protein, rest, load, water, logged, days } = report.summary;
  const low = (text: string, isLow: boolean) => (isLow ? c.red(`${text}↓`) : c.green(text));
  const lines = [c.bold(MESSAGES.summaryHeading({ logged, days }))];
  lines.push(
    sleep.averageH === null
      ? '  Sleep     no nights logged'
      : `  Sleep     average ${low(`${num(sleep.averageH, 2)} h`, sleep.averageH < sleep.targetH)} over ${plural(sleep.nights, 'night')} (target ${num(sleep.targetH)} h); ` +
          `${plural(sleep.shortNights.length, 'night')} under ${SHORT_NIGHT_H} h, ${plural(sleep.underTarget.length, 'night')} under target`,
  );
  if (protein.averageG === null) lines.push('  Protein   none logged');
  else {
    const perKg = protein.averageGPerKg === null ? '' : ` (${num(protein.averageGPerKg)} g/kg)`;
    const vsTarget =
      protein.targetG === null
        ? 'no target: set your weight with "recover config set weight KG"'
        : `target ${num(protein.targetG, 0)} g; ${plural(protein.daysUnder.length, 'day')} under target`;
    lines.push(`  Protein   average ${low(`${num(protein.averageG, 0)} g`, protein.targetG !== null && protein.averageG < protein.targetG)}${perKg} over ${plural(protein.daysLogged, 'day')}; ${vsTarget}`);
  }
  if (water.averageL !== null) lines.push(`  Water     average ${num(water.averageL)} l over ${plural(water.daysLogged, 'day')}`);
  const restDays = rest.full + rest.active;
  lines.push(
    `  Rest      ${low(String(restDays), restDays < rest.target)} of ${rest.target} target rest days (${rest.full} full, ${rest.active} active)` +
      (rest.unlogged ? `; ${plural(rest.unlogged, 'day')} without training logged` : ''),
  );
  lines.push(
    `  Load      ${num(load.total, 0)} total (effort x minutes) over ${plural(load.trainingDays, 'training day')}, ${plural(load.sessions, 'session')}` +
      (load.sessionsWithoutRpe ? `; ${plural(load.sessionsWithoutRpe, 'session')} without an effort score add no load` : '') +
      (load.sessionsEstimated ? `; ${plural(load.sessionsEstimated, 'session')} estimated from heart rate (~)` : ''),
  );
  return lines.map((l) => wrap(l, layout.width, '', '            ')).join('\n');
}

function loadLines(report: Report, layout: Layout, look: ReportLook): string {
  const c = layout.color;
  const { weeks, state, gaps, model } = report.load;
  const lines = [c.bold(MESSAGES.loadHeading()) + c.dim(` ${MESSAGES.loadNote()}`)].map((l) => wrap(l, layout.width));
  if (look.detail) {
    const ratio = (w: LoadWeek) => (model === 'ewma' ? w.acwrEwma : w.acwr);
    const rows = weeks.map((w): Cell[] => {
      const acwr = ratio(w);
      return [
        `${w.from.slice(5)} to ${w.to.slice(5)}`,
        String(w.unknown),
        num(w.total, 0),
        acwr === null ? '-' : marked(c, { text: acwr.toFixed(2), mark: acwr > 1.5 || acwr >= 1.3 ? 'high' : acwr < 0.8 ? 'low' : 'good' }),
        w.monotony === null ? '-' : marked(c, { text: w.monotony.toFixed(2), mark: w.monotony > 2 ? 'high' : 'plain' }),
        w.strain === null ? '-' : num(w.strain, 0),
        num(w.ctl, 0),
        num(w.atl, 0),
        num(w.tsb, 0),
      ];
    });
    const heads = Object.values(LOAD_COLUMNS).map((h, i) => (i === 3 && model === 'ewma' ? 'Load ratio (ACWR, EWMA)' : h));
    lines.push(renderRows(heads, rows, layout));
  } else {
    for (const w of weeks) {
      lines.push(`  ${weekday(w.from)} ${w.from.slice(5)} to ${weekday(w.to)} ${w.to.slice(5)}: ${num(w.total, 0)}${w.unknown ? c.dim(` (${plural(w.unknown, 'day')} unknown)`) : ''}`);
    }
  }
  const { sleepDebt: debt, restingHr: rhr, hrv } = state;
  const debtText = `${num(debt.hours)} h`;
  lines.push(`  Sleep debt  ${debt.hours > 0 ? c.red(`${debtText}↓`) : c.green(debtText)} ${MESSAGES.sleepDebt({ targetH: num(debt.targetH), nights: debt.nights })}`);
  if (rhr.weekMean !== null) {
    const base = rhr.baselineMean === null ? 'no baseline yet' : `usual ${num(rhr.baselineMean)} +/- ${num(rhr.baselineSd ?? 0)} bpm`;
    lines.push(`  Resting HR  7-day average ${rhr.elevated ? c.red(`${num(rhr.weekMean)} bpm↑`) : `${num(rhr.weekMean)} bpm`}; ${base}`);
  }
  if (hrv.lnWeekMean !== null) {
    const ms = (ln: number) => num(Math.exp(ln), 0);
    const range = hrv.lower === null ? 'no normal range yet' : look.detail ? `normal ln ${hrv.lower.toFixed(2)}-${(hrv.upper ?? 0).toFixed(2)}` : `normal ${ms(hrv.lower)}-${ms(hrv.upper ?? 0)} ms`;
    const value = look.detail ? `ln ${hrv.lnWeekMean.toFixed(2)} (${ms(hrv.lnWeekMean)} ms)` : `${ms(hrv.lnWeekMean)} ms`;
    lines.push(`  HRV         7-day average ${hrv.suppressed ? c.red(`${value}↓`) : value}; ${range}`);
  }
  const wrapped = lines.map((l) => (l.includes('\n') ? l : wrap(l, layout.width, '', '              ')));
  for (const gap of gaps) wrapped.push(c.dim(wrap(MESSAGES.notYet({ gap: sayGap(gap) }), layout.width, '  ', '    ')));
  return wrapped.join('\n');
}

/** Warnings with their evidence; the signs an alert names sit under it, and the advice is merged below. */
function shownWarnings(warnings: readonly ViewWarning[], layout: Layout, none: string): string {
  const c = layout.color;
  if (warnings.length === 0) return c.green(none);
  const lines = [c.bold(MESSAGES.warningsHeading())];
  for (const w of warnings) {
    lines.push(wrap(`${levelTag(c, w.level)} ${c.bold(inert(w.sign))}${w.evidence ? `: ${inert(w.evidence)}` : ''}`, layout.width, '', '    '));
    for (const s of w.folded) lines.push(wrap(`- ${inert(s.sign)}: ${inert(s.evidence)}`, layout.width, '    ', '      '));
  }
  return lines.join('\n');
}

/** Warnings with their advice (the plan screen): the same folding as the report. */
export function warningLines(warnings: readonly Warning[], layout: Layout, none: string): string {
  const folded = foldWarnings(warnings);
  const shown = shownWarnings(folded, layout, none);
  const advice = [...new Set(folded.flatMap((f) => warnings.filter((w) => w.code === f.code).map((w) => sayWarning(w).advice)))].filter(Boolean);
  return warnings.length === 0 ? shown : [shown, ...advice.map((a) => wrap(`→ ${a}`, layout.width, '  ', '    '))].join('\n');
}

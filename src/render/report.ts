import type { ChalkInstance } from 'chalk';
import type { LoadWeek } from '../core/load.js';
import type { Report } from '../core/report.js';
import { SHORT_NIGHT_H } from '../core/settings.js';
import type { Warning, WarningLevel } from '../core/warnings.js';
import { adviceLines } from './advice.js';
import { dayName, fixed, inert } from './format.js';
import { formatNumber as num } from './i18n.js';
import { machine } from './lang.js';
import { DAY_COLUMN_LEGEND, DAY_COLUMNS, LEVEL_LABEL, SHORT_DAY_COLUMNS, type DayColumn } from './messages.js';
import { sayColumns, sayReport } from './messages/report.js';
import { foldWarnings, reportView, type Mark, type ReportView, type ViewCell, type ViewWarning } from './report-view.js';
import { sayGap } from './messages/verdict.js';
import { sayWarning } from './messages/warnings.js';
import { trendLines } from './sparkline.js';
import { fitRows, renderRows, type Cell, type Layout } from './table.js';
import { wrap } from './wrap.js';

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
  return machine(() => {
    const view = reportView(report);
    return renderRows(view.columns.map((col) => (col === 'date' ? sayColumns('isoDate') : DAY_COLUMNS[col])), dayRows(view, layout), layout);
  });
}

/** On screen a day reads "Fri 01-03"; a script's row starts with its ISO date, whatever the span. */
function dayRows(view: ReportView, layout: Layout): Cell[][] {
  const table = layout.format === 'table';
  return view.days.map((d) =>
    d.cells === null
      ? [table ? d.label : d.date, { span: table ? layout.color.dim(sayReport('noEntry')) : sayReport('noEntry') }]
      : view.columns.map((col) => (table ? marked(layout.color, d.cells?.[col]) : col === 'date' ? d.date : (d.cells?.[col]?.text ?? ''))),
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
    c.dim(wrap(days.short ? `${shortLegend(view.columns)} ${sayReport('legend')}` : sayReport('legend'), layout.width)),
    '',
    summaryLines(report, layout),
    ...advice(report, layout),
    '',
    ...trends(report, layout, look),
    loadLines(report, layout, look),
    '',
    shownWarnings(view.warnings, layout, sayReport('noWarnings')),
  ];
  if (view.plan.length > 0) out.push('', c.bold(sayReport('planHeading')), ...view.plan.map((a) => wrap(`- ${a}`, layout.width, '  ', '    ')));
  if (!look.detail) out.push('', c.dim(wrap(sayReport('detailHint'), layout.width)));
  return `${out.join('\n')}\n`;
}

/** The short headings on screen, each spelled out once: "Qual = sleep quality, RHR = resting heart rate in bpm." */
function shortLegend(columns: readonly DayColumn[]): string {
  return `${columns.filter((col) => SHORT_DAY_COLUMNS[col] !== DAY_COLUMNS[col]).map((col) => DAY_COLUMN_LEGEND[col]).join(', ')}.`;
}

/** Rhythm, the whole plate, hydration and active recovery: lines under the summary, wrapped under their label. */
function advice(report: Report, layout: Layout): string[] {
  const text = adviceLines(report.advice, report.settings, layout.color);
  return text ? text.split('\n').map((line) => wrap(line, layout.width, '', ' '.repeat(12))) : [];
}

function trends(report: Report, layout: Layout, look: ReportLook): string[] {
  const lines = trendLines(report, layout.color, Boolean(look.ascii), layout.width);
  return lines ? [lines, ''] : [];
}

function headlineLine(view: ReportView, layout: Layout): string {
  const c = layout.color;
  const { level, summary, action } = view.headline;
  const tag = level === 'ok' ? c.green(sayReport('ok')) : levelTag(c, level);
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
  const labels = { sleep: sayReport('sleepLabel'), protein: sayReport('proteinLabel'), water: sayReport('waterLabel'), rest: sayReport('restLabel'), load: sayReport('loadLabel') };
  // The labels line up in one column, as wide as the longest in this language.
  const pad = Math.max(10, ...Object.values(labels).map((l) => l.length + 1));
  const line = (label: string, text: string) => `  ${label.padEnd(pad)}${text}`;
  const lines = [c.bold(sayReport('summaryHeading', { logged, days }))];
  lines.push(
    line(
      labels.sleep,
      sleep.averageH === null
        ? sayReport('sleepNone')
        : sayReport('sleepLine', {
            average: low(`${num(sleep.averageH, 2)} ${sayReport('hours')}`, sleep.averageH < sleep.targetH),
            nights: sleep.nights,
            target: num(sleep.targetH),
            short: sleep.shortNights.length,
            shortH: num(SHORT_NIGHT_H),
            under: sleep.underTarget.length,
          }),
    ),
  );
  if (protein.averageG === null) lines.push(line(labels.protein, sayReport('proteinNone')));
  else {
    const params = {
      average: low(`${num(protein.averageG, 0)} g`, protein.targetG !== null && protein.averageG < protein.targetG),
      perKg: protein.averageGPerKg === null ? 'none' : num(protein.averageGPerKg),
      days: protein.daysLogged,
    };
    lines.push(
      line(
        labels.protein,
        protein.targetG === null ? sayReport('proteinNoTarget', params) : sayReport('proteinTarget', { ...params, target: num(protein.targetG, 0), under: protein.daysUnder.length }),
      ),
    );
  }
  if (water.averageL !== null) lines.push(line(labels.water, sayReport('waterLine', { average: num(water.averageL), days: water.daysLogged })));
  const restDays = rest.full + rest.active;
  // Short only when the days not logged could not make up the target either (as the few-rest-days warning judges).
  const restShort = restDays + rest.unlogged < rest.target;
  lines.push(
    line(labels.rest, sayReport('restLine', { rest: restShort || restDays >= rest.target ? low(String(restDays), restShort) : String(restDays), target: rest.target, full: rest.full, active: rest.active, unlogged: rest.unlogged })),
  );
  lines.push(
    line(
      labels.load,
      rest.unlogged === days ? sayReport('loadNone') : sayReport('loadLine', {
        total: num(load.total, 0),
        days: load.trainingDays,
        sessions: load.sessions,
        noEffort: load.sessionsWithoutRpe,
        estimated: load.sessionsEstimated,
      }),
    ),
  );
  return lines.map((l) => wrap(l, layout.width, '', ' '.repeat(pad + 2))).join('\n');
}

function loadLines(report: Report, layout: Layout, look: ReportLook): string {
  const c = layout.color;
  const { weeks, state, gaps, model } = report.load;
  const lines = [c.bold(sayReport('loadHeading')) + c.dim(` ${sayReport('loadNote')}`)].map((l) => wrap(l, layout.width));
  if (look.detail) {
    const ratio = (w: LoadWeek) => (model === 'ewma' ? w.acwrEwma : w.acwr);
    const rows = weeks.map((w): Cell[] => {
      const acwr = ratio(w);
      return [
        sayReport('weekSpan', { from: dayName(w.from).replace(/^\S+ /, ''), to: dayName(w.to).replace(/^\S+ /, '') }),
        String(w.unknown),
        weekTotal(w),
        acwr === null ? '-' : marked(c, { text: fixed(acwr), mark: acwr > 1.5 || acwr >= 1.3 ? 'high' : acwr < 0.8 ? 'low' : 'good' }),
        w.monotony === null ? '-' : marked(c, { text: fixed(w.monotony), mark: w.monotony > 2 ? 'high' : 'plain' }),
        w.strain === null ? '-' : num(w.strain, 0),
        num(w.ctl, 0),
        num(w.atl, 0),
        num(w.tsb, 0),
      ];
    });
    const heads = (['colWeek', 'colUnknown', 'colLoad', model === 'ewma' ? 'colAcwrEwma' : 'colAcwr', 'colMonotony', 'colStrain', 'colCtl', 'colAtl', 'colTsb'] as const).map((key) => sayReport(key));
    lines.push(renderRows(heads, rows, layout));
  } else {
    for (const w of weeks) {
      const span = { from: dayName(w.from), to: dayName(w.to) };
      if (w.total === null) {
        lines.push(`  ${sayReport('loadWeekUnknown', span)}`);
        continue;
      }
      const unknown = w.unknown ? c.dim(` ${sayReport('weekUnknown', { days: w.unknown })}`) : '';
      lines.push(`  ${sayReport('loadWeek', { ...span, total: num(w.total, 0) })}${unknown}`);
    }
  }
  const { sleepDebt: debt, restingHr: rhr, hrv } = state;
  const labels = { debt: sayReport('debtLabel'), rhr: sayReport('rhrLabel'), hrv: sayReport('hrvLabel') };
  const pad = Math.max(12, ...Object.values(labels).map((l) => l.length + 1));
  const line = (label: string, text: string) => `  ${label.padEnd(pad)}${text}`;
  const debtText = `${num(debt.hours)} ${sayReport('hours')}`;
  lines.push(line(labels.debt, `${debt.hours > 0 ? c.red(`${debtText}↓`) : c.green(debtText)} ${sayReport('sleepDebt', { target: num(debt.targetH), nights: debt.nights })}`));
  if (rhr.weekMean !== null) {
    const value = `${num(rhr.weekMean)} ${sayReport('bpm')}`;
    lines.push(
      line(
        labels.rhr,
        sayReport('rhrLine', {
          value: rhr.elevated ? c.red(`${value}↑`) : value,
          // Not from fewer readings than the judgement needs ("still building" says how many).
          base: rhr.ready && rhr.baselineMean !== null && rhr.baselineSd !== null ? 'known' : 'none',
          mean: rhr.baselineMean === null ? '' : num(rhr.baselineMean),
          sd: rhr.baselineSd === null ? '' : num(rhr.baselineSd),
        }),
      ),
    );
  }
  if (hrv.lnWeekMean !== null) {
    const ms = (ln: number) => num(Math.exp(ln), 0);
    const shown = hrv.ready && hrv.lower !== null && hrv.upper !== null;
    const range = !shown ? 'none' : look.detail ? 'ln' : 'ms';
    const [low, high] = !shown ? ['', ''] : look.detail ? [fixed(hrv.lower ?? 0), fixed(hrv.upper ?? 0)] : [ms(hrv.lower ?? 0), ms(hrv.upper ?? 0)];
    const value = look.detail ? sayReport('hrvLn', { ln: fixed(hrv.lnWeekMean), ms: ms(hrv.lnWeekMean) }) : `${ms(hrv.lnWeekMean)} ms`;
    lines.push(line(labels.hrv, sayReport('hrvLine', { value: hrv.suppressed ? c.red(`${value}↓`) : value, range, low, high })));
  }
  const wrapped = lines.map((l) => (l.includes('\n') ? l : wrap(l, layout.width, '', ' '.repeat(pad + 2))));
  for (const gap of gaps) wrapped.push(c.dim(wrap(sayReport('notYet', { gap: sayGap(gap) }), layout.width, '  ', '    ')));
  return wrapped.join('\n');
}

/** A week's load total; "-" when no day of it has its training known (its 0 would read as a week of rest). */
export function weekTotal(w: LoadWeek): string {
  return w.total === null ? '-' : num(w.total, 0);
}

/** Warnings with their evidence; the signs an alert names sit under it, and the advice is merged below. */
function shownWarnings(warnings: readonly ViewWarning[], layout: Layout, none: string): string {
  const c = layout.color;
  if (warnings.length === 0) return c.green(none);
  const lines = [c.bold(sayReport('warningsHeading'))];
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

import type Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { weekday } from '../core/dates.js';
import { dayLoadEstimated, isLoadEstimated } from '../core/estimated-load.js';
import type { LoadWeek } from '../core/load.js';
import type { PlanComparison } from '../core/plan.js';
import type { Report, ReportDay } from '../core/report.js';
import { proteinTargetG, SHORT_NIGHT_H } from '../core/settings.js';
import type { Warning, WarningLevel } from '../core/warnings.js';
import { plural } from '../core/words.js';
import { adviceLines } from './advice.js';
import { inert, num } from './format.js';
import { newTable } from './table.js';
import { trendLines } from './sparkline.js';

const HEAD = ['Date', 'Sleep', 'Qual', 'Wake', 'Protein', 'Training', 'Load', 'Rest', 'Fatigue', 'Motiv', 'Sore', 'RHR'];

/** The weekly (or any range) report as text: table, summary, load, then warnings. */
export function renderReport(report: Report, color: ChalkInstance, ascii = false): string {
  const planned = new Map(report.plan.map((p) => [p.date, p]));
  const head = planned.size > 0 ? [...HEAD, 'Plan'] : HEAD;
  const table = newTable(head, color);
  for (const day of report.days) {
    const cells = row(day, report, color, head.length);
    const plan = planned.get(day.date);
    table.push(plan && day.entry ? [...cells, planCell(plan, color)] : cells);
  }
  const trends = trendLines(report, color, ascii);
  const title = `Recovery report ${report.from} to ${report.to} (${report.days.length} days)`;
  return [
    color.bold(title),
    table.toString(),
    '',
    summaryLines(report, color),
    adviceLines(report.advice, report.settings, color),
    '',
    ...(trends ? [trends, ''] : []),
    loadLines(report, color),
    '',
    warningLines(report.warnings, color),
    '',
  ].join('\n');
}

function planCell(plan: PlanComparison, c: ChalkInstance): string {
  const p = plan.planned;
  const text = !p ? '-' : p.rest ? 'rest' : p.sessions.map((s) => `${s.type} ${num(s.minutes)}′`).join(', ') || 'train';
  const off = plan.verdict === 'skipped-rest' || plan.verdict === 'unplanned-hard';
  return off ? c.yellow(`${text} ✗`) : plan.verdict === 'as-planned' ? `${text} ✓` : text;
}

function row(day: ReportDay, report: Report, c: ChalkInstance, width: number): Table.HorizontalTableRow {
  const date = `${weekday(day.date)} ${day.date}`;
  const e = day.entry;
  if (!e) return [date, { colSpan: width - 1, content: c.dim('no entry') }];
  const target = proteinTargetG(report.settings);
  const weight = report.settings.weightKg;
  const sleep =
    e.sleepHours === null
      ? ''
      : paint(c, `${num(e.sleepHours, 2)} h`, e.sleepHours < SHORT_NIGHT_H ? 'bad' : e.sleepHours < report.settings.sleepTargetH ? 'meh' : 'good');
  const protein =
    e.proteinG === null
      ? ''
      : paint(
          c,
          `${num(e.proteinG, 0)} g${weight ? ` ${num(e.proteinG / weight)}/kg` : ''}`,
          target === null ? 'plain' : e.proteinG < target ? 'meh' : 'good',
        );
  const training =
    e.sessions.map((s) => `${s.type} ${num(s.minutes)}′${s.rpe !== null ? '' : isLoadEstimated(s) ? c.yellow(' est.') : c.yellow(' no RPE')}`).join(', ') ||
    (e.trainingLogged ? '' : '?');
  const rest = day.status === 'full-rest' ? 'full' : day.status === 'active-rest' ? 'active' : '';
  return [
    date,
    sleep,
    high(c, e.sleepQuality, (v) => v <= 2),
    high(c, e.awakenings, (v) => v >= 3),
    protein,
    training,
    day.load ? `${dayLoadEstimated(e) ? '~' : ''}${num(day.load, 0)}` : '',
    rest ? c.cyan(rest) : '',
    high(c, e.fatigue, (v) => v >= 4),
    high(c, e.motivation, (v) => v <= 2),
    high(c, e.soreness, (v) => v >= 4),
    num(e.restingHrBpm, 0),
  ];
}

type Mark = 'good' | 'meh' | 'bad' | 'plain';

function paint(c: ChalkInstance, text: string, mark: Mark): string {
  return mark === 'good' ? c.green(text) : mark === 'meh' ? c.yellow(text) : mark === 'bad' ? c.red(text) : text;
}

function high(c: ChalkInstance, value: number | null, isBad: (v: number) => boolean): string {
  if (value === null) return '';
  return isBad(value) ? c.red(String(value)) : String(value);
}

function summaryLines(report: Report, c: ChalkInstance): string {
  const { sleep, protein, rest, load, water, logged, days } = report.summary;
  const lines = [c.bold('Summary') + c.dim(` (${logged} of ${days} days logged)`)];
  lines.push(
    sleep.averageH === null
      ? '  Sleep     no nights logged'
      : `  Sleep     average ${paint(c, `${num(sleep.averageH, 2)} h`, sleep.averageH < SHORT_NIGHT_H ? 'bad' : sleep.averageH < sleep.targetH ? 'meh' : 'good')} over ${plural(sleep.nights, 'night')} (target ${num(sleep.targetH)} h); ` +
          `${count(c, sleep.shortNights.length, 'night')} under ${SHORT_NIGHT_H} h, ${count(c, sleep.underTarget.length, 'night')} under target`,
  );
  if (protein.averageG === null) lines.push('  Protein   none logged');
  else {
    const perKg = protein.averageGPerKg === null ? '' : ` (${num(protein.averageGPerKg)} g/kg)`;
    const vsTarget =
      protein.targetG === null
        ? 'no target: set your weight with "recover config set weight KG"'
        : `target ${num(protein.targetG, 0)} g; ${count(c, protein.daysUnder.length, 'day')} under target`;
    lines.push(`  Protein   average ${num(protein.averageG, 0)} g${perKg} over ${plural(protein.daysLogged, 'day')}; ${vsTarget}`);
  }
  if (water.averageL !== null) lines.push(`  Water     average ${num(water.averageL)} l over ${plural(water.daysLogged, 'day')}`);
  const restDays = rest.full + rest.active;
  lines.push(
    `  Rest      ${paint(c, String(restDays), restDays < rest.target ? 'meh' : 'good')} of ${rest.target} target rest days (${rest.full} full, ${rest.active} active)` +
      (rest.unlogged ? c.dim(`; ${plural(rest.unlogged, 'day')} without training logged`) : ''),
  );
  lines.push(
    `  Load      ${num(load.total, 0)} AU total over ${plural(load.trainingDays, 'training day')}, ${plural(load.sessions, 'session')}` +
      (load.sessionsWithoutRpe ? c.yellow(`; ${plural(load.sessionsWithoutRpe, 'session')} without RPE add no load`) : '') +
      (load.sessionsEstimated ? c.yellow(`; ${plural(load.sessionsEstimated, 'session')} estimated from heart rate (~)`) : ''),
  );
  return lines.join('\n');
}

function count(c: ChalkInstance, n: number, noun: string): string {
  const text = plural(n, noun);
  return n > 0 ? c.yellow(text) : text;
}

function loadLines(report: Report, c: ChalkInstance): string {
  const { weeks, state, gaps, model } = report.load;
  const table = newTable(['Week', 'Load', model === 'ewma' ? 'ACWR (EWMA)' : 'ACWR', 'Monotony', 'Strain', 'Fitness (CTL)', 'Load fatigue (ATL)', 'Form (TSB)'], c);
  const ratio = (w: LoadWeek) => (model === 'ewma' ? w.acwrEwma : w.acwr);
  for (const w of weeks) {
    const acwr = ratio(w);
    table.push([
      `${weekday(w.from)} ${w.from.slice(5)} to ${weekday(w.to)} ${w.to.slice(5)}${w.unknown ? c.dim(` (${w.unknown} unknown)`) : ''}`,
      num(w.total, 0),
      acwr === null ? c.dim('-') : paint(c, acwr.toFixed(2), acwr > 1.5 ? 'bad' : acwr >= 1.3 || acwr < 0.8 ? 'meh' : 'good'),
      w.monotony === null ? c.dim('-') : paint(c, w.monotony.toFixed(2), w.monotony > 2 ? 'meh' : 'plain'),
      w.strain === null ? c.dim('-') : num(w.strain, 0),
      num(w.ctl, 0),
      num(w.atl, 0),
      num(w.tsb, 0),
    ]);
  }
  const lines = [c.bold('Training load') + c.dim(' (session RPE x minutes, estimated from heart rate where no RPE was typed; days without training logged are unknown and left out)'), table.toString()];
  const { sleepDebt: debt, restingHr: rhr, hrv } = state;
  lines.push(`  Sleep debt  ${paint(c, `${num(debt.hours)} h`, debt.hours > 5 ? 'bad' : debt.hours > 0 ? 'meh' : 'good')} short of ${num(debt.targetH)} h a night, over the last ${plural(debt.nights, 'logged night')} of 7`);
  if (rhr.weekMean !== null) {
    const base = rhr.baselineMean === null ? 'no baseline yet' : `baseline ${num(rhr.baselineMean)} +/- ${num(rhr.baselineSd ?? 0)} bpm`;
    lines.push(`  Resting HR  7-day mean ${num(rhr.weekMean)} bpm; ${base}${rhr.elevated ? c.red(' (elevated)') : ''}`);
  }
  if (hrv.lnWeekMean !== null) {
    const range = hrv.lower === null ? 'no normal range yet' : `normal ${hrv.lower.toFixed(2)}-${(hrv.upper ?? 0).toFixed(2)}`;
    lines.push(`  HRV         7-day ln ${hrv.lnWeekMean.toFixed(2)} (${num(Math.exp(hrv.lnWeekMean), 0)} ms); ${range}${hrv.suppressed ? c.red(' (suppressed)') : ''}`);
  }
  for (const gap of gaps) lines.push(c.dim(`  Not yet: ${gap}`));
  return lines.join('\n');
}

const LEVEL_LABEL: Record<WarningLevel, string> = { alert: 'ALERT', warning: 'WARNING', info: 'NOTE' };

export function warningLines(warnings: readonly Warning[], c: ChalkInstance, none = 'No warnings: recovery looks on track.'): string {
  if (warnings.length === 0) return c.green(none);
  const tag = (level: WarningLevel) => {
    const text = `[${LEVEL_LABEL[level]}]`;
    return level === 'alert' ? c.bold.red(text) : level === 'warning' ? c.yellow(text) : c.cyan(text);
  };
  return [c.bold('Warnings'), ...warnings.map((w) => `${tag(w.level)} ${c.bold(w.sign)}: ${inert(w.evidence)}. ${c.dim('→')} ${w.advice}`)].join('\n');
}

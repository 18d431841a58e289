import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { weekday } from '../core/dates.js';
import type { Report, ReportDay } from '../core/report.js';
import { proteinTargetG, SHORT_NIGHT_H } from '../core/settings.js';
import type { Warning, WarningLevel } from '../core/warnings.js';
import { plural } from '../core/words.js';
import { num } from './format.js';

const HEAD = ['Date', 'Sleep', 'Qual', 'Wake', 'Protein', 'Training', 'Load', 'Rest', 'Fatigue', 'Motiv', 'Sore', 'RHR'];

/** The weekly (or any range) report as text: table, summary, then warnings. */
export function renderReport(report: Report, color: ChalkInstance): string {
  const table = new Table({
    head: HEAD,
    style: { compact: true, head: color.level > 0 ? ['bold'] : [], border: color.level > 0 ? ['grey'] : [] },
  });
  for (const day of report.days) table.push(row(day, report, color));
  const title = `Recovery report ${report.from} to ${report.to} (${report.days.length} days)`;
  return [color.bold(title), table.toString(), '', summaryLines(report, color), '', warningLines(report.warnings, color), ''].join('\n');
}

function row(day: ReportDay, report: Report, c: ChalkInstance): Table.HorizontalTableRow {
  const date = `${weekday(day.date)} ${day.date}`;
  const e = day.entry;
  if (!e) return [date, { colSpan: HEAD.length - 1, content: c.dim('no entry') }];
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
  const training = e.sessions.map((s) => `${s.type} ${num(s.minutes)}′`).join(', ') || (e.trainingLogged ? '' : '?');
  const rest = day.status === 'full-rest' ? 'full' : day.status === 'active-rest' ? 'active' : '';
  return [
    date,
    sleep,
    high(c, e.sleepQuality, (v) => v <= 2),
    high(c, e.awakenings, (v) => v >= 3),
    protein,
    training,
    day.load ? num(day.load, 0) : '',
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
      (load.sessionsWithoutRpe ? c.yellow(`; ${plural(load.sessionsWithoutRpe, 'session')} without RPE add no load`) : ''),
  );
  return lines.join('\n');
}

function count(c: ChalkInstance, n: number, noun: string): string {
  const text = plural(n, noun);
  return n > 0 ? c.yellow(text) : text;
}

const LEVEL_LABEL: Record<WarningLevel, string> = { alert: 'ALERT', warning: 'WARNING', info: 'NOTE' };

function warningLines(warnings: readonly Warning[], c: ChalkInstance): string {
  if (warnings.length === 0) return c.green('No warnings: recovery looks on track.');
  const tag = (level: WarningLevel) => {
    const text = `[${LEVEL_LABEL[level]}]`;
    return level === 'alert' ? c.bold.red(text) : level === 'warning' ? c.yellow(text) : c.cyan(text);
  };
  return [c.bold('Warnings'), ...warnings.map((w) => `${tag(w.level)} ${c.bold(w.sign)}: ${w.evidence}. ${c.dim('→')} ${w.advice}`)].join('\n');
}

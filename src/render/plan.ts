import { weekday } from '../core/dates.js';
import { dayStatus } from '../core/day-status.js';
import type { PlanDay } from '../core/plan.js';
import type { Day } from '../core/types.js';
import type { Warning } from '../core/warnings.js';
import { plural } from '../core/words.js';
import { num } from './format.js';
import { warningLines } from './report.js';
import { renderRows, type Layout } from './table.js';

export function renderPlan(
  week: string,
  days: ReadonlyArray<{ date: string; planned: PlanDay | null; done: Day | null }>,
  warnings: readonly Warning[],
  target: number,
  layout: Layout,
): string {
  const c = layout.color;
  const rows: string[][] = [];
  for (const { date, planned, done } of days) {
    const plan = !planned
      ? c.dim('not planned')
      : planned.rest
        ? 'rest'
        : planned.sessions.map((s) => `${s.type} ${num(s.minutes)}′ RPE ${num(s.rpe)}`).join(', ') || 'training';
    const status = dayStatus(done);
    const did = status === 'unknown' ? '' : status === 'training' ? 'trained' : status === 'full-rest' ? 'rested' : 'active rest';
    rows.push([`${weekday(date)} ${date}`, plan, did]);
  }
  const table = renderRows(['Day', 'Plan', 'Done'], rows, layout);
  if (layout.format !== 'table') return table;
  const rest = days.filter((d) => d.planned?.rest).length;
  return [c.bold(`Plan for ${week}`) + c.dim(` (${plural(rest, 'rest day')}; target ${target})`), table, '', warningLines(warnings, layout, 'The plan looks balanced.'), ''].join('\n');
}

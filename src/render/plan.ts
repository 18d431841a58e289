import type { ChalkInstance } from 'chalk';
import { weekday } from '../core/dates.js';
import { dayStatus } from '../core/day-status.js';
import type { PlanDay } from '../core/plan.js';
import type { Day } from '../core/types.js';
import type { Warning } from '../core/warnings.js';
import { plural } from '../core/words.js';
import { num } from './format.js';
import { warningLines } from './report.js';
import { newTable } from './table.js';

export function renderPlan(
  week: string,
  days: ReadonlyArray<{ date: string; planned: PlanDay | null; done: Day | null }>,
  warnings: readonly Warning[],
  target: number,
  c: ChalkInstance,
): string {
  const table = newTable(['Day', 'Plan', 'Done'], c);
  for (const { date, planned, done } of days) {
    const plan = !planned
      ? c.dim('not planned')
      : planned.rest
        ? c.cyan('rest')
        : planned.sessions.map((s) => `${s.type} ${num(s.minutes)}′ RPE ${num(s.rpe)}`).join(', ') || 'training';
    const status = dayStatus(done);
    const did = status === 'unknown' ? '' : status === 'training' ? 'trained' : status === 'full-rest' ? 'rested' : 'active rest';
    table.push([`${weekday(date)} ${date}`, plan, did]);
  }
  const rest = days.filter((d) => d.planned?.rest).length;
  return [c.bold(`Plan for ${week}`) + c.dim(` (${plural(rest, 'rest day')}; target ${target})`), table.toString(), '', warningLines(warnings, c, 'The plan looks balanced.'), ''].join('\n');
}

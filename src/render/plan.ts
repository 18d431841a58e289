import { dayStatus } from '../core/day-status.js';
import type { PlanDay } from '../core/plan.js';
import type { Day } from '../core/types.js';
import type { Warning } from '../core/warnings.js';
import { dayName } from './format.js';
import { formatNumber as num } from './i18n.js';
import { machine } from './lang.js';
import { sessionWord } from './messages/day.js';
import { sayPlan } from './messages/plan.js';
import { sayColumns } from './messages/report.js';
import { warningLines } from './report.js';
import { renderRows, type Layout } from './table.js';

export function renderPlan(
  week: string,
  days: ReadonlyArray<{ date: string; planned: PlanDay | null; done: Day | null }>,
  warnings: readonly Warning[],
  target: number,
  layout: Layout,
): string {
  if (layout.format !== 'table') return machine(() => planTable(days, layout));
  const c = layout.color;
  const rest = days.filter((d) => d.planned?.rest).length;
  return [
    c.bold(sayPlan('title', { week })) + c.dim(` ${sayPlan('restCount', { rest, target })}`),
    planTable(days, layout),
    '',
    warningLines(warnings, layout, sayPlan('balanced')),
    '',
  ].join('\n');
}

function planTable(days: ReadonlyArray<{ date: string; planned: PlanDay | null; done: Day | null }>, layout: Layout): string {
  const c = layout.color;
  const table = layout.format === 'table';
  const rows: string[][] = [];
  for (const { date, planned, done } of days) {
    const plan = !planned
      ? c.dim(sayPlan('notPlanned'))
      : planned.rest
        ? sayPlan('rest')
        : planned.sessions.map((s) => sayPlan('session', { type: sessionWord(s.type), minutes: num(s.minutes), rpe: s.rpe === null ? '' : num(s.rpe) })).join(', ') || sayPlan('training');
    const status = dayStatus(done);
    const did = status === 'unknown' ? '' : status === 'training' ? sayPlan('trained') : status === 'full-rest' ? sayPlan('rested') : sayPlan('activeRest');
    rows.push([table ? dayName(date, true) : date, plan, did]);
  }
  // A script's rows start with the ISO date, as the report's do.
  return renderRows([table ? sayPlan('colDay') : sayColumns('isoDate'), sayPlan('colPlan'), sayPlan('colDone')], rows, layout);
}

import { weekday } from '../core/dates.js';
import { sessionLoad } from '../core/day-status.js';
import { dayLoadEstimated, isLoadEstimated } from '../core/estimated-load.js';
import type { Report } from '../core/report.js';
import { sayGap } from './messages/verdict.js';
import { warningJson } from './messages/warnings.js';

/** The report as one JSON document: the same content as the text, every figure kept. */
export function reportJson(report: Report): string {
  const days = report.days.map(({ date, entry, status, load }) => ({
    ...(entry ? { ...entry, sessions: entry.sessions.map((s) => ({ ...s, load: sessionLoad(s), loadEstimated: isLoadEstimated(s) })) } : { date }),
    weekday: weekday(date),
    logged: entry !== null,
    status,
    load,
    loadEstimated: dayLoadEstimated(entry),
  }));
  return `${JSON.stringify(
    {
      from: report.from,
      to: report.to,
      settings: report.settings,
      days,
      summary: report.summary,
      load: { ...report.load, gaps: report.load.gaps.map(sayGap), gapCodes: report.load.gaps },
      plan: report.plan,
      warnings: report.warnings.map(warningJson),
      advice: report.advice,
    },
    null,
    2,
  )}\n`;
}

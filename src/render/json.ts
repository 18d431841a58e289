import { weekday } from '../core/dates.js';
import { isLogged, sessionLoad } from '../core/day-status.js';
import { dayLoadEstimated, isLoadEstimated } from '../core/estimated-load.js';
import type { Report } from '../core/report.js';
import { sayGap } from './messages/verdict.js';
import { warningJson } from './messages/warnings.js';

/**
 * A number as scripts get it: at most 6 decimals. Sums of decimals carry binary floating-point
 * noise (81.6 + 44.8 is 126.39999999999999); no figure recover shows needs more.
 */
export const machineNumber = (n: number): number => (Number.isInteger(n) || !Number.isFinite(n) ? n : Math.round(n * 1e6) / 1e6);

/** A document for scripts: JSON indented by two, every number through machineNumber, and a line end. */
export function machineJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? machineNumber(v) : v), 2)}\n`;
}

/** The report as one JSON document: the same content as the text, every figure kept. */
export function reportJson(report: Report): string {
  const days = report.days.map(({ date, entry, status, load }) => ({
    ...(entry ? { ...entry, sessions: entry.sessions.map((s) => ({ ...s, load: sessionLoad(s), loadEstimated: isLoadEstimated(s) })) } : { date }),
    weekday: weekday(date),
    // As the summary counts it: a day holding only tags is not logged.
    logged: isLogged(entry),
    status,
    load,
    loadEstimated: dayLoadEstimated(entry),
  }));
  return machineJson(
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
  );
}

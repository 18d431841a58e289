import type { Readiness, Reason } from '../core/readiness.js';
import { OVERTRAINING_SIGNS, type WarningCode } from '../core/warnings.js';
import { dayName, inert } from './format.js';
import { machine } from './lang.js';
import { VERDICT_LABEL } from './messages.js';
import { sayReport } from './messages/report.js';
import { sayStatus } from './messages/status.js';
import { sayAction, sayAdvice, sayGap, sayReason, sayRule } from './messages/verdict.js';
import { renderRows, type Layout } from './table.js';
import { wrap } from './wrap.js';

export interface StatusLook {
  /** --detail: each reason's rule and the kind of evidence it is. */
  detail: boolean;
}

const isSign = (r: Reason) => OVERTRAINING_SIGNS.includes(r.code as WarningCode);
const isAlert = (r: Reason) => r.code === 'overreaching' || r.code === 'overtraining-risk';

/** The verdict as one row for a script: date, verdict, action, the reasons' codes. */
export function statusRows(r: Readiness, layout: Layout): string {
  return machine(() =>
    renderRows(
      [sayStatus('colDate'), sayStatus('colVerdict'), sayStatus('colAction'), sayStatus('colReasons')],
      [[r.date, r.verdict, sayAction(r), r.reasons.map((x) => x.code).join(',')]],
      layout,
    ),
  );
}

export function renderStatus(r: Readiness, layout: Layout, look: StatusLook = { detail: false }): string {
  const c = layout.color;
  const paint = { green: c.green, amber: c.magenta, red: c.red, unknown: c.dim }[r.verdict];
  const headline = sayStatus('verdictLine', { day: dayName(r.date, true), verdict: VERDICT_LABEL[r.verdict] });
  const lines = [wrap(`${paint.bold(headline)} → ${sayAction(r)}`, layout.width, '', '  ')];
  if (r.reasons.length > 0) {
    const mark = (x: Reason) => (x.strength === 3 ? c.red('!!!') : x.strength === 2 ? c.red('!! ') : '!  ');
    // The signs the overreaching alert counts sit under it, not beside it as reasons of their own.
    const alert = r.reasons.find(isAlert);
    const top = alert ? r.reasons.filter((x) => !isSign(x)) : r.reasons;
    lines.push('', wrap(c.bold(sayStatus('why')) + c.dim(` ${sayStatus('whyLegend')}`), layout.width));
    for (const x of top) {
      lines.push(wrap(`${mark(x)} ${inert(sayReason(x))}`, layout.width, '  ', '      '));
      if (x === alert) for (const s of r.reasons.filter(isSign)) lines.push(wrap(`- ${inert(sayReason(s))}`, layout.width, '      ', '        '));
      if (look.detail) lines.push(c.dim(wrap(sayStatus('rule', { pillar: x.pillar, rule: sayRule(x, r.date) }), layout.width, '      ', '      ')));
    }
  } else if (r.verdict === 'green') {
    lines.push('', sayStatus('noWarnings'));
  }
  lines.push('', c.bold(sayReport('planHeading')), ...r.advice.map((a) => wrap(`- ${sayAdvice(a, r)}`, layout.width, '  ', '    ')));
  if (r.missing.length > 0) lines.push('', c.dim(sayStatus('notCounted')), ...r.missing.map((m) => c.dim(wrap(`- ${sayGap(m)}`, layout.width, '  ', '    '))));
  if (!look.detail && r.reasons.length > 0) lines.push('', c.dim(wrap(sayStatus('explainHint', { date: r.date }), layout.width)));
  return `${lines.join('\n')}\n`;
}

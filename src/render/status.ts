import type { ChalkInstance } from 'chalk';
import { weekday } from '../core/dates.js';
import type { Readiness, Reason, Verdict } from '../core/readiness.js';
import { inert } from './format.js';

const BADGE: Record<Verdict, string> = { green: 'GREEN', amber: 'AMBER', red: 'RED', unknown: 'NOT ENOUGH DATA' };

export function renderStatus(r: Readiness, c: ChalkInstance): string {
  const paint = { green: c.green, amber: c.yellow, red: c.red, unknown: c.dim }[r.verdict];
  const lines = [`${c.bold(`Readiness for ${weekday(r.date)} ${r.date}:`)} ${paint.bold(BADGE[r.verdict])}`, `${r.action}`];
  if (r.reasons.length > 0) {
    const mark = (x: Reason) => (x.strength === 3 ? c.red('!!!') : x.strength === 2 ? c.yellow('!! ') : '!  ');
    lines.push(
      '',
      c.bold('Why') + c.dim(' (!!! calls for rest, !! a clear change from your normal, ! a reason to go easy)'),
      ...r.reasons.flatMap((x) => [`  ${mark(x)} ${inert(x.text)}`, c.dim(`      ${x.pillar}: ${x.rule}`)]),
    );
  } else if (r.verdict === 'green') {
    lines.push('', 'No warning signs in the last 7 days.');
  }
  lines.push('', c.bold('Tonight and tomorrow'), ...r.advice.map((a) => `  - ${a}`));
  if (r.missing.length > 0) lines.push('', c.dim('Not counted yet:'), ...r.missing.map((m) => c.dim(`  - ${m}`)));
  return `${lines.join('\n')}\n`;
}

import type { Readiness } from '../core/readiness.js';
import type { Warning, WarningCode } from '../core/warnings.js';
import { inert } from './format.js';
import { formatDay } from './i18n.js';
import { EXPLAIN, VERDICT_LABEL } from './messages.js';
import { sayExplain as say, sayFigure } from './messages/explain.js';
import { sayAction, sayGap, sayPillar, sayReason, sayRule } from './messages/verdict.js';
import { sayWarning, value } from './messages/warnings.js';
import type { Layout } from './table.js';
import { wrap } from './wrap.js';

/** A label padded to the value column: "Rule:    ". */
const label = (key: 'rule' | 'source' | 'you' | 'advice' | 'numbers') => say(key).padEnd(8);
/** A warning's or reason's figures with their labels: "days 7 of 7, usual 2.78"; a key without a label shows as it is. */
const numbersText = (numbers: Record<string, number | string | null>) =>
  Object.entries(numbers)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => {
      const shown = typeof v === 'number' ? value(v) : String(v);
      const text = Object.hasOwn(sayFigure.catalogue.en, k) ? sayFigure(k as keyof typeof sayFigure.catalogue.en, { v: shown }) : `${k} ${shown}`;
      return `${JOINED.has(k) ? ' ' : ', '}${text}`;
    })
    .join('')
    .replace(/^(, | )/, '');
/** Figures that read as the end of the one before: "days 7 of 7". */
const JOINED = new Set(['of', 'to', 'loadTo', 'upper']);

/** A warning code: what it means, its rule, where the rule comes from, and this week's numbers if it fired. */
export function explainCode(code: WarningCode, warning: Warning | null, date: string, layout: Layout): { text: string; json: unknown } {
  const c = layout.color;
  const e = EXPLAIN[code];
  const words = warning ? sayWarning(warning) : null;
  const lines = [
    c.bold(`${e.name} (${code})`),
    wrap(`${label('rule')} ${e.rule}`, layout.width, '', '         '),
    wrap(`${label('source')} ${e.source}`, layout.width, '', '         '),
    warning && words
      ? wrap(`${label('you')} ${inert(words.evidence)}${warning.numbers ? ` (${numbersText(warning.numbers)})` : ''}`, layout.width, '', '         ')
      : `${label('you')} ${say('notShown', { date: formatDay(date, { year: true }) })}`,
  ];
  if (words) lines.push(wrap(`${label('advice')} ${words.advice}`, layout.width, '', '         '));
  return {
    text: `${lines.join('\n')}\n`,
    json: { code, name: e.name, rule: e.rule, source: e.source, date, fired: warning !== null, evidence: words?.evidence ?? null, numbers: warning?.numbers ?? null, dates: warning?.dates ?? [] },
  };
}

/** A day's verdict: each reason with the rule that fired, the numbers it used and where the rule comes from. */
export function explainDay(r: Readiness, layout: Layout): { text: string; json: unknown } {
  const c = layout.color;
  const lines = [c.bold(`${r.date}: ${VERDICT_LABEL[r.verdict]}`), wrap(sayAction(r), layout.width)];
  lines.push('', wrap(say('verdictRule'), layout.width));
  for (const x of r.reasons) {
    const source = (EXPLAIN as Record<string, { source: string }>)[x.code]?.source ?? say('ownEntry');
    lines.push(
      '',
      wrap(`${'!'.repeat(x.strength)} ${inert(sayReason(x))}`, layout.width, '', '    '),
      wrap(`${label('rule')} ${sayRule(x, r.date)} (${sayPillar(x.pillar)})`, layout.width, '    ', '             '),
      ...(Object.keys(x.numbers).length ? [wrap(`${label('numbers')} ${numbersText(x.numbers)}`, layout.width, '    ', '             ')] : []),
      wrap(`${label('source')} ${source}`, layout.width, '    ', '             '),
    );
  }
  for (const m of r.missing) lines.push(c.dim(wrap(say('notCounted', { gap: sayGap(m) }), layout.width, '', '  ')));
  return {
    text: `${lines.join('\n')}\n`,
    json: {
      date: r.date,
      verdict: r.verdict,
      action: sayAction(r),
      actionCode: r.actionCode,
      reasons: r.reasons.map((x) => ({
        code: x.code, fact: x.fact, pillar: x.pillar, strength: x.strength, rule: sayRule(x, r.date), ruleCode: x.rule, numbers: x.numbers, text: sayReason(x),
        source: (EXPLAIN as Record<string, { source: string }>)[x.code]?.source ?? null,
      })),
      missing: r.missing.map(sayGap),
      missingCodes: r.missing,
    },
  };
}

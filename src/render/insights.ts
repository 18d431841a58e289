import type { ChalkInstance } from 'chalk';
import { MIN_DAYS_EACH, type Outcome, type OutcomeEffect, type TagInsight } from '../core/insights.js';
import { unitText } from './chart-words.js';
import { formatNumber as num } from './i18n.js';
import { machineNumber } from './json.js';
import { sayInsights } from './messages/insights.js';
import { renderRows, type Layout } from './table.js';
import { wrap } from './wrap.js';

const OUTCOME: Record<Outcome, { unit: string; digits: number }> = {
  sleep: { unit: 'min', digits: 0 },
  restingHr: { unit: 'bpm', digits: 1 },
  hrv: { unit: 'ms', digits: 1 },
  fatigue: { unit: '', digits: 2 },
};

const amount = (value: number, unit: string, digits: number) => `${num(Math.abs(value), digits)}${unit ? ` ${unitText(unit)}` : ''}`;

/** "38 min shorter (95% CI 12-64 min shorter)"; an interval across zero says both ends in words. */
export function effectWords(o: OutcomeEffect, tag: string): string {
  const w = OUTCOME[o.outcome];
  const counts = sayInsights('counts', { with: o.nWith, without: o.nWithout, outcome: o.outcome });
  if (!o.effect) return sayInsights('notEnough', { counts, min: MIN_DAYS_EACH });
  const { difference, low, high } = o.effect;
  const word = (v: number) => sayInsights('direction', { outcome: o.outcome, dir: v < 0 ? 'less' : 'more' });
  const ci =
    low < 0 === high < 0
      ? sayInsights('ciSame', { low: num(Math.min(Math.abs(low), Math.abs(high)), w.digits), high: amount(Math.max(Math.abs(low), Math.abs(high)), w.unit, w.digits), dir: word(low) })
      : sayInsights('ciCross', { low: amount(low, w.unit, w.digits), lowDir: word(low), high: amount(high, w.unit, w.digits), highDir: word(high) });
  return sayInsights('effect', { amount: amount(difference, w.unit, w.digits), dir: word(difference), tag, ci, counts });
}

export function renderInsights(insights: readonly TagInsight[], c: ChalkInstance, width = Infinity): string {
  const names = Object.fromEntries((Object.keys(OUTCOME) as Outcome[]).map((o) => [o, sayInsights(o)])) as Record<Outcome, string>;
  // The outcome names line up in one column, as wide as the longest in this language.
  const pad = Math.max(26, ...Object.values(names).map((n) => n.length));
  const lines: string[] = [];
  for (const t of insights) {
    lines.push(wrap(sayInsights('tagLine', { tag: c.bold(t.tag), with: t.daysWith, without: t.daysWithout }), width, '', '  '));
    for (const o of t.outcomes) {
      const text = effectWords(o, t.tag);
      // Narrow, the effect goes under its name rather than into a column a few characters wide.
      const line = `${names[o.outcome].padEnd(pad)} ${o.effect ? text : c.dim(text)}`;
      lines.push(width >= pad + 40 ? wrap(line, width, '  ', ' '.repeat(pad + 3)) : `  ${names[o.outcome]}\n${wrap(o.effect ? text : c.dim(text), width, '    ', '    ')}`);
    }
  }
  lines.push('', c.dim(wrap(sayInsights('footer'), width)));
  return `${lines.join('\n')}\n`;
}

/** With --format tsv or csv: a row per tag and outcome, the figures as in the JSON; blank where there is not enough data. */
export function insightRows(insights: readonly TagInsight[], layout: Layout): string {
  const head = ['tag', 'outcome', 'days_with', 'days_without', 'n_with', 'n_without', 'mean_with', 'mean_without', 'difference', 'low', 'high'];
  const figure = (n: number | undefined) => (n === undefined ? '' : String(machineNumber(n)));
  const rows = insights.flatMap((i) =>
    i.outcomes.map((o) => {
      const e = o.effect ?? undefined;
      return [i.tag, o.outcome, String(i.daysWith), String(i.daysWithout), String(o.nWith), String(o.nWithout), ...[e?.meanWith, e?.meanWithout, e?.difference, e?.low, e?.high].map(figure)];
    }),
  );
  return renderRows(head, rows, layout);
}

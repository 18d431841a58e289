import type { ChalkInstance } from 'chalk';
import { MIN_DAYS_EACH, type Outcome, type OutcomeEffect, type TagInsight } from '../core/insights.js';
import { num } from './format.js';

const OUTCOME: Record<Outcome, { name: string; unit: string; less: string; more: string; digits: number; days: string }> = {
  sleep: { name: "next night's sleep", unit: 'min', less: 'shorter', more: 'longer', digits: 0, days: 'nights' },
  restingHr: { name: "next morning's resting HR", unit: 'bpm', less: 'lower', more: 'higher', digits: 1, days: 'mornings' },
  hrv: { name: "next morning's HRV", unit: 'ms', less: 'lower', more: 'higher', digits: 1, days: 'mornings' },
  fatigue: { name: "next day's fatigue (1-5)", unit: '', less: 'lower', more: 'higher', digits: 2, days: 'days' },
};

const amount = (value: number, unit: string, digits: number) => `${num(Math.abs(value), digits)}${unit ? ` ${unit}` : ''}`;

/** "38 min shorter (95% CI 12-64 min shorter)"; an interval across zero says both ends in words. */
export function effectWords(o: OutcomeEffect, tag: string): string {
  const w = OUTCOME[o.outcome];
  const counts = `${o.nWith} vs ${o.nWithout} ${w.days}`;
  if (!o.effect) return `not enough data (${counts}; at least ${MIN_DAYS_EACH} each needed)`;
  const { difference, low, high } = o.effect;
  const word = (v: number) => (v < 0 ? w.less : w.more);
  const ci =
    low < 0 === high < 0
      ? `${num(Math.min(Math.abs(low), Math.abs(high)), w.digits)}-${amount(Math.max(Math.abs(low), Math.abs(high)), w.unit, w.digits)} ${word(low)}`
      : `${amount(low, w.unit, w.digits)} ${word(low)} to ${amount(high, w.unit, w.digits)} ${word(high)}: no clear difference`;
  return `${amount(difference, w.unit, w.digits)} ${word(difference)} after ${tag} days (95% CI ${ci}), ${counts}`;
}

export function renderInsights(insights: readonly TagInsight[], c: ChalkInstance): string {
  const lines: string[] = [];
  for (const t of insights) {
    lines.push(`${c.bold(t.tag)}: ${t.daysWith} days with, ${t.daysWithout} without`);
    for (const o of t.outcomes) {
      const text = effectWords(o, t.tag);
      lines.push(`  ${OUTCOME[o.outcome].name.padEnd(26)} ${o.effect ? text : c.dim(text)}`);
    }
  }
  lines.push('', c.dim('Days with a tag compared with days without: an association, not a cause. Other habits often come with a tag.'));
  return `${lines.join('\n')}\n`;
}

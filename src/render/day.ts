import { dayLoad, dayStatus } from '../core/day-status.js';
import { weekday } from '../core/dates.js';
import { dayLoadEstimated } from '../core/estimated-load.js';
import type { Day } from '../core/types.js';
import { extraLines } from './advice.js';
import { describeSession, inert, num } from './format.js';

const scale = (v: number | null) => (v === null ? '-' : `${v}/5`);
const amount = (v: number | null, unit: string) => (v === null ? '-' : `${num(v)} ${unit}`);

/** A day in a few lines, shown before saving it. */
export function describeDay(day: Day): string {
  const status = dayStatus(day);
  const training =
    status === 'unknown'
      ? '-'
      : day.sessions.length === 0
        ? 'full rest day'
        : `${day.sessions.map(describeSession).join('; ')}${status === 'active-rest' ? ' (active rest day)' : ''}`;
  const lines = [
    `${weekday(day.date)} ${day.date}`,
    `  Sleep      ${amount(day.sleepHours, 'h')}, quality ${scale(day.sleepQuality)}, awakenings ${day.awakenings ?? '-'}${day.napH === null ? '' : `, naps ${amount(day.napH, 'h')}`}`,
    `  Training   ${training}${status === 'training' ? `, total load ${dayLoadEstimated(day) ? '~' : ''}${num(dayLoad(day), 0)}` : ''}`,
  ];
  if (status === 'training') {
    const meal = day.mealWithin2h === null ? '-' : day.mealWithin2h ? 'yes' : 'no';
    lines.push(`  After      performance ${scale(day.performance)}, meal within 2 h ${meal}`);
  }
  lines.push(
    `  Nutrition  protein ${amount(day.proteinG, 'g')}, carbs ${amount(day.carbsG, 'g')}, water ${amount(day.waterL, 'l')}`,
    `  Feeling    fatigue ${scale(day.fatigue)}, motivation ${scale(day.motivation)}, soreness ${scale(day.soreness)}, stress ${scale(day.stress)}`,
  );
  if (day.restingHrBpm !== null || day.hrvMs !== null) {
    lines.push(`  Body       resting HR ${amount(day.restingHrBpm, 'bpm')}, HRV ${amount(day.hrvMs, 'ms')}`);
  }
  lines.push(...extraLines(day));
  if (day.sick) lines.push('  Ill        yes: a rest day for the verdict, left out of your baselines');
  if (day.injury) lines.push(`  Injury     ${inert(day.injury)}`);
  if (day.note) lines.push(`  Note       ${inert(day.note)}`);
  return `${lines.join('\n')}\n`;
}

import type { ChalkInstance } from 'chalk';
import type { Advice } from '../core/advice.js';
import { FAT_MIN_SHARE, FRUIT_VEG_SERVINGS, WATER_L_PER_TRAINING_H } from '../core/nutrition.js';
import { IRREGULAR_SD_MIN, SOCIAL_JET_LAG_MIN, type TimeStats } from '../core/rhythm.js';
import type { Settings } from '../core/types.js';
import { clock } from './format.js';
import { formatNumber } from './i18n.js';
import { sayAdvice as say } from './messages/advice.js';
import { sessionWord } from './messages/day.js';
import { dayLabel } from './messages/warnings.js';

/** A label in the report's first column, then its text: "  Rhythm    bedtime ...". */
const row = (label: string, text: string) => `  ${label.padEnd(9)} ${text}`;
const spread = (t: TimeStats) => (t.sd === null || t.nights < 2 ? clock(t.mean) : say('spread', { clock: clock(t.mean), sd: formatNumber(t.sd, 0) }));

/** "1 h 30 min", "45 min" ("1 u 30 min" in Dutch). */
function span(minutes: number): string {
  const m = Math.round(Math.abs(minutes));
  if (m < 60) return say('minutes', { m });
  return m % 60 ? say('hoursMinutes', { h: Math.floor(m / 60), m: m % 60 }) : say('hours', { h: Math.floor(m / 60) });
}

/** The report's lines on sleep rhythm, the whole plate, water and active recovery (only what is known). */
export function adviceLines(advice: Advice, settings: Settings, c: ChalkInstance): string {
  const lines: string[] = [];
  const { rhythm, plate, activeRecovery } = advice;
  const noWeight = say('noWeight');
  if (rhythm.bedtime.nights > 0 || rhythm.wake.nights > 0) {
    lines.push(row(say('rhythmLabel'), say('rhythm', { bed: spread(rhythm.bedtime), wake: spread(rhythm.wake), nights: Math.max(rhythm.bedtime.nights, rhythm.wake.nights) })));
    if (rhythm.irregular) {
      const which = (rhythm.wake.sd ?? 0) >= (rhythm.bedtime.sd ?? 0) ? 'wake' : 'bed';
      lines.push(c.red(`            ${say('irregular', { which, min: IRREGULAR_SD_MIN })}`));
    }
    if (rhythm.socialJetLagMin !== null && Math.abs(rhythm.socialJetLagMin) >= SOCIAL_JET_LAG_MIN) {
      const direction = rhythm.socialJetLagMin > 0 ? 'later' : 'earlier';
      lines.push(c.red(`            ${say('jetLag', { duration: span(rhythm.socialJetLagMin), direction })}`));
    }
  }
  if (rhythm.interrupted.length > 0) {
    const nights = rhythm.interrupted.map((n) =>
      [dayLabel(n.date), ...(n.wasoMin === null ? [] : [say('nightAwake', { min: formatNumber(n.wasoMin, 0) })]), ...(n.awakenings === null ? [] : [say('nightWakings', { n: n.awakenings })])].join(' '),
    );
    const usual = rhythm.wasoNorm ? ` ${say('usualAwake', { mean: formatNumber(rhythm.wasoNorm.mean, 0), sd: formatNumber(rhythm.wasoNorm.sd, 0) })}` : '';
    lines.push(c.red(row(say('interruptedLabel'), say('interrupted', { n: rhythm.interrupted.length, nights: nights.join(', '), usual }))));
  }
  if (plate.carbs.daysLogged > 0) {
    const target = settings.weightKg === null ? noWeight : say('carbsTarget', { under: plate.carbs.daysUnder.length, judged: plate.carbs.daysJudged });
    lines.push(row(say('carbsLabel'), say('carbs', { average: formatNumber(plate.carbs.averageG ?? 0, 0), days: plate.carbs.daysLogged, target })));
  }
  if (plate.fat.daysLogged > 0) {
    const share = plate.fat.averageShare === null ? '' : say('fatShare', { percent: formatNumber(plate.fat.averageShare * 100, 0) });
    const under = plate.fat.daysUnder.length > 0 ? c.red(say('fatUnder', { n: plate.fat.daysUnder.length, percent: formatNumber(FAT_MIN_SHARE * 100, 0) })) : '';
    lines.push(row(say('fatLabel'), say('fat', { average: formatNumber(plate.fat.averageG ?? 0, 0), share, days: plate.fat.daysLogged }) + under));
  }
  if (plate.fruitVeg.daysLogged > 0) {
    const under = plate.fruitVeg.daysUnder.length > 0 ? c.red(say('fruitVegUnder', { n: plate.fruitVeg.daysUnder.length, aim: FRUIT_VEG_SERVINGS })) : '';
    lines.push(row(say('fruitVegLabel'), say('fruitVeg', { average: formatNumber(plate.fruitVeg.average ?? 0), days: plate.fruitVeg.daysLogged, aim: FRUIT_VEG_SERVINGS }) + under));
  }
  if (advice.restDayWaterL === null) lines.push(row(say('hydrationLabel'), noWeight));
  else {
    const logged = plate.water.daysLogged === 0 ? say('noWater') : say('waterUnder', { under: plate.water.daysUnder.length, days: plate.water.daysLogged });
    const target = say('hydration', { litres: formatNumber(advice.restDayWaterL), perHour: formatNumber(WATER_L_PER_TRAINING_H) });
    lines.push(row(say('hydrationLabel'), target + (plate.water.daysUnder.length > 0 ? c.red(logged) : logged)));
  }
  if (activeRecovery.length > 0) {
    const days = activeRecovery.map((d) => `${dayLabel(d.date)} ${d.sessions.map((s) => `${sessionWord(s.type)} ${formatNumber(s.minutes)}′`).join(', ')}`);
    lines.push(`  ${say('activeRecovery', { days: days.join('; ') })}`);
  } else if (advice.fullRestDays.length > 0) {
    lines.push(c.dim(`  ${say('noActiveRecovery')}`));
  }
  return lines.join('\n');
}

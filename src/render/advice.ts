import type { ChalkInstance } from 'chalk';
import type { Advice } from '../core/advice.js';
import { FAT_MIN_SHARE, FRUIT_VEG_SERVINGS, WATER_L_PER_TRAINING_H } from '../core/nutrition.js';
import { IRREGULAR_SD_MIN, SOCIAL_JET_LAG_MIN, type TimeStats } from '../core/rhythm.js';
import type { Settings } from '../core/types.js';
import { label } from '../core/warnings.js';
import { plural } from '../core/words.js';
import { clock, num } from './format.js';

/** "1 h 30 min", "45 min". */
export function duration(minutes: number): string {
  const m = Math.round(Math.abs(minutes));
  return m >= 60 ? `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}` : `${m} min`;
}

const times = (t: TimeStats) => `${clock(t.mean)}${t.sd === null || t.nights < 2 ? '' : ` +/- ${Math.round(t.sd)} min`}`;
const NO_WEIGHT = 'set your weight with "recover config set weight KG" for a target';

/** The report's lines on sleep rhythm, the whole plate, water and active recovery (only what is known). */
export function adviceLines(advice: Advice, settings: Settings, c: ChalkInstance): string {
  const lines: string[] = [];
  const { rhythm, plate, activeRecovery } = advice;
  if (rhythm.bedtime.nights > 0 || rhythm.wake.nights > 0) {
    lines.push(`  Rhythm    bedtime ${times(rhythm.bedtime)}, wake ${times(rhythm.wake)} (average and spread over ${plural(Math.max(rhythm.bedtime.nights, rhythm.wake.nights), 'night')})`);
    if (rhythm.irregular) {
      const worst = (rhythm.wake.sd ?? 0) >= (rhythm.bedtime.sd ?? 0) ? 'wake' : 'bed';
      lines.push(c.red(`            irregular: ${worst} times vary by more than ${IRREGULAR_SD_MIN} min this week. → Go to bed and get up at the same times every day, weekends too.`));
    }
    if (rhythm.socialJetLagMin !== null && Math.abs(rhythm.socialJetLagMin) >= SOCIAL_JET_LAG_MIN) {
      const later = rhythm.socialJetLagMin > 0 ? 'later' : 'earlier';
      lines.push(c.red(`            social jet lag: on weekends you sleep ${duration(rhythm.socialJetLagMin)} ${later} than on weekdays (mid-sleep). → Bring weekend bed and wake times closer to weekdays.`));
    }
  }
  if (rhythm.interrupted.length > 0) {
    const nights = rhythm.interrupted.map((n) => `${label(n.date)}${n.wasoMin === null ? '' : ` ${num(n.wasoMin, 0)} min awake`}${n.awakenings === null ? '' : ` ${plural(n.awakenings, 'awakening')}`}`);
    const usual = rhythm.wasoNorm ? ` (your usual ${num(rhythm.wasoNorm.mean, 0)} +/- ${num(rhythm.wasoNorm.sd, 0)} min awake)` : '';
    lines.push(c.red(`  Interrupted ${plural(rhythm.interrupted.length, 'night')} more broken than usual: ${nights.join(', ')}${usual}. → Keep the bedroom dark, cool and quiet; no alcohol or caffeine late.`));
  }
  if (plate.carbs.daysLogged > 0) {
    const target = settings.weightKg === null ? NO_WEIGHT : `${plate.carbs.daysUnder.length} of ${plural(plate.carbs.daysJudged, 'day')} under the day's target (3-5 g/kg resting, 5-7 with an hour of training, 6-10 with more)`;
    lines.push(`  Carbs     average ${num(plate.carbs.averageG, 0)} g over ${plural(plate.carbs.daysLogged, 'day')}; ${target}`);
  }
  if (plate.fat.daysLogged > 0) {
    const share = plate.fat.averageShare === null ? '' : ` (${num(plate.fat.averageShare * 100, 0)}% of energy)`;
    const under = plate.fat.daysUnder.length > 0 ? c.red(`; ${plural(plate.fat.daysUnder.length, 'day')} under ${FAT_MIN_SHARE * 100}% of energy. → Add healthy fats: nuts, olive oil, oily fish`) : '';
    lines.push(`  Fat       average ${num(plate.fat.averageG, 0)} g${share} over ${plural(plate.fat.daysLogged, 'day')}${under}`);
  }
  if (plate.fruitVeg.daysLogged > 0) {
    const under = plate.fruitVeg.daysUnder.length > 0 ? c.red(`; ${plural(plate.fruitVeg.daysUnder.length, 'day')} under ${FRUIT_VEG_SERVINGS}. → Fruit or vegetables with every meal`) : '';
    lines.push(`  Fruit/veg average ${num(plate.fruitVeg.average)} servings a day over ${plural(plate.fruitVeg.daysLogged, 'day')} (aim for ${FRUIT_VEG_SERVINGS})${under}`);
  }
  if (advice.restDayWaterL === null) lines.push(`  Hydration ${NO_WEIGHT}`);
  else {
    const logged = plate.water.daysLogged === 0 ? 'no water logged' : `${plate.water.daysUnder.length} of ${plural(plate.water.daysLogged, 'logged day')} under target`;
    lines.push(
      `  Hydration target ${num(advice.restDayWaterL)} l a day, plus ${num(WATER_L_PER_TRAINING_H)} l per hour of training; ${plate.water.daysUnder.length > 0 ? c.red(logged) : logged}`,
    );
  }
  if (activeRecovery.length > 0) {
    const days = activeRecovery.map((d) => `${label(d.date)} ${d.sessions.map((s) => `${s.type} ${num(s.minutes)}′`).join(', ')}`);
    lines.push(`  Active recovery on rest days: ${days.join('; ')}`);
  } else if (advice.fullRestDays.length > 0) {
    lines.push(c.dim('  Active recovery: none on rest days. On a day that feels heavy, a walk, an easy ride, yoga, mobility or the foam roller helps.'));
  }
  return lines.join('\n');
}

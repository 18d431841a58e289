import { dayStatus, isHardSession } from './day-status.js';
import { mean } from './stats.js';
import type { Day, Settings } from './types.js';

// Daily targets by body weight and the day's training, from the joint position of the American
// College of Sports Medicine, the Academy of Nutrition and Dietetics and Dietitians of Canada
// (Thomas, Erdman & Burke 2016, Med Sci Sports Exerc 48:543-568) and the ISSN position stand on
// protein (Jäger et al. 2017, JISSN 14:20): protein 1.2-2.0 g/kg (the protein-target setting,
// 1.6 by default); carbohydrate 3-5 g/kg on light days, 5-7 with about an hour of training,
// 6-10 with more; fat not below 20% of energy.

/** Carbohydrate g/kg by the day's training minutes (recovery sessions count as light). */
export const CARB_BANDS: ReadonlyArray<{ upToMin: number; min: number; max: number }> = [
  { upToMin: 0, min: 3, max: 5 },
  { upToMin: 75, min: 5, max: 7 },
  { upToMin: Number.POSITIVE_INFINITY, min: 6, max: 10 },
];
export const FAT_MIN_SHARE = 0.2;
/** kcal per gram (Atwater factors). */
export const KCAL_PER_G = { protein: 4, carbs: 4, fat: 9 } as const;
/** At least 400 g of fruit and vegetables a day, five servings of 80 g (WHO/FAO 2003, TRS 916). */
export const FRUIT_VEG_SERVINGS = 5;
/**
 * Water to drink: EFSA's adequate intake of total water is 2.0 l (women) to 2.5 l (men) a day,
 * about 80% of it from drinks (EFSA NDA Panel 2010, EFSA Journal 8(3):1459); 30 ml per kg of body
 * weight gives 2.1 l at 70 kg. Training adds sweat losses, 0.5-2 l an hour (ACSM position stand,
 * Sawka et al. 2007, Med Sci Sports Exerc 39:377-390): 0.5 l per hour of training is the low end.
 */
export const WATER_L_PER_KG = 0.03;
export const WATER_L_PER_TRAINING_H = 0.5;

const hardMinutes = (day: Day) => day.sessions.filter(isHardSession).reduce((s, x) => s + x.minutes, 0);
const allMinutes = (day: Day) => day.sessions.reduce((s, x) => s + x.minutes, 0);

/** The day's carbohydrate range in grams; null without a body weight or with training unknown. */
export function carbTargetG(day: Day, settings: Pick<Settings, 'weightKg'>): { min: number; max: number } | null {
  if (settings.weightKg === null || dayStatus(day) === 'unknown') return null;
  const minutes = hardMinutes(day);
  const band = CARB_BANDS.find((b) => minutes <= b.upToMin) ?? CARB_BANDS[CARB_BANDS.length - 1];
  return band ? { min: band.min * settings.weightKg, max: band.max * settings.weightKg } : null;
}

/** Litres to drink that day: by body weight, more for each hour of sessions; null without a weight. */
export function waterTargetL(day: Day | null, settings: Pick<Settings, 'weightKg'>): number | null {
  if (settings.weightKg === null) return null;
  return settings.weightKg * WATER_L_PER_KG + (day ? (allMinutes(day) / 60) * WATER_L_PER_TRAINING_H : 0);
}

/** Fat's share of the energy in protein, carbohydrate and fat; null unless all three were logged. */
export function fatShare(day: Pick<Day, 'proteinG' | 'carbsG' | 'fatG'>): number | null {
  if (day.proteinG === null || day.carbsG === null || day.fatG === null) return null;
  const fat = day.fatG * KCAL_PER_G.fat;
  const energy = day.proteinG * KCAL_PER_G.protein + day.carbsG * KCAL_PER_G.carbs + fat;
  return energy === 0 ? null : fat / energy;
}

export interface Plate {
  carbs: { daysLogged: number; averageG: number | null; daysUnder: string[]; daysJudged: number };
  fat: { daysLogged: number; averageG: number | null; averageShare: number | null; daysUnder: string[] };
  fruitVeg: { daysLogged: number; average: number | null; daysUnder: string[] };
  water: { daysLogged: number; averageL: number | null; averageTargetL: number | null; daysUnder: string[] };
}

/** How the logged days compare with their targets; days not logged are unknown and left out. */
export function plate(days: readonly Day[], settings: Pick<Settings, 'weightKg'>): Plate {
  const withValue = (pick: (d: Day) => number | null) => days.filter((d) => pick(d) !== null);
  const carbs = withValue((d) => d.carbsG);
  const judged = carbs.flatMap((d) => {
    const target = carbTargetG(d, settings);
    return target ? [{ date: d.date, under: (d.carbsG ?? 0) < target.min }] : [];
  });
  const fat = withValue((d) => d.fatG);
  const shares = days.flatMap((d) => {
    const share = fatShare(d);
    return share === null ? [] : [{ date: d.date, share }];
  });
  const fruitVeg = withValue((d) => d.fruitVegServings);
  const water = withValue((d) => d.waterL);
  const waterTargets = water.flatMap((d) => {
    const target = waterTargetL(d, settings);
    return target === null ? [] : [{ date: d.date, under: (d.waterL ?? 0) < target, target }];
  });
  return {
    carbs: { daysLogged: carbs.length, averageG: mean(carbs.map((d) => d.carbsG ?? 0)), daysUnder: judged.filter((j) => j.under).map((j) => j.date), daysJudged: judged.length },
    fat: {
      daysLogged: fat.length,
      averageG: mean(fat.map((d) => d.fatG ?? 0)),
      averageShare: mean(shares.map((s) => s.share)),
      daysUnder: shares.filter((s) => s.share < FAT_MIN_SHARE).map((s) => s.date),
    },
    fruitVeg: {
      daysLogged: fruitVeg.length,
      average: mean(fruitVeg.map((d) => d.fruitVegServings ?? 0)),
      daysUnder: fruitVeg.filter((d) => (d.fruitVegServings ?? 0) < FRUIT_VEG_SERVINGS).map((d) => d.date),
    },
    water: {
      daysLogged: water.length,
      averageL: mean(water.map((d) => d.waterL ?? 0)),
      averageTargetL: mean(waterTargets.map((w) => w.target)),
      daysUnder: waterTargets.filter((w) => w.under).map((w) => w.date),
    },
  };
}

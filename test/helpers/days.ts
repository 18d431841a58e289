import { addDays } from '../../src/core/dates.js';
import { emptyDay, type Day, type Session } from '../../src/core/types.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import type { Settings } from '../../src/core/types.js';

export function day(date: string, values: Partial<Day> = {}): Day {
  return { ...emptyDay(date), trainingLogged: true, ...values };
}

export const strength = (minutes = 60, rpe = 7): Session => ({ type: 'strength', minutes, rpe });
export const walk = (minutes = 30, rpe = 2): Session => ({ type: 'active-recovery', minutes, rpe });

/** Consecutive days from `start`, one per element of `values`. */
export function days(start: string, values: ReadonlyArray<Partial<Day>>): Day[] {
  return values.map((v, i) => day(addDays(start, i), v));
}

export function settings(values: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, weightKg: 80, ...values };
}

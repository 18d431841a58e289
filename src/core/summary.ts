import { dayLoad, dayStatus, isHardSession, isLogged, sessionLoad, type CalendarDay } from './day-status.js';
import { isLoadEstimated } from './estimated-load.js';
import { mean } from './stats.js';
import { proteinTargetG, restDaysFor, SHORT_NIGHT_H } from './settings.js';
import type { Day, Settings } from './types.js';

export interface Summary {
  days: number;
  logged: number;
  sleep: {
    nights: number;
    averageH: number | null;
    targetH: number;
    /** Nights under 7 h, short whatever the target. */
    shortNights: string[];
    underTarget: string[];
  };
  protein: {
    daysLogged: number;
    averageG: number | null;
    averageGPerKg: number | null;
    targetG: number | null;
    daysUnder: string[];
  };
  water: { daysLogged: number; averageL: number | null };
  rest: { full: number; active: number; target: number; unlogged: number };
  load: { total: number; trainingDays: number; sessions: number; sessionsWithoutRpe: number; sessionsEstimated: number };
}

/** Rest days due in a range of this many days, pro rata to the weekly target. */
export function restTarget(settings: Settings, days: number): number {
  return Math.round((restDaysFor(settings) * days) / 7);
}

function entries(range: readonly CalendarDay[]): Day[] {
  return range.flatMap((d) => (d.entry ? [d.entry] : []));
}

export function summarize(range: readonly CalendarDay[], settings: Settings): Summary {
  const logged = entries(range).filter(isLogged);
  const slept = logged.filter((d) => d.sleepHours !== null);
  const hours = (d: Day) => d.sleepHours ?? 0;
  const ate = logged.filter((d) => d.proteinG !== null);
  const protein = ate.map((d) => d.proteinG ?? 0);
  const targetG = proteinTargetG(settings);
  const averageG = mean(protein);
  const drank = logged.filter((d) => d.waterL !== null).map((d) => d.waterL ?? 0);
  const statuses = range.map((d) => dayStatus(d.entry));
  const sessions = logged.flatMap((d) => d.sessions);
  return {
    days: range.length,
    logged: logged.length,
    sleep: {
      nights: slept.length,
      averageH: mean(slept.map(hours)),
      targetH: settings.sleepTargetH,
      shortNights: slept.filter((d) => hours(d) < SHORT_NIGHT_H).map((d) => d.date),
      underTarget: slept.filter((d) => hours(d) < settings.sleepTargetH).map((d) => d.date),
    },
    protein: {
      daysLogged: ate.length,
      averageG,
      averageGPerKg: averageG === null || settings.weightKg === null ? null : averageG / settings.weightKg,
      targetG,
      daysUnder: targetG === null ? [] : ate.filter((d) => (d.proteinG ?? 0) < targetG).map((d) => d.date),
    },
    water: { daysLogged: drank.length, averageL: mean(drank) },
    rest: {
      full: statuses.filter((s) => s === 'full-rest').length,
      active: statuses.filter((s) => s === 'active-rest').length,
      target: restTarget(settings, range.length),
      unlogged: statuses.filter((s) => s === 'unknown').length,
    },
    load: {
      total: logged.reduce((sum, d) => sum + dayLoad(d), 0),
      trainingDays: logged.filter((d) => d.sessions.some(isHardSession)).length,
      sessions: sessions.length,
      sessionsWithoutRpe: sessions.filter((s) => sessionLoad(s) === null).length,
      sessionsEstimated: sessions.filter(isLoadEstimated).length,
    },
  };
}

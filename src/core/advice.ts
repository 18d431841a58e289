import { dayStatus } from './day-status.js';
import type { CalendarDay } from './day-status.js';
import { isWorse, type Norms } from './personal.js';
import { plate, waterTargetL, type Plate } from './nutrition.js';
import { sleepRhythm, wasoNorm, type Rhythm } from './rhythm.js';
import type { Day, Session, Settings } from './types.js';

/** The report's advice beyond load: sleep rhythm, the whole plate, water and active recovery. */
export interface Advice {
  rhythm: Rhythm;
  plate: Plate;
  /** Litres to drink on a rest day; null without a body weight. */
  restDayWaterL: number | null;
  /** Rest days of the range with their active recovery (walks, easy rides, yoga, mobility, foam roller). */
  activeRecovery: Array<{ date: string; sessions: Session[] }>;
  /** Full rest days with no active recovery at all. */
  fullRestDays: string[];
}

export function adviceFor(range: readonly CalendarDay[], history: ReadonlyMap<string, Day>, norms: Norms, settings: Settings, from: string): Advice {
  const logged = range.flatMap((d) => (d.entry ? [d.entry] : []));
  return {
    rhythm: sleepRhythm(logged, wasoNorm(history, from), (count) => isWorse(norms.awakenings, count)),
    plate: plate(logged, settings),
    restDayWaterL: waterTargetL(null, settings),
    activeRecovery: logged.filter((d) => dayStatus(d) === 'active-rest').map((d) => ({ date: d.date, sessions: d.sessions })),
    fullRestDays: logged.filter((d) => dayStatus(d) === 'full-rest').map((d) => d.date),
  };
}

import { addDays } from './dates.js';
import { emptyDay, type Day, type Session } from './types.js';
import { seededRandom } from './random.js';

/** Eight weeks: a good block, a hard block, a recovery week and a week from a device. */
export const DEMO_WEEKS = 8;
export const DEMO_SETTINGS = { weight: 75, 'sleep-target': 8, sport: 'strength', level: 'intermediate' } as const;

export type DemoPhase = 'good' | 'hard' | 'recovery' | 'device';

/** Weeks 1-3 good, 4-5 hard, 6 recovery, 7 good again, 8 from the device. */
const PHASES: readonly DemoPhase[] = ['good', 'good', 'good', 'hard', 'hard', 'recovery', 'good', 'device'];

export interface DemoNight {
  date: string;
  sleepMin: number;
  restingHrBpm: number;
  hrvMs: number;
}

export interface DemoData {
  /** The first and last day, and where the hard block lies. */
  from: string;
  to: string;
  hard: { from: string; to: string };
  /** Days as typed by hand (the device week's sleep, resting HR and HRV left for the import). */
  days: Day[];
  /** The device week's nights, to be written as a WHOOP export and imported. */
  nights: DemoNight[];
}

const round = (v: number, step: number) => Math.round(v / step) * step;

/** The demo's eight weeks ending on `end`; the same seed gives the same data. */
export function demoData(end: string, seed = 12): DemoData {
  const rnd = seededRandom(seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rnd();
  const whole = (lo: number, hi: number) => Math.round(between(lo, hi));
  const from = addDays(end, -(DEMO_WEEKS * 7 - 1));
  const days: Day[] = [];
  const nights: DemoNight[] = [];
  for (let i = 0; i < DEMO_WEEKS * 7; i++) {
    const date = addDays(from, i);
    const phase = PHASES[Math.floor(i / 7)] as DemoPhase;
    const weekday = i % 7;
    const into = (i % 7) + (phase === 'hard' && i >= 28 ? 7 : 0); // days into the hard block
    // A day off now and then, as real logs have: two in the good weeks, none in the device week.
    if ((i === 9 || i === 45) && phase !== 'device') continue;
    const day = emptyDay(date);
    const sessions: Session[] = [];
    const hard = phase === 'hard';
    const rest = hard ? weekday === 6 && i < 28 : phase === 'recovery' ? weekday % 2 === 1 : weekday === 2 || weekday === 6;
    if (!rest) {
      if (hard) sessions.push({ type: 'strength', minutes: round(between(95, 125), 5), rpe: whole(8, 9) }, ...(weekday % 2 === 0 ? [{ type: 'hiit' as const, minutes: 30, rpe: 9 }] : []));
      else if (phase === 'recovery') sessions.push({ type: 'cardio', minutes: 40, rpe: whole(3, 4) });
      else sessions.push({ type: weekday === 4 ? 'cardio' : 'strength', minutes: round(between(50, 75), 5), rpe: whole(5, 7) });
    } else if (phase === 'recovery') sessions.push({ type: 'mobility', minutes: 30, rpe: 2 });
    const strain = hard ? into / 13 : 0;
    Object.assign(day, {
      trainingLogged: true,
      sessions,
      proteinG: round(hard ? between(85, 115) : between(120, 160), 5),
      waterL: round(between(2, 3.2), 0.1),
      sleepQuality: hard ? whole(1, 2.4) : whole(3, 5),
      awakenings: hard ? whole(2, 4) : whole(0, 1.4),
      fatigue: hard ? Math.min(5, whole(3.6, 4.4) + (strain > 0.5 ? 1 : 0)) : phase === 'recovery' ? whole(1.6, 2.4) : whole(1.6, 3),
      soreness: hard ? whole(4, 5) : whole(1.6, 2.6),
      motivation: hard ? Math.max(1, 3 - Math.round(strain * 2)) : whole(3.6, 5),
      stress: hard ? whole(3, 4) : whole(1.6, 2.6),
      performance: sessions.length && !rest ? (hard ? Math.max(2, 4 - Math.round(into / 5)) : whole(3.6, 5)) : null,
      mealWithin2h: sessions.length ? !(hard && weekday % 3 === 0) : null,
    });
    // Sleep shortens and the pulse rises while the hard block lasts; both come back in the recovery week.
    const sleepH = round(hard ? between(5.6, 6.8) - strain * 0.4 : phase === 'recovery' ? between(8, 9) : between(7.3, 8.6), 0.25);
    const rhr = Math.round(hard ? between(57, 60) + strain * 3 : phase === 'recovery' ? between(53, 56) : between(50, 54));
    const hrv = Math.round(hard ? between(42, 50) - strain * 6 : phase === 'recovery' ? between(58, 66) : between(60, 74));
    if (phase === 'device') nights.push({ date, sleepMin: Math.round(sleepH * 60), restingHrBpm: rhr, hrvMs: hrv });
    else Object.assign(day, { sleepHours: sleepH, restingHrBpm: rhr, hrvMs: hrv, hrvMeasure: 'rmssd' });
    days.push(day);
  }
  return { from, to: end, hard: { from: addDays(from, 21), to: addDays(from, 34) }, days, nights };
}

const CYCLE_HEADER =
  'Cycle start time,Cycle end time,Cycle timezone,Recovery score %,Resting heart rate (bpm),Heart rate variability (ms),Skin temp (celsius),Blood oxygen %,Day Strain,Energy burned (cal),Max HR (bpm),Average HR (bpm),Sleep onset,Wake onset,Sleep performance %,Respiratory rate (rpm),Asleep duration (min),In bed duration (min),Light sleep duration (min),Deep (SWS) duration (min),REM duration (min),Awake duration (min),Sleep need (min),Sleep debt (min),Sleep efficiency %,Sleep consistency %';

/** The nights as WHOOP's physiological_cycles.csv (UTC, newest first, as WHOOP writes it). */
export function whoopCycles(nights: readonly DemoNight[]): string {
  const time = (date: string, minute: number) => `${date} ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`;
  const rows = [...nights].reverse().map((n) => {
    const onset = time(addDays(n.date, -1), 23 * 60 - 30);
    const inBed = n.sleepMin + 25;
    const wake = time(n.date, (23 * 60 - 30 + inBed) % (24 * 60));
    const recovery = Math.min(99, Math.max(1, Math.round(n.hrvMs - 10)));
    return [onset, '', 'UTC+00:00', recovery, n.restingHrBpm, n.hrvMs, '33.8', '96.2', '', '', '', '', onset, wake, 90, '15.0', n.sleepMin, inBed, '', '', '', 25, 480, '', 92, 80].join(',');
  });
  return `${CYCLE_HEADER}\n${rows.join('\n')}\n`;
}

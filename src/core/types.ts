export const SESSION_TYPES = [
  'strength',
  'hiit',
  'cardio',
  'sport',
  'active-recovery',
  'mobility',
  'other',
] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

/** Sessions that keep a day a rest day (active recovery rather than training). */
export const RECOVERY_TYPES: ReadonlySet<SessionType> = new Set(['active-recovery', 'mobility']);

export interface Session {
  type: SessionType;
  minutes: number;
  /** Session RPE on the CR-10 scale; null when a source did not record one. */
  rpe: number | null;
  /** Where an imported session came from, and its id there (absent when typed by hand). */
  source?: string;
  externalId?: string;
  /** Edwards' heart-rate TRIMP, kept apart from the RPE load when a source has HR zones. */
  trimp?: number;
  /** The session's average heart rate, when the source gives no zones but this (Fitbit, Apple Health). */
  avgHrBpm?: number;
  /** The person's maximum heart rate that average is judged against (not the session's peak). */
  maxHrBpm?: number;
}

/** One calendar day as the user logged it; null means "not recorded", never zero. */
export interface Day {
  date: string;
  sleepHours: number | null;
  sleepQuality: number | null;
  awakenings: number | null;
  proteinG: number | null;
  carbsG: number | null;
  waterL: number | null;
  mealWithin2h: boolean | null;
  fatigue: number | null;
  motivation: number | null;
  soreness: number | null;
  stress: number | null;
  performance: number | null;
  restingHrBpm: number | null;
  hrvMs: number | null;
  /** Hours slept in naps: sleep ending from 14:00 until midnight, kept apart from the night. */
  napH: number | null;
  /** The night's first sleep start and last sleep end, minutes after local midnight (0-1439). */
  bedtimeMin: number | null;
  wakeMin: number | null;
  /** Minutes awake in the night between falling asleep and the final waking. */
  wasoMin: number | null;
  fatG: number | null;
  /** Servings of fruit and vegetables (80 g each). */
  fruitVegServings: number | null;
  /** What hrvMs measures, from its source (RMSSD and SDNN never share a baseline); null if unknown. */
  hrvMeasure: 'rmssd' | 'sdnn' | null;
  injury: string | null;
  note: string | null;
  /** Journal tags, comma-separated ("alcohol,late-meal"); "-x" marks an answered no (see core/tags.ts); "" none. */
  tags: string | null;
  /** Ill today (said so with --sick or the prompt); null when not said. */
  sick: boolean | null;
  /** True once the user said whether they trained; with no sessions that makes a rest day. */
  trainingLogged: boolean;
  sessions: Session[];
}

/** The fields of a day that hold one value each (everything but the date and sessions). */
export type FieldKey = Exclude<keyof Day, 'date' | 'sessions' | 'trainingLogged' | 'hrvMeasure'>;
export type DayValues = Pick<Day, FieldKey>;

export const SPORTS = ['strength', 'endurance', 'team', 'mixed'] as const;
export type Sport = (typeof SPORTS)[number];
export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];
/** The languages recover speaks. */
export const LANGS = ['en', 'nl'] as const;
export type Lang = (typeof LANGS)[number];

export interface Settings {
  weightKg: number | null;
  sleepTargetH: number;
  proteinGPerKg: number;
  /** Set by hand; else it follows from the training profile (see restDaysFor). */
  restDaysPerWeek: number | null;
  sport: Sport | null;
  level: Level | null;
  /** IANA zone for imports; null means this computer's. */
  tz: string | null;
  /** Optional log items the person tracks ("carbs,water"); null: not chosen yet, so all are asked. */
  track: string | null;
  /** A log before this hour (after midnight) may be for the day before. */
  dayStartH: number;
  /** The language of the words; null: from the locale. */
  lang: Lang | null;
}

export function emptyDay(date: string): Day {
  return {
    date,
    sleepHours: null,
    sleepQuality: null,
    awakenings: null,
    proteinG: null,
    carbsG: null,
    waterL: null,
    mealWithin2h: null,
    fatigue: null,
    motivation: null,
    soreness: null,
    stress: null,
    performance: null,
    restingHrBpm: null,
    hrvMs: null,
    napH: null,
    bedtimeMin: null,
    wakeMin: null,
    wasoMin: null,
    fatG: null,
    fruitVegServings: null,
    hrvMeasure: null,
    injury: null,
    note: null,
    tags: null,
    sick: null,
    trainingLogged: false,
    sessions: [],
  };
}

/** A line of advice or a gap in the data as a fact: a code and its figures; render/messages words it. */
export interface Line {
  code: string;
  numbers?: Record<string, number | string | null>;
}

/** Every FieldKey, in the order a day holds them (the order of stored JSON and of the export's sources). */
export const FIELD_KEYS: readonly FieldKey[] = Object.keys(emptyDay('')).filter(
  (k): k is FieldKey => !['date', 'sessions', 'trainingLogged', 'hrvMeasure'].includes(k),
);

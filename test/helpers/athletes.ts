import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '../../src/core/dates.js';
import { runCli, tempDir } from './run-cli.js';

/** One day of a generated athlete, in the columns of recover's own CSV; undefined leaves a column empty. */
export interface AthleteDay {
  sleep_h?: number;
  sleep_quality?: number;
  fatigue?: number;
  motivation?: number;
  soreness?: number;
  stress?: number;
  performance?: number;
  resting_hr_bpm?: number;
  hrv_ms?: number;
  note?: string;
  /** "rest", sessions as "type:min:rpe;…", or undefined when training was not logged. */
  training?: string;
}

const COLUMNS = ['sleep_h', 'sleep_quality', 'fatigue', 'motivation', 'soreness', 'stress', 'performance', 'resting_hr_bpm', 'hrv_ms', 'note'] as const;

/** A small seeded generator (mulberry32), so every run builds the same athletes. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A normally training, well-recovering person on day `i`: varied sessions, two rest days a week, 7-8.5 h of sleep. */
export function wellDay(i: number, rnd: () => number): AthleteDay {
  const weekday = i % 7;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const training =
    weekday === 2 || weekday === 6
      ? weekday === 6 && rnd() < 0.5
        ? 'active-recovery:40:2'
        : 'rest'
      : pick(['strength:60:7', 'strength:75:8', 'cardio:45:5', 'hiit:30:8', 'cardio:60:4']);
  return {
    sleep_h: Math.round((7.2 + rnd() * 1.3) * 4) / 4,
    sleep_quality: pick([3, 4, 4, 4, 5]),
    fatigue: pick([2, 2, 2, 3, 3]),
    motivation: pick([3, 4, 4, 4, 5]),
    soreness: pick([1, 2, 2, 2, 3]),
    stress: pick([2, 2, 3]),
    performance: training === 'rest' || training.startsWith('active') ? undefined : pick([3, 4, 4, 4]),
    resting_hr_bpm: 50 + Math.round(rnd() * 3),
    hrv_ms: 60 + Math.round(rnd() * 12),
    training,
  };
}

/** Writes the days (the last one on `end`) as recover's CSV and imports them with the real binary. */
export function importAthlete(db: string, end: string, days: readonly AthleteDay[]): void {
  const rows = [['date', ...COLUMNS, 'rest_day', 'sessions'].join(',')];
  days.forEach((d, i) => {
    const date = addDays(end, -(days.length - 1 - i));
    const cells = COLUMNS.map((c) => (d[c] === undefined ? '' : /[",]/.test(String(d[c])) ? `"${String(d[c]).replace(/"/g, '""')}"` : String(d[c])));
    const rest = d.training === 'rest' ? 'full' : d.training?.startsWith('active-recovery') ? 'active' : '';
    const sessions = d.training === undefined || d.training === 'rest' ? '' : d.training;
    // A day with neither a rest mark nor sessions leaves both columns out, so its training stays unknown.
    rows.push([date, ...cells, rest, sessions].join(','));
  });
  const file = join(tempDir(), 'athlete.csv');
  writeFileSync(file, `${rows.join('\n')}\n`);
  const r = runCli(['import', 'csv', file], { db });
  if (r.code !== 0) throw new Error(r.stderr);
}

export interface Status {
  verdict: string;
  reasons: Array<{ code: string; pillar: string; strength: number; text: string }>;
  advice: string[];
  missing: string[];
}

export function status(db: string, date: string): Status {
  const r = runCli(['status', '--date', date, '--json'], { db });
  if (r.code !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Status;
}

import { isHardSession } from '../core/day-status.js';
import {
  checkText,
  fieldByKey,
  InvalidValue,
  parseNumber,
  SESSION_MINUTES,
  SESSION_RPE,
  type NumberField,
} from '../core/fields.js';
import { LEVELS, SESSION_TYPES, SPORTS, type Day, type Level, type Session, type SessionType, type Sport } from '../core/types.js';
import type { Prompter } from '../cli/prompter.js';
import type { PlanDay } from '../core/plan.js';
import { TRACK_ITEMS } from '../core/settings.js';
import { describeSession, num } from '../render/format.js';

interface AskContext {
  /** The day so far: its stored entry with any flags applied. */
  day: Day;
  /** The last entry before this day, for defaults when the day has no value yet. */
  previous: Day | null;
  editing: boolean;
  say: (line: string) => void;
  /** Whether the person tracks a field (the track setting); untracked optional items are not asked. */
  tracked?: (key: keyof Day) => boolean;
  /** Fields an import filled in for this day: not asked again. */
  imported?: ReadonlySet<keyof Day>;
  /** The day's plan, the default for the training question. */
  planned?: PlanDay | null;
}

const CLEAR = '-';

/** Fields that tend to repeat from one day to the next, so yesterday's value is a good guess. */
const CARRIED_OVER = new Set<keyof Day>([
  'sleepHours', 'sleepQuality', 'awakenings', 'proteinG', 'carbsG', 'waterL',
  'fatigue', 'motivation', 'soreness', 'stress', 'injury',
]);
// Never today's resting HR or HRV from yesterday: a carried-over reading would hide a change.

const SESSION_LABELS: Record<SessionType, string> = {
  strength: 'Strength (weights, calisthenics)',
  hiit: 'HIIT / intervals',
  cardio: 'Cardio (run, ride, swim, row)',
  sport: 'Sport (team, racket, combat)',
  'active-recovery': 'Active recovery (walk, easy ride)',
  mobility: 'Mobility / stretching / foam roller',
  other: 'Other',
};

const TRAINING_QUESTION = 'Training today? (a walk or mobility counts as active recovery)';

const RPE_HINT = '0 rest, 3 moderate, 5 hard, 7 very hard, 10 maximal';

function validator<T>(parse: (text: string) => T, optional: boolean) {
  return (text: string): string | true => {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed === CLEAR) return optional || 'Please answer this one';
    try {
      parse(trimmed);
      return true;
    } catch (err) {
      return err instanceof InvalidValue ? err.message : String(err);
    }
  };
}

/** Asks for the day in one short pass; every answer has a default where one makes sense. */
export async function askDay(prompter: Prompter, ctx: AskContext): Promise<Day> {
  const day: Day = { ...ctx.day, sessions: [...ctx.day.sessions] };
  const fallback = <K extends keyof Day>(key: K): Day[K] =>
    day[key] ?? (ctx.editing || !CARRIED_OVER.has(key) ? null : (ctx.previous?.[key] ?? null)) as Day[K];

  const askNumber = async (field: NumberField, optional = true): Promise<number | null> => {
    const current = fallback(field.key);
    const hint = [field.hint, optional ? `Enter to ${current === null ? 'skip' : 'keep'}${current === null ? '' : `, ${CLEAR} to clear`}` : '']
      .filter(Boolean)
      .join('; ');
    const answer = await prompter.input({
      message: `${capitalise(field.label)}${field.unit ? ` (${field.unit})` : ''} [${hint}]`,
      default: current === null ? undefined : num(current, 2),
      validate: validator((t) => parseNumber(field, t), optional),
    });
    const trimmed = answer.trim();
    return trimmed === '' || trimmed === CLEAR ? null : parseNumber(field, trimmed);
  };
  const ask = async (key: Parameters<typeof fieldByKey>[0], optional = true) => {
    // What an import gave that day is not asked again, sleep included; an untracked extra is not asked at all.
    if ((ctx.imported?.has(key) && day[key] !== null) || (optional && ctx.tracked?.(key) === false)) return;
    day[key] = await askNumber(fieldByKey(key), optional);
  };

  await ask('sleepHours', false);
  await ask('sleepQuality');
  await ask('awakenings');

  day.sessions = await askTraining(prompter, day, ctx);
  day.trainingLogged = true;
  if (day.sessions.some(isHardSession)) {
    await ask('performance');
    day.mealWithin2h = await prompter.confirm({
      message: 'Did you eat a balanced meal (protein and carbs) within 2 h after training?',
      default: day.mealWithin2h ?? true,
    });
  }

  await ask('proteinG');
  await ask('carbsG');
  await ask('waterL');
  for (const key of ['fatigue', 'motivation', 'soreness', 'stress'] as const) await ask(key);
  await ask('restingHrBpm');
  await ask('hrvMs');

  const injury = fallback('injury');
  const health = await prompter.select({
    message: 'Ill or injured today?',
    choices: [
      { name: 'No', value: 'no' },
      { name: 'Ill (a cold, flu, fever)', value: 'ill' },
      { name: 'Injured or in pain', value: 'injured' },
      { name: 'Both', value: 'both' },
    ],
    default: day.sick ? (injury ? 'both' : 'ill') : injury ? 'injured' : 'no',
  });
  day.sick = health === 'ill' || health === 'both';
  day.injury = health === 'injured' || health === 'both' ? await askText(prompter, 'Injury or pain? (where, how bad)', injury) : null;
  if (ctx.tracked?.('note') !== false) day.note = await askText(prompter, 'Note', day.note);
  return day;
}

async function askTraining(prompter: Prompter, day: Day, ctx: AskContext): Promise<Session[]> {
  if (day.trainingLogged) {
    const logged = day.sessions.length === 0 ? 'a rest day' : day.sessions.map(describeSession).join('; ');
    const choice = await prompter.select({
      message: `Training: ${logged}`,
      choices: [
        { name: 'Keep it', value: 'keep' },
        { name: 'Enter the sessions again', value: 'redo' },
        { name: 'Make it a full rest day', value: 'rest' },
      ],
      default: 'keep',
    });
    if (choice === 'keep') return askMissingRpe(prompter, day.sessions);
    if (choice === 'rest') return [];
  }
  const sessions: Session[] = [];
  const plannedSessions = ctx.planned?.sessions ?? [];
  let lastType: SessionType = plannedSessions[0]?.type ?? ctx.previous?.sessions[0]?.type ?? 'strength';
  let first: SessionType | null = null;
  if (!day.trainingLogged) {
    // One question for "did you train" and "what": a planned rest day suggests rest.
    const answer = await prompter.select<SessionType | 'rest'>({
      message: TRAINING_QUESTION,
      choices: [{ name: 'Rest day: no training', value: 'rest' }, ...SESSION_TYPES.map((t) => ({ name: SESSION_LABELS[t], value: t }))],
      default: ctx.planned?.rest === true ? 'rest' : lastType,
    });
    if (answer === 'rest') return [];
    first = answer;
  }
  do {
    const type =
      first ??
      (await prompter.select({
        message: sessions.length === 0 ? 'What kind of session?' : 'Next session: what kind?',
        choices: SESSION_TYPES.map((t) => ({ name: SESSION_LABELS[t], value: t })),
        default: lastType,
      }));
    first = null;
    const plan = plannedSessions[sessions.length];
    const suggested = `${plan ? num(plan.minutes) : '60'} ${plan?.rpe != null ? num(plan.rpe) : type === 'strength' || type === 'hiit' ? '7' : '4'}`;
    // Minutes and effort in one answer ("60 7"): one question fewer for every session.
    const answer = await prompter.input({
      message: `Minutes and effort, e.g. 60 7 (effort is session RPE: ${RPE_HINT})`,
      default: suggested,
      validate: validator(minutesAndEffort, false),
    });
    const { minutes, rpe } = minutesAndEffort(answer);
    sessions.push({ type, minutes, rpe });
    lastType = type;
  } while (await prompter.confirm({ message: 'Add another session today?', default: false }));
  ctx.say(`Sessions: ${sessions.map(describeSession).join('; ')}`);
  return sessions;
}

/** Imported workouts come without an RPE: asking for it turns them into session load. */
async function askMissingRpe(prompter: Prompter, sessions: Session[]): Promise<Session[]> {
  const out: Session[] = [];
  for (const s of sessions) {
    if (s.rpe !== null) {
      out.push(s);
      continue;
    }
    const answer = await prompter.input({
      message: `Session RPE for ${describeSession(s)}${s.source ? ` from ${s.source}` : ''} (${RPE_HINT}) [Enter to skip]`,
      validate: validator((t) => parseNumber(SESSION_RPE, t), true),
    });
    const text = answer.trim();
    out.push(text === '' || text === CLEAR ? s : { ...s, rpe: parseNumber(SESSION_RPE, text) });
  }
  return out;
}

function minutesAndEffort(text: string): { minutes: number; rpe: number } {
  const [minutes, rpe, ...rest] = text.trim().split(/[\s;]+/);
  if (minutes === undefined || rpe === undefined || rest.length > 0) throw new InvalidValue('prompt-session-shape', { value: text });
  return { minutes: parseNumber(SESSION_MINUTES, minutes), rpe: parseNumber(SESSION_RPE, rpe) };
}

async function askText(prompter: Prompter, message: string, current: string | null): Promise<string | null> {
  const answer = await prompter.input({
    message: `${message} [Enter to ${current ? `keep, ${CLEAR} to clear` : 'skip'}]`,
    default: current ?? undefined,
    validate: validator((t) => checkText(message, t), true),
  });
  return answer.trim() === CLEAR ? null : checkText(message, answer);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const SPORT_LABELS: Record<Sport, string> = {
  strength: 'Strength (weights, calisthenics)',
  endurance: 'Endurance (running, cycling, swimming)',
  team: 'Team sport (football, hockey, basketball)',
  mixed: 'Mixed (gym, classes, a bit of everything)',
};
const LEVEL_LABELS: Record<Level, string> = {
  beginner: 'Beginner (under a year of regular training)',
  intermediate: 'Intermediate (1-3 years)',
  advanced: 'Advanced (3+ years, or competing)',
};

/** Asked once, on the first log: the training profile sets a fitting rest-day target. */
export async function askProfile(prompter: Prompter): Promise<{ sport: Sport; level: Level }> {
  const sport = await prompter.select({
    message: 'What kind of training do you do? (sets your rest-day target; "recover config" changes it)',
    choices: SPORTS.map((s) => ({ name: SPORT_LABELS[s], value: s })),
    default: 'mixed',
  });
  const level = await prompter.select({
    message: 'At what level?',
    choices: LEVELS.map((l) => ({ name: LEVEL_LABELS[l], value: l })),
    default: 'intermediate',
  });
  return { sport, level };
}

const TRACK_LABELS: Record<string, string> = {
  carbs: 'Carbohydrates (g)',
  water: 'Water (l)',
  stress: 'Stress (1-5)',
  'rhr-hrv': 'Resting heart rate and HRV (from a watch or a morning reading)',
  performance: 'Performance in training (1-5)',
  wakings: 'Times awake in the night',
  note: 'A note for the day',
  bedtime: 'Bed and wake times',
  fat: 'Fat (g)',
  'fruit-veg': 'Fruit and vegetables (servings)',
  tags: 'Tags for habits to learn from (alcohol, late meal, …; see "recover insights")',
};

/** Asked once, on the first log: the optional items worth the person's evening ("recover config set track" changes it). */
export async function askTracked(prompter: Prompter): Promise<string> {
  const items = await prompter.checkbox({
    message: 'Which extras do you want to log each evening? (space to tick, Enter to confirm; "recover config set track" changes it)',
    choices: Object.keys(TRACK_ITEMS).map((item) => ({ name: TRACK_LABELS[item] ?? item, value: item, checked: false })),
  });
  return items.length === 0 ? 'none' : items.join(',');
}

import { isHardSession } from '../core/day-status.js';
import { checkText, fieldByKey, InvalidValue, SESSION_MINUTES, SESSION_RPE, type NumberField } from '../core/fields.js';
import { LEVELS, SESSION_TYPES, SPORTS, type Day, type Level, type Session, type SessionType, type Sport } from '../core/types.js';
import type { Prompter } from '../cli/prompter.js';
import type { PlanDay } from '../core/plan.js';
import { TRACK_ITEMS } from '../core/settings.js';
import { describeSession } from '../render/day.js';
import { formatNumber } from '../render/i18n.js';
import { sayField } from '../render/messages/log-fields.js';
import { sayLog } from '../render/messages/log.js';
import { parseTyped } from './options.js';

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

function validator<T>(parse: (text: string) => T, optional: boolean) {
  return (text: string): string | true => {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed === CLEAR) return optional || sayLog('answerThis');
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
    const words = fieldWords(field);
    const answer = await prompter.input({
      message: optional
        ? sayLog('fieldQuestionOptional', { ...words, unit: words.unit ? ` (${words.unit})` : '', current: current === null ? 'no' : 'yes' })
        : sayLog('fieldQuestion', { ...words, unit: words.unit ? ` (${words.unit})` : '' }),
      default: current === null ? undefined : formatNumber(current, 2),
      validate: validator((t) => parseTyped(field, t), optional),
    });
    const trimmed = answer.trim();
    return trimmed === '' || trimmed === CLEAR ? null : parseTyped(field, trimmed);
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
      message: sayLog('meal'),
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
    message: sayLog('health'),
    choices: [
      { name: sayLog('healthNo'), value: 'no' },
      { name: sayLog('healthIll'), value: 'ill' },
      { name: sayLog('healthInjured'), value: 'injured' },
      { name: sayLog('healthBoth'), value: 'both' },
    ],
    default: day.sick ? (injury ? 'both' : 'ill') : injury ? 'injured' : 'no',
  });
  day.sick = health === 'ill' || health === 'both';
  day.injury = health === 'injured' || health === 'both' ? await askText(prompter, sayLog('injury'), injury) : null;
  if (ctx.tracked?.('note') !== false) day.note = await askText(prompter, sayLog('note'), day.note);
  return day;
}

async function askTraining(prompter: Prompter, day: Day, ctx: AskContext): Promise<Session[]> {
  if (day.trainingLogged) {
    const logged = day.sessions.length === 0 ? sayLog('aRestDay') : day.sessions.map(describeSession).join('; ');
    const choice = await prompter.select({
      message: sayLog('trainingLogged', { logged }),
      choices: [
        { name: sayLog('keep'), value: 'keep' },
        { name: sayLog('redo'), value: 'redo' },
        { name: sayLog('makeRest'), value: 'rest' },
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
      message: sayLog('training'),
      choices: [{ name: sayLog('restChoice'), value: 'rest' }, ...SESSION_TYPES.map((t) => ({ name: sayLog('sessionType', { type: t.replace('-', '_') }), value: t }))],
      default: ctx.planned?.rest === true ? 'rest' : lastType,
    });
    if (answer === 'rest') return [];
    first = answer;
  }
  let more = false;
  do {
    const type =
      first ??
      (await prompter.select({
        message: sayLog(sessions.length === 0 ? 'sessionKind' : 'nextSessionKind'),
        choices: SESSION_TYPES.map((t) => ({ name: sayLog('sessionType', { type: t.replace('-', '_') }), value: t })),
        default: lastType,
      }));
    first = null;
    // The plan's session, else the last logged one of this type: the person's own numbers. With
    // neither there is no suggestion, so Enter stores nothing the person did not say.
    const plan = plannedSessions[sessions.length];
    const before = ctx.previous?.sessions.find((s) => s.type === type && s.rpe !== null);
    const minutes = plan?.minutes ?? before?.minutes;
    const rpe = plan?.rpe ?? before?.rpe ?? null;
    const planMore = plannedSessions.length > sessions.length + 1 ? ' +' : '';
    const suggested = minutes !== undefined && rpe !== null ? `${formatNumber(minutes)} ${formatNumber(rpe)}${planMore}` : undefined;
    // Minutes, effort and "another session?" in one answer ("60 7", "60 7 +"): no yes/no
    // question after every session, most days have one.
    const answer = await prompter.input({
      message: sayLog('minutesEffort'),
      default: suggested,
      validate: validator(minutesAndEffort, false),
    });
    const session = minutesAndEffort(answer);
    sessions.push({ type, minutes: session.minutes, rpe: session.rpe });
    more = session.more;
    lastType = type;
  } while (more);
  ctx.say(sayLog('sessions', { list: sessions.map(describeSession).join('; ') }));
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
      message: sayLog('missingRpe', { session: describeSession(s), source: s.source ?? 'none' }),
      validate: validator((t) => parseTyped(SESSION_RPE, t), true),
    });
    const text = answer.trim();
    out.push(text === '' || text === CLEAR ? s : { ...s, rpe: parseTyped(SESSION_RPE, text) });
  }
  return out;
}

/** "60 7" is one session of 60 minutes at RPE 7; a trailing "+" ("60 7 +", "60 7+") asks for another. */
function minutesAndEffort(text: string): { minutes: number; rpe: number; more: boolean } {
  const more = /\+\s*$/.test(text);
  const [minutes, rpe, ...rest] = text.trim().replace(/\+$/, '').trim().split(/[\s;]+/);
  if (minutes === undefined || rpe === undefined || rest.length > 0) throw new InvalidValue('prompt-session-shape', { value: text });
  return { minutes: parseTyped(SESSION_MINUTES, minutes), rpe: parseTyped(SESSION_RPE, rpe), more };
}

async function askText(prompter: Prompter, message: string, current: string | null): Promise<string | null> {
  const answer = await prompter.input({
    message: sayLog('textQuestion', { question: message, current: current ? 'yes' : 'no' }),
    default: current ?? undefined,
    validate: validator((t) => checkText(message, t), true),
  });
  return answer.trim() === CLEAR ? null : checkText(message, answer);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A field's words for its question: capitalised label, unit and hint in the run's language. */
export function fieldWords(field: NumberField): { label: string; unit: string; hint: string } {
  return {
    label: capitalise(sayField('label', { key: field.key })),
    unit: field.unit === '' ? '' : sayField('unit', { unit: field.unit }),
    hint: sayField('hint', { key: field.key }) || 'none',
  };
}

/** Asked once, on the first log: the training profile sets a fitting rest-day target. */
export async function askProfile(prompter: Prompter): Promise<{ sport: Sport; level: Level }> {
  const sport = await prompter.select({
    message: sayLog('sport'),
    choices: SPORTS.map((s) => ({ name: sayLog('sportChoice', { sport: s }), value: s })),
    default: 'mixed',
  });
  const level = await prompter.select({
    message: sayLog('level'),
    choices: LEVELS.map((l) => ({ name: sayLog('levelChoice', { level: l }), value: l })),
    default: 'intermediate',
  });
  return { sport, level };
}

/** Asked once, on the first log: the optional items worth the person's evening ("recover config set track" changes it). */
export async function askTracked(prompter: Prompter): Promise<string> {
  const items = await prompter.checkbox({
    message: sayLog('tracked'),
    choices: Object.keys(TRACK_ITEMS).map((item) => ({ name: sayLog('trackChoice', { item: item.replace('-', '_') }), value: item, checked: false })),
  });
  return items.length === 0 ? 'none' : items.join(',');
}

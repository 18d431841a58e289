import { existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { addDays, weekday, WEEKDAY_NAMES } from '../core/dates.js';
import {
  checkDay,
  checkNumber,
  checkText,
  CLOCK,
  InvalidValue,
  NUMBER_FIELDS,
  parseSession,
  parseYesNo,
  TEXT_FIELDS,
} from '../core/fields.js';
import { editedFields, MANUAL } from '../core/merge.js';
import { tagList } from '../core/tags.js';
import { emptyDay, SESSION_TYPES, type Day, type Session, type Settings } from '../core/types.js';
import type { Deps } from '../cli/deps.js';
import { DataError, UsageError } from '../errors.js';
import { dayLabel, describeDay } from '../render/day.js';
import { sayLog } from '../render/messages/log.js';
import { glueBrackets, wrap } from '../render/wrap.js';
import type { Db } from '../storage/db.js';
import { getDay, lastTimesBefore, latestDayBefore, loadSources, recentTagsBefore, saveDays, writeLocked } from '../storage/days.js';
import { isTracked, restDaysFor, settingByName } from '../core/settings.js';
import { loadSettings, saveSetting } from '../storage/settings.js';
import { listPlan } from '../storage/plan.js';
import { askDay, askProfile, askTracked } from './log-prompts.js';
import { askExtras } from './log-tracked.js';
import { flagValue, parseDate, parseTyped } from './options.js';

/** Values given as flags; null clears a stored value. */
export type DayPatch = Partial<Omit<Day, 'date' | 'sessions' | 'trainingLogged'>> & { sessions?: Session[] };

export interface LogOptions {
  date: string;
  patch: DayPatch;
  yes: boolean;
  /** --date was given: no question whether a log after midnight is for the day before. */
  dateGiven?: boolean;
  /** --json: what was saved, on stdout. */
  json?: boolean;
}

type RawLogFlags = Record<string, string | string[] | boolean | undefined>;

const camel = (flag: string) => flag.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

export function defineLog(program: Command, deps: Deps): void {
  const command = program
    .command('log')
    .description('Log a day: sleep, training or rest, nutrition and how you feel (asks, or takes flags)')
    .option('--date <day>', 'the day to log: YYYY-MM-DD, today, yesterday or a weekday name (mon..sun, the last one) (default: today)');
  for (const f of NUMBER_FIELDS) {
    if (f.unit === CLOCK) command.option(`--${f.flag} <HH:MM>`, `${f.label}: ${f.hint}`);
    else command.option(`--${f.flag} <${f.unit || 'n'}>`, `${f.label}: ${f.hint} (${f.min}-${f.max})`);
  }
  command
    .option('--session <type:min:rpe>', `a training session, repeatable; type is one of ${SESSION_TYPES.join(', ')}`, collect, [])
    .option('--rest', 'no training today: a full rest day')
    .option('--post-meal <yes|no>', 'ate a balanced meal within 2 h after training')
    .option('--sick [yes|no]', 'ill today (a cold, flu, fever): the verdict says rest, and the day stays out of your baselines');
  for (const f of TEXT_FIELDS) {
    if (f.key === 'tags') command.option('--tag <name>', `${f.label}: ${f.hint}; --tag "" clears them`, collect);
    else command.option(`--${f.flag} <text>`, `${f.label}: ${f.hint}`);
  }
  command
    .addOption(new Option('-y, --yes', 'save without asking (also the default without a terminal)'))
    .option('--json', 'print the saved day as JSON')
    .addHelpText(
      'after',
      `
Scales run 1-5. Pass an empty value (--carbs "") to clear a stored value.
Without a terminal, or with --yes, the flags are merged into the day's entry and saved;
a new day needs at least --sleep and --session or --rest.

Examples:
  $ recover log
  $ recover log --date yesterday
  $ recover log --date 2026-11-24 --sleep 7.25 --sleep-quality 4 --protein 150 \\
      --session strength:60:8 --session mobility:20:2 --post-meal yes --fatigue 2 --yes
  $ recover log --rest --sleep 8 --fatigue 3 --motivation 4 --yes
  $ recover log --bedtime 23:15 --wake 07:05 --fat 70 --fruit-veg 5 --tag alcohol --tag late-meal --yes
  $ recover log --sick --rest --note "flu, fever" --yes`,
    )
    .action(async (raw: RawLogFlags) => {
      const date = raw.date === undefined ? deps.today() : dayArgument(raw.date as string, deps.today());
      await runLog({ date, patch: patchFromFlags(raw), yes: Boolean(raw.yes), dateGiven: raw.date !== undefined, json: Boolean(raw.json) }, deps);
    });
}

const FULL_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** YYYY-MM-DD, "today", "yesterday", or a weekday name: the last such day up to today. */
export function dayArgument(value: string, today: string): string {
  const word = value.trim().toLowerCase();
  if (word === 'today') return today;
  if (word === 'yesterday') return addDays(today, -1);
  const index = WEEKDAY_NAMES.findIndex((name, i) => word === name || word === FULL_WEEKDAYS[i]);
  if (index >= 0) {
    for (let back = 0; back < 7; back++) {
      const date = addDays(today, -back);
      if (weekday(date).toLowerCase() === WEEKDAY_NAMES[index]) return date;
    }
  }
  return parseDate(value, '--date');
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Turns the flags into a patch, refusing any value out of range before anything is stored. */
export function patchFromFlags(raw: RawLogFlags): DayPatch {
  const patch: DayPatch = {};
  const text = (flag: string) => raw[camel(flag)] as string | undefined;
  for (const f of NUMBER_FIELDS) {
    const value = text(f.flag);
    if (value !== undefined) patch[f.key] = value.trim() === '' ? null : flagValue(f.flag, () => parseTyped(f, value));
  }
  for (const f of TEXT_FIELDS) {
    const value = f.key === 'tags' ? undefined : text(f.flag);
    if (value !== undefined) patch[f.key] = flagValue(f.flag, () => checkText(f.label, value));
  }
  const tags = raw.tag as string[] | undefined;
  if (tags !== undefined) patch.tags = tags.every((t) => t.trim() === '') ? null : flagValue('tag', () => tagList(tags));
  const meal = text('post-meal');
  if (meal !== undefined) patch.mealWithin2h = meal.trim() === '' ? null : flagValue('post-meal', () => parseYesNo('--post-meal', meal));
  const sick = raw.sick as string | boolean | undefined;
  if (typeof sick === 'string') patch.sick = sick.trim() === '' ? null : flagValue('sick', () => parseYesNo('--sick', sick));
  else if (sick === true) patch.sick = true;
  const sessions = (raw.session as string[] | undefined) ?? [];
  if (raw.rest && sessions.some((s) => !s.startsWith('active-recovery') && !s.startsWith('mobility'))) {
    throw new UsageError('log-rest-with-session');
  }
  if (sessions.length > 0 || raw.rest) patch.sessions = sessions.map((s) => flagValue('session', () => parseSession(s)));
  return patch;
}

export function applyPatch(day: Day, patch: DayPatch): Day {
  const next: Day = { ...day, ...patch };
  if (patch.sessions) next.trainingLogged = true;
  return next;
}

/** Refuses a day that lacks what a log without questions needs: sleep, and training or rest. */
function assertComplete(day: Day): void {
  const [sleep, training] = [day.sleepHours === null, !day.trainingLogged];
  if (sleep || training) {
    throw new UsageError('log-incomplete', { date: day.date, missing: sleep && training ? 'both' : sleep ? 'sleep' : 'training' });
  }
}

export async function runLog(opts: LogOptions, deps: Deps): Promise<void> {
  if (opts.date > deps.today()) {
    throw new UsageError('log-future', { date: opts.date });
  }
  const prompting = !opts.yes && deps.io.canPrompt;
  // A log refused for missing flags must not create the database.
  if (!prompting && !existsSync(await deps.dbPath())) assertComplete(applyPatch(emptyDay(opts.date), opts.patch));
  const db = await deps.db({ create: true });
  // On a terminal every line wraps at words to its width (the summary before saving keeps its columns).
  const width = deps.io.isStderrTTY ? (deps.io.columns ?? 80) : Number.POSITIVE_INFINITY;
  const say = (line: string) => deps.io.stderr.write(`${wrap(glueBrackets(line), width)}\n`);
  if (!prompting) {
    // Flags only: read, merge and write under one write lock, so a concurrent write is never lost.
    const { existing, unchanged } = writeLocked(db, () => {
      const stored = getDay(db, opts.date);
      const day = applyPatch(stored ?? emptyDay(opts.date), opts.patch);
      // A new day needs its sleep and training; a stored one (an import's) takes any correction.
      if (!stored) assertComplete(day);
      // Flags that say what is stored already change nothing, not even who typed it.
      if (stored && JSON.stringify(day) === JSON.stringify(stored)) return { existing: stored, unchanged: true };
      save(db, stored, day, deps);
      return { existing: stored, unchanged: false };
    });
    say(unchanged ? sayLog('unchanged', { day: dayLabel(opts.date) }) : sayLog('saved', { updated: existing ? 'yes' : 'no', day: dayLabel(opts.date) }));
    printSaved(opts, unchanged ? 'unchanged' : existing ? 'updated' : 'created', db, deps);
    return;
  }
  let settings = loadSettings(db);
  // The first run's answers are stored with the day, so Ctrl-C (or not saving) leaves nothing behind.
  let firstRun: Pick<Settings, 'sport' | 'level' | 'track'> | null = null;
  if (settings.sport === null && settings.level === null && settings.restDaysPerWeek === null) {
    const profile = await askProfile(await deps.prompter());
    say(sayLog('restTarget', { n: restDaysFor({ ...settings, ...profile }) }));
    const track = settings.track ?? (await askTracked(await deps.prompter()));
    firstRun = { ...profile, track };
    settings = { ...settings, ...firstRun };
  }
  const hour = deps.now().getHours();
  if (!opts.dateGiven && hour < settings.dayStartH) {
    const yesterday = addDays(opts.date, -1);
    const earlier = await (await deps.prompter()).confirm({ message: sayLog('afterMidnight', { day: dayLabel(yesterday) }), default: true });
    if (earlier) opts = { ...opts, date: yesterday };
  }
  const existing = getDay(db, opts.date);
  say(sayLog('start', { editing: existing ? 'yes' : 'no', day: dayLabel(opts.date) }));
  const sources = loadSources(db, { from: opts.date, to: opts.date }).get(opts.date) ?? {};
  const imported = new Set(Object.entries(sources).filter(([, source]) => source !== MANUAL).map(([field]) => field as keyof Day));
  const tracked = (key: keyof Day) => isTracked(settings, key);
  const asked = await askDay(await deps.prompter(), {
    day: applyPatch(existing ?? emptyDay(opts.date), opts.patch),
    previous: latestDayBefore(db, opts.date),
    editing: existing !== null,
    say,
    tracked,
    imported,
    planned: listPlan(db, { from: opts.date, to: opts.date })[0] ?? null,
  });
  const answered = await askExtras(await deps.prompter(), asked, { tracked, imported, lastTimes: lastTimesBefore(db, opts.date), recentTags: recentTagsBefore(db, opts.date) });
  say(`\n${describeDay(answered, width)}`);
  if (!(await (await deps.prompter()).confirm({ message: sayLog('save'), default: true }))) {
    say(sayLog('notSaved'));
    return;
  }
  const merged = writeLocked(db, () => {
    // Another terminal or an import may have saved this day while the questions were open:
    // the answers that changed something go onto what is stored now, the rest stays.
    const stored = getDay(db, opts.date);
    const changedMeanwhile = JSON.stringify(stored) !== JSON.stringify(existing);
    const day = changedMeanwhile ? mergeAnswers(stored ?? emptyDay(opts.date), existing, answered) : answered;
    save(db, stored, day, deps);
    for (const [name, value] of Object.entries(firstRun ?? {})) saveSetting(db, settingByName(name), value);
    return { changedMeanwhile, stored };
  });
  if (merged.changedMeanwhile) say(sayLog('changedMeanwhile', { date: opts.date }));
  say(sayLog('saved', { updated: merged.stored ? 'yes' : 'no', day: dayLabel(opts.date) }));
  printSaved(opts, merged.stored !== null ? 'updated' : 'created', db, deps);
}

/** --json: the day as stored now, and whether it was new. */
function printSaved(opts: LogOptions, action: 'created' | 'updated' | 'unchanged', db: Db, deps: Deps): void {
  if (opts.json) deps.io.stdout.write(`${JSON.stringify({ date: opts.date, action, day: getDay(db, opts.date) }, null, 2)}\n`);
}

/** The answers that changed something, applied onto the day as it is stored now. */
export function mergeAnswers(stored: Day, before: Day | null, answered: Day): Day {
  const day: Day = { ...stored };
  for (const field of editedFields(before, answered)) (day as unknown as Record<string, unknown>)[field] = answered[field];
  const training = (d: Day | null) => JSON.stringify([d?.sessions ?? [], d?.trainingLogged ?? false]);
  if (training(answered) !== training(before)) Object.assign(day, { sessions: answered.sessions, trainingLogged: answered.trainingLogged });
  return day;
}

function inRange(field: (typeof NUMBER_FIELDS)[number], value: number | null): boolean {
  try {
    checkNumber(field, value ?? Number.NaN);
    return true;
  } catch {
    return false;
  }
}

/** Checks and stores a day; the values this edit changed count as typed by hand from now on. */
function save(db: Db, stored: Day | null, day: Day, deps: Deps): void {
  try {
    checkDay(day);
  } catch (err) {
    if (!(err instanceof InvalidValue)) throw err;
    // A damaged value already in the database is not the user's typing, and is not echoed.
    const damaged = NUMBER_FIELDS.filter((f) => stored !== null && day[f.key] !== null && day[f.key] === stored[f.key] && !inRange(f, day[f.key]));
    if (damaged.length > 0) {
      const [fields, flags] = [damaged.map((f) => f.label).join(', '), damaged.map((f) => `--${f.flag}`).join(', ')];
      throw new DataError('stored-out-of-range', { fields, date: day.date, count: damaged.length, flags });
    }
    throw new UsageError(err.code, err.params);
  }
  const sources = { ...loadSources(db, { from: day.date, to: day.date }).get(day.date) };
  for (const field of editedFields(stored, day)) sources[field] = MANUAL;
  saveDays(db, [day], deps.now(), new Map([[day.date, sources]]));
}

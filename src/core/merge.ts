import { byDate as dateOrder } from './dates.js';
import { firstSource, hrvMeasureOf, isTyped, MANUAL, OWN_CSV, sessionRank, type Source, type SourceOrder } from './sources.js';
import { emptyDay, type Day, type DayValues, type FieldKey, type Session } from './types.js';

export { MANUAL, OWN_CSV, type Source };
export type Sources = Partial<Record<FieldKey, Source>>;
export type FieldValue = DayValues[FieldKey];
/** Every import source's own value for a field of one day, kept whether it is used or not. */
export type Observations = Partial<Record<FieldKey, Partial<Record<Source, FieldValue>>>>;

export interface ImportedDay {
  date: string;
  values: Partial<DayValues>;
  /** Sessions with `source` and `externalId` set, so a second import can recognise them. */
  sessions: Session[];
}

/** A day as stored: its values, where each came from, and what every source offered. */
export interface DayState {
  day: Day;
  sources: Sources;
  observed: Observations;
}

export interface FieldChange {
  date: string;
  field: FieldKey;
  from: FieldValue;
  fromSource: Source | undefined;
  to: FieldValue;
  toSource: Source | undefined;
}

/** An offered value that was not used: a typed value, or a source that comes first, was kept. */
export interface FieldKept {
  date: string;
  field: FieldKey;
  kept: FieldValue;
  keptSource: Source;
  offered: FieldValue;
  offeredSource: Source;
}

export interface MergeOutcome extends DayState {
  changes: FieldChange[];
  kept: FieldKept[];
  sessionsAdded: Session[];
  /** Imported sessions left out: the day's training was logged by hand, or another source's sessions come first. */
  sessionsKept: number;
  /** Who keeps the day's sessions then: MANUAL, or the source first in the session order. */
  sessionsKeptFor?: Source;
  /** A source's sessions taken off this day because its newer import places them on another (withdrawSessions). */
  sessionsMoved?: Session[];
  /** Whether anything stored changed: values, sources, observations or sessions. */
  changed: boolean;
}

export interface MergeOptions {
  overwrite: boolean;
  order: SourceOrder;
}

const isOwn = (s: Session) => s.source === undefined || isTyped(s.source);
const sameSession = (a: Session, b: Session) => a.source === b.source && a.externalId === b.externalId;
const sessionKey = (s: Session) => `${s.source ?? ''}\u0000${s.externalId ?? ''}`;
/** A session's content, whatever order its keys were set in (a stored one and one read back from a CSV). */
const sessionValues = (s: Session) => [s.type, s.minutes, s.rpe, s.source, s.externalId, s.trimp, s.avgHrBpm, s.maxHrBpm];
const sameSessions = (a: readonly Session[], b: readonly Session[]) =>
  a.length === b.length && a.every((s, i) => { const t = b[i]; return t !== undefined && sessionValues(s).every((v, k) => v === sessionValues(t)[k]); });

export const emptyState = (date: string): DayState => ({ day: emptyDay(date), sources: {}, observed: {} });

function cloneState(state: DayState): DayState {
  const observed: Observations = {};
  for (const [field, bySource] of Object.entries(state.observed) as Array<[FieldKey, Partial<Record<Source, FieldValue>>]>) {
    observed[field] = { ...bySource };
  }
  return { day: { ...state.day }, sources: { ...state.sources }, observed };
}

/**
 * Sets each field from the first source in its order that offered a value, unless the value
 * was typed (by hand or in a restored CSV) and `overwrite` is off. The result depends only on
 * what is stored and offered, never on the order of imports.
 */
function derive(
  state: DayState,
  fields: Iterable<FieldKey>,
  opts: MergeOptions,
  offer?: { source: Source; values: Partial<DayValues> },
): { changes: FieldChange[]; kept: FieldKept[]; changed: boolean } {
  const { day, sources, observed } = state;
  const changes: FieldChange[] = [];
  const kept: FieldKept[] = [];
  let changed = false;
  const values = day as unknown as Record<FieldKey, FieldValue>;
  for (const field of fields) {
    const current = values[field];
    const currentSource = sources[field];
    const offered = offer?.values[field];
    const offeredValue = offered === undefined ? null : offered;
    if (current !== null && isTyped(currentSource) && !opts.overwrite) {
      if (offer && offeredValue !== null && offeredValue !== current) {
        kept.push({ date: day.date, field, kept: current, keptSource: currentSource, offered: offeredValue, offeredSource: offer.source });
      }
      continue;
    }
    const bySource = observed[field] ?? {};
    const winner = firstSource(field, Object.keys(bySource), opts.order);
    if (winner === undefined) continue;
    const value = bySource[winner] ?? null;
    if (value !== current) changes.push({ date: day.date, field, from: current, fromSource: currentSource, to: value, toSource: winner });
    if (value !== current || winner !== currentSource) changed = true;
    values[field] = value;
    sources[field] = winner;
    if (field === 'hrvMs') {
      const measure = hrvMeasureOf(winner);
      if (measure !== day.hrvMeasure) changed = true;
      day.hrvMeasure = measure;
    }
    if (offer && offeredValue !== null && offer.source !== winner && offeredValue !== value) {
      kept.push({ date: day.date, field, kept: value, keptSource: winner, offered: offeredValue, offeredSource: offer.source });
    }
  }
  return { changes, kept, changed };
}

/** Same own values, missing and undefined alike (as JSON has it), compared one level down with `same`. */
function sameRecord<T>(a: Partial<Record<string, T>>, b: Partial<Record<string, T>>, same: (x: T | undefined, y: T | undefined) => boolean): boolean {
  for (const k in a) if (!same(a[k], b[k])) return false;
  for (const k in b) if (!(k in a) && !same(undefined, b[k])) return false;
  return true;
}
const strict = <T>(x: T, y: T) => x === y;

/** Whether two states store the same: compared field by field, not as JSON (the merge of each day of an import asks). */
function sameState(a: DayState, b: DayState): boolean {
  const { sessions: sa, ...da } = a.day;
  const { sessions: sb, ...db } = b.day;
  return (
    sameRecord<unknown>(da, db, strict) &&
    sameSessions(sa, sb) &&
    sameRecord(a.sources, b.sources, strict) &&
    sameRecord(a.observed, b.observed, (x, y) => sameRecord(x ?? {}, y ?? {}, strict))
  );
}

/** Merges one source's values and sessions for a day into what is stored. Pure: returns the result. */
export function mergeDay(stored: DayState, imported: ImportedDay, source: Source, opts: MergeOptions): MergeOutcome {
  const state = cloneState(stored);
  const fields: FieldKey[] = [];
  // What changed is noted as it changes (observations, derived values, sessions), not found by comparing states.
  let observedChanged = false;
  for (const key in imported.values) {
    const field = key as FieldKey;
    const value = imported.values[field];
    if (value === null || value === undefined) continue;
    const bySource = state.observed[field];
    if (bySource?.[source] !== value) observedChanged = true;
    const next: Partial<Record<Source, FieldValue>> = { ...bySource };
    next[source] = value;
    state.observed[field] = next;
    fields.push(field);
  }
  const { changes, kept, changed } = derive(state, fields, opts, { source, values: imported.values });
  let sessionsChanged = false;
  let sessionsAdded: Session[] = [];
  let sessionsKept = 0;
  let sessionsKeptFor: Source | undefined;
  const { day } = state;
  if (imported.sessions.length > 0) {
    // A rest day typed by hand (or restored) is training logged by hand too: no import marks rest.
    const handLogged = day.sessions.some(isOwn) || (day.trainingLogged && day.sessions.length === 0);
    const base = opts.overwrite ? day.sessions.filter((s) => !isOwn(s)) : day.sessions;
    // Another import's sessions on this day: the one first in the session order keeps the day.
    const rival = base.filter((s) => !isOwn(s) && s.source !== source).sort((a, b) => sessionRank(a.source) - sessionRank(b.source))[0];
    if (handLogged && !opts.overwrite) {
      sessionsKept = imported.sessions.length;
      sessionsKeptFor = MANUAL;
    } else if (rival && sessionRank(rival.source) < sessionRank(source)) {
      sessionsKept = imported.sessions.length;
      sessionsKeptFor = rival.source ?? MANUAL;
    } else {
      const own = base.filter((s) => s.source === source);
      sessionsAdded = imported.sessions.filter((s) => !own.some((b) => sameSession(b, s)));
      if (sessionsAdded.length > 0 || own.length !== day.sessions.length) {
        const before = day.sessions;
        // Sorted, so that importing sources in another order gives the same list.
        day.sessions = [...own, ...sessionsAdded].sort((a, b) => sessionKey(a).localeCompare(sessionKey(b)));
        sessionsChanged = !day.trainingLogged || !sameSessions(before, day.sessions);
        day.trainingLogged = true;
      }
    }
  }
  return { day, sources: state.sources, observed: state.observed, changes, kept, sessionsAdded, sessionsKept, sessionsKeptFor, changed: observedChanged || changed || sessionsChanged };
}

/**
 * Takes a source's sessions with these ids off a day: the source's newer import places them on
 * another date (an import in another time zone), and a session counted on both dates would
 * double its load. A day left without sessions has its training unknown again, not a rest day.
 */
export function withdrawSessions(stored: DayState, source: Source, ids: ReadonlySet<string>): MergeOutcome {
  const state = cloneState(stored);
  const { day } = state;
  const moves = (s: Session) => s.source === source && ids.has(s.externalId ?? '');
  const moved = day.sessions.filter(moves);
  if (moved.length > 0) {
    day.sessions = day.sessions.filter((s) => !moves(s));
    if (day.sessions.length === 0) day.trainingLogged = false;
  }
  return { ...state, changes: [], kept: [], sessionsAdded: [], sessionsKept: 0, sessionsMoved: moved, changed: moved.length > 0 };
}

/**
 * Takes a source's values of these fields off a day: its newer export no longer gives them there
 * (placed on another date in another time zone, or taken out at the source). A field whose value
 * came from it takes the next source's, or is unknown again when no other source offered one; a
 * value typed by hand or restored stays.
 */
export function withdrawValues(stored: DayState, source: Source, fields: readonly FieldKey[], order: SourceOrder): MergeOutcome {
  const state = cloneState(stored);
  const values = state.day as unknown as Record<FieldKey, FieldValue>;
  const changes: FieldChange[] = [];
  const rederived: FieldKey[] = [];
  let withdrawn = 0;
  for (const field of fields) {
    const bySource = state.observed[field];
    if (bySource?.[source] === undefined) continue;
    withdrawn++;
    delete bySource[source];
    if (Object.keys(bySource).length > 0) {
      rederived.push(field);
      continue;
    }
    delete state.observed[field];
    if (state.sources[field] !== source) continue;
    changes.push({ date: state.day.date, field, from: values[field], fromSource: source, to: null, toSource: undefined });
    values[field] = null;
    delete state.sources[field];
    if (field === 'hrvMs') state.day.hrvMeasure = null;
  }
  changes.push(...derive(state, rederived, { overwrite: false, order }).changes);
  return { ...state, changes, kept: [], sessionsAdded: [], sessionsKept: 0, changed: withdrawn > 0 };
}

/** Takes every field again from the first source in (a new) order, e.g. after `config set source.hrv`. */
export function rederive(stored: DayState, fields: readonly FieldKey[], order: SourceOrder): MergeOutcome {
  const state = cloneState(stored);
  const { changes, changed } = derive(state, fields, { overwrite: false, order });
  return { ...state, changes, kept: [], sessionsAdded: [], sessionsKept: 0, changed };
}

/** One restored CSV row: the columns present, each value with the source the export named. */
export interface Restore {
  values: Partial<DayValues>;
  sources: Sources;
  /** Sessions and rest-day state, when the row has those columns. */
  training?: Partial<Pick<Day, 'sessions' | 'trainingLogged'>>;
}

/**
 * recover's own CSV is a backup: its columns replace what is stored. A value the export names
 * as imported goes back as that source's value (so later imports of it still rank by source);
 * any other counts as typed.
 */
export function restoreDay(stored: DayState, row: Restore, order: SourceOrder): MergeOutcome {
  const state = cloneState(stored);
  const values = state.day as unknown as Record<FieldKey, FieldValue>;
  const imported: FieldKey[] = [];
  const changes: FieldChange[] = [];
  for (const [field, value] of Object.entries(row.values) as Array<[FieldKey, FieldValue]>) {
    const source = row.sources[field];
    if (value !== null && source !== undefined && !isTyped(source)) {
      state.observed[field] = { ...state.observed[field], [source]: value };
      imported.push(field);
      continue;
    }
    const from = values[field];
    const fromSource = state.sources[field];
    values[field] = value;
    if (field === 'hrvMs') state.day.hrvMeasure = null;
    if (value === null) {
      delete state.observed[field];
      delete state.sources[field];
    } else state.sources[field] = source ?? OWN_CSV;
    if (from !== value) changes.push({ date: state.day.date, field, from, fromSource, to: value, toSource: state.sources[field] });
  }
  changes.push(...derive(state, imported, { overwrite: true, order }).changes);
  let sessionsAdded: Session[] = [];
  if (row.training) {
    const [before, logged] = [state.day.sessions, state.day.trainingLogged];
    Object.assign(state.day, row.training);
    if (!sameSessions(state.day.sessions, before) || state.day.trainingLogged !== logged) sessionsAdded = state.day.sessions;
  }
  return { ...state, changes, kept: [], sessionsAdded, sessionsKept: 0, changed: !sameState(state, stored) };
}

/** The fields a hand edit changed, which from now on count as typed by hand. */
export function editedFields(before: Day | null, after: Day): FieldKey[] {
  const base = before ?? emptyDay(after.date);
  return (Object.keys(after) as Array<keyof Day>).filter(
    (k): k is FieldKey =>
      k !== 'date' && k !== 'sessions' && k !== 'trainingLogged' && k !== 'hrvMeasure' && base[k] !== after[k],
  );
}

/** One source's day, combined from all the files of one import, with the file each part came from. */
export interface CombinedDay {
  day: ImportedDay;
  /** The file of each field; empty when the import had one file. */
  fileOf: Partial<Record<FieldKey, string>>;
  sessionFiles: string[];
}

export interface Disagreement {
  date: string;
  field: FieldKey;
  kept: { file: string; value: FieldValue };
  other: { file: string; value: FieldValue };
}


/**
 * Combines the files of one import, whatever order they were given in: files are taken by
 * name, and where two give a field of one day different values the first file by name is
 * kept (and the disagreement reported). Sessions are taken once each.
 */
export function combineFiles(files: ReadonlyArray<{ file: string; days: readonly ImportedDay[] }>): {
  days: CombinedDay[];
  disagreements: Disagreement[];
} {
  const [only] = files;
  // One file (most imports): its days as they are, in date order as DayCollector gives them.
  if (files.length === 1 && only) {
    const days = [...only.days];
    if (days.some((d, i) => i > 0 && (days[i - 1]?.date ?? '') >= d.date)) days.sort(dateOrder);
    return { days: days.map((day) => ({ day, fileOf: {}, sessionFiles: day.sessions.map(() => only.file) })), disagreements: [] };
  }
  const byDate = new Map<string, CombinedDay>();
  const disagreements: Disagreement[] = [];
  for (const { file, days } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    for (const d of days) {
      const c = byDate.get(d.date) ?? { day: { date: d.date, values: {}, sessions: [] }, fileOf: {}, sessionFiles: [] };
      byDate.set(d.date, c);
      const values = c.day.values as Record<FieldKey, FieldValue>;
      for (const [field, value] of Object.entries(d.values) as Array<[FieldKey, FieldValue]>) {
        if (value === null || value === undefined) continue;
        const keptFile = c.fileOf[field];
        if (keptFile === undefined) {
          values[field] = value;
          c.fileOf[field] = file;
        } else if (values[field] !== value) {
          disagreements.push({ date: d.date, field, kept: { file: keptFile, value: values[field] }, other: { file, value } });
        }
      }
      for (const s of d.sessions) {
        if (c.day.sessions.some((t) => sameSession(s, t))) continue;
        c.day.sessions.push(s);
        c.sessionFiles.push(file);
      }
    }
  }
  return { days: [...byDate.values()].sort((a, b) => dateOrder(a.day, b.day)), disagreements };
}

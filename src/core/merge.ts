import { emptyDay, type Day, type DayValues, type FieldKey, type Session } from './types.js';

/** Where a stored value came from: typed by hand, restored from recover's CSV, or an import's id. */
export type Source = string;
export const MANUAL: Source = 'manual';
export const OWN_CSV: Source = 'csv';
export type Sources = Partial<Record<FieldKey, Source>>;

/** Measured by a device: beats a value someone reported in an app. */
const DEVICES: ReadonlySet<Source> = new Set(['apple-health', 'whoop', 'fitbit', 'oura', 'garmin']);

/**
 * Who wins when two sources give the same field: your own values (typed or restored from
 * your export) are never replaced without --overwrite; a device's reading replaces an app's
 * self-report; between equals the newer import wins.
 */
export function rank(source: Source | undefined): number {
  if (source === undefined) return 0;
  if (source === MANUAL || source === OWN_CSV) return 3;
  return DEVICES.has(source) ? 2 : 1;
}

export interface ImportedDay {
  date: string;
  values: Partial<DayValues>;
  /** Sessions with `source` and `externalId` set, so a second import can recognise them. */
  sessions: Session[];
}

export type FieldValue = DayValues[FieldKey];

export interface FieldChange {
  date: string;
  field: FieldKey;
  from: FieldValue;
  fromSource: Source | undefined;
  to: FieldValue;
}

export interface FieldKept {
  date: string;
  field: FieldKey;
  kept: FieldValue;
  keptSource: Source;
  offered: FieldValue;
}

export interface MergeOutcome {
  day: Day;
  sources: Sources;
  changes: FieldChange[];
  kept: FieldKept[];
  sessionsAdded: Session[];
  /** Imported sessions left out because the day's training was logged by hand. */
  sessionsKept: number;
}

const isOwn = (s: Session) => s.source === undefined || s.source === MANUAL || s.source === OWN_CSV;
const sameSession = (a: Session, b: Session) => a.source === b.source && a.externalId === b.externalId;

/** Merges one imported day into what is stored, by the rules of `rank`. Pure: returns the result. */
export function mergeDay(
  existing: Day | null,
  existingSources: Sources,
  imported: ImportedDay,
  source: Source,
  overwrite: boolean,
): MergeOutcome {
  const day: Day = { ...(existing ?? emptyDay(imported.date)) };
  const sources: Sources = { ...existingSources };
  const changes: FieldChange[] = [];
  const kept: FieldKept[] = [];
  for (const [key, value] of Object.entries(imported.values) as Array<[FieldKey, FieldValue]>) {
    if (value === null || value === undefined || day[key] === value) continue;
    const current = day[key];
    const currentSource = sources[key];
    if (current !== null && !overwrite && rank(currentSource) > rank(source)) {
      kept.push({ date: day.date, field: key, kept: current, keptSource: currentSource ?? MANUAL, offered: value });
      continue;
    }
    changes.push({ date: day.date, field: key, from: current, fromSource: currentSource, to: value });
    (day as unknown as Record<FieldKey, FieldValue>)[key] = value;
    sources[key] = source;
  }
  let sessionsAdded: Session[] = [];
  let sessionsKept = 0;
  if (imported.sessions.length > 0) {
    const handLogged = day.sessions.some(isOwn);
    if (handLogged && !overwrite) {
      sessionsKept = imported.sessions.length;
    } else {
      const base = overwrite ? day.sessions.filter((s) => !isOwn(s)) : day.sessions;
      sessionsAdded = imported.sessions.filter((s) => !base.some((b) => sameSession(b, s)));
      if (sessionsAdded.length > 0 || base.length !== day.sessions.length) {
        day.sessions = [...base, ...sessionsAdded];
        day.trainingLogged = true;
      }
    }
  }
  return { day, sources, changes, kept, sessionsAdded, sessionsKept };
}

/** The fields a hand edit changed, which from now on count as typed by hand. */
export function editedFields(before: Day | null, after: Day): FieldKey[] {
  const base = before ?? emptyDay(after.date);
  return (Object.keys(after) as Array<keyof Day>).filter(
    (k): k is FieldKey => k !== 'date' && k !== 'sessions' && k !== 'trainingLogged' && base[k] !== after[k],
  );
}

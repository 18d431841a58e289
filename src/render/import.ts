import { basename } from 'node:path';
import { CLOCK, columnOf, NUMBER_FIELDS } from '../core/fields.js';
import { MANUAL, OWN_CSV, type Disagreement, type FieldChange, type FieldKept } from '../core/merge.js';
import { importOf, isTyped, sourceLabel, SOURCE_SETTINGS } from '../core/sources.js';
import type { FieldKey, Session } from '../core/types.js';
import type { Note, Skipped } from '../importers/common.js';
import { describeSession } from './day.js';
import { clock, inert } from './format.js';
import { formatNumber } from './i18n.js';
import { sayImport } from './messages/import.js';
import { sayNote } from './messages/import-notes.js';

export interface FileStats {
  file: string;
  days: Set<string>;
  filled: number;
  replaced: number;
  keptTyped: number;
  keptRestored: number;
  sessionsAdded: number;
  sessionsKept: number;
  /** Sessions left out because another import's sessions for those days come first (sessionsBehindOf). */
  sessionsBehind: number;
  sessionsBehindOf: Set<string>;
  /** Sessions this import places on another date than the stored ones (another time zone): taken off the old date. */
  sessionsMoved: number;
  /** Values this source stored before on dates its files cover, which the files no longer give there: taken off. */
  withdrawn: number;
  skipped: Skipped[];
  notes: Note[];
}

const isClock = (field: FieldKey) => NUMBER_FIELDS.find((f) => f.key === field)?.unit === CLOCK;
/** A value as the person typed it: bed and wake times as HH:MM, not the minutes stored; tags with a space after each comma, so a long list wraps. */
const show = (field: FieldKey, value: FieldChange['to']) =>
  value === null || value === undefined
    ? sayImport('empty')
    : typeof value === 'boolean'
      ? sayImport(value ? 'yes' : 'no')
      : typeof value === 'number'
        ? isClock(field) ? clock(value) : formatNumber(value, 2)
        : inert(field === 'tags' ? String(value).split(',').join(', ') : String(value));
const sourceName = (source: string) => (source === MANUAL ? sayImport('typed') : source === OWN_CSV ? sayImport('restored') : sourceLabel(source));

/** What a dry run would change, by date. */
export function describeChanges(
  changes: FieldChange[],
  kept: FieldKept[],
  added: ReadonlyArray<{ date: string; session: Session }>,
  moved: ReadonlyArray<{ date: string; session: Session }> = [],
): string {
  const lines = [sayImport('dryRun')];
  const byDate = new Map<string, string[]>();
  const add = (date: string, line: string) => byDate.set(date, [...(byDate.get(date) ?? []), line]);
  for (const c of changes) {
    add(c.date, sayImport('change', {
      field: columnOf(c.field),
      from: show(c.field, c.from),
      fromSource: c.fromSource ? sourceName(c.fromSource) : 'none',
      to: show(c.field, c.to),
      toSource: c.toSource ? sourceName(c.toSource) : 'none',
    }));
  }
  for (const k of kept) {
    add(k.date, sayImport(isTyped(k.keptSource) ? 'keptTyped' : 'keptOrder', {
      field: columnOf(k.field),
      kept: show(k.field, k.kept),
      keptSource: sourceName(k.keptSource),
      offered: show(k.field, k.offered),
      offeredSource: sourceName(k.offeredSource),
    }));
  }
  for (const { date, session } of added) add(date, sayImport('session', { session: describeSession(session), measured: measured(session) }));
  for (const { date, session } of moved) add(date, sayImport('sessionMovedOff', { session: describeSession(session) }));
  for (const date of [...byDate.keys()].sort()) lines.push(date, ...(byDate.get(date) ?? []));
  if (byDate.size === 0) lines.push(sayImport('none'));
  return `${lines.join('\n')}\n`;
}

/** What a session's estimate came from: its TRIMP, or its average against the max heart rate. */
function measured(s: Session): string {
  if (s.trimp !== undefined) return sayImport('trimp', { trimp: formatNumber(s.trimp, 2) });
  if (s.avgHrBpm === undefined) return 'none';
  return s.maxHrBpm === undefined ? sayImport('avgHr', { avg: formatNumber(s.avgHrBpm) }) : sayImport('avgMaxHr', { avg: formatNumber(s.avgHrBpm), max: formatNumber(s.maxHrBpm) });
}

/** One row of a dry run for scripts: a field set or kept, or a session added or taken off a date it moved from (as --session writes it). */
export interface ChangeRow {
  date: string;
  field: string;
  action: 'set' | 'keep' | 'add' | 'move';
  from: FieldChange['to'];
  fromSource: string | null;
  to: FieldChange['to'];
  toSource: string | null;
}

/** The dry run's changes as rows, by date: stored values as they are (minutes, '.' decimals), sources by id. */
export function changeRows(
  changes: FieldChange[],
  kept: FieldKept[],
  added: ReadonlyArray<{ date: string; session: Session; source?: string }>,
  moved: ReadonlyArray<{ date: string; session: Session }> = [],
): ChangeRow[] {
  const rows: ChangeRow[] = [
    ...changes.map((c) => ({ date: c.date, field: columnOf(c.field), action: 'set' as const, from: c.from ?? null, fromSource: c.fromSource ?? null, to: c.to ?? null, toSource: c.toSource ?? null })),
    ...kept.map((k) => ({ date: k.date, field: columnOf(k.field), action: 'keep' as const, from: k.kept ?? null, fromSource: k.keptSource, to: k.offered ?? null, toSource: k.offeredSource })),
    ...added.map(({ date, session: s }) => ({ date, field: 'session', action: 'add' as const, from: null, fromSource: null, to: `${s.type}:${s.minutes}:${s.rpe ?? ''}`, toSource: s.source ?? null })),
    ...moved.map(({ date, session: s }) => ({ date, field: 'session', action: 'move' as const, from: `${s.type}:${s.minutes}:${s.rpe ?? ''}`, fromSource: s.source ?? null, to: null, toSource: null })),
  ];
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

export interface Totals {
  /** Days whose values or sessions changed, and days stored at all (also when only a source's unused value). */
  updated: number;
  saved: number;
  kept: FieldKept[];
  disagreements: Disagreement[];
}

/**
 * "hrv_ms on 30 days: oura comes first, so apple-health's values are stored but not used (...)";
 * a source's own fallback file behind it is its documented rule, not a choice to change.
 */
function orderNotes(kept: FieldKept[]): string[] {
  const groups = new Map<string, { field: FieldKept['field']; winner: string; offered: string; days: Set<string> }>();
  for (const k of kept.filter((k) => !isTyped(k.keptSource))) {
    const key = `${k.field} ${k.keptSource} ${k.offeredSource}`;
    const g = groups.get(key) ?? { field: k.field, winner: k.keptSource, offered: k.offeredSource, days: new Set<string>() };
    g.days.add(k.date);
    groups.set(key, g);
  }
  return [...groups.values()].map(({ field, winner, offered, days }) => {
    const about = { field: columnOf(field), n: days.size, offered: sourceLabel(offered), winner: sourceLabel(winner) };
    if (importOf(offered) === importOf(winner)) return sayImport('sameSource', about);
    const setting = SOURCE_SETTINGS.find((s) => s.key === field)?.name ?? `source.${columnOf(field)}`;
    return sayImport('otherSource', { ...about, setting, source: importOf(offered) });
  });
}

function disagreementNotes(disagreements: Disagreement[]): string[] {
  const groups = new Map<string, Disagreement[]>();
  for (const d of disagreements) {
    const key = `${d.field} ${d.kept.file} ${d.other.file}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.values()].map((list) => {
    const [d] = list as [Disagreement];
    return sayImport('disagree', {
      other: basename(d.other.file),
      kept: basename(d.kept.file),
      field: columnOf(d.field),
      n: list.length,
      date: d.date,
      otherValue: show(d.field, d.other.value),
      keptValue: show(d.field, d.kept.value),
    });
  });
}

/** The per-file summary an import prints on stderr, with its notes and a last line on what changed. */
export function importSummary(stats: FileStats[], opts: { source: string; paths: string[]; dryRun: boolean }, totals: Totals): string {
  const lines: string[] = [];
  for (const s of stats) {
    const parts = [
      sayImport('daysTouched', { n: s.days.size }),
      sayImport('filled', { n: s.filled }),
      s.replaced ? sayImport('replaced', { n: s.replaced }) : '',
      s.keptTyped ? sayImport('keptTypedCount', { n: s.keptTyped }) : '',
      s.keptRestored ? sayImport('keptRestoredCount', { n: s.keptRestored }) : '',
      sayImport('sessionsAdded', { n: s.sessionsAdded }),
      s.sessionsKept ? sayImport('sessionsKept', { n: s.sessionsKept }) : '',
      s.sessionsBehind ? sayImport('sessionsBehind', { n: s.sessionsBehind, sources: [...s.sessionsBehindOf].sort().join(', ') }) : '',
      s.sessionsMoved ? sayImport('sessionsMoved', { n: s.sessionsMoved }) : '',
      s.withdrawn ? sayImport('valuesWithdrawn', { n: s.withdrawn }) : '',
      sayImport('rowsSkipped', { n: s.skipped.length }),
    ].filter(Boolean);
    lines.push(sayImport('file', { file: s.file, parts: parts.join(', ') }));
    for (const k of s.skipped) lines.push(sayImport('skipped', { where: inert(k.where), reason: inert(k.reason) }));
    for (const n of s.notes) lines.push(sayImport('fileNote', { note: sayNote(n) }));
  }
  lines.push(...disagreementNotes(totals.disagreements), ...orderNotes(totals.kept));
  const dryRun = opts.dryRun ? 'yes' : 'no';
  if (totals.saved === 0) lines.push(sayImport('nothingNew', { paths: opts.paths.join(', ') }));
  else if (totals.updated === 0) lines.push(sayImport('noDayChanged', { dryRun }));
  else lines.push(sayImport('updated', { dryRun, n: totals.updated }));
  return `${lines.join('\n')}\n`;
}

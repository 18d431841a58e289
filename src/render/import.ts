import { basename } from 'node:path';
import { CLOCK, columnOf, NUMBER_FIELDS } from '../core/fields.js';
import { MANUAL, OWN_CSV, type Disagreement, type FieldChange, type FieldKept } from '../core/merge.js';
import { importOf, isTyped, sourceLabel, SOURCE_SETTINGS } from '../core/sources.js';
import type { FieldKey, Session } from '../core/types.js';
import { plural } from '../core/words.js';
import type { Skipped } from '../importers/common.js';
import { describeSession } from './day.js';
import { clock, inert } from './format.js';

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
  skipped: Skipped[];
  notes: string[];
}

const isClock = (field: FieldKey) => NUMBER_FIELDS.find((f) => f.key === field)?.unit === CLOCK;
/** A value as the person typed it: bed and wake times as HH:MM, not the minutes stored. */
const show = (field: FieldKey, value: FieldChange['to']) =>
  value === null || value === undefined ? 'empty' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : typeof value === 'number' && isClock(field) ? clock(value) : inert(String(value));
const sourceName = (source: string) => (source === MANUAL ? 'typed by hand' : source === OWN_CSV ? 'restored from CSV' : sourceLabel(source));

/** What a dry run would change, by date. */
export function describeChanges(
  changes: FieldChange[],
  kept: FieldKept[],
  added: ReadonlyArray<{ date: string; session: Session }>,
): string {
  const lines = ['Dry run: nothing was written. These changes would be made:'];
  const byDate = new Map<string, string[]>();
  const add = (date: string, line: string) => byDate.set(date, [...(byDate.get(date) ?? []), line]);
  for (const c of changes) {
    add(c.date, `  ${columnOf(c.field)}: ${show(c.field, c.from)}${c.fromSource ? ` (${sourceName(c.fromSource)})` : ''} -> ${show(c.field, c.to)}${c.toSource ? ` (${sourceName(c.toSource)})` : ''}`);
  }
  for (const k of kept) {
    const why = isTyped(k.keptSource) ? '; --overwrite would replace it' : `, which comes first for ${columnOf(k.field)}`;
    add(k.date, `  ${columnOf(k.field)}: keeps ${show(k.field, k.kept)} (${sourceName(k.keptSource)}) over ${show(k.field, k.offered)} from ${sourceName(k.offeredSource)}${why}`);
  }
  for (const { date, session } of added) add(date, `  + session ${describeSession(session)}${measured(session)}`);
  for (const date of [...byDate.keys()].sort()) lines.push(date, ...(byDate.get(date) ?? []));
  if (byDate.size === 0) lines.push('  (none)');
  return `${lines.join('\n')}\n`;
}

/** What a session's estimate came from: its TRIMP, or its average against the max heart rate. */
function measured(s: Session): string {
  if (s.trimp !== undefined) return `, TRIMP ${s.trimp}`;
  if (s.avgHrBpm === undefined) return '';
  return `, average HR ${s.avgHrBpm}${s.maxHrBpm === undefined ? '' : ` of max ${s.maxHrBpm}`} bpm`;
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
    const where = `note: ${columnOf(field)} on ${plural(days.size, 'day')}`;
    if (importOf(offered) === importOf(winner)) {
      return `${where}: ${sourceLabel(offered)} differs from ${sourceLabel(winner)}, which comes first; both are stored`;
    }
    const setting = SOURCE_SETTINGS.find((s) => s.key === field)?.name ?? `source.${columnOf(field)}`;
    return `${where}: ${sourceLabel(winner)} comes first for this field, so ${sourceLabel(offered)}'s values are stored but not used ("recover config set ${setting} ${importOf(offered)}" to use them)`;
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
    return `note: ${basename(d.other.file)} and ${basename(d.kept.file)} disagree on ${columnOf(d.field)} on ${plural(list.length, 'day')} (e.g. ${d.date}: ${show(d.field, d.other.value)} vs ${show(d.field, d.kept.value)}); kept ${basename(d.kept.file)}'s, the first file by name`;
  });
}

/** The per-file summary an import prints on stderr, with its notes and a last line on what changed. */
export function importSummary(stats: FileStats[], opts: { source: string; paths: string[]; dryRun: boolean }, totals: Totals): string {
  const lines: string[] = [];
  for (const s of stats) {
    const parts = [
      plural(s.days.size, 'day') + ' touched',
      `${plural(s.filled, 'field')} filled`,
      s.replaced ? `${s.replaced} replaced` : '',
      s.keptTyped ? `${s.keptTyped} kept as you typed them` : '',
      s.keptRestored ? `${s.keptRestored} kept as restored from your CSV` : '',
      `${plural(s.sessionsAdded, 'session')} added`,
      s.sessionsKept ? `${s.sessionsKept} sessions left out (training logged by hand)` : '',
      s.sessionsBehind ? `${s.sessionsBehind} sessions left out (${[...s.sessionsBehindOf].sort().join(', ')} has sessions on those days, and comes first for sessions)` : '',
      `${plural(s.skipped.length, 'row')} skipped`,
    ].filter(Boolean);
    lines.push(`${s.file}: ${parts.join(', ')}`);
    for (const k of s.skipped) lines.push(`  skipped ${inert(k.where)}: ${inert(k.reason)}`);
    for (const n of s.notes) lines.push(`  note: ${n}`);
  }
  lines.push(...disagreementNotes(totals.disagreements), ...orderNotes(totals.kept));
  const verb = opts.dryRun ? 'Would update' : 'Updated';
  if (totals.saved === 0) lines.push(`Nothing new: every value from ${opts.paths.join(', ')} is already stored.`);
  else if (totals.updated === 0) lines.push(`No day ${opts.dryRun ? 'would change' : 'changed'}: the new values are stored, behind values you typed or sources that come first.`);
  else lines.push(`${verb} ${plural(totals.updated, 'day')}.`);
  return `${lines.join('\n')}\n`;
}

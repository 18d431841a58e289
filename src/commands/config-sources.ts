import { columnOf } from '../core/fields.js';
import { rederive } from '../core/merge.js';
import { orderFor, parseSourceList, sourceSettingByName, SOURCE_SETTINGS, type SourceOrder } from '../core/sources.js';
import type { Deps } from '../cli/deps.js';
import { datesObserved, loadDayState, saveDays } from '../storage/days.js';
import { loadSourceOrder, saveSourceOrder } from '../storage/source-order.js';
import { storedSettings } from './config.js';
import { flagValue } from './options.js';
import { sayConfig } from '../render/messages/config.js';

// `recover config set source.hrv oura`: which import source a field takes its value from.

export async function runSourceGet(name: string, deps: Deps): Promise<void> {
  const { key } = flagValue('name', () => sourceSettingByName(name));
  const { order } = await storedSettings(deps);
  deps.io.stdout.write(`${orderFor(key, order).join(',')}\n`);
}

/** Rows for `config list`: the fields whose order you changed, and that order. */
export function sourceRows(order: SourceOrder): Array<[string, string]> {
  return SOURCE_SETTINGS.filter((s) => order[s.key]).map((s) => [s.name, orderFor(s.key, order).join(',')]);
}

/** Stores the new order (null: the default) and takes the field of every stored day again by it. */
export async function runSourceSet(name: string, value: string | null, deps: Deps): Promise<void> {
  const { key } = flagValue('name', () => sourceSettingByName(name));
  const list = value === null ? null : flagValue(name, () => parseSourceList(name, value));
  const db = await deps.db({ create: true });
  let changed = 0;
  db.transaction(() => {
    saveSourceOrder(db, key, list);
    const order = loadSourceOrder(db);
    const outcomes = datesObserved(db, [key])
      .map((date) => loadDayState(db, date))
      .flatMap((state) => (state ? [rederive(state, [key], order)] : []))
      .filter((o) => o.changed);
    const byDate = <T>(pick: (o: (typeof outcomes)[number]) => T) => new Map(outcomes.map((o) => [o.day.date, pick(o)]));
    saveDays(db, outcomes.map((o) => o.day), deps.now(), byDate((o) => o.sources), byDate((o) => o.observed));
    changed = outcomes.filter((o) => o.changes.length > 0).length;
  })();
  const order = orderFor(key, loadSourceOrder(db)).join(', ');
  deps.io.stderr.write(`${sayConfig('sourceDone', { name, reset: list === null ? 'yes' : 'no', field: columnOf(key), order, n: changed })}\n`);
}

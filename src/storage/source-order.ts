import type { Source, SourceOrder } from '../core/sources.js';
import type { FieldKey } from '../core/types.js';
import type { Db } from './db.js';

/** The sources chosen to come first, per field (`recover config set source.<field>`). */
export function loadSourceOrder(db: Db): SourceOrder {
  const rows = db.prepare('SELECT field, sources FROM source_order').all() as Array<{ field: FieldKey; sources: string }>;
  return Object.fromEntries(rows.map((r) => [r.field, r.sources.split(',')]));
}

/** Stores a field's chosen sources; null goes back to the default order. */
export function saveSourceOrder(db: Db, field: FieldKey, sources: readonly Source[] | null): void {
  if (sources === null) {
    db.prepare('DELETE FROM source_order WHERE field = ?').run(field);
    return;
  }
  db.prepare('INSERT INTO source_order (field, sources) VALUES (?, ?) ON CONFLICT (field) DO UPDATE SET sources = excluded.sources').run(
    field,
    sources.join(','),
  );
}

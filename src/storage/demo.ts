import type { Db } from './db.js';

// A row beside the settings (which ignore names they do not know) marks a database `recover demo` made.
const MARK = 'demo';

export function markDemo(db: Db): void {
  db.prepare('INSERT INTO setting (name, value) VALUES (?, 1) ON CONFLICT (name) DO NOTHING').run(MARK);
}

export function isDemo(db: Db): boolean {
  return db.prepare('SELECT 1 FROM setting WHERE name = ?').get(MARK) !== undefined;
}

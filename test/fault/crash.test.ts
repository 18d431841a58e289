/* eslint-disable vitest/valid-expect -- each message names the case (seed, kill moment, command) */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/run-cli.js';
import { dayOf, inspect, networkUse, spawnCli } from './helpers.js';
import { seededRandom } from '../../src/core/random.js';

// Kills the real binary at random moments of a large import and of a log save, then checks the
// database: SQLite's integrity check passes, the write is all there or not at all, the data from
// before is untouched, and the next command works. The delays are seeded, so a failure repeats.

const SIGNALS: NodeJS.Signals[] = ['SIGKILL', 'SIGTERM', 'SIGINT'];
const IMPORT_DAYS = 12_000;
const SEED = 9;
const LAST_IMPORTED = '1992-11-07';

/** A database holding one logged day, copied fresh for each kill. */
let template: string;
let bigCsv: string;

beforeAll(() => {
  const dir = tempDir();
  template = join(dir, 'template.db');
  const made = runCli(['log', '--date', '2026-11-20', '--sleep', '7', '--rest', '--note', 'before', '--yes'], { db: template });
  if (made.code !== 0) throw new Error(`could not make the template database: ${made.stderr}`);
  // 12,000 days from 1960 on: an import that spends about a second writing.
  const start = Date.UTC(1960, 0, 1);
  const rows = Array.from({ length: IMPORT_DAYS }, (_, i) => {
    const date = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    return `${date},${(6 + (i % 30) / 10).toFixed(1)},${1 + (i % 5)},${100 + (i % 50)},day ${i}\n`;
  });
  bigCsv = join(dir, 'big.csv');
  writeFileSync(bigCsv, `date,sleep_h,fatigue,protein_g,note\n${rows.join('')}`);
});

function freshCopy(): { db: string; dir: string } {
  const dir = tempDir();
  const db = join(dir, 'recover.db');
  copyFileSync(template, db);
  return { db, dir };
}


describe('killed at random moments', () => {
  it('a large import leaves the database whole, with all or none of the import, 5 times out of 5', async () => {
    const rnd = seededRandom(SEED);
    const clean = freshCopy();
    const started = Date.now();
    const full = await spawnCli(['import', 'csv', bigCsv], clean);
    const took = Date.now() - started;
    expect(full.stderr).toContain(`Updated ${IMPORT_DAYS} days.`);
    const outcomes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { db, dir } = freshCopy();
      const signal = SIGNALS[i % 3] ?? 'SIGKILL';
      const afterMs = Math.round(took * (0.15 + 0.8 * rnd()));
      const r = await spawnCli(['import', 'csv', bigCsv], { db, dir, kill: { afterMs, signal } });
      const after = inspect(db);
      const why = `${signal} after ${afterMs} ms of ${took} ms (seed ${SEED}, run ${i})`;
      expect(after.integrity, why).toBe('ok');
      expect([1, IMPORT_DAYS + 1], why).toContain(after.days);
      expect(dayOf(db, '2026-11-20'), why).toEqual({ sleep_h: 7, protein_g: null, note: 'before', sessions: 0 });
      if (after.days === IMPORT_DAYS + 1) expect(dayOf(db, LAST_IMPORTED), why).toEqual({ sleep_h: 8.9, protein_g: 149, note: 'day 11999', sessions: 0 });
      outcomes.push(r.signal === null ? 'finished' : after.days === 1 ? 'none' : 'all');
      // The next command works, and finds the database as the kill left it.
      expect(runCli(['log', '--date', '2026-11-21', '--sleep', '6', '--rest', '--yes'], { db }).code, why).toBe(0);
      expect(inspect(db).days, why).toBe(after.days + 1);
      expect(networkUse(dir)).toBe('');
    }
    // At least one kill landed before the commit, so the test saw an interrupted write.
    expect(outcomes).toContain('none');
  }, 90_000);

  it('a log save leaves the day as it was or fully updated, 5 times out of 5', async () => {
    const rnd = seededRandom(SEED + 1);
    const args = ['log', '--date', '2026-11-20', '--sleep', '8', '--protein', '150', '--note', 'after', '--session', 'strength:45:7', '--yes'];
    const clean = freshCopy();
    const started = Date.now();
    expect((await spawnCli(args, clean)).code).toBe(0);
    const took = Date.now() - started;
    for (let i = 0; i < 5; i++) {
      const { db, dir } = freshCopy();
      const signal = SIGNALS[i % 3] ?? 'SIGKILL';
      const afterMs = Math.round(took * (0.3 + 0.75 * rnd()));
      await spawnCli(args, { db, dir, kill: { afterMs, signal } });
      const why = `${signal} after ${afterMs} ms of ${took} ms (seed ${SEED + 1}, run ${i})`;
      const after = inspect(db);
      expect(after.integrity, why).toBe('ok');
      const day = dayOf(db, '2026-11-20');
      expect([{ sleep_h: 7, protein_g: null, note: 'before', sessions: 0 }, { sleep_h: 8, protein_g: 150, note: 'after', sessions: 1 }], why).toContainEqual(day);
      expect(runCli(['log', '--date', '2026-11-21', '--sleep', '6', '--rest', '--yes'], { db }).code, why).toBe(0);
    }
  }, 60_000);
});

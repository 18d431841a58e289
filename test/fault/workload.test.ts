/* eslint-disable vitest/valid-expect -- each message names the case (seed, kill moment, command) */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/run-cli.js';
import { guardedEnv, inspect, networkUse } from './helpers.js';

// Six processes at once on one database: two writers on the same day (and on days of their own),
// a writer of distinct days, an importer of recover CSV, an Oura importer and a reader, about
// 200 commands in all. Every acknowledged write must be in the database, exactly once; readers
// never see half an import; nobody is told "database is locked".

const WORKER = fileURLToPath(new URL('./worker.mjs', import.meta.url));
const SHARED = '2026-11-20';

interface Result {
  argv: string[];
  code: number;
  stdout: string;
  stderr: string;
}

const iso = (base: number, i: number) => new Date(base + i * 86_400_000).toISOString().slice(0, 10);

function runWorker(commands: string[][], dir: string, db: string, name: string): Promise<Result[]> {
  const list = join(dir, `${name}.json`);
  writeFileSync(list, JSON.stringify(commands));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, list], { env: { ...process.env, RECOVER_DB: db, TZ: 'UTC', ...guardedEnv(dir) }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`worker ${name} exited ${code}: ${err}`));
      else resolve(out.trim().split('\n').map((line) => JSON.parse(line) as Result));
    });
  });
}

describe('six processes at once', () => {
  it('loses no acknowledged write in about 200 mixed commands', async () => {
    const dir = tempDir();
    const db = join(dir, 'recover.db');
    expect(runCli(['log', '--date', SHARED, '--sleep', '7', '--rest', '--yes'], { db }).code).toBe(0);

    // Writers A and B share one day (each owns a field) and each has days of its own with a session.
    const writer = (flag: string, base: number, own: number) =>
      Array.from({ length: 35 }, (_, i) =>
        i % 7 === 6
          ? ['log', '--date', iso(own, i), '--sleep', '7.5', '--session', 'strength:30:5', '--protein', String(i), '--yes']
          : ['log', '--date', SHARED, `--${flag}`, String(base + i), '--yes'],
      );
    const a = writer('protein', 100, Date.UTC(2026, 9, 1));
    const b = writer('carbs', 200, Date.UTC(2026, 8, 1));
    // Writer C alternates the shared day (resting HR) with days of its own.
    const c = Array.from({ length: 36 }, (_, i) =>
      i % 2 === 0 ? ['log', '--date', SHARED, '--rhr', String(40 + i), '--yes'] : ['log', '--date', iso(Date.UTC(2026, 5, 1), i), '--sleep', String(5 + (i % 4)), '--rest', '--yes'],
    );
    // Importer D: 20 files of 5 days each, plus the shared day's water.
    const d = Array.from({ length: 20 }, (_, i) => {
      const file = join(dir, `batch-${i}.csv`);
      const rows = Array.from({ length: 5 }, (_, k) => `${iso(Date.UTC(2025, 0, 1), i * 5 + k)},${k + 1},batch ${i}\n`);
      writeFileSync(file, `date,water_l,note\n${rows.join('')}${SHARED},${(1 + i / 10).toFixed(1)},\n`);
      return ['import', 'csv', file];
    });
    // Importer E: 20 Oura files of 3 days each.
    const e = Array.from({ length: 20 }, (_, i) => {
      const file = join(dir, `oura_${i}_trends.csv`);
      const rows = Array.from({ length: 3 }, (_, k) => `${iso(Date.UTC(2024, 0, 1), i * 3 + k)},${25_200 + i * 60},${40 + k}\n`);
      writeFileSync(file, `date,Total Sleep Duration,Average HRV\n${rows.join('')}`);
      return ['import', 'oura', file];
    });
    const readers = [['export', '--json'], ['report', '--date', SHARED], ['status', '--date', SHARED], ['export', '--json', '--from', '2025-01-01', '--to', '2025-04-30']];
    const f = Array.from({ length: 40 }, (_, i) => readers[i % readers.length] ?? []);

    const lists = { a, b, c, d, e, f };
    const results = await Promise.all(Object.entries(lists).map(([name, commands]) => runWorker(commands, dir, db, name)));
    const all = results.flat();
    expect(all).toHaveLength(186);
    const failed = all.filter((r) => r.code !== 0);
    expect(failed).toEqual([]);
    expect(all.filter((r) => /locked|SQLITE|internal error/i.test(r.stderr))).toEqual([]);

    // Readers never saw part of an import: each batch's 5 days are all there or none.
    for (const r of results[5] ?? []) {
      if (r.argv[0] !== 'export') continue;
      const days = JSON.parse(r.stdout) as Array<{ date: string; note: string | null }>;
      const perBatch = new Map<string, number>();
      for (const day of days) if (day.note?.startsWith('batch ')) perBatch.set(day.note, (perBatch.get(day.note) ?? 0) + 1);
      for (const [batch, n] of perBatch) expect(n, `${batch} seen half written`).toBe(5);
    }

    // Every acknowledged write is there, exactly once.
    const exported = JSON.parse(runCli(['export', '--json'], { db }).stdout) as Array<Record<string, unknown> & { date: string; sessions: unknown[] }>;
    const byDate = new Map(exported.map((day) => [day.date, day]));
    const shared = byDate.get(SHARED);
    expect([shared?.proteinG, shared?.carbsG, shared?.restingHrBpm, shared?.waterL, shared?.sleepHours]).toEqual([133, 233, 74, 2.9, 7]);
    let checked = 0;
    for (const [name, list] of [['a', a], ['b', b]] as const) {
      for (const argv of list.filter((v) => v[2] !== SHARED)) {
        expect(byDate.get(argv[2] ?? ''), `${name} ${argv.join(' ')}`).toMatchObject({ sleepHours: 7.5, proteinG: Number(argv[8]), sessions: [{ type: 'strength', minutes: 30, rpe: 5 }] });
        checked++;
      }
    }
    for (const argv of c.filter((v) => v[2] !== SHARED)) {
      expect(byDate.get(argv[2] ?? ''), argv.join(' ')).toMatchObject({ sleepHours: Number(argv[4]), trainingLogged: true, sessions: [] });
      checked++;
    }
    for (let i = 0; i < 20; i++) {
      for (let k = 0; k < 5; k++) expect(byDate.get(iso(Date.UTC(2025, 0, 1), i * 5 + k))).toMatchObject({ waterL: k + 1, note: `batch ${i}` });
      for (let k = 0; k < 3; k++) expect(byDate.get(iso(Date.UTC(2024, 0, 1), i * 3 + k))).toMatchObject({ sleepHours: Math.round(((25_200 + i * 60) / 3600) * 100) / 100, hrvMs: 40 + k });
      checked += 8;
    }
    expect(checked).toBe(10 + 18 + 160);
    expect(exported).toHaveLength(1 + 10 + 18 + 100 + 60);
    expect(inspect(db)).toEqual({ integrity: 'ok', days: 189, sessions: 10 });
    expect(networkUse(dir)).toBe('');
  }, 120_000);
});

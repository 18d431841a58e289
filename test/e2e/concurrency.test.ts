import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, runCli, tempDb } from '../helpers/run-cli.js';

/** Runs the real binary without blocking the test, so several can run at once. */
function cli(args: string[], db: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, RECOVER_DB: db, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('writers at the same time', () => {
  it('loses no value when six processes log the same day at once', async () => {
    const db = tempDb();
    expect(runCli(['log', '--date', '2026-11-20', '--sleep', '7', '--rest'], { db }).code).toBe(0);
    // Each writer owns one field and writes it 8 times; the last value of each must survive.
    const writers: Array<[string, (i: number) => string]> = [
      ['--protein', (i) => String(100 + i)],
      ['--carbs', (i) => String(200 + i)],
      ['--water', (i) => String(1 + i / 10)],
      ['--rhr', (i) => String(50 + i)],
      ['--hrv', (i) => String(60 + i)],
      ['--note', (i) => `note ${i}`],
    ];
    const runs = writers.map(async ([flag, value]) => {
      for (let i = 1; i <= 8; i++) {
        const r = await cli(['log', '--date', '2026-11-20', flag, value(i), '--yes'], db);
        expect(r).toEqual({ code: 0, stderr: 'Updated Fri 2026-11-20.\n' });
      }
    });
    await Promise.all(runs);
    const [day] = JSON.parse(runCli(['export', '--json'], { db }).stdout);
    expect([day.proteinG, day.carbsG, day.waterL, day.restingHrBpm, day.hrvMs, day.note, day.sleepHours]).toEqual([108, 208, 1.8, 58, 68, 'note 8', 7]);
  }, 60_000);

  it('lets six processes create and migrate a new database at once', async () => {
    for (let round = 0; round < 10; round++) {
      const db = tempDb();
      const results = await Promise.all(
        [16, 17, 18, 19, 20, 21].map((d) => cli(['log', '--date', `2026-11-${d}`, '--sleep', '7', '--rest', '--yes'], db)),
      );
      // Each failure with what it said, so a rare one in CI can be read.
      expect(results.map((r) => (r.code === 0 ? 0 : `${r.code}: ${r.stderr}`))).toEqual([0, 0, 0, 0, 0, 0]);
      expect(JSON.parse(runCli(['export', '--json'], { db }).stdout)).toHaveLength(6);
    }
  }, 60_000);
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { addDays } from '../../src/core/dates.js';
import { tempDb, tempDir } from '../helpers/run-cli.js';
import { testDeps } from '../helpers/test-deps.js';

// An import merges and writes its days in batches of dates inside its one transaction: stored
// days must be read for every batch, whether or not the dates between them are stored.

const FIRST = '2018-01-01';
const DAYS = 2300;
const dates = Array.from({ length: DAYS }, (_, i) => addDays(FIRST, i));

async function run(args: string[], db: string): Promise<{ code: number; stdout: string }> {
  const t = testDeps({ db, today: '2025-01-01' });
  const code = await main(args, t.deps);
  return { code, stdout: t.stdout() };
}

describe('an import of many days', () => {
  it('keeps what is stored on every day of every batch', async () => {
    const dir = tempDir();
    const db = tempDb();
    // Sleep stored on every third day only, so each batch mixes stored and new dates.
    const oura = join(dir, 'oura_trends.csv');
    writeFileSync(oura, `date,Total Sleep Duration\n${dates.filter((_, i) => i % 3 === 0).map((d, i) => `${d},${25_200 + (i % 60) * 60}`).join('\n')}\n`);
    expect((await run(['import', 'oura', oura], db)).code).toBe(0);
    const food = join(dir, 'dailysummary.csv');
    writeFileSync(food, `Date,Protein (g)\n${dates.map((d, i) => `${d},${100 + (i % 50)}`).join('\n')}\n`);
    expect((await run(['import', 'cronometer', food], db)).code).toBe(0);
    const days = JSON.parse((await run(['export', '--json', '--from', FIRST], db)).stdout) as Array<{ date: string; sleepHours: number | null; proteinG: number | null }>;
    expect(days).toHaveLength(DAYS);
    expect(days.map((d) => d.proteinG)).toEqual(dates.map((_, i) => 100 + (i % 50)));
    expect(days.map((d) => d.sleepHours)).toEqual(dates.map((_, i) => (i % 3 === 0 ? Math.round(((25_200 + ((i / 3) % 60) * 60) / 3600) * 100) / 100 : null)));
  }, 60_000);

  it('writes nothing on a dry run, with --json too', async () => {
    const dir = tempDir();
    const db = tempDb();
    const food = join(dir, 'dailysummary.csv');
    writeFileSync(food, `Date,Protein (g)\n${dates.slice(0, 3).map((d) => `${d},120`).join('\n')}\n`);
    expect((await run(['import', 'cronometer', join(dir, 'dailysummary.csv'), '--from', dates[2] ?? ''], db)).code).toBe(0);
    const dry = await run(['import', 'cronometer', food, '--dry-run', '--json'], db);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, daysUpdated: 2 });
    const days = JSON.parse((await run(['export', '--json', '--from', FIRST], db)).stdout) as Array<{ date: string }>;
    expect(days.map((d) => d.date)).toEqual([dates[2]]);
  });
});

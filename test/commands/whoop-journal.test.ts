import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { listAllDays } from '../../src/storage/days.js';
import { whoop } from '../../src/importers/whoop.js';
import { byDate, ctx, fixture } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-cli.js';
import { testDeps, type TestDeps } from '../helpers/test-deps.js';

// test/fixtures/whoop-journal: each cycle's answers are about the date before its wake day.
const journal = fixture('whoop-journal/journal_entries.csv');

async function cli(t: TestDeps, ...args: string[]): Promise<{ out: string; err: string }> {
  const [out, err] = [t.stdout().length, t.stderr().length];
  const code = await main(args, t.deps);
  if (code !== 0) throw new Error(`${args.join(' ')} failed: ${t.stderr().slice(err)}`);
  return { out: t.stdout().slice(out), err: t.stderr().slice(err) };
}

const sickByDate = async (t: TestDeps) => listAllDays(await t.deps.db()).map((d) => [d.date, d.sick]);

describe('WHOOP journal: "Feeling sick or ill?"', () => {
  it('is the sick field (yes, no, unknown when not asked), not a tag; two cycles on one date: a yes wins', async () => {
    const days = byDate(await whoop.read(journal, ctx()));
    expect([...days.entries()].map(([date, d]) => [date, d.values])).toEqual([
      ['2024-02-11', { tags: 'caffeine' }],
      ['2024-02-12', { sick: true }],
      ['2024-02-13', { sick: true, tags: '-caffeine,-injury', note: 'sore throat since the afternoon' }],
      ['2024-02-14', { sick: false, tags: 'caffeine' }],
    ]);
  });

  it('makes the verdict rest until well, and a second import says nothing new', async () => {
    const t = testDeps({ today: '2024-02-20' });
    await cli(t, 'import', 'whoop', journal);
    expect(await sickByDate(t)).toEqual([['2024-02-11', null], ['2024-02-12', true], ['2024-02-13', true], ['2024-02-14', false]]);
    expect((await cli(t, 'import', 'whoop', journal)).err).toMatch(/Nothing new: every value from .* is already stored\.\n$/);
    await cli(t, 'log', '--date', '2024-02-11', '--sleep', '7', '--rest', '--yes'); // a verdict needs 3 logged days of 7
    const { out } = await cli(t, 'status', '--date', '2024-02-13', '--format', 'table');
    expect(out).toMatch(/^Readiness for Tue 2024-02-13: RED → Rest until you are well/);
    expect(out).toContain('Ill today (you said you are ill)');
    t.deps.close();
  });

  it('gives way to a sick answer typed by hand unless --overwrite', async () => {
    const t = testDeps({ today: '2024-02-20' });
    await cli(t, 'import', 'whoop', journal);
    await cli(t, 'log', '--date', '2024-02-13', '--sick', 'no', '--sleep', '7', '--rest', '--yes');
    expect((await cli(t, 'import', 'whoop', journal)).err).toContain('1 kept as you typed them');
    expect(await sickByDate(t)).toEqual([['2024-02-11', null], ['2024-02-12', true], ['2024-02-13', false], ['2024-02-14', false]]);
    expect((await cli(t, 'import', 'whoop', journal, '--overwrite')).err).toContain('1 replaced');
    expect(await sickByDate(t)).toEqual([['2024-02-11', null], ['2024-02-12', true], ['2024-02-13', true], ['2024-02-14', false]]);
    t.deps.close();
  });

  it('can be corrected by `log --sick no` alone, on a day whose training the import left unknown', async () => {
    const t = testDeps({ today: '2024-02-20' });
    await cli(t, 'import', 'whoop', journal);
    await cli(t, 'log', '--date', '2024-02-12', '--sick', 'no', '--yes');
    const day = listAllDays(await t.deps.db()).find((d) => d.date === '2024-02-12');
    expect([day?.sick, day?.trainingLogged, day?.sleepHours]).toEqual([false, false, null]);
    // A day not stored yet still needs its sleep and training.
    await expect(cli(t, 'log', '--date', '2024-02-19', '--sick', 'no', '--yes')).rejects.toThrow(/missing --sleep/);
    t.deps.close();
  });

  it('goes through export and import csv unchanged, still WHOOP\'s: importing the journal again says nothing new', async () => {
    const t = testDeps({ today: '2024-02-20' });
    await cli(t, 'import', 'whoop', journal);
    const csv = join(tempDir(), 'days.csv');
    await cli(t, 'export', '-o', csv);
    expect(readFileSync(csv, 'utf8').split('\r\n').find((l) => l.startsWith('2024-02-13'))).toMatch(/,sore throat since the afternoon,.*,yes,,note=whoop;sick=whoop;tags=whoop,/);
    const restored = testDeps({ today: '2024-02-20' });
    await cli(restored, 'import', 'csv', csv);
    expect(listAllDays(await restored.deps.db())).toEqual(listAllDays(await t.deps.db()));
    expect((await cli(restored, 'import', 'whoop', journal)).err).toMatch(/Nothing new: every value from .* is already stored\.\n$/);
    t.deps.close();
    restored.deps.close();
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { listAllDays } from '../../src/storage/days.js';
import { tempDir } from '../helpers/run-cli.js';
import { testDeps, type TestDeps } from '../helpers/test-deps.js';

// Cronometer's daily summary (its real header, cut to two columns): one row a date.
function summary(rows: ReadonlyArray<[string, number]>): string {
  const file = join(tempDir(), 'dailysummary.csv');
  writeFileSync(file, `Date,Carbs (g),Protein (g)\n${rows.map(([date, protein]) => `${date},200.00,${protein.toFixed(2)}`).join('\n')}\n`);
  return file;
}
const FIRST = summary([['2024-03-01', 120], ['2024-03-02', 130], ['2024-03-03', 140]]);

async function imported(): Promise<TestDeps> {
  const t = testDeps();
  expect(await main(['import', 'cronometer', FIRST], t.deps)).toBe(0);
  return t;
}
const protein = async (t: TestDeps) => listAllDays(await t.deps.db()).map((d) => [d.date, d.proteinG]);

describe("an export's values replace its source's stored ones over the dates it covers", () => {
  it('takes off a value a newer export no longer has on a date it covers, and says so', async () => {
    const t = await imported();
    const before = t.stderr().length;
    expect(await main(['import', 'cronometer', summary([['2024-03-01', 120], ['2024-03-03', 140]])], t.deps)).toBe(0);
    expect(await protein(t)).toEqual([['2024-03-01', 120], ['2024-03-03', 140]]);
    expect(t.stderr().slice(before)).toContain('1 day touched, 0 fields filled, 0 sessions added, 2 values it stored before taken off (no longer on that date in the export');
    expect(t.stderr().slice(before)).toContain('Updated 1 day.');
  });

  it('leaves the dates outside every file it reads, a typed value, and another source', async () => {
    const t = await imported();
    expect(await main(['log', '--date', '2024-03-02', '--protein', '150', '--yes'], t.deps)).toBe(0);
    expect(await main(['import', 'cronometer', summary([['2024-03-03', 140], ['2024-03-04', 90]])], t.deps)).toBe(0);
    expect(await protein(t)).toEqual([['2024-03-01', 120], ['2024-03-02', 150], ['2024-03-03', 140], ['2024-03-04', 90]]);
    expect(await main(['import', 'cronometer', summary([['2024-03-01', 120], ['2024-03-04', 90]])], t.deps)).toBe(0);
    const march2 = listAllDays(await t.deps.db()).find((d) => d.date === '2024-03-02');
    expect(march2).toMatchObject({ proteinG: 150, carbsG: null });
  });

  it("leaves a field alone before the first date and after the last date this export has it (a new phone's export starts later)", async () => {
    const t = await imported();
    const later = join(tempDir(), 'dailysummary.csv');
    writeFileSync(later, 'Date,Carbs (g),Protein (g)\n2024-03-01,210.00,\n2024-03-03,220.00,140.00\n');
    expect(await main(['import', 'cronometer', later], t.deps)).toBe(0);
    const days = listAllDays(await t.deps.db()).map((d) => [d.date, d.carbsG, d.proteinG]);
    expect(days).toEqual([['2024-03-01', 210, 120], ['2024-03-02', null, 130], ['2024-03-03', 220, 140]]);
  });

  it('is listed by a dry run, which writes nothing', async () => {
    const t = await imported();
    const dry = testDeps({ db: await t.deps.dbPath() });
    expect(await main(['import', 'cronometer', summary([['2024-03-01', 120], ['2024-03-03', 140]]), '--dry-run', '--format', 'tsv'], dry.deps)).toBe(0);
    expect(dry.stdout()).toContain('2024-03-02\tprotein_g\tset\t130\tcronometer\t\t\n');
    expect(await protein(t)).toEqual([['2024-03-01', 120], ['2024-03-02', 130], ['2024-03-03', 140]]);
  });

  it('takes nothing off with --from and --to outside them, or from a file with rows skipped as malformed', async () => {
    const t = await imported();
    expect(await main(['import', 'cronometer', summary([['2024-03-01', 120], ['2024-03-03', 140]]), '--from', '2024-03-03'], t.deps)).toBe(0);
    expect(await protein(t)).toEqual([['2024-03-01', 120], ['2024-03-02', 130], ['2024-03-03', 140]]);
    const broken = join(tempDir(), 'dailysummary.csv');
    writeFileSync(broken, 'Date,Carbs (g),Protein (g)\n2024-03-01,200.00,120.00\n2024-03-0x,200.00,130.00\n2024-03-03,200.00,140.00\n');
    expect(await main(['import', 'cronometer', broken, '--skip-invalid'], t.deps)).toBe(0);
    expect(await protein(t)).toEqual([['2024-03-01', 120], ['2024-03-02', 130], ['2024-03-03', 140]]);
  });

  it('changes nothing when the same export comes again', async () => {
    const t = await imported();
    expect(await main(['import', 'cronometer', FIRST], t.deps)).toBe(0);
    expect(t.stderr()).toMatch(/Nothing new: every value from .* is already stored\.\n$/);
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { listAllDays } from '../../src/storage/days.js';
import { fixture } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-cli.js';
import { writeZip } from '../helpers/zip.js';
import { testDeps, type TestDeps } from '../helpers/test-deps.js';

async function cli(t: TestDeps, ...args: string[]): Promise<string> {
  const before = t.stderr().length;
  const code = await main(args, t.deps);
  if (code !== 0) throw new Error(`${args.join(' ')} failed: ${t.stderr().slice(before)}`);
  return t.stderr().slice(before);
}

const dayOf = async (t: TestDeps, date: string) => listAllDays(await t.deps.db()).find((d) => d.date === date);

describe('myfitnesspal', () => {
  const summary = fixture('myfitnesspal/Nutrition-Summary-2024-03-01-to-2024-03-02.csv');

  it('imports the e-mailed zip, says nothing new the second time, and comes after Cronometer', async () => {
    const zip = join(tempDir(), 'File-Export-2024-03-01-to-2024-03-02.zip');
    const folder = 'File-Export-2024-03-01-to-2024-03-02';
    writeZip(zip, {
      [`${folder}/Nutrition-Summary-2024-03-01-to-2024-03-02.csv`]: readFileSync(summary, 'utf8'),
      [`${folder}/Measurement-Summary-2024-03-01-to-2024-03-02.csv`]: 'Date,Weight\n2024-03-01,80.5\n',
      [`${folder}/Exercise-Summary-2024-03-01-to-2024-03-02.csv`]: 'Date,Exercise,Type,Exercise Calories,Exercise Minutes,Sets,Reps Per Set,Kilograms,Steps,Note\n',
    });
    const t = testDeps();
    expect(await cli(t, 'import', 'myfitnesspal', zip)).toContain('Updated 2 days.');
    expect(await dayOf(t, '2024-03-01')).toMatchObject({ proteinG: 150.3, carbsG: 223.6, fatG: 62.3 });
    expect(await cli(t, 'import', 'myfitnesspal', zip)).toMatch(/Nothing new: every value from .* is already stored\.\n$/);
    const cronometer = join(tempDir(), 'dailysummary.csv');
    writeFileSync(cronometer, 'Date,Carbs (g),Protein (g)\n2024-03-01,120.00,80.00\n');
    await cli(t, 'import', 'cronometer', cronometer);
    expect(await dayOf(t, '2024-03-01')).toMatchObject({ proteinG: 80, carbsG: 120, fatG: 62.3 });
  });

  it('refuses a bad row naming file and line, writing nothing', async () => {
    const file = join(tempDir(), 'Nutrition-Summary.csv');
    writeFileSync(file, `${readFileSync(summary, 'utf8')}2024-03-03,Dinner,,500.0,20.0,,,,,,,,40.0,,,3O.0,,,,,\r\n`);
    const t = testDeps();
    await cli(t, 'log', '--date', '2024-02-29', '--sleep', '7', '--rest');
    const before = t.stderr().length;
    expect(await main(['import', 'myfitnesspal', file], t.deps)).toBe(1);
    expect(t.stderr().slice(before)).toBe(`error: ${file}:8: "Protein (g)" is not a number: "3O.0" (use --skip-invalid to skip such rows)\n`);
    expect(listAllDays(await t.deps.db()).map((d) => d.date)).toEqual(['2024-02-29']);
  });
});

describe('one source per field', () => {
  it('food from Cronometer beats the copies apps write to Apple Health, in either order', async () => {
    const cronometer = join(tempDir(), 'dailysummary.csv');
    writeFileSync(cronometer, 'Date,Carbs (g),Protein (g)\n2024-03-02,120.00,80.00\n');
    for (const order of [['apple-health', 'cronometer'], ['cronometer', 'apple-health']]) {
      const t = testDeps();
      const said: string[] = [];
      for (const source of order) said.push(await cli(t, 'import', source, source === 'cronometer' ? cronometer : fixture('apple-health/export.xml')));
      // 2024-03-02: Cronometer says 80 g protein, Health's app copies 75.5 g; only Health has water (1.75 l).
      expect(await dayOf(t, '2024-03-02')).toMatchObject({ proteinG: 80, waterL: 1.75, hrvMs: 55, hrvMeasure: 'sdnn' });
      if (order[1] === 'apple-health') {
        expect(said[1]).toContain(
          'note: protein_g on 1 day: cronometer comes first for this field, so apple-health\'s values are stored but not used ("recover config set source.protein apple-health" to use them)\n',
        );
        expect(said[1]).not.toContain('as you typed');
      }
      t.deps.close();
    }
  });

  it('says "kept as you typed them" only for values typed by hand', async () => {
    const t = testDeps();
    await cli(t, 'log', '--date', '2024-03-12', '--sleep', '8', '--rest', '--yes');
    const said = await cli(t, 'import', 'whoop', fixture('whoop/physiological_cycles.csv'));
    expect(said).toContain('physiological_cycles.csv: 2 days touched, 9 fields filled, 1 kept as you typed them, 0 sessions added, 0 rows skipped\n');
    expect(await dayOf(t, '2024-03-12')).toMatchObject({ sleepHours: 8, hrvMs: 61, hrvMeasure: 'rmssd' });
    // Another source's night for the typed day: stored, not used, and said so.
    const oura = join(tempDir(), 'oura.csv');
    writeFileSync(oura, 'date,Total Sleep Duration\n2024-03-12,27000\n');
    const said2 = await cli(t, 'import', 'oura', oura);
    expect(said2).toBe(
      `${oura}: 0 days touched, 0 fields filled, 1 kept as you typed them, 0 sessions added, 0 rows skipped\nNo day changed: the new values are stored, behind values you typed or sources that come first.\n`,
    );
    expect(await cli(t, 'import', 'oura', oura)).toMatch(/Nothing new/);
    t.deps.close();
  });

  it('keeps each value\'s source through export and import csv, so the device still updates its values', async () => {
    const t = testDeps();
    await cli(t, 'import', 'oura', fixture('oura/oura_trends.csv'));
    await cli(t, 'log', '--date', '2024-03-01', '--fatigue', '2', '--rest', '--yes');
    const before = t.stdout().length;
    expect(await main(['export'], t.deps)).toBe(0);
    const csv = t.stdout().slice(before);
    expect(csv.split('\r\n')[1]).toBe('2024-03-01,7.43,,,,,,,2,,,,47,61,,,,full,,,,,,sleep_h=oura;fatigue=manual;resting_hr_bpm=oura;hrv_ms=oura;bedtime_min=oura;wake_min=oura;waso_min=oura,1392,450,53,,,');
    const backup = join(tempDir(), 'days.csv');
    writeFileSync(backup, csv);
    t.deps.close();

    const restored = testDeps();
    await cli(restored, 'import', 'csv', backup);
    expect(await dayOf(restored, '2024-03-01')).toMatchObject({ sleepHours: 7.43, fatigue: 2, hrvMs: 61, hrvMeasure: 'rmssd' });
    expect(await cli(restored, 'import', 'oura', fixture('oura/oura_trends.csv'))).toMatch(/Nothing new/);
    // A later Oura export with a corrected HRV updates it: it was never "typed".
    const newer = join(tempDir(), 'oura.csv');
    writeFileSync(newer, readFileSync(fixture('oura/oura_trends.csv'), 'utf8').replace('52.1,47,61,', '52.1,47,70,'));
    const said = await cli(restored, 'import', 'oura', newer);
    expect(said).toContain(': 1 day touched, 0 fields filled, 1 replaced, 0 sessions added, 0 rows skipped\n');
    expect(await dayOf(restored, '2024-03-01')).toMatchObject({ hrvMs: 70, fatigue: 2 });
    restored.deps.close();
  });

  it('re-derives stored days when the source order changes', async () => {
    const t = testDeps();
    const cronometer = join(tempDir(), 'dailysummary.csv');
    writeFileSync(cronometer, 'Date,Carbs (g),Protein (g)\n2024-03-02,120.00,80.00\n');
    await cli(t, 'import', 'apple-health', fixture('apple-health/export.xml'));
    await cli(t, 'import', 'cronometer', cronometer);
    expect(await cli(t, 'config', 'set', 'source.protein', 'apple-health')).toBe(
      'source.protein set: protein_g comes from apple-health, cronometer, myfitnesspal, oura, whoop, garmin, fitbit, pmsys, in that order; 1 day changed.\n',
    );
    expect((await dayOf(t, '2024-03-02'))?.proteinG).toBe(75.5);
    await cli(t, 'config', 'unset', 'source.protein');
    expect((await dayOf(t, '2024-03-02'))?.proteinG).toBe(80);
    t.deps.close();
  });
});

describe("recover's own CSV, read back", () => {
  const exportOf = async (t: TestDeps, ...args: string[]) => {
    const before = t.stdout().length;
    expect(await main(['export', ...args], t.deps)).toBe(0);
    return t.stdout().slice(before);
  };

  it('restores a day marked sick by hand, with its source', async () => {
    const t = testDeps();
    await cli(t, 'log', '--date', '2024-03-01', '--sleep', '6', '--sick', 'yes', '--rest', '--yes');
    const backup = join(tempDir(), 'days.csv');
    writeFileSync(backup, await exportOf(t));
    t.deps.close();
    const restored = testDeps();
    await cli(restored, 'import', 'csv', backup);
    expect(await dayOf(restored, '2024-03-01')).toMatchObject({ sick: true, trainingLogged: true });
    expect(await exportOf(restored)).toContain('sick=manual');
    restored.deps.close();
  });

  it('keeps what is stored when the rows come newest first (a file re-sorted in a spreadsheet)', async () => {
    const t = testDeps();
    for (const date of ['2024-03-01', '2024-03-02', '2024-03-03']) await cli(t, 'log', '--date', date, '--sleep', '7.5', '--fatigue', '2', '--rest', '--yes');
    const notes = join(tempDir(), 'notes.csv');
    writeFileSync(notes, 'date,note\n2024-03-03,x\n2024-03-02,y\n2024-03-01,z\n');
    await cli(t, 'import', 'csv', notes);
    for (const [date, note] of [['2024-03-01', 'z'], ['2024-03-02', 'y'], ['2024-03-03', 'x']]) {
      expect(await dayOf(t, date ?? '')).toMatchObject({ sleepHours: 7.5, fatigue: 2, trainingLogged: true, note });
    }
    t.deps.close();
  });
});

describe('an import without its source or its files', () => {
  it('says which is missing, in one line each, and exits 2', async () => {
    const t = testDeps();
    expect(await main(['import', 'days.csv'], t.deps)).toBe(2);
    expect(t.stderr()).toContain("error: command-argument value 'days.csv' is invalid for argument 'source'. Allowed choices are csv,");
    expect(t.stderr()).not.toContain("missing required argument 'paths'");
    const before = t.stderr().length;
    expect(await main(['import', 'csv'], t.deps)).toBe(2);
    expect(t.stderr().slice(before)).toBe('error: name the files or folders to read: recover import csv <paths...>\nRun "recover import --help" for usage.\n');
  });
});

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appleHealth } from '../../../src/importers/apple-health.js';
import { cronometer } from '../../../src/importers/cronometer.js';
import { fitbit } from '../../../src/importers/fitbit.js';
import { pmsys } from '../../../src/importers/pmsys.js';
import { oura } from '../../../src/importers/oura.js';
import { whoop } from '../../../src/importers/whoop.js';
import { byDate, ctx, fixture } from '../../helpers/fixtures.js';
import { tempDir } from '../../helpers/run-cli.js';
import { writeZip } from '../../helpers/zip.js';

const WHOOP_FILES = ['physiological_cycles.csv', 'sleeps.csv', 'workouts.csv', 'journal_entries.csv'];
const text = (path: string) => readFileSync(fixture(path), 'utf8');

describe('zips and folders as people get them', () => {
  it("reads WHOOP's zip as its folder, ignoring names that would escape the archive", async () => {
    const zip = join(tempDir(), 'my_whoop_data_2024_06_24.zip');
    writeZip(zip, {
      ...Object.fromEntries(WHOOP_FILES.map((f) => [`my_whoop_data_2024_06_24/${f}`, text(`whoop/${f}`)])),
      '../sleeps.csv': 'Wake onset,Asleep duration (min),Nap\n2024-03-12 07:00:00,999,false\n',
      '/etc/sleeps.csv': 'x',
    });
    const fromZip = await whoop.read(zip, ctx());
    // The cycles' sleep comes last, as its own source.
    expect(fromZip.map((r) => [r.file, r.source])).toEqual(
      [...WHOOP_FILES, WHOOP_FILES[0]].map((f, i) => [`${zip}!my_whoop_data_2024_06_24/${f}`, i === 4 ? 'whoop-cycles' : undefined]),
    );
    expect(byDate(fromZip)).toEqual(byDate(await whoop.read(fixture('whoop'), ctx())));
    expect(byDate(fromZip).get('2024-03-12')?.values.sleepHours).toBe(7.75);
  });

  it('finds Fitbit files nested in a Google Takeout folder, or in the Takeout zip', async () => {
    const root = tempDir();
    const inner = join(root, 'Takeout', 'Fitbit', 'Global Export Data');
    mkdirSync(inner, { recursive: true });
    copyFileSync(fixture('fitbit/sleep.json'), join(inner, 'sleep-2019-11-01.json'));
    copyFileSync(fixture('fitbit/resting_heart_rate.json'), join(inner, 'resting_heart_rate-2019-11-01.json'));
    copyFileSync(fixture('fitbit/sleep_score.csv'), join(inner, 'sleep_score.csv'));
    writeFileSync(join(root, 'Takeout', 'archive_browser.html'), '<html></html>');
    const fromFolder = await fitbit.read(root, ctx());
    expect(fromFolder.map((r) => r.file)).toEqual([
      join(inner, 'sleep-2019-11-01.json'),
      join(inner, 'resting_heart_rate-2019-11-01.json'),
      join(inner, 'sleep_score.csv'),
    ]);
    const expected = byDate(await fitbit.read(fixture('fitbit'), ctx()));
    expect(byDate(fromFolder)).toEqual(expected);
    expect(byDate(fromFolder).get('2019-11-02')?.values.sleepHours).toBe(6.3);

    const zip = join(tempDir(), 'takeout-20200301T000000Z-001.zip');
    writeZip(zip, {
      'Takeout/Fitbit/Global Export Data/sleep-2019-11-01.json': text('fitbit/sleep.json'),
      'Takeout/Fitbit/Global Export Data/resting_heart_rate-2019-11-01.json': text('fitbit/resting_heart_rate.json'),
      'Takeout/Fitbit/Global Export Data/sleep_score.csv': text('fitbit/sleep_score.csv'),
    });
    const fromZip = await fitbit.read(zip, ctx());
    // In path order, whatever the order inside the archive.
    expect(fromZip.map((r) => r.file)).toEqual([
      `${zip}!Takeout/Fitbit/Global Export Data/sleep-2019-11-01.json`,
      `${zip}!Takeout/Fitbit/Global Export Data/resting_heart_rate-2019-11-01.json`,
      `${zip}!Takeout/Fitbit/Global Export Data/sleep_score.csv`,
    ]);
    expect(byDate(fromZip)).toEqual(expected);
  });

  it('streams export.xml out of a folder above the unzipped export', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'apple_health_export'));
    copyFileSync(fixture('apple-health/export.xml'), join(root, 'apple_health_export', 'export.xml'));
    const [result] = await appleHealth.read(root, ctx({ tz: 'Europe/Amsterdam' }));
    expect(result?.file).toBe(join(root, 'apple_health_export', 'export.xml'));
    expect(byDate(result ? [result] : []).get('2024-03-02')?.values.sleepHours).toBe(7.67);
  });

  it('names the right file when given the wrong one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'servings.csv'), 'Day,Time,Group,Food Name,Amount,Energy (kcal),Protein (g)\n2024-03-01,08:00,Breakfast,Oats,80 g,300,10\n');
    await expect(cronometer.read(join(dir, 'servings.csv'), ctx())).rejects.toThrow(
      `${join(dir, 'servings.csv')}: this is Cronometer's servings export (one row per food eaten). Export "Daily Nutrition" instead and pass dailysummary.csv.`,
    );
    writeFileSync(join(dir, 'cronometer.csv'), 'Day,Time,Group,Food Name,Amount,Energy (kcal)\n');
    await expect(cronometer.read(join(dir, 'cronometer.csv'), ctx())).rejects.toThrow("this is Cronometer's servings export");
    await expect(fitbit.read(fixture('whoop'), ctx())).rejects.toThrow(
      `${fixture('whoop')}: no Fitbit sleep*.json, sleep_score.csv, resting_heart_rate*.json or exercise*.json here or in the folders below; it looks like a whoop export (physiological_cycles.csv): run "recover import whoop ${fixture('whoop')}".`,
    );
    await expect(whoop.read(fixture('fitbit/sleep.json'), ctx())).rejects.toThrow(
      `${fixture('fitbit/sleep.json')}: not from whoop (expected physiological_cycles.csv, sleeps.csv, workouts.csv, journal_entries.csv); it looks like a fitbit export (sleep-YYYY-MM-DD.json): run "recover import fitbit`,
    );
  });

  it('refuses a folder holding two exports of one source rather than mixing them', async () => {
    const root = tempDir();
    for (const p of ['p01', 'p02']) {
      mkdirSync(join(root, p, 'pmsys'), { recursive: true });
      copyFileSync(fixture('pmsys/wellness.csv'), join(root, p, 'pmsys', 'wellness.csv'));
    }
    await expect(pmsys.read(root, ctx())).rejects.toThrow(
      `${root}: wellness.csv is there twice (p01/pmsys/wellness.csv and p02/pmsys/wellness.csv); pass the folder of one export.`,
    );
    expect((await pmsys.read(join(root, 'p01'), ctx())).map((r) => r.file)).toEqual([join(root, 'p01', 'pmsys', 'wellness.csv')]);
  });

  it('refuses a broken zip', async () => {
    const zip = join(tempDir(), 'broken.zip');
    writeFileSync(zip, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)]));
    await expect(whoop.read(zip, ctx())).rejects.toThrow(`${zip}: not a readable zip archive`);
  });
});

describe('a damaged zip entry', () => {
  it('is refused by its checksum, for read-in files and for a streamed export.xml', async () => {
    const dir = tempDir();
    const csv = 'date,Total Sleep Duration,Average HRV\n2024-03-01,26730,55\n';
    const zip = join(dir, 'oura.zip');
    writeZip(zip, { 'oura_trends.csv': csv });
    // Flip one digit of the stored entry: HRV 55 becomes 57, the CRC-32 no longer matches.
    const bytes = readFileSync(zip);
    const at = bytes.indexOf(Buffer.from('55\n'));
    bytes[at + 1] = '7'.charCodeAt(0);
    writeFileSync(zip, bytes);
    await expect(oura.read(zip, ctx())).rejects.toThrow(`${zip}!oura_trends.csv: damaged in the zip (its checksum does not match): download the export again`);

    const health = join(dir, 'export.zip');
    writeZip(health, { 'apple_health_export/export.xml': text('apple-health/export.xml') });
    const damaged = readFileSync(health);
    const at2 = damaged.indexOf(Buffer.from('<HealthData')) + 200;
    damaged.writeUInt8((damaged.readUInt8(at2) ^ 1) & 0xff, at2);
    writeFileSync(health, damaged);
    await expect(appleHealth.read(health, ctx({ tz: 'Europe/Amsterdam' }))).rejects.toThrow(/damaged in the zip|not valid XML/);
  });
});

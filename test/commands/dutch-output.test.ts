import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fixture } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-cli.js';
import { testDeps } from '../helpers/test-deps.js';

const NL = ['--lang', 'nl'];

async function run(args: string[], db?: string, o: { tty?: boolean; answers?: Array<string | boolean>; today?: string } = {}) {
  const t = testDeps({ db, today: o.today ?? '2026-11-26', tty: o.tty, answers: o.answers });
  const code = await main([...NL, ...args], t.deps);
  return { code, out: t.stdout(), err: t.stderr(), db: await t.deps.dbPath() };
}

describe('what the data commands say in Dutch', () => {
  it('config set and unset, delete, backup, export, and the doctor', async () => {
    const { db, err: logged } = await run(['log', '--date', '2026-11-24', '--sleep', '7,5', '--session', 'strength:60:7,5', '--protein', '140']);
    expect(logged).toBe('di 24 nov 2026 opgeslagen.\n');
    await run(['log', '--date', '2026-11-25', '--sleep', '8', '--rest'], db);
    expect((await run(['config', 'set', 'weight', '78.5'], db)).err).toBe('weight staat nu op 78,5 kg.\n');
    expect((await run(['config', 'unset', 'weight'], db)).err).toBe('weight staat weer op de standaardwaarde.\n');
    expect((await run(['config', 'set', 'source.hrv', 'oura'], db)).err).toMatch(/^source\.hrv is gezet: hrv_ms komt van oura, .*, in die volgorde; 0 dagen gewijzigd\.\n$/);
    const list = (await run(['config', 'list', '--format', 'table'], db)).out;
    expect(list).toMatch(/^weight +niet gezet +kg +lichaamsgewicht, voor eiwit per kg$/m);
    expect(list).toMatch(/^protein-target +1,6 +g\/kg +eiwit per dag per kg lichaamsgewicht$/m);
    expect(list).toMatch(/^rest-days +2 +dagen\/week +rustdagen per week \(standaard: uit sport en niveau\)$/m);
    expect((await run(['config', 'set', 'rest-days', '0'], db)).err).toContain('rest-days moet een heel getal zijn van 1 tot 7 dagen/week, niet "0"');
    // Scripts get the stored unit and '.' decimals; the description is for reading.
    expect((await run(['config', 'list'], db)).out).toContain('sleep-target\t7\th\turen slaap waar je naar streeft (7-9 u voor volwassenen)\n');
    expect((await run(['doctor', '--format', 'table'], db)).out).toBe(`Geen problemen gevonden in ${db} (schema v9, 2 dagen, integriteit in orde).\n`);

    const folder = tempDir();
    const backup = await run(['backup', folder], db);
    expect(backup.err).toBe('Back-up gemaakt van 2 dagen (2026-11-24 t/m 2026-11-25).\n');
    const file = join(folder, 'days.csv');
    expect((await run(['export', '-o', file], db)).err).toBe(`2 dagen geschreven naar ${file}.\n`);

    const asked = await run(['delete', '--from', '2026-11-20', '--to', '2026-11-24'], db, { tty: true, answers: [false] });
    expect(asked.err).toBe('Niets verwijderd.\n');
    expect((await run(['delete', '--from', '2026-11-20', '--to', '2026-11-24', '--yes'], db)).err).toBe('1 dag verwijderd (2026-11-20 t/m 2026-11-24).\n');
  });

  it('import: the summary and the dry run, with decimal commas', async () => {
    const { db } = await run(['log', '--date', '2024-03-12', '--sleep', '8', '--rest'], undefined, { today: '2024-03-20' });
    const dry = await run(['import', 'whoop', fixture('whoop/sleeps.csv'), '--dry-run', '--format', 'table'], db, { today: '2024-03-20' });
    expect(dry.out.split('\n').slice(0, 3)).toEqual(['Proefrun: er is niets geschreven. Dit zou er veranderen:', '2024-03-10', '  sleep_h: leeg -> 6,7 (whoop)']);
    expect(dry.out).toContain('  sleep_h: houdt 8 (met de hand ingevoerd) boven 7,75 uit whoop; --overwrite zou het vervangen');
    expect(dry.err).toMatch(/sleeps\.csv: 3 dagen geraakt, 8 velden ingevuld, 1 gehouden zoals je ze invoerde, 0 sessies toegevoegd, 0 rijen overgeslagen\n/);
    expect(dry.err).toMatch(/\n3 dagen zouden worden bijgewerkt\.\n$/);
    const real = await run(['import', 'whoop', fixture('whoop/sleeps.csv'), '--tz', 'Europe/Oslo'], db, { today: '2024-03-20' });
    expect(real.err).toContain('\n  let op: 1 dag met dutjes (slaap die eindigt tussen 14:00 en middernacht): apart gehouden als nap_h\n');
    expect(real.err).toMatch(/\n3 dagen bijgewerkt\.\nlet op: --tz Europe\/Oslo niet gebruikt: de tijden van WHOOP hebben hun eigen UTC-verschil \(Cycle timezone\)\n$/);
  });

  it('export --excel: a BOM, semicolons and decimal commas in Dutch as in English, read back to the same numbers', async () => {
    const { db } = await run(['log', '--date', '2026-11-24', '--sleep', '7,25', '--session', 'strength:60:7,5', '--water', '2,5']);
    const nl = await run(['export', '--excel'], db);
    const en = testDeps({ db });
    expect(await main(['export', '--excel'], en.deps)).toBe(0);
    expect(nl.out).toBe(en.stdout());
    expect(nl.out.startsWith('\uFEFFdate;sleep_h;')).toBe(true);
    const [row]: Array<Record<string, string>> = parse(nl.out, { bom: true, delimiter: ';', columns: true });
    expect(row).toMatchObject({ sleep_h: '7,25', water_l: '2,5', load: '450' });
    expect(Number(row?.sleep_h?.replace(',', '.'))).toBe(7.25);
    // Plain CSV stays machine output in every language.
    expect((await run(['export'], db)).out.split('\n')[1]).toMatch(/^2026-11-24,7\.25,/);
  });
});

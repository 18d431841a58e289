import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { sayCodeName } from '../../src/render/messages/explain.js';
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
    expect(list).toMatch(/^weight +niet gezet +kg +lichaamsgewicht, voor de doelen voor eiwit, koolhydraten en water$/m);
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

/** The demo's hard block ends on 2026-11-05: a red day with a reason from every kind of evidence. */
async function demoDb(): Promise<string> {
  const { code, db } = await run(['demo']);
  expect(code).toBe(0);
  return join(dirname(db), 'recover-demo.db');
}

describe('explain in Dutch', () => {
  const flat = (text: string) => text.replace(/\n {5,}/g, ' ');
  const ask = async (args: string[], db: string, lang: 'nl' | 'en') => {
    const t = testDeps({ db, today: '2026-11-26', tty: true });
    expect(await main(lang === 'nl' ? [...NL, ...args] : args, t.deps)).toBe(0);
    return t.stdout();
  };

  it('gives every warning code a Dutch name and rule, and a Dutch source where it is not a citation', async () => {
    const db = await demoDb();
    const codes = Object.keys(sayCodeName.catalogue.en);
    expect(codes).toHaveLength(24);
    for (const code of codes) {
      const [nlTitle, nlRule] = flat(await ask(['explain', code], db, 'nl')).split('\n');
      const [enTitle, enRule] = flat(await ask(['explain', code], db, 'en')).split('\n');
      expect(nlTitle, 'a Dutch title').not.toBe(enTitle);
      expect(nlRule, 'a Dutch rule').not.toBe(enRule?.replace('Rule:   ', 'Regel:  '));
    }
    const sleep = flat(await ask(['explain', 'poor-sleep', '--date', '2026-11-05'], db, 'nl')).split('\n');
    expect(sleep.slice(0, 3)).toEqual([
      'Slechte slaap (poor-sleep)',
      'Regel:   nachten korter dan 7 u, of slaapkwaliteit of keren wakker slechter dan je normaal, op meerdere nachten',
      'Bron:    Watson et al. 2015 (AASM/SRS: 7 u of meer voor volwassenen)',
    ]);
    expect(await ask(['explain', 'plan-few-rest', '--date', '2026-11-05'], db, 'nl')).toContain('\nJij:     niet gezien in de 7 dagen tot do 5 nov 2026\n');
    expect(sleep[3]).toMatch(/\(korte nachten 7, nachten 7, nachten met slechtere kwaliteit 0, onrustige nachten 0\)$/);
  });

  it("labels a day's figures in the language, and keeps the codes and keys for scripts", async () => {
    const db = await demoDb();
    const nl = flat(await ask(['explain', '2026-11-05'], db, 'nl'));
    expect(nl).toContain('    Cijfers: signalen 3 van 5\n    Bron:    Meeusen et al. 2013, consensusverklaring van ECSS en ACSM over overtraining\n');
    expect(nl).toContain('    Cijfers: dagen 7, basiswaarde 53,96 slagen/min, SD 3,06 slagen/min, laatste 62 slagen/min, basiswaarde over 27 dagen\n    Bron:    je eigen basiswaarde voor de rusthartslag (docs/metrics.md)\n');
    expect(nl).toContain('    Cijfers: dagen 7 van 7, gebruikelijk 2,78\n    Bron:    Meeusen et al. 2013; je eigen normaal over 28 dagen\n');
    expect(nl).toContain('    Cijfers: 7-daagse ln HRV 3,71, normaal van 3,9 tot 4,12, metingen 34\n');
    expect(nl).not.toMatch(/your|[a-z][A-Z]/);
    const en = flat(await ask(['explain', '2026-11-05'], db, 'en'));
    expect(en).toContain('    Numbers: signs 3 of 5\n');
    expect(en).toContain('    Numbers: ACWR 1.66, acute 1071.43 AU, chronic 644.07 AU, known days 7/7, known days 27/28\n');
    expect(en).not.toMatch(/[a-z][A-Z]/);
    const json = JSON.parse(await ask(['explain', '2026-11-05', '--json'], db, 'nl'));
    expect(json.reasons[0]).toMatchObject({ code: 'overreaching', ruleCode: 'overreaching', numbers: { signs: 3, of: 5 } });
  });
});

describe('session types in Dutch', () => {
  it('reads them as words in the report, its advice, the plan, the status advice and the HTML page; rows for scripts keep the codes', async () => {
    const { db } = await run(['log', '--date', '2026-11-23', '--sleep', '8', '--session', 'strength:60:7', '--fatigue', '2']);
    await run(['log', '--date', '2026-11-24', '--sleep', '8', '--rest', '--session', 'active-recovery:30:2'], db);
    await run(['plan', '--date', '2026-11-25', '--session', 'strength:45:6', '--session', 'mobility:15:2'], db);
    await run(['log', '--date', '2026-11-25', '--sleep', '8', '--session', 'strength:45:6', '--session', 'mobility:15:2'], db);
    const wide = testDeps({ db, today: '2026-11-26', tty: true, columns: 160 });
    expect(await main([...NL, 'report', '--date', '2026-11-25', '--detail'], wide.deps)).toBe(0);
    const report = wide.stdout();
    expect(report).toMatch(/│ ma 23 nov +│ [^│]*│ kracht 60 +│/);
    expect(report).toMatch(/│ di 24 nov +│ [^│]*│ actief herstel 30 \(rustdag\) +│/);
    expect(report).toMatch(/│ wo 25 nov +│ [^│]*│ kracht 45, mobiliteit 15 +│ [^│]*│ [^│]*│ kracht 45, mobiliteit 15 ✓ +│/);
    expect(report).toContain('Actief herstel op rustdagen: di 24 nov actief herstel 30′');
    expect(report).not.toMatch(/strength|active-recovery|mobility/);
    const plan = (await run(['plan', '--week', '2026-W48', '--format', 'table'], db)).out;
    expect(plan).toMatch(/│ wo 25 nov 2026 +│ kracht 45′ RPE 6, mobiliteit 15′ RPE 2 +│/);
    // An amber day of the demo suggests the last active recovery again.
    const status = (await run(['status', '--date', '2026-11-12', '--format', 'table'], await demoDb(), { tty: true })).out;
    expect(status.replace(/\n +/g, ' ')).toContain('Actief herstel past vandaag: zoals je laatste sessie (mobiliteit, 30 min), of een wandeling');
    const page = join(tempDir(), 'week.html');
    expect((await run(['report', '--date', '2026-11-25', '--html', page], db)).code).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<td class="text">kracht 60 min RPE 7</td>');
    expect(html).toContain('actief herstel 30 min RPE 2');

    expect((await run(['report', '--date', '2026-11-25'], db)).out).toMatch(/\n2026-11-23\t8\tstrength 60\t/);
    expect((await run(['plan', '--week', '2026-W48'], db)).out).toContain('\tstrength 45′ RPE 6, mobility 15′ RPE 2\t');
  });
});

describe('config set with a decimal comma', () => {
  it('takes 80,5 in both languages and refuses the language own thousands separator before three digits', async () => {
    const { db, err } = await run(['config', 'set', 'weight', '80,5', '--json']);
    expect(err).toBe('weight staat nu op 80,5 kg.\n');
    expect((await run(['config', 'get', 'weight'], db)).out).toBe('80.5\n');
    expect((await run(['config', 'set', 'protein-target', '1,8', '--json'], db)).out).toBe('{"setting":"protein-target","value":1.8}\n');
    const dutchGroup = await run(['config', 'set', 'protein-target', '1.500'], db);
    expect(dutchGroup.code).toBe(2);
    expect(dutchGroup.err).toContain('protein-target: "1.500" is dubbelzinnig: een punt voor drie cijfers leest als scheiding van duizendtallen; schrijf 1500, of gebruik een decimale komma');
    expect((await run(['config', 'set', 'rest-days', '2,5'], db)).err).toContain('rest-days moet een heel getal zijn van 1 tot 7 dagen/week, niet "2,5"');

    const en = testDeps({ db });
    expect(await main(['config', 'set', 'sleep-target', '7,5'], en.deps)).toBe(0);
    expect(en.stderr()).toBe('sleep-target set to 7.5 h.\n');
    const grouped = testDeps({ db });
    expect(await main(['config', 'set', 'protein-target', '1,500'], grouped.deps)).toBe(2);
    expect(grouped.stderr()).toContain('protein-target: "1,500" is ambiguous: a comma before three digits reads as a thousands separator; write 1500, or use a decimal point');
    expect((await run(['config', 'get', 'protein-target'], db)).out).toBe('1.8\n');
  });
});

describe('the resting heart rate in Dutch', () => {
  it('is in slagen/min everywhere a person reads it: report, chart and status', async () => {
    const { db } = await run(['demo', '--file', join(tempDir(), 'demo.db')]);
    const screens = [
      await run(['report', '--week', '--format', 'table'], db),
      await run(['report', '--week', '--format', 'table', '--detail'], db),
      await run(['chart', 'rhr'], db),
      await run(['status', '--format', 'table'], db),
    ];
    const text = screens.map((s) => s.out).join('\n');
    expect(text).toContain('slagen/min');
    expect(text).not.toMatch(/\bbpm\b/);
  });
});

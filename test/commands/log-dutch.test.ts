import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { getDay } from '../../src/storage/days.js';
import { testDeps } from '../helpers/test-deps.js';

const NL = ['--lang', 'nl'];
const ENTER = undefined;

describe('the decimal comma', () => {
  it('is a decimal mark in Dutch flags; a dot before three digits is refused, not read as 1', async () => {
    const t = testDeps();
    expect(await main([...NL, 'log', '--date', '2026-11-24', '--sleep', '7,5', '--protein', '140', '--water', '2,25', '--rest', '--yes'], t.deps)).toBe(0);
    expect(getDay(await t.deps.db(), '2026-11-24')).toMatchObject({ sleepHours: 7.5, proteinG: 140, waterL: 2.25 });
    expect(t.stderr()).toBe('di 24 nov 2026 opgeslagen.\n');

    const refused = testDeps({ db: await t.deps.dbPath() });
    expect(await main([...NL, 'log', '--date', '2026-11-24', '--protein', '1.000', '--yes'], refused.deps)).toBe(2);
    expect(refused.stderr().split('\n')[0]).toContain('eiwit: "1.000" is dubbelzinnig: een punt voor drie cijfers leest als scheiding van duizendtallen; schrijf 1000, of gebruik een decimale komma');
    expect(getDay(await t.deps.db(), '2026-11-24')?.proteinG).toBe(140);
  });

  it('stays accepted in English as today, where a comma before three digits is refused', async () => {
    const t = testDeps();
    expect(await main(['log', '--date', '2026-11-24', '--sleep', '7,5', '--protein', '140.5', '--rest', '--yes'], t.deps)).toBe(0);
    expect(getDay(await t.deps.db(), '2026-11-24')).toMatchObject({ sleepHours: 7.5, proteinG: 140.5 });
    expect(await main(['log', '--date', '2026-11-24', '--protein', '1,000', '--yes'], t.deps)).toBe(2);
    expect(t.stderr()).toContain('error: --protein: protein: "1,000" is ambiguous: a comma before three digits reads as a thousands separator; write 1000, or use a decimal point');
    expect(getDay(await t.deps.db(), '2026-11-24')?.proteinG).toBe(140.5);
  });
});

describe('recover log in Dutch', () => {
  it('asks in Dutch, takes "7,5" as an answer, shows decimal commas and saves', async () => {
    const t = testDeps({
      tty: true,
      answers: ['strength', 'intermediate', [], '7,5', '4', 'strength', '60 7,5', true, '150,5', '2', '4', '3', 'no', true],
    });
    expect(await main([...NL, 'log', '--date', '2026-11-24'], t.deps)).toBe(0);
    expect(t.asked).toEqual([
      'Wat voor training doe je? (bepaalt je doel voor rustdagen; "recover config" verandert het)',
      'Op welk niveau?',
      'Wat wil je elke avond extra bijhouden? (spatie om aan te vinken, Enter om te bevestigen; "recover config set track" verandert het)',
      'Slaap (u) [uren geslapen vannacht, bijv. 7,5 of 7:30]',
      'Slaapkwaliteit [1 slecht - 5 top; Enter om over te slaan]',
      'Getraind vandaag? (wandelen of mobiliteit telt als actief herstel)',
      'Minuten en inspanning, bijv. 60 7 (inspanning is de sessie-RPE: 0 rust, 3 matig, 5 zwaar, 7 heel zwaar, 10 maximaal; eindig met + voor nog een sessie)',
      'Heb je binnen 2 uur na de training een volwaardige maaltijd gegeten (eiwit en koolhydraten)?',
      'Eiwit (g) [gram eiwit vandaag gegeten; Enter om over te slaan]',
      'Vermoeidheid [1 fris - 5 uitgeput; Enter om over te slaan]',
      'Motivatie [1 geen - 5 zin om te trainen; Enter om over te slaan]',
      'Spierpijn [1 geen - 5 veel spierpijn; Enter om over te slaan]',
      'Ziek of geblesseerd vandaag?',
      'Deze dag opslaan?',
    ]);
    expect(getDay(await t.deps.db(), '2026-11-24')).toMatchObject({ sleepHours: 7.5, proteinG: 150.5, sessions: [{ type: 'strength', minutes: 60, rpe: 7.5 }] });
    expect(t.stderr()).toContain('Doel voor rustdagen: 2 dagen per week.');
    expect(t.stderr()).toContain('Je logt di 24 nov 2026. Enter neemt het voorgestelde antwoord; Ctrl-C stopt\nzonder op te slaan.');
    expect(t.stderr()).toContain('Sessies: kracht 60 min, RPE 7,5 (belasting 450)');
    expect(t.stderr()).toContain(
      [
        'di 24 nov 2026',
        '  Slaap      7,5 u, kwaliteit 4/5, keren wakker -',
        '  Training   kracht 60 min, RPE 7,5 (belasting 450), totale belasting 450',
        '  Na afloop  prestatie -, maaltijd binnen 2 u ja',
        '  Voeding    eiwit 150,5 g, koolhydraten -, water -',
        '  Gevoel     vermoeidheid 2/5, motivatie 4/5, spierpijn 3/5, stress -',
      ].join('\n'),
    );
    expect(t.stderr()).toContain('di 24 nov 2026 opgeslagen.');

    // The next day's suggestions carry the comma too, and a bad answer is refused in Dutch.
    const next = testDeps({ tty: true, db: await t.deps.dbPath(), answers: [ENTER, ENTER, 'rest', ENTER, ENTER, ENTER, ENTER, 'no', true] });
    const refused = testDeps({ tty: true, db: await t.deps.dbPath(), answers: ['30'] });
    expect(await main([...NL, 'log', '--date', '2026-11-25'], refused.deps)).toBe(1);
    expect(refused.stderr()).toContain('slaap moet een getal van 0 tot 24 zijn, niet "30"');
    expect(await main([...NL, 'log', '--date', '2026-11-25'], next.deps)).toBe(0);
    expect(getDay(await next.deps.db(), '2026-11-25')).toMatchObject({ sleepHours: 7.5, proteinG: 150.5, sessions: [] });
    expect(next.stderr()).toContain('  Slaap      7,5 u, kwaliteit 4/5');
  });
});

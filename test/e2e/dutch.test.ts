import { describe, expect, it } from 'vitest';
import { runCli, tempDb } from '../helpers/run-cli.js';
import { ANSI, Terminal } from '../helpers/terminal.js';

const ENTER = '\r';
/** A Dutch locale; LC_ALL and LC_MESSAGES emptied so the machine's own cannot win over LANG. */
const DUTCH = { NO_COLOR: '1', LANG: 'nl_NL.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

describe('recover log in Dutch, in a terminal', () => {
  it('asks in Dutch, takes decimal commas, and the report shows what was stored', async () => {
    const db = tempDb();
    // Two earlier days, so the week has something to compare with.
    for (const date of ['2026-11-22', '2026-11-23']) {
      expect(runCli(['log', '--date', date, '--sleep', '8', '--session', 'cardio:40:4', '--protein', '120', '--fatigue', '2'], { db, env: DUTCH }).code).toBe(0);
    }
    const t = new Terminal(['log', '--date', '2026-11-24'], db, DUTCH);
    await t.answer('Wat voor training doe je?', ENTER); // the suggestion: mixed
    await t.answer('Op welk niveau?', ENTER);
    await t.waitFor('Doel voor rustdagen: 2 dagen per week.');
    await t.answer('Wat wil je elke avond extra bijhouden?', ENTER); // none ticked
    await t.waitFor('Je logt di 24 nov 2026.');
    await t.answer('Slaap (u)', `\x7f${'\x7f'.repeat(4)}7,25${ENTER}`); // clear the suggested 8, type 7,25
    await t.answer('Slaapkwaliteit', `4${ENTER}`);
    await t.answer('Getraind vandaag?', `\x1b[B${ENTER}`); // one down from cardio: sport
    await t.answer('Minuten en inspanning', `${'\x7f'.repeat(6)}75 7,5${ENTER}`);
    await t.answer('Heb je binnen 2 uur na de training een volwaardige maaltijd gegeten', `j${ENTER}`);
    await t.answer('Eiwit (g)', `${'\x7f'.repeat(6)}142,5${ENTER}`);
    await t.answer('Vermoeidheid', `${'\x7f'.repeat(3)}3${ENTER}`);
    await t.answer('Motivatie', `4${ENTER}`);
    await t.answer('Spierpijn', `2${ENTER}`);
    await t.answer('Ziek of geblesseerd vandaag?', ENTER);
    await t.waitFor('  Slaap      7,3 u, kwaliteit 4/5');
    await t.waitFor('  Training   sport 75 min, RPE 7,5 (belasting 563), totale belasting 563');
    await t.waitFor('  Voeding    eiwit 142,5 g');
    await t.answer('Deze dag opslaan?', `j${ENTER}`);
    expect(await t.exited).toBe(0);
    expect(t.output).toContain('di 24 nov 2026 opgeslagen.');

    const report = new Terminal(['report', '--week', '--date', '2026-11-24'], db, DUTCH, 120);
    expect(await report.exited).toBe(0);
    const lines = report.raw.replace(ANSI, '').replace(/\r/g, '').split('\n');
    expect(lines.some((l) => l.startsWith('Herstelrapport 18 nov 2026 t/m 24 nov 2026'))).toBe(true);
    expect(lines.find((l) => l.includes(' Dag '))).toMatch(/Dag +│ Slaap u +│ Slaapkwaliteit +│ Eiwit g +│ Training \(min\) +│ Belasting +│ Vermoeidheid +│ Motivatie +│ Spierpijn +│/);
    const today = lines.find((l) => l.includes(' di 24 nov '));
    // The values as logged: 7,25 u of sleep, 142,5 g of protein (whole grams), 75 min x RPE 7,5.
    expect(today).toMatch(/│ di 24 nov │ 7,25 +│ 4 +│ 143 +│ sport 75 +│ 563 +│ 3 +│ 4 +│ 2 +│/);
    expect(report.output).toContain('Samenvatting (3 van 7 dagen ingevuld)');
    const [day] = JSON.parse(runCli(['export', '--json', '--from', '2026-11-24', '--to', '2026-11-24'], { db }).stdout);
    expect(day).toMatchObject({ sleepHours: 7.25, sleepQuality: 4, proteinG: 142.5, fatigue: 3, mealWithin2h: true, sessions: [{ type: 'sport', minutes: 75, rpe: 7.5 }] });
  });
});

import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { addDays } from '../../src/core/dates.js';
import { emptyDay } from '../../src/core/types.js';
import { openDb } from '../../src/storage/db.js';
import { saveDays } from '../../src/storage/days.js';
import { tempDb } from '../helpers/run-cli.js';
import { testDeps } from '../helpers/test-deps.js';

// A week whose last day is ill led with "On track … Keep training as planned" while status said
// "Rest until you are well" (the real WHOOP export's 2024-01-02 to 01-08, ill every day).
describe("the report's headline", () => {
  const db = tempDb();
  saveDays(
    openDb(db, { create: true }),
    Array.from({ length: 10 }, (_, i) => ({ ...emptyDay(addDays('2024-01-01', i)), sleepHours: 8, sick: i >= 3 && i <= 7 ? true : false, trainingLogged: true })),
  );
  const headline = async (date: string, lang = 'en') => {
    const t = testDeps({ db, today: '2024-01-20', tty: true, columns: 200 });
    expect(await main(['--lang', lang, 'report', '--date', date], t.deps)).toBe(0);
    return t.stdout().split('\n')[0];
  };

  it('says ill and rest first when the last day is ill, as status does', async () => {
    expect(await headline('2024-01-07')).toBe(
      '[WARNING] Ill on 4 of these 7 days, the last one too (ill days stay out of your baselines) → Rest until you are well: no training while ill, then start again easy.',
    );
    expect(await headline('2024-01-07', 'nl')).toContain('Ziek op 4 van deze 7 dagen, ook de laatste');
  });

  it('goes back to the week once the person is well again', async () => {
    expect(await headline('2024-01-10')).toMatch(/^OK On track/);
  });
});

import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { getDay } from '../../src/storage/days.js';
import { testDeps } from '../helpers/test-deps.js';

const ENTER = undefined;

/** The main questions of a later log (profile set, no other extras tracked): rest day, nothing else answered. */
const restDay = [
  '7.5', ENTER, // sleep, quality
  'rest', // no training
  ENTER, // protein
  ENTER, ENTER, ENTER, // fatigue, motivation, soreness
  'no', // not ill or injured
];

describe('recover log: bed and wake times, the whole plate and tags', () => {
  it('takes them as flags, tags repeatable and normalised', async () => {
    const t = testDeps();
    expect(
      await main(['log', '--date', '2026-11-24', '--sleep', '7', '--rest', '--bedtime', '23:15', '--wake', '07:05', '--waso', '25', '--fat', '70', '--fruit-veg', '5', '--tag', 'alcohol', '--tag', 'Late meal', '--yes'], t.deps),
    ).toBe(0);
    expect(getDay(await t.deps.db(), '2026-11-24')).toMatchObject({ bedtimeMin: 1395, wakeMin: 425, wasoMin: 25, fatG: 70, fruitVegServings: 5, tags: 'alcohol,late-meal' });
    expect(await main(['log', '--date', '2026-11-24', '--tag', '', '--yes'], t.deps)).toBe(0);
    expect(getDay(await t.deps.db(), '2026-11-24')?.tags).toBeNull();
  });

  it.each([
    [['--bedtime', '25:00'], 'error: --bedtime: bedtime must be a time of day as HH:MM, from 00:00 to 23:59, got "25:00"'],
    [['--tag', 'a b!'], 'error: --tag: a tag is 1-40 letters, digits or dashes, starting with a letter or digit, got "a b!"'],
    [['--fruit-veg', '2.5'], 'error: --fruit-veg: fruit and vegetables must be a whole number from 0 to 30, got "2.5"'],
  ])('refuses %j in one line, exit 2, nothing stored', async (flags, message) => {
    const t = testDeps();
    expect(await main(['log', '--date', '2026-11-24', '--sleep', '7', '--rest', ...flags, '--yes'], t.deps)).toBe(2);
    expect(t.stderr().split('\n')[0]).toBe(message);
  });

  it('asks the tracked items only, with last night\'s times as the default and recent tags to tick', async () => {
    const setup = testDeps();
    await main(['config', 'set', 'sport', 'mixed'], setup.deps);
    await main(['config', 'set', 'level', 'intermediate'], setup.deps);
    await main(['config', 'set', 'track', 'none'], setup.deps);
    await main(['log', '--date', '2026-11-23', '--sleep', '7', '--rest', '--bedtime', '23:30', '--wake', '07:00', '--tag', 'alcohol', '--tag', 'sauna', '--yes'], setup.deps);
    const db = await setup.deps.dbPath();
    // Not tracked: no extra questions.
    const plain = testDeps({ tty: true, db, answers: [...restDay, true] });
    expect(await main(['log', '--date', '2026-11-24'], plain.deps)).toBe(0);
    expect(plain.asked.some((q) => q.startsWith('Bedtime') || q.startsWith('Tags'))).toBe(false);
    await main(['config', 'set', 'track', 'bedtime,fat,tags'], setup.deps);
    // Bedtime kept from last night (Enter), wake typed, fat skipped, sauna ticked, a new tag typed.
    const t = testDeps({ tty: true, db, answers: [...restDay, ENTER, '06:45', ENTER, ['sauna'], 'late meal', true] });
    expect(await main(['log', '--date', '2026-11-25'], t.deps)).toBe(0);
    expect(t.asked.slice(restDay.length, restDay.length + 5)).toEqual([
      'Bedtime (HH:MM) [when you fell asleep last night, e.g. 23:15; Enter to keep, - to clear]',
      'Wake time (HH:MM) [when you woke up for the day, e.g. 07:05; Enter to keep, - to clear]',
      'Fat (g) [grams of fat eaten today; Enter to skip]',
      'Tags for today (space to tick, Enter when done)',
      'Other tags (comma-separated, e.g. alcohol, late-meal) [Enter for none]',
    ]);
    expect(getDay(await t.deps.db(), '2026-11-25')).toMatchObject({ bedtimeMin: 23 * 60 + 30, wakeMin: 6 * 60 + 45, fatG: null, tags: 'late-meal,sauna' });
    expect(t.stderr()).toContain('  Rhythm     bedtime 23:30, wake 06:45\n');
    expect(t.stderr()).toContain('  Tags       late-meal, sauna\n');
  });

  it('refuses an unknown tracked item', async () => {
    const t = testDeps();
    expect(await main(['config', 'set', 'track', 'beer'], t.deps)).toBe(2);
    expect(t.stderr()).toContain('track takes carbs, water, stress, rhr-hrv, performance, wakings, note, bedtime, fat, fruit-veg, tags (comma-separated) or none, got "beer"');
  });
});

describe('recover insights', () => {
  it('shows each tag\'s difference with its interval, and not enough data below 5 days each', async () => {
    const t = testDeps({ today: '2026-11-30' });
    // 2026-11-01..20: alcohol on odd days; the night after an alcohol day is 6 h, else 8 h (+/- 6 min).
    for (let i = 1; i <= 20; i++) {
      const date = `2026-11-${String(i).padStart(2, '0')}`;
      const sleep = (i % 2 === 0 ? 6 : 8) + (i % 3) / 10;
      await main(['log', '--date', date, '--sleep', String(sleep), '--rest', '--tag', i % 2 === 1 ? 'alcohol' : 'tea', '--yes'], t.deps);
    }
    const before = t.stdout().length;
    expect(await main(['insights'], t.deps)).toBe(0);
    const out = t.stdout().slice(before);
    expect(out).toContain('alcohol: 10 days with, 10 without\n');
    expect(out).toMatch(/ {2}next night's sleep {9}1\d\d min shorter after alcohol days \(95% CI \d+-\d+ min shorter\), 10 vs 9 nights\n/);
    expect(out).toContain("  next morning's resting HR  not enough data (0 vs 0 mornings; at least 5 each needed)\n");
    expect(out).toContain('an association, not a cause');
    expect(out).not.toMatch(/caus(es|ed)|because/);
    const json = testDeps({ today: '2026-11-30', db: await t.deps.dbPath() });
    expect(await main(['insights', '--json'], json.deps)).toBe(0);
    const parsed = JSON.parse(json.stdout()) as Array<{ tag: string; outcomes: Array<{ outcome: string; nWith: number; nWithout: number; effect: { difference: number } | null }> }>;
    const sleep = parsed.find((p) => p.tag === 'alcohol')?.outcomes.find((o) => o.outcome === 'sleep');
    // With: 8 + (i+1)%3/10 after odd i -> next is even day 6 h + ..., i.e. the mean of the even days' sleep minus the odd days'.
    expect([sleep?.nWith, sleep?.nWithout]).toEqual([10, 9]);
    expect(sleep?.effect?.difference).toBeLessThan(-100);
  });

  it('gives a row per tag and outcome with --format csv or tsv (it printed the sentences)', async () => {
    const t = testDeps({ today: '2026-11-30' });
    for (let i = 1; i <= 12; i++) {
      const sleep = (i % 2 ? 8 : 6) + (i % 3) / 4;
      await main(['log', '--date', `2026-11-${String(i).padStart(2, '0')}`, '--sleep', String(sleep), '--rest', '--tag', i % 2 ? 'tea' : 'alcohol', '--yes'], t.deps);
    }
    const run = async (format: string) => {
      const r = testDeps({ today: '2026-11-30', db: await t.deps.dbPath() });
      expect(await main(['insights', '--format', format], r.deps)).toBe(0);
      return r.stdout().split('\n');
    };
    const csv = await run('csv');
    expect(csv[0]).toBe('tag,outcome,days_with,days_without,n_with,n_without,mean_with,mean_without,difference,low,high');
    // The same figures as the JSON (after an alcohol day comes an 8 h night and a bit, after tea 6 h); blank without enough data.
    const json = testDeps({ today: '2026-11-30', db: await t.deps.dbPath() });
    expect(await main(['insights', '--json'], json.deps)).toBe(0);
    const e = (JSON.parse(json.stdout()) as Array<{ outcomes: Array<{ effect: Record<string, number> }> }>)[0]?.outcomes[0]?.effect ?? {};
    const figures = [e.meanWith, e.meanWithout, e.difference, e.low, e.high].join(',');
    expect(figures).toBe('495,375,120,100.112539,139.887461');
    expect(csv.slice(1, 3)).toEqual([`alcohol,sleep,6,6,5,6,${figures}`, 'alcohol,restingHr,6,6,0,0,,,,,']);
    expect((await run('tsv'))[1]).toBe(`alcohol\tsleep\t6\t6\t5\t6\t${figures.replaceAll(',', '\t')}`);
  });

  it('says there are no tags yet on a terminal, exit 0', async () => {
    const t = testDeps({ tty: true });
    await main(['log', '--date', '2026-11-24', '--sleep', '7', '--rest', '--yes'], t.deps);
    expect(await main(['insights'], t.deps)).toBe(0);
    expect(t.stderr()).toContain('No tags yet.');
  });

  it('says a range holds no tagged days when there are tags outside it, not "no tags yet"', async () => {
    const t = testDeps({ tty: true, today: '2026-11-26' });
    await main(['log', '--date', '2026-11-24', '--sleep', '7', '--rest', '--tag', 'alcohol', '--yes'], t.deps);
    expect(await main(['insights', '--from', '2026-01-01', '--to', '2026-06-30'], t.deps)).toBe(0);
    expect(await main(['insights', '--to', '2026-06-30'], t.deps)).toBe(0);
    expect(await main(['--lang', 'nl', 'insights', '--from', '2026-01-01', '--to', '2026-06-30'], t.deps)).toBe(0);
    expect(t.stderr().split('\n').slice(-4)).toEqual([
      'No tagged days from 2026-01-01 to 2026-06-30.',
      'No tagged days up to 2026-06-30.',
      'Geen dagen met tags van 2026-01-01 t/m 2026-06-30.',
      '',
    ]);
  });
});

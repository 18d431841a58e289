import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { addDays } from '../../src/core/dates.js';
import { emptyDay, type Day } from '../../src/core/types.js';
import { openDb } from '../../src/storage/db.js';
import { saveDays } from '../../src/storage/days.js';
import { tempDb, tempDir } from '../helpers/run-cli.js';
import { testDeps } from '../helpers/test-deps.js';

function dbWith(days: Day[]): string {
  const db = tempDb();
  saveDays(openDb(db, { create: true }), days);
  return db;
}

async function shown(db: string, args: string[]): Promise<string> {
  const t = testDeps({ db, today: '2024-01-20', tty: true, columns: 200 });
  expect(await main(args, t.deps)).toBe(0);
  return t.stdout();
}

// PMData p05 on 2020-02-01: status said "No warning signs in the last 7 days" beside a report of the
// same 7 days with three (poor sleep, an injury, a sleep debt under the 7 h that changes readiness).
describe('a green status beside a week with warnings', () => {
  const db = dbWith(Array.from({ length: 7 }, (_, i) => ({ ...emptyDay(addDays('2024-01-01', i)), sleepHours: 6.2, trainingLogged: true })));

  it('does not say the week had no warning signs', async () => {
    const report = await shown(db, ['report', '--date', '2024-01-07']);
    expect(report).toContain('[WARNING] Sleep debt: 5.6 h short of 7 h over the last 7 logged nights');
    const status = (await shown(db, ['status', '--date', '2024-01-07'])).split('\n');
    expect(status.slice(0, 3)).toEqual(['Readiness for Sun 2024-01-07: GREEN → Train as planned.', '', 'Nothing in the last 7 days calls for easing off today.']);
    expect((await shown(db, ['--lang', 'nl', 'status', '--date', '2024-01-07'])).split('\n')[2]).toBe('Niets in de laatste 7 dagen vraagt erom vandaag rustiger aan te doen.');
  });
});

// The WHOOP export's 2024-03-04 to 03-10: "On track: 6.9 h sleep a night, 0 of 2 rest days" when 5 of
// the 7 days had no training logged at all (unknown, not training).
describe("the report's on-track headline", () => {
  const db = dbWith(
    Array.from({ length: 7 }, (_, i) => ({
      ...emptyDay(addDays('2024-03-04', i)),
      sleepHours: 8,
      trainingLogged: i < 2,
      sessions: i < 2 ? [{ type: 'strength' as const, minutes: 45, rpe: 6 }] : [],
    })),
  );

  it('says how many days have no training logged beside the rest-day count', async () => {
    expect((await shown(db, ['report', '--date', '2024-03-10'])).split('\n')[0]).toBe(
      'OK On track: 8 h sleep a night, 0 of 2 rest days (5 days without training logged), no warning signs → Keep training as planned.',
    );
    expect((await shown(db, ['--lang', 'nl', 'report', '--date', '2024-03-10'])).split('\n')[0]).toContain('0 van 2 rustdagen (5 dagen zonder ingevulde training)');
  });
});

// PMData p01's December: "Wed 12-11 to Tue 12-17: 0 (7 days unknown)", a week with no training logged
// at all shown as a week without load.
describe("the report's load weeks", () => {
  const db = dbWith(
    Array.from({ length: 21 }, (_, i) => ({
      ...emptyDay(addDays('2024-02-23', i)),
      sleepHours: 8,
      trainingLogged: i < 7 || i >= 14,
      sessions: i < 7 || i >= 14 ? [{ type: 'strength' as const, minutes: 45, rpe: 6 }] : [],
    })),
  );

  it('says unknown, not 0, for a week whose training is unknown on every day', async () => {
    const lines = (await shown(db, ['report', '--from', '2024-03-01', '--to', '2024-03-14'])).split('\n');
    expect(lines.filter((l) => /^ {2}\w{3} 03-\d\d to /.test(l))).toEqual(['  Fri 03-01 to Thu 03-07: unknown (no training logged)', '  Fri 03-08 to Thu 03-14: 1890']);
    const detail = (await shown(db, ['report', '--from', '2024-03-01', '--to', '2024-03-14', '--detail'])).split('\n');
    expect(detail.find((l) => l.includes('03-01 to 03-07'))).toMatch(/│ 03-01 to 03-07 │ 7 +│ - +│/);
  });
});

// PMData p15's month to 2020-01-31: "wake 07:42 +/- 72 min (average and spread over 28 nights)"
// then "irregular: wake times vary by more than 60 min this week", of a spread over four weeks.
describe("the report's rhythm", () => {
  const db = dbWith(
    Array.from({ length: 14 }, (_, i) => ({ ...emptyDay(addDays('2024-03-01', i)), sleepHours: 8, bedtimeMin: 23 * 60, wakeMin: i % 2 ? 6 * 60 : 9 * 60, trainingLogged: true })),
  );

  it('says the spread is over the nights of the range, not this week', async () => {
    const out = await shown(db, ['report', '--from', '2024-03-01', '--to', '2024-03-14']);
    expect(out).toContain('(average and spread over 14 nights)\n            irregular: wake times vary by more than 60 min over these nights. →');
    expect(await shown(db, ['--lang', 'nl', 'report', '--from', '2024-03-01', '--to', '2024-03-14'])).toContain('onregelmatig: je opstatijden wisselen over deze nachten meer dan 60 min.');
  });
});

// PMData p01 on 2020-04-15, two weeks after its last day: "resting HR baseline still building: 0
// readings this week (4 needed) and 22 in the 30 days before (14 needed)"; WHOOP on 2024-09-01:
// "HRV: no readings yet", after 170 days of them.
describe('what the verdict could not use, after the readings stop', () => {
  const db = dbWith(Array.from({ length: 20 }, (_, i) => ({ ...emptyDay(addDays('2024-01-01', i)), sleepHours: 8, restingHrBpm: 50 + (i % 3), hrvMs: 60 + (i % 5), trainingLogged: true })));
  const missing = async (date: string, lang = 'en') => {
    const t = testDeps({ db, today: '2024-06-30' });
    expect(await main(['--lang', lang, 'status', '--date', date, '--json'], t.deps)).toBe(0);
    return (JSON.parse(t.stdout()) as { missing: string[] }).missing.filter((m) => /HR|HRV|rusthartslag/.test(m));
  };

  it('says the week lacks readings when the baseline has enough', async () => {
    expect(await missing('2024-01-25')).toEqual([
      'resting HR not judged: 2 readings this week (4 needed; the baseline is ready, with 18 in the 30 days before)',
      'HRV not judged: 2 readings this week (4 needed; the normal range is ready, with 20 in 60 days)',
    ]);
    expect((await missing('2024-01-25', 'nl'))[0]).toBe('rusthartslag niet beoordeeld: 2 metingen deze week (4 nodig; de basis is klaar, met 18 in de 30 dagen ervoor)');
  });

  it('says none in the window, not none yet, long after the last one', async () => {
    expect(await missing('2024-04-01')).toEqual([
      'resting HR: no readings in the last 37 days (log --rhr, or import them from a watch)',
      'HRV: no readings in the last 60 days (log --hrv, or import them from a watch)',
    ]);
  });
});

// PMData p01, 2020-01-05: the daily report's "no alcohol" was the day's only value; the table showed
// the day as an empty row with "?" while the summary counted 6 of 7 days logged.
describe("the report's day table", () => {
  const db = dbWith([
    { ...emptyDay('2024-03-01'), sleepHours: 8, trainingLogged: true },
    { ...emptyDay('2024-03-02'), tags: '-alcohol' },
    { ...emptyDay('2024-03-03'), sleepHours: 7, trainingLogged: true },
  ]);

  it('shows a day holding only tags as no entry, as the summary counts it', async () => {
    const out = await shown(db, ['report', '--from', '2024-03-01', '--to', '2024-03-03']);
    expect(out).toContain('Summary (2 of 3 days logged)');
    expect(out).toMatch(/│ Sat 03-02 │ no entry +│/);
    expect(await shown(db, ['report', '--from', '2024-03-01', '--to', '2024-03-03', '--format', 'tsv'])).toContain('\n2024-03-02\tno entry\t');
    const json = JSON.parse(await shown(db, ['report', '--from', '2024-03-01', '--to', '2024-03-03', '--json'])) as { days: Array<{ logged: boolean }>; summary: { logged: number } };
    expect([json.days.map((d) => d.logged), json.summary.logged]).toEqual([[true, false, true], 2]);
  });
});

// PMData p13's week to 2020-03-16, one day logged of seven: "OK On track: 7 h sleep a night … no
// warning signs → Keep training as planned", where status gives no verdict for want of data.
describe("the report's headline on a week with one or two days logged", () => {
  const db = dbWith([{ ...emptyDay('2024-03-12'), sleepHours: 7, fatigue: 3 }]);

  it('says there is too little to judge, not that recovery is on track', async () => {
    const html = join(tempDir(), 'week.html');
    await shown(db, ['report', '--date', '2024-03-16', '--html', html]);
    expect(readFileSync(html, 'utf8')).toContain('<p class="headline info">Too few days logged to judge: 1 of 7 → Log a few more days');
    expect((await shown(db, ['report', '--date', '2024-03-16'])).split('\n')[0]).toBe('[NOTE] Too few days logged to judge: 1 of 7 → Log a few more days ("recover log") for a verdict.');
    expect((await shown(db, ['--lang', 'nl', 'report', '--date', '2024-03-16'])).split('\n')[0]).toBe(
      '[INFO] Te weinig dagen ingevuld voor een oordeel: 1 van 7 → Vul nog een paar dagen in ("recover log") voor een oordeel.',
    );
  });
});

// PMData p01's week to 2019-11-07: "Rest 0↓ of 2 target rest days; 6 days without training logged"
// (the arrow of a shortfall that the six unknown days may well not hold), and p13's week to
// 2020-03-16: "Load 0 total (effort x minutes) over 0 training days" with no training logged at all.
describe("the report's summary with training not logged", () => {
  const week = (trained: number, known: number) =>
    dbWith(
      Array.from({ length: 7 }, (_, i) => ({
        ...emptyDay(addDays('2024-03-04', i)),
        sleepHours: 8,
        trainingLogged: i < known,
        sessions: i < trained ? [{ type: 'strength' as const, minutes: 45, rpe: 6 }] : [],
      })),
    );
  const summary = async (db: string) => (await shown(db, ['report', '--date', '2024-03-10'])).split('\n').filter((l) => /^ {2}(Rest|Load) {4,}\S/.test(l) && !l.includes('last '));

  it('marks rest days short only when the days not logged could not make up the target', async () => {
    expect(await summary(week(1, 1))).toEqual([
      '  Rest      0 of 2 target rest days (0 full, 0 active); 6 days without training logged',
      '  Load      270 total (effort x minutes) over 1 training day, 1 session',
    ]);
    expect((await summary(week(6, 7)))[0]).toBe('  Rest      1↓ of 2 target rest days (1 full, 0 active)');
  });

  it('says the load is unknown, not 0, when no day has its training logged', async () => {
    expect(await summary(week(0, 0))).toEqual([
      '  Rest      0 of 2 target rest days (0 full, 0 active); 7 days without training logged',
      '  Load      unknown: no training logged',
    ]);
  });
});

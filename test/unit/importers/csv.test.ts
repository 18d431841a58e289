import { describe, expect, it } from 'vitest';
import { applyUpdates } from '../../helpers/apply.js';
import { readCsvExport } from '../../../src/importers/csv.js';

/** The export read back from text, as it would stream in from a file. */
const readBack = (text: string, file: string) => readCsvExport(file, [Buffer.from(text)]);
import { daysPieces, neutralise, sessionsPieces, unneutralise } from '../../../src/render/csv.js';
import { emptyDay } from '../../../src/core/types.js';
import { restoreDay } from '../../../src/core/merge.js';
import { day, strength, walk } from '../../helpers/days.js';

const sample = [
  day('2026-11-20', {
    sleepHours: 7.25, sleepQuality: 4, awakenings: 2, proteinG: 150, mealWithin2h: true, fatigue: 2,
    motivation: 4, soreness: 3, stress: 2, performance: 4, restingHrBpm: 51, hrvMs: 80,
    note: '=HYPERLINK("http://x")', injury: '-sore, "left" knee\nstill',
    sessions: [strength(60, 8), walk(20, 2)],
  }),
  day('2026-11-21', { sleepHours: 9, napH: 0.5, sessions: [] }),
  day('2026-11-22', { sleepHours: 8, sessions: [walk()] }),
  { ...emptyDay('2026-11-23'), proteinG: 120 },
];

describe('CSV export', () => {
  it('writes a header, ISO dates, empty cells for missing values and derived load', () => {
    const lines = daysPieces()(sample, true).split('\r\n');
    expect(lines[0]).toBe(
      'date,sleep_h,sleep_quality,awakenings,protein_g,carbs_g,water_l,performance,fatigue,motivation,soreness,stress,resting_hr_bpm,hrv_ms,meal_within_2h,injury,note,rest_day,sessions,load,load_estimated,sick,nap_h,sources,bedtime_min,wake_min,waso_min,fat_g,fruit_veg,tags',
    );
    expect(lines[2]).toBe('2026-11-21,9,,,,,,,,,,,,,,,,full,,,,,0.5,,,,,,,');
    expect(lines[3]).toBe('2026-11-22,8,,,,,,,,,,,,,,,,active,active-recovery:30:2,60,,,,,,,,,,');
    expect(lines[4]).toBe('2026-11-23,,,,120,,,,,,,,,,,,,,,,,,,,,,,,,');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+49 123', "'+49 123"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'quoted", "''quoted"],
    ['fine', 'fine'],
  ])('neutralises formula-like text %j', (text, safe) => {
    expect(neutralise(text)).toBe(safe);
    expect(unneutralise(neutralise(text))).toBe(text);
  });

  it('reads its own export back to the same days', async () => {
    const back = applyUpdates(await readBack(daysPieces()(sample, true), 'days.csv'));
    expect(back).toEqual(sample);
  });

  it('keeps where an imported session came from in the days table', async () => {
    const imported = day('2026-11-24', { sessions: [{ type: 'cardio', minutes: 21, rpe: null, source: 'whoop', externalId: '2024-06-24 08:08:18 Running; a:b', trimp: 83.2 }, strength()] });
    const csv = daysPieces()([imported], true);
    expect(csv).toContain(',cardio:21::whoop:83.2:2024-06-24%2008%3A08%3A18%20Running%3B%20a%3Ab;strength:60:7,');
    expect(applyUpdates(await readBack(csv, 'days.csv'))).toEqual([imported]);
    await expect(readBack('date,sessions\n2026-11-24,cardio:21::who op:1:x\n', 'f.csv')).rejects.toThrow('f.csv:2: a session\'s source must be a word');
  });

  it('keeps the average and max heart rate of a session without zones, in both tables', async () => {
    const fitbitRun = { type: 'cardio' as const, minutes: 24.4, rpe: null, source: 'fitbit', externalId: '26517400839', avgHrBpm: 144, maxHrBpm: 173 };
    const noMax = { ...fitbitRun, externalId: '2', maxHrBpm: undefined };
    delete noMax.maxHrBpm;
    const days = [day('2019-11-05', { sessions: [fitbitRun, noMax] })];
    const csv = daysPieces()(days, true);
    // 144 of 173 bpm is 83% of max, Edwards zone 4: RPE 8 x 24.4 min.
    expect(csv).toContain(',cardio:24.4::fitbit::26517400839:144:173;cardio:24.4::fitbit::2:144:,195.2,yes,');
    expect(applyUpdates(await readBack(csv, 'days.csv'))).toEqual(days);
    const table = sessionsPieces()(days, true);
    expect(table.split('\r\n')[1]).toBe('2019-11-05,0,cardio,24.4,,195.2,,fitbit,26517400839,yes,144,173');
    expect(applyUpdates(await readBack(table, 'sessions.csv')).map((d) => d.sessions)).toEqual([days[0]?.sessions]);
    await expect(readBack('date,sessions\n2019-11-05,cardio:24.4::fitbit::1:144:900\n', 'f.csv')).rejects.toThrow(
      'f.csv:2: session heart rate must be',
    );
  });

  it('reads the sessions table back onto the days it names', async () => {
    const back = applyUpdates(await readBack(sessionsPieces()(sample, true), 'sessions.csv'));
    expect(back.map((d) => [d.date, d.sessions])).toEqual([
      ['2026-11-20', [strength(60, 8), walk(20, 2)]],
      ['2026-11-22', [walk()]],
    ]);
  });

  it('sets only the columns a hand-made file has', async () => {
    const [update] = await readBack('date,protein_g\n2026-11-20,99\n', 'mine.csv');
    const stored = { day: sample[0] ?? emptyDay('x'), sources: {}, observed: {} };
    expect(update && restoreDay(stored, update.restore, {}).day).toEqual({ ...sample[0], proteinG: 99 });
  });
});

describe('CSV import errors name the file and line', () => {
  it.each([
    ['date,sleep_h\n2026-11-20,7\n2026-11-21,25\n', 'f.csv:3: sleep must be a number from 0 to 24, got "25"'],
    ['date,sleep_h\n2026-11-20,7\n20/11/2026,7\n', 'f.csv:3: date must be YYYY-MM-DD, got "20/11/2026"'],
    ['date,sleep_h\n2026-11-20,7\n2026-11-20,8\n', 'f.csv:3: 2026-11-20 appears twice (first on line 2)'],
    ['date,sessions\n2026-11-20,yoga:60:2\n', 'f.csv:2: a session is TYPE:MINUTES:RPE'],
    ['date,rest_day,sessions\n2026-11-20,full,strength:60:8\n', 'f.csv:2: rest_day must be full, active or empty'],
    ['date,weight\n2026-11-20,80\n', 'f.csv:1: not a recover export (unknown column "weight")'],
    ['Date,Sleep\n2026-11-20,7\n', 'f.csv:1: not a recover export'],
    ['date,sleep_h\n2026-11-20,7,extra\n', 'f.csv:2: not valid CSV'],
    ['date,note\n2026-11-20,"unclosed\n', 'f.csv'],
  ])('%j', async (text, message) => {
    await expect(readBack(text, 'f.csv')).rejects.toThrow(message);
  });
});

describe('CSV export of hostile text', () => {
  it('quotes a cell with a bare line break, so "=" after it cannot start a row, and reads it back', async () => {
    const noted = [day('2026-11-20', { sleepHours: 7, note: 'line1\n=line2', sessions: [] })];
    const csv = daysPieces()(noted, true);
    expect(csv.split('\r\n')[1]).toBe('2026-11-20,7,,,,,,,,,,,,,,,"line1\n=line2",full,,,,,,,,,,,,');
    expect(applyUpdates(await readBack(csv, 'f.csv'))[0]?.note).toBe('line1\n=line2');
  });

  it('neutralises the sessions table\'s source, and refuses a source or TRIMP that is not one', async () => {
    expect(sessionsPieces()([day('2026-11-20', { sessions: [{ type: 'cardio', minutes: 30, rpe: null, source: '=cmd', externalId: 'x' }] })], true).split('\r\n')[1]).toContain(",'=cmd,");
    const header = 'date,position,type,minutes,rpe,load,trimp,source,external_id';
    await expect(readBack(`${header}\n2026-11-20,0,cardio,30,,,1e309,whoop,x\n`, 'f.csv')).rejects.toThrow('f.csv:2: TRIMP must be a number from 0 to 10000, got "1e309"');
    await expect(readBack(`${header}\n2026-11-20,0,cardio,30,,,,'=cmd,x\n`, 'f.csv')).rejects.toThrow('f.csv:2: a session\'s source must be a word, got "=cmd"');
  });
});

describe("recover's other exports, given as CSV", () => {
  const excel = '\uFEFFdate;sleep_h;sessions\r\n2026-11-20;6,5;strength:60:7\r\n';
  const json = '[\n  {\n    "date": "2026-11-20",\n    "sleepHours": 6.5\n  }\n]\n';
  // Byte by byte, as a slow stream could bring them: the first bytes are gathered before judging.
  const trickle = (text: string) => [...Buffer.from(text)].map((b) => Buffer.from([b]));

  it('refuses the Excel export on line 1, whole or in pieces', async () => {
    const message = 'x.csv:1: cells are separated by ";" (as in recover\'s Excel export, which is for spreadsheets and not read back); import csv reads "," between cells and "." decimals: save the file that way, or export again with "recover export -o recover.csv" and import that.';
    await expect(readBack(excel, 'x.csv')).rejects.toThrow(message);
    await expect(readCsvExport('x.csv', trickle(excel))).rejects.toThrow(message);
    await expect(readBack(excel.slice(1), 'x.csv'), 'without its BOM').rejects.toThrow(message);
  });

  it('refuses JSON on line 1, even a short file', async () => {
    const message = 'x.json:1: this is JSON, not CSV ("recover export --json"?). Export again with "recover export -o recover.csv" and import that file.';
    await expect(readBack(json, 'x.json')).rejects.toThrow(message);
    await expect(readCsvExport('x.json', trickle(json))).rejects.toThrow(message);
    await expect(readBack(' []', 'x.json')).rejects.toThrow(message);
  });

  it('reads the plain export in pieces as before', async () => {
    const rows = await readCsvExport('x.csv', trickle('date,sleep_h\r\n2026-11-20,6.5\r\n'));
    expect(rows.map((r) => r.date)).toEqual(['2026-11-20']);
  });
});

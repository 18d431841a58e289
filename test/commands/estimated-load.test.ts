import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { getDay, listAllDays } from '../../src/storage/days.js';
import { fixture } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-cli.js';
import { testDeps } from '../helpers/test-deps.js';

const ENTER = undefined;

/** A watch-only user: Garmin activities, no RPE typed. */
async function garminDb(): Promise<string> {
  const t = testDeps({ today: '2024-03-20' });
  expect(await main(['import', 'garmin', fixture('garmin')], t.deps)).toBe(0);
  t.deps.close();
  return t.deps.dbPath();
}

describe('load estimated from heart rate', () => {
  it('gives imported workouts a load, marked as estimated in the table, JSON and CSV', async () => {
    const db = await garminDb();
    const rows = testDeps({ today: '2024-03-20', db });
    expect(await main(['report', '--from', '2024-03-12', '--to', '2024-03-14'], rows.deps)).toBe(0);
    const [head, ...lines] = rows.stdout().trimEnd().split('\n').map((l) => l.split('\t'));
    const cells = (date: string) => {
      const row = lines.find((l) => l[0] === date) ?? [];
      return [row[head?.indexOf('Training (min)') ?? -1], row[head?.indexOf('Load') ?? -1]];
    };
    // 45 min at TRIMP 125: RPE ~5.6 -> 252; 50 min of strength at TRIMP 45: ~1.8 -> 90; the walk has no heart rate.
    expect(cells('2024-03-12')).toEqual(['cardio 45 (est.)', '~252']);
    expect(cells('2024-03-13')).toEqual(['strength 50 (est.)', '~90']);
    expect(cells('2024-03-14')).toEqual(['active-recovery 30 (no effort), cardio 90 (est.)', '~360']);
    const table = testDeps({ today: '2024-03-20', db, columns: 200 });
    expect(await main(['report', '--from', '2024-03-12', '--to', '2024-03-14', '--format', 'table'], table.deps)).toBe(0);
    expect(table.stdout()).toContain('702 total (effort x minutes) over 3 training days, 4 sessions; 1 session without an effort score add no load; 3 sessions estimated from heart rate (~)');

    const json = testDeps({ today: '2024-03-20', db });
    await main(['report', '--from', '2024-03-12', '--to', '2024-03-12', '--json'], json.deps);
    const [day] = JSON.parse(json.stdout()).days;
    expect(day).toMatchObject({ load: 252, loadEstimated: true });
    expect(day.sessions).toEqual([
      { type: 'cardio', minutes: 45, rpe: null, source: 'garmin', externalId: '14000000001', trimp: 125, load: 252, loadEstimated: true },
    ]);

    const csv = testDeps({ today: '2024-03-20', db });
    await main(['export', '--from', '2024-03-12', '--to', '2024-03-12'], csv.deps);
    expect(csv.stdout().split('\r\n')[1]).toBe('2024-03-12,6.98,,,,,,,,,,,48,62,,,,,cardio:45::garmin:125:14000000001,252,yes,,,sleep_h=garmin;resting_hr_bpm=garmin;hrv_ms=garmin;bedtime_min=garmin;wake_min=garmin;waso_min=garmin,1301,329,49,,,');
    const sessions = testDeps({ today: '2024-03-20', db });
    await main(['export', '--table', 'sessions', '--from', '2024-03-14', '--to', '2024-03-14'], sessions.deps);
    expect(sessions.stdout()).toBe(
      'date,position,type,minutes,rpe,load,trimp,source,external_id,load_estimated,avg_hr_bpm,max_hr_bpm\r\n' +
        '2024-03-14,0,active-recovery,30,,,,garmin,14000000003,,,\r\n' +
        '2024-03-14,1,cardio,90,,360,180,garmin,14000000005,yes,,\r\n',
    );
  });

  it('lets a typed RPE replace the estimate', async () => {
    const db = await garminDb();
    // The training profile (asked once), then the day; Garmin gave its sleep, which is not asked again.
    const answers = [ENTER, ENTER, ENTER, ENTER, 'keep', '7', ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, true];
    const edit = testDeps({ tty: true, today: '2024-03-20', answers, db });
    expect(await main(['log', '--date', '2024-03-12'], edit.deps)).toBe(0);
    expect(edit.asked.some((q) => q.startsWith('Sleep (h)'))).toBe(false);
    expect(edit.asked[5]).toBe(
      'Session RPE for cardio 45 min, no RPE, ~5.6 estimated from heart rate (load ~252) from garmin (0 rest, 3 moderate, 5 hard, 7 very hard, 10 maximal) [Enter to skip]',
    );
    expect(getDay(await edit.deps.db(), '2024-03-12')?.sessions).toEqual([
      { type: 'cardio', minutes: 45, rpe: 7, source: 'garmin', externalId: '14000000001', trimp: 125 },
    ]);
    const json = testDeps({ today: '2024-03-20', db });
    await main(['report', '--from', '2024-03-12', '--to', '2024-03-12', '--json'], json.deps);
    expect(JSON.parse(json.stdout()).days[0]).toMatchObject({ load: 315, loadEstimated: false });
  });

  it('estimates Fitbit exercises from their average heart rate, and keeps it through export and import csv', async () => {
    const t = testDeps({ today: '2019-12-31' });
    expect(await main(['import', 'fitbit', fixture('fitbit-exercise'), '--dry-run', '--format', 'table'], t.deps)).toBe(0);
    expect(t.stdout() + t.stderr()).toContain(
      '2019-11-05\n  + session cardio 24.4 min, no RPE, ~8 estimated from heart rate (load ~195), average HR 144 of max 173 bpm\n',
    );
    expect(await main(['import', 'fitbit', fixture('fitbit-exercise')], t.deps)).toBe(0);
    const json = testDeps({ today: '2019-12-31', db: await t.deps.dbPath() });
    await main(['report', '--from', '2019-11-14', '--to', '2019-11-14', '--json'], json.deps);
    expect(JSON.parse(json.stdout()).days[0]).toMatchObject({
      load: 211.6,
      loadEstimated: true,
      sessions: [{ type: 'sport', minutes: 52.9, rpe: null, avgHrBpm: 119, maxHrBpm: 173, load: 211.6, loadEstimated: true }],
    });

    const dir = tempDir();
    for (const table of ['days', 'sessions']) {
      const out = testDeps({ today: '2019-12-31', db: await t.deps.dbPath() });
      expect(await main(['export', '--table', table], out.deps)).toBe(0);
      writeFileSync(join(dir, `${table}.csv`), out.stdout());
    }
    const stored = listAllDays(await t.deps.db());
    for (const table of ['days', 'sessions']) {
      const copy = testDeps({ today: '2019-12-31' });
      expect(await main(['import', 'csv', join(dir, `${table}.csv`)], copy.deps)).toBe(0);
      expect(listAllDays(await copy.deps.db()).map((d) => [d.date, d.sessions])).toEqual(stored.map((d) => [d.date, d.sessions]));
      copy.deps.close();
    }
    t.deps.close();
  });
});

import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { listAllDays } from '../../src/storage/days.js';
import { fixture } from '../helpers/fixtures.js';
import { testDeps } from '../helpers/test-deps.js';

const restingHr = async (t: ReturnType<typeof testDeps>) =>
  listAllDays(await t.deps.db()).filter((d) => d.restingHrBpm !== null).map((d) => [d.date, d.restingHrBpm]);

describe('the time zone of an import', () => {
  // dst.xml: resting HR at "2024-03-31 00:30:00 +0200" (22:30 UTC on the 30th) and
  // "2024-04-01 00:30:00 +0200" (22:30 UTC on 31 March).
  it('is --tz, else the tz setting, else the computer zone', async () => {
    const machine = testDeps({ tz: 'UTC' });
    expect(await main(['import', 'apple-health', fixture('apple-health/dst.xml')], machine.deps)).toBe(0);
    expect(await restingHr(machine)).toEqual([['2024-03-30', 50], ['2024-03-31', 52]]);

    const set = testDeps({ tz: 'UTC' });
    expect(await main(['config', 'set', 'tz', 'europe/amsterdam'], set.deps)).toBe(0);
    expect(set.stderr()).toBe('tz set to Europe/Amsterdam.\n');
    expect(await main(['config', 'get', 'tz'], set.deps)).toBe(0);
    expect(set.stdout()).toBe('Europe/Amsterdam\n');
    expect(await main(['import', 'apple-health', fixture('apple-health/dst.xml')], set.deps)).toBe(0);
    expect(await restingHr(set)).toEqual([['2024-03-30', 50], ['2024-04-01', 52]]);

    const flag = testDeps({ tz: 'Europe/Amsterdam' });
    expect(await main(['import', 'apple-health', fixture('apple-health/dst.xml'), '--tz', 'America/New_York'], flag.deps)).toBe(0);
    expect(await restingHr(flag)).toEqual([['2024-03-30', 50], ['2024-03-31', 52]]);
  });

  it('refuses an unknown zone, as a flag or a setting', async () => {
    const t = testDeps();
    expect(await main(['import', 'apple-health', fixture('apple-health/dst.xml'), '--tz', 'Mars/Olympus'], t.deps)).toBe(2);
    expect(t.stderr()).toContain('error: --tz: unknown time zone "Mars/Olympus": use an IANA name such as Europe/Amsterdam or UTC\n');
    expect(await main(['config', 'set', 'tz', 'CEST+2'], t.deps)).toBe(2);
    expect(t.stderr()).toContain('error: --tz: unknown time zone "CEST+2"');
  });

  it('says in one line when --tz changes nothing for a source', async () => {
    const t = testDeps();
    expect(await main(['import', 'whoop', fixture('whoop'), '--tz', 'Europe/Oslo'], t.deps)).toBe(0);
    expect(t.stderr()).toMatch(/Updated 4 days\.\nnote: --tz Europe\/Oslo not used: WHOOP's times carry their own UTC offset \(Cycle timezone\)\n$/);
    const quiet = testDeps();
    expect(await main(['import', 'whoop', fixture('whoop')], quiet.deps)).toBe(0);
    expect(quiet.stderr()).not.toContain('--tz');
  });

  it('moves a session to its date in the new zone when a source is imported again in another, and counts it once', async () => {
    const sessions = async (t: ReturnType<typeof testDeps>) =>
      listAllDays(await t.deps.db()).flatMap((d) => d.sessions.map((s) => [d.date, s.externalId, d.trainingLogged]));
    // srpe.csv: a run ending 2019-11-05T22:51Z and soccer ending 2019-11-14T21:00Z, each a day later in Tokyo.
    const again = testDeps();
    expect(await main(['import', 'pmsys', fixture('pmsys'), '--tz', 'UTC'], again.deps)).toBe(0);
    expect((await sessions(again))[0]).toEqual(['2019-11-05', '2019-11-05T22:51:54.710Z', true]);
    expect(await main(['import', 'pmsys', fixture('pmsys'), '--tz', 'Asia/Tokyo'], again.deps)).toBe(0);
    expect(again.stderr()).toContain('srpe.csv: 4 days touched, 0 fields filled, 2 sessions added, 2 sessions moved to another date (imported before in another time zone)');
    const fresh = testDeps();
    expect(await main(['import', 'pmsys', fixture('pmsys'), '--tz', 'Asia/Tokyo'], fresh.deps)).toBe(0);
    expect(await sessions(again)).toEqual(await sessions(fresh));
    expect((await sessions(fresh))[0]).toEqual(['2019-11-06', '2019-11-05T22:51:54.710Z', true]);
    // The day it left, with nothing else on it, is gone, as in the fresh import.
    for (const t of [again, fresh]) expect(listAllDays(await t.deps.db()).find((d) => d.date === '2019-11-05')).toBeUndefined();
    // Values have no id: the ones the old zone put on another date than the new one are taken off it,
    // so every day is as a fresh import in the new zone makes it.
    expect(again.stderr()).toMatch(/wellness\.csv: .*\d+ values it stored before taken off \(no longer on that date in the export/);
    const days = async (t: ReturnType<typeof testDeps>) => listAllDays(await t.deps.db()).map(({ sessions, ...values }) => [values, sessions.length]);
    expect(await days(again)).toEqual(await days(fresh));
    const third = testDeps({ db: await again.deps.dbPath() });
    expect(await main(['import', 'pmsys', fixture('pmsys'), '--tz', 'Asia/Tokyo'], third.deps)).toBe(0);
    expect(third.stderr()).toContain('Nothing new');
  });

  describe('a session moving to another date', () => {
    const RUN = '2019-11-05T22:51:54.710Z';
    const datesOf = async (t: ReturnType<typeof testDeps>, id: string) =>
      listAllDays(await t.deps.db()).filter((d) => d.sessions.some((s) => s.externalId === id)).map((d) => d.date);
    const utc = async () => {
      const t = testDeps();
      expect(await main(['import', 'pmsys', fixture('pmsys'), '--tz', 'UTC'], t.deps)).toBe(0);
      return t;
    };

    it('leaves its old date even when that is outside --from and --to, since it moved into them', async () => {
      const t = await utc();
      expect(await main(['import', 'pmsys', fixture('pmsys'), '--tz', 'Asia/Tokyo', '--from', '2019-11-06', '--to', '2019-11-30'], t.deps)).toBe(0);
      expect(await datesOf(t, RUN)).toEqual(['2019-11-06']);
    });

    it('stays where it is when its new date keeps it out (training logged by hand there)', async () => {
      const t = await utc();
      expect(await main(['log', '--date', '2019-11-06', '--sleep', '7', '--session', 'strength:30:5', '--yes'], t.deps)).toBe(0);
      expect(await main(['import', 'pmsys', fixture('pmsys'), '--tz', 'Asia/Tokyo'], t.deps)).toBe(0);
      expect(await datesOf(t, RUN)).toEqual(['2019-11-05']);
      expect(t.stderr()).toContain('1 session moved to another date');
    });

    it('is listed by a dry run and counted in --json', async () => {
      const t = await utc();
      const dry = testDeps({ db: await t.deps.dbPath() });
      expect(await main(['import', 'pmsys', fixture('pmsys'), '--tz', 'Asia/Tokyo', '--dry-run', '--format', 'tsv'], dry.deps)).toBe(0);
      expect(dry.stdout()).toContain('2019-11-05\tsession\tmove\tcardio:30:7\tpmsys\t\t\n');
      const json = testDeps({ db: await t.deps.dbPath() });
      expect(await main(['import', 'pmsys', fixture('pmsys'), '--tz', 'Asia/Tokyo', '--json'], json.deps)).toBe(0);
      const srpe = JSON.parse(json.stdout()).files.find((f: { file: string }) => f.file.endsWith('srpe.csv'));
      expect(srpe).toMatchObject({ sessionsAdded: 2, sessionsMoved: 2 });
      expect(await datesOf(json, RUN)).toEqual(['2019-11-06']);
    });
  });
});

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
});

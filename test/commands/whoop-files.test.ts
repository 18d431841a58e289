import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Day } from '../../src/core/types.js';
import { listAllDays } from '../../src/storage/days.js';
import { fixture } from '../helpers/fixtures.js';
import { testDeps } from '../helpers/test-deps.js';

const cycles = fixture('whoop-contradictory/physiological_cycles.csv');
const sleeps = fixture('whoop-contradictory/sleeps.csv');

describe('importing files that disagree', () => {
  it('stores sleeps.csv over the cycles whatever the order, and a second import reports nothing new', async () => {
    const stored: Day[][] = [];
    for (const paths of [[cycles, sleeps], [sleeps, cycles]]) {
      const t = testDeps();
      expect(await main(['import', 'whoop', ...paths], t.deps)).toBe(0);
      expect(await main(['import', 'whoop', ...paths.reverse()], t.deps)).toBe(0);
      expect(t.stderr()).toMatch(/Updated 3 days\.\n[^]*Nothing new: every value from .* is already stored\.\n$/);
      const days = listAllDays(await t.deps.db());
      expect(days.map((d) => [d.date, d.sleepHours, d.napH])).toEqual([
        ['2024-04-02', 6.33, null],
        ['2024-04-03', 4.25, null],
        ['2024-04-04', 7.5, null],
      ]);
      stored.push(days);
      t.deps.close();
    }
    expect(stored[0]).toEqual(stored[1]);
  });
});

import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { listPlan } from '../../src/storage/plan.js';
import { testDeps } from '../helpers/test-deps.js';

describe('recover plan, prompting', () => {
  it('offers rest days spread over next week and saves the ticked ones', async () => {
    const t = testDeps({ tty: true, today: '2026-11-26', answers: [undefined] });
    expect(await main(['plan'], t.deps)).toBe(0);
    expect(t.asked).toEqual(['Which days are rest days? (space to tick, Enter to confirm)']);
    const plan = listPlan(await t.deps.db(), { from: '2026-11-30', to: '2026-12-06' });
    expect(plan.filter((p) => p.rest).map((p) => p.date)).toEqual(['2026-12-02', '2026-12-06']);
    expect(t.stderr()).toContain('Planning 2026-W49 (2026-11-30 to 2026-12-06); your target is 2 rest days.');
    expect(t.stdout()).toContain('The plan looks balanced.');
  });

  it('saves the days the user ticks, and warns when they are too few', async () => {
    const t = testDeps({ tty: true, today: '2026-11-26', answers: [['2026-12-06']], columns: 120 });
    expect(await main(['plan'], t.deps)).toBe(0);
    expect(t.stdout()).toContain('Plan has too few rest days: 1 rest day planned in 2026-W49 (Sun 12-06), target 2');
  });
});

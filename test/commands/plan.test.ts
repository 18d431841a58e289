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

describe('recover plan with a week or day named, in a terminal', () => {
  const planned = async () => {
    const t = testDeps({ tty: true, today: '2026-11-26', columns: 120 });
    expect(await main(['plan', '--week', '2026-W49', '--rest', 'mon,thu'], t.deps)).toBe(0);
    return t.deps.dbPath();
  };

  it.each([
    [['plan', '--week', '2026-W49'], '2026-W49'],
    [['plan', '--week', '2026-W40'], '2026-W40'],
    [['plan', '--date', '2026-12-03'], '2026-W49'],
    [['plan', '--week', '2026-W49', '--format', 'table'], '2026-W49'],
  ])('%j shows the week without asking', async (args, week) => {
    const t = testDeps({ tty: true, today: '2026-11-26', db: await planned(), columns: 120 });
    expect(await main(args, t.deps)).toBe(0);
    expect(t.asked).toEqual([]);
    expect(t.stderr()).toBe('');
    expect(t.stdout()).toContain(week);
  });

  it('--date alone leaves a planned rest day as it was', async () => {
    const t = testDeps({ tty: true, today: '2026-11-26', db: await planned() });
    expect(await main(['plan', '--date', '2026-12-03'], t.deps)).toBe(0);
    const plan = listPlan(await t.deps.db(), { from: '2026-11-30', to: '2026-12-06' });
    expect(plan.filter((p) => p.rest).map((p) => p.date)).toEqual(['2026-11-30', '2026-12-03']);
  });
});

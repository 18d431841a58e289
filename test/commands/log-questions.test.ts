import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { dayArgument } from '../../src/commands/log.js';
import { getDay } from '../../src/storage/days.js';
import { fixture } from '../helpers/fixtures.js';
import { testDeps } from '../helpers/test-deps.js';

const ENTER = undefined;
/** The first run's one-off questions: sport, level, and no extras ticked. */
const FIRST_RUN = ['strength', 'intermediate', []];

describe('a lighter evening log', () => {
  it('counts the questions: 10 on a training day (one hard session), 8 on a rest day, after the first-run profile', async () => {
    const training = testDeps({
      tty: true,
      answers: [...FIRST_RUN, '7.5', '4', 'strength', '60 8', true, '150', '2', '4', '3', 'no', true],
    });
    expect(await main(['log', '--date', '2026-11-24'], training.deps)).toBe(0);
    const asked = training.asked.slice(3, -1); // without the first-run questions and the final "Save?"
    expect(asked).toEqual([
      'Sleep (h) [hours slept last night, e.g. 7.5 or 7:30]',
      'Sleep quality [1 poor - 5 great; Enter to skip]',
      'Training today? (a walk or mobility counts as active recovery)',
      'Minutes and effort, e.g. 60 7 (effort is session RPE: 0 rest, 3 moderate, 5 hard, 7 very hard, 10 maximal; end with + for another session)',
      'Did you eat a balanced meal (protein and carbs) within 2 h after training?',
      'Protein (g) [grams of protein eaten today; Enter to skip]',
      'Fatigue [1 fresh - 5 exhausted; Enter to skip]',
      'Motivation [1 none - 5 eager to train; Enter to skip]',
      'Muscle soreness [1 none - 5 very sore; Enter to skip]',
      'Ill or injured today?',
    ]);
    expect(asked.length).toBeLessThanOrEqual(10);
    expect(asked.some((q) => /^(Carb|Water|Stress|Resting|HRV|Note)|awake/i.test(q))).toBe(false);
    expect(getDay(await training.deps.db(), '2026-11-24')).toMatchObject({ sleepHours: 7.5, proteinG: 150, fatigue: 2, carbsG: null, note: null });

    const rest = testDeps({ tty: true, db: await training.deps.dbPath(), answers: ['8', '4', 'rest', '140', '2', '4', '2', 'no', true] });
    expect(await main(['log', '--date', '2026-11-25'], rest.deps)).toBe(0);
    expect(rest.asked.slice(0, -1)).toHaveLength(8);
    expect(rest.asked.slice(0, -1).length).toBeLessThan(asked.length);
    expect(getDay(await rest.deps.db(), '2026-11-25')).toMatchObject({ sessions: [], trainingLogged: true, sleepHours: 8 });
  });

  it('does not ask again what an import already gave that day', async () => {
    const t = testDeps({ tty: true, today: '2024-03-05' });
    for (const setting of [['sport', 'strength'], ['level', 'intermediate'], ['track', 'rhr-hrv,bedtime']]) {
      expect(await main(['config', 'set', ...setting], t.deps)).toBe(0);
    }
    // Oura gives 2024-03-01 its sleep, resting HR, HRV, bed and wake times.
    expect(await main(['import', 'oura', fixture('oura/oura_trends.csv')], t.deps)).toBe(0);
    const log = testDeps({ tty: true, today: '2024-03-05', db: await t.deps.dbPath(), answers: ['4', 'rest', '140', '2', '4', '2', 'no', true] });
    expect(await main(["log", "--date", "2024-03-01"], log.deps), `${log.asked.join(" / ")}: ${log.stderr()}`).toBe(0);
    expect(log.asked.some((q) => /^(Sleep \(h\)|Resting heart rate|HRV|Bedtime|Wake time)/.test(q))).toBe(false);
    expect(log.asked[0]).toMatch(/^Sleep quality/);
    expect(getDay(await log.deps.db(), '2024-03-01')).toMatchObject({ sleepHours: 7.43, restingHrBpm: 47, hrvMs: 61, bedtimeMin: 1392, sleepQuality: 4, proteinG: 140 });
  });

  it("takes the plan as the default: a planned rest day pre-fills rest; never yesterday's resting HR", async () => {
    const t = testDeps({ tty: true, today: '2026-11-26' });
    expect(await main(['config', 'set', 'track', 'rhr-hrv'], t.deps)).toBe(0);
    expect(await main(['log', '--date', '2026-11-25', '--sleep', '8', '--rest', '--rhr', '50', '--yes'], t.deps)).toBe(0);
    expect(await main(['plan', '--week', '2026-W48', '--rest', 'thu,sun'], t.deps)).toBe(0);
    // Every answer Enter: sleep, quality, fatigue and the rest take yesterday's; training takes the plan.
    const enter = testDeps({ tty: true, today: '2026-11-26', db: await t.deps.dbPath(), answers: Array(20).fill(ENTER) });
    expect(await main(['log', '--date', '2026-11-26'], enter.deps)).toBe(0);
    const saved = getDay(await enter.deps.db(), '2026-11-26');
    expect(saved).toMatchObject({ sessions: [], trainingLogged: true, restingHrBpm: null });
    expect(enter.asked).toContain('Training today? (a walk or mobility counts as active recovery)');
  });

  it("suggests a session's minutes and effort from the plan or the last one of its type, and on a first day nothing", async () => {
    const first = testDeps({ tty: true, answers: [...FIRST_RUN, '7.5', '4', 'strength', ENTER] });
    // Enter with nothing suggested is refused (the test prompter stops there; a terminal asks again).
    expect(await main(['log', '--date', '2026-11-24'], first.deps)).not.toBe(0);
    expect(first.asked.at(-1)).toMatch(/^Minutes and effort/);
    expect(getDay(await first.deps.db(), '2026-11-24')).toBeNull();
    const t = testDeps({ tty: true });
    expect(await main(['log', '--date', '2026-11-24', '--sleep', '7', '--session', 'strength:45:6', '--session', 'cardio:30:4', '--yes'], t.deps)).toBe(0);
    const again = testDeps({ tty: true, db: await t.deps.dbPath(), answers: [...FIRST_RUN, '8', ENTER, 'strength', ENTER, true, ...Array(8).fill(ENTER)] });
    expect(await main(['log', '--date', '2026-11-25'], again.deps)).toBe(0);
    expect(getDay(await again.deps.db(), '2026-11-25')?.sessions).toMatchObject([{ type: 'strength', minutes: 45, rpe: 6 }]);
  });

  it('reads --date yesterday and weekday names, and asks after midnight whether the log is for the day before', async () => {
    expect(dayArgument('yesterday', '2026-11-26')).toBe('2026-11-25');
    expect(dayArgument('today', '2026-11-26')).toBe('2026-11-26');
    expect(dayArgument('mon', '2026-11-26')).toBe('2026-11-23'); // 2026-11-26 is a Thursday
    expect(dayArgument('Thursday', '2026-11-26')).toBe('2026-11-26');
    expect(() => dayArgument('someday', '2026-11-26')).toThrow('--date must be a date as YYYY-MM-DD');
    const t = testDeps({ tty: true, now: '2026-11-27T01:30:00', answers: [...FIRST_RUN, true, '7', '3', 'rest', '100', '3', '3', '3', 'no', true] });
    expect(await main(['log'], t.deps)).toBe(0);
    expect(t.asked[3]).toBe('It is after midnight: is this log for Thu 2026-11-26?');
    expect(getDay(await t.deps.db(), '2026-11-26')).toMatchObject({ sleepHours: 7 });
    expect(getDay(await t.deps.db(), '2026-11-27')).toBeNull();
  });
});

describe('several sessions in the one answer', () => {
  it('asks for the next session only after "+"', async () => {
    const t = testDeps({ tty: true, answers: [...FIRST_RUN, '7', '3', 'strength', '60 8 +', 'mobility', '20 2', true, '150', '2', '4', '3', 'no', true] });
    expect(await main(['log', '--date', '2026-11-24'], t.deps)).toBe(0);
    expect(t.asked).toContain('Next session: what kind?');
    expect(getDay(await t.deps.db(), '2026-11-24')?.sessions).toEqual([
      { type: 'strength', minutes: 60, rpe: 8 },
      { type: 'mobility', minutes: 20, rpe: 2 },
    ]);
    // A refused answer names the "+" too.
    const bad = testDeps({ tty: true, db: await t.deps.dbPath(), answers: ['7', '3', 'strength', '60 8 9'] });
    expect(await main(['log', '--date', '2026-11-25'], bad.deps)).toBe(1);
    expect(bad.stderr()).toContain('give minutes and effort, e.g. 60 7, or 60 7 + for another session; got "60 8 9"');
  });
});

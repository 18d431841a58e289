import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { getDay } from '../../src/storage/days.js';
import { day, strength } from '../helpers/days.js';
import { testDeps } from '../helpers/test-deps.js';

const DATE = '2026-11-24';
const ENTER = undefined;

/** Every optional item ticked on the first run: the log asks all of them. */
const ALL_EXTRAS = ['carbs', 'water', 'stress', 'rhr-hrv', 'performance', 'wakings', 'note'];

const firstLog = [
  'strength', 'intermediate', ALL_EXTRAS, // the training profile and the extras, asked once
  '7.5', '4', ENTER, // sleep, quality, awakenings skipped
  'strength', '60 8 +', 'mobility', '20 2', // two sessions: what, then minutes and effort ("+" for another)
  '4', true, // performance, meal within 2 h
  '150', ENTER, '2.5', // protein, carbs skipped, water
  '2', '4', '3', '2', // fatigue, motivation, soreness, stress
  ENTER, ENTER, ENTER, 'good day', // RHR, HRV skipped, not ill or injured (the default); note
  true, // save
];

describe('recover log, prompting', () => {
  it('asks the day in one pass and saves what was answered', async () => {
    const t = testDeps({ tty: true, answers: firstLog });
    expect(await main(['log', '--date', DATE], t.deps)).toBe(0);
    const saved = getDay(await t.deps.db(), DATE);
    expect(saved).toEqual(
      day(DATE, {
        sleepHours: 7.5, sleepQuality: 4, proteinG: 150, waterL: 2.5, performance: 4, mealWithin2h: true,
        fatigue: 2, motivation: 4, soreness: 3, stress: 2, note: 'good day', sick: false,
        sessions: [strength(60, 8), { type: 'mobility', minutes: 20, rpe: 2 }],
      }),
    );
    // At 80 columns the start line and the summary wrap at words, a long value back under its column.
    expect(t.stderr()).toContain('Logging Tue 2026-11-24. Enter takes the suggested answer; Ctrl-C quits without\nsaving.\n');
    expect(t.stderr()).toContain(
      '  Training   strength 60 min, RPE 8 (load 480); mobility 20 min, RPE 2\n             (load 40), total load 520\n',
    );
    expect(t.stderr()).toContain('Saved Tue 2026-11-24.');
    expect(t.asked.slice(0, 2)).toEqual([
      'What kind of training do you do? (sets your rest-day target; "recover config" changes it)',
      'At what level?',
    ]);
    expect(t.stderr()).toContain('Rest-day target: 2 days a week.');
    expect(await main(['config', 'get', 'sport'], t.deps)).toBe(0);
    expect(t.stdout()).toBe('strength\n');
  });

  it('wraps what it says at words to a narrow terminal, a bracket kept whole', async () => {
    const t = testDeps({ tty: true, answers: firstLog, columns: 60 });
    expect(await main(['log', '--date', DATE], t.deps)).toBe(0);
    expect(t.stderr()).toContain('\nSessions: strength 60 min, RPE 8 (load 480); mobility\n20 min, RPE 2 (load 40)\n');
    expect(t.stderr()).toContain('\n  Training   strength 60 min, RPE 8 (load 480); mobility\n             20 min, RPE 2 (load 40), total load 520\n');
    expect(t.stderr().split('\n').filter((line) => line.length > 60)).toEqual([]);
  });

  it('records an illness and an injury from one question', async () => {
    const answers = [...firstLog.slice(0, -3), 'both', 'left calf, mild', 'flu', true];
    const t = testDeps({ tty: true, answers });
    expect(await main(['log', '--date', DATE], t.deps)).toBe(0);
    expect(getDay(await t.deps.db(), DATE)).toMatchObject({ sick: true, injury: 'left calf, mild', note: 'flu' });
    expect(t.asked).toContain('Ill or injured today?');
    expect(t.stderr()).toContain('Ill        yes');
  });

  it("edits a day: every default is that day's value, Enter keeps them all", async () => {
    const t = testDeps({ tty: true, answers: firstLog });
    await main(['log', '--date', DATE], t.deps);
    const before = getDay(await t.deps.db(), DATE);
    const answers = [ENTER, ENTER, ENTER, 'keep', ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, true];
    const again = testDeps({ tty: true, answers, db: await t.deps.dbPath() });
    expect(await main(['log', '--date', DATE], again.deps)).toBe(0);
    expect(getDay(await t.deps.db(), DATE)).toEqual(before);
    expect(again.asked).not.toContain('At what level?');
    expect(again.asked[3]).toBe('Training: strength 60 min, RPE 8 (load 480); mobility 20 min, RPE 2 (load 40)');
    expect(again.stderr()).toContain('Updated Tue 2026-11-24.');
  });

  it('says nothing changed when the flags hold what is stored, and writes nothing', async () => {
    const t = testDeps();
    expect(await main(['log', '--date', DATE, '--sleep', '7', '--rest', '--yes'], t.deps)).toBe(0);
    const before = getDay(await t.deps.db(), DATE);
    const again = testDeps({ db: await t.deps.dbPath(), now: '2026-11-26T21:00:00' });
    expect(await main(['log', '--date', DATE, '--sleep', '7', '--json'], again.deps)).toBe(0);
    expect(again.stderr()).toBe('Nothing changed: Tue 2026-11-24 already holds these values.\n');
    expect(JSON.parse(again.stdout())).toMatchObject({ date: DATE, action: 'unchanged' });
    expect(getDay(await t.deps.db(), DATE)).toEqual(before);
    const changed = testDeps({ db: await t.deps.dbPath() });
    expect(await main(['log', '--date', DATE, '--sleep', '7.5', '--yes'], changed.deps)).toBe(0);
    expect(changed.stderr()).toBe('Updated Tue 2026-11-24.\n');
  });

  it('skips the training questions on a rest day and takes flags as defaults', async () => {
    const answers = [ENTER, ENTER, ALL_EXTRAS, ENTER, ENTER, ENTER, 'rest', ENTER, ENTER, ENTER, '3', '3', '2', '2', ENTER, ENTER, 'no', ENTER, true];
    const t = testDeps({ tty: true, answers });
    expect(await main(['log', '--date', DATE, '--sleep', '8.5', '--sleep-quality', '5', '--protein', '120'], t.deps)).toBe(0);
    expect(t.asked.some((q) => q.startsWith('Performance'))).toBe(false);
    expect(t.asked.some((q) => q.includes('meal'))).toBe(false);
    const saved = getDay(await t.deps.db(), DATE);
    expect(saved).toMatchObject({ sleepHours: 8.5, sleepQuality: 5, proteinG: 120, sessions: [], trainingLogged: true, fatigue: 3 });
  });

  it("offers yesterday's values for a new day, but not yesterday's training or note", async () => {
    const t = testDeps({ tty: true, answers: firstLog });
    await main(['log', '--date', DATE], t.deps);
    const next = testDeps({
      tty: true,
      answers: [ENTER, ENTER, ENTER, 'rest', ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, true],
      db: await t.deps.dbPath(),
    });
    expect(await main(['log', '--date', '2026-11-25'], next.deps)).toBe(0);
    expect(getDay(await t.deps.db(), '2026-11-25')).toEqual(
      day('2026-11-25', { sleepHours: 7.5, sleepQuality: 4, proteinG: 150, waterL: 2.5, fatigue: 2, motivation: 4, soreness: 3, stress: 2, sick: false, sessions: [] }),
    );
  });

  it('saves nothing when the user says no at the end', async () => {
    const t = testDeps({ tty: true, answers: [...firstLog.slice(0, -1), false] });
    expect(await main(['log', '--date', DATE], t.deps)).toBe(0);
    expect(getDay(await t.deps.db(), DATE)).toBeNull();
    expect(t.stderr()).toContain('Not saved.');
  });

  it('keeps no trace of the first-run profile and extras when Ctrl-C stops the questions', async () => {
    const t = testDeps({ tty: true, answers: firstLog.slice(0, 3) });
    const prompter = await t.deps.prompter();
    // Ctrl-C at the sleep question, after the profile and the extras were answered.
    const ctrlC = Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
    t.deps.prompter = async () => ({ ...prompter, input: async () => Promise.reject(ctrlC) });
    expect(await main(['log', '--date', DATE], t.deps)).toBe(130);
    expect(t.stderr()).toContain('Rest-day target: 2 days a week.');
    expect(t.stderr()).toContain('Cancelled: nothing was saved.');
    expect(await main(['config', 'list', '--json'], t.deps)).toBe(0);
    expect(JSON.parse(t.stdout()).settings).toMatchObject({ sport: null, level: null, track: null });
  });
});

describe('recover log, flags only', () => {
  it('merges flags into the stored day, so a later flag edits one value', async () => {
    const t = testDeps();
    expect(await main(['log', '--date', DATE, '--sleep', '7', '--rest', '--fatigue', '3'], t.deps)).toBe(0);
    expect(await main(['log', '--date', DATE, '--protein', '130', '--fatigue', ''], t.deps)).toBe(0);
    expect(getDay(await t.deps.db(), DATE)).toEqual(day(DATE, { sleepHours: 7, proteinG: 130, sessions: [] }));
  });

  it('names what is missing for a new day and stores nothing', async () => {
    const t = testDeps();
    expect(await main(['log', '--date', DATE, '--protein', '130'], t.deps)).toBe(2);
    expect(t.stderr()).toBe(
      'error: not enough to log 2026-11-24 without questions: missing --sleep, --session or --rest (run in a terminal to be asked)\nRun "recover log --help" for usage.\n',
    );
    expect(existsSync(await t.deps.dbPath())).toBe(false);
  });

  it('marks an illness with --sick, and clears it with --sick no', async () => {
    const t = testDeps();
    expect(await main(['log', '--date', DATE, '--sleep', '9', '--rest', '--sick'], t.deps)).toBe(0);
    expect(getDay(await t.deps.db(), DATE)?.sick).toBe(true);
    expect(await main(['log', '--date', DATE, '--sick', 'no'], t.deps)).toBe(0);
    expect(getDay(await t.deps.db(), DATE)?.sick).toBe(false);
    expect(await main(['log', '--date', DATE, '--sick', 'maybe'], t.deps)).toBe(2);
    expect(t.stderr()).toContain('--sick must be yes or no, got "maybe"');
  });

  it('refuses a future date and --rest with a training session', async () => {
    const t = testDeps({ today: '2026-11-26' });
    expect(await main(['log', '--date', '2026-11-27', '--sleep', '7', '--rest'], t.deps)).toBe(2);
    expect(t.stderr()).toContain('2026-11-27 is in the future');
    expect(await main(['log', '--sleep', '7', '--rest', '--session', 'strength:60:8'], t.deps)).toBe(2);
    expect(t.stderr()).toContain('--rest cannot go with a training session');
  });
});

describe('recover log on an imported day', () => {
  it('asks for the RPE of imported sessions that lack one, turning them into load', async () => {
    const t = testDeps({ tty: true });
    const db = await t.deps.db({ create: true });
    const { saveDays } = await import('../../src/storage/days.js');
    saveDays(db, [day(DATE, { sleepHours: 7, sessions: [{ type: 'cardio', minutes: 40, rpe: null, source: 'whoop', externalId: 'w1' }] })]);
    t.deps.close();
    const answers = ['team', 'advanced', ENTER, ENTER, ENTER, 'keep', '6', ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, true];
    const edit = testDeps({ tty: true, answers, db: await t.deps.dbPath() });
    expect(await main(['log', '--date', DATE], edit.deps)).toBe(0);
    expect(edit.asked[6]).toBe('Session RPE for cardio 40 min, no RPE from whoop (0 rest, 3 moderate, 5 hard, 7 very hard, 10 maximal) [Enter to skip]');
    expect(getDay(await edit.deps.db(), DATE)?.sessions).toEqual([{ type: 'cardio', minutes: 40, rpe: 6, source: 'whoop', externalId: 'w1' }]);
  });
});

describe('an interactive log whose day changed meanwhile', () => {
  it('puts only the answers that changed something onto the day as stored now', async () => {
    const { mergeAnswers } = await import('../../src/commands/log.js');
    const before = day(DATE, { sleepHours: 7, proteinG: 120, sessions: [] });
    const answered = { ...before, proteinG: 150, fatigue: 2 };
    const storedNow = { ...before, waterL: 2.5, note: 'from another terminal' };
    expect(mergeAnswers(storedNow, before, answered)).toEqual({ ...storedNow, proteinG: 150, fatigue: 2 });
    const trained = { ...answered, sessions: [strength(60, 8)] };
    expect(mergeAnswers(storedNow, before, trained).sessions).toEqual([strength(60, 8)]);
  });
});

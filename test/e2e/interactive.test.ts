import { describe, expect, it } from 'vitest';
import { runCli, tempDb } from '../helpers/run-cli.js';
import { ANSI, Terminal } from '../helpers/terminal.js';

const ENTER = '\r';

describe('recover log in a terminal', () => {
  it('asks, re-asks a bad answer, shows the summary and saves on yes', async () => {
    const db = tempDb();
    const t = new Terminal(['log', '--date', '2026-11-24'], db);
    await t.answer('What kind of training do you do?', `\x1b[B\x1b[B${ENTER}`); // two down: team sport
    await t.answer('At what level?', ENTER);
    await t.waitFor('Rest-day target: 1 day a week.');
    await t.answer('Which extras do you want to log', `a${ENTER}`); // all of them
    await t.answer('Sleep (h)', `30${ENTER}`);
    await t.answer('sleep must be a number from 0 to 24, got "30"', `\x7f\x7f7.5${ENTER}`);
    await t.answer('Sleep quality', `4${ENTER}`);
    await t.answer('Awakenings', ENTER);
    await t.answer('Training today?', ENTER); // the suggestion: strength
    await t.answer('Minutes and effort', `45 7${ENTER}`);
    await t.answer('Performance', `4${ENTER}`);
    await t.answer('balanced meal', ENTER);
    await t.answer('Protein (g)', `140${ENTER}`);
    await t.answer('Carbohydrates (g)', ENTER);
    await t.answer('Water (l)', ENTER);
    await t.answer('Fatigue', `2${ENTER}`);
    await t.answer('Motivation', `4${ENTER}`);
    await t.answer('Muscle soreness', ENTER);
    await t.answer('Stress', ENTER);
    await t.answer('Resting heart rate', ENTER);
    await t.answer('HRV', ENTER);
    await t.answer('Ill or injured today?', ENTER);
    await t.answer('Note', `slept well${ENTER}`);
    await t.answer('Bedtime (HH:MM)', `23:10${ENTER}`);
    await t.answer('Wake time (HH:MM)', `06:50${ENTER}`);
    await t.answer('Fat (g)', ENTER);
    await t.answer('Fruit and vegetables', `4${ENTER}`);
    await t.answer('Other tags', `sauna${ENTER}`);
    await t.waitFor('Training   strength 45 min, RPE 7 (load 315), total load 315');
    await t.answer('Save this day?', `y${ENTER}`);
    expect(await t.exited).toBe(0);
    expect(t.output).toContain('Saved Tue 2026-11-24.');
    const [day] = JSON.parse(runCli(['export', '--json'], { db }).stdout);
    expect(day).toMatchObject({
      date: '2026-11-24', sleepHours: 7.5, sleepQuality: 4, awakenings: null, proteinG: 140, performance: 4,
      mealWithin2h: true, fatigue: 2, motivation: 4, note: 'slept well', sick: false, injury: null,
      bedtimeMin: 23 * 60 + 10, wakeMin: 6 * 60 + 50, fatG: null, fruitVegServings: 4, tags: 'sauna',
      sessions: [{ type: 'strength', minutes: 45, rpe: 7 }],
    });
  });

  it('saves nothing when Ctrl-C interrupts it', async () => {
    const db = tempDb();
    runCli(['log', '--date', '2026-11-23', '--sleep', '8', '--rest'], { db });
    runCli(['config', 'set', 'rest-days', '2'], { db });
    const t = new Terminal(['log', '--date', '2026-11-23'], db);
    await t.answer('Sleep (h)', `5${ENTER}`);
    await t.answer('Sleep quality', '\x03');
    expect(await t.exited).toBe(130);
    expect(t.output).toContain('Cancelled: nothing was saved.');
    expect(t.output).not.toMatch(/^\s+at /m);
    expect(JSON.parse(runCli(['export', '--json'], { db }).stdout)[0].sleepHours).toBe(8);
  });
});

describe('recover report in a terminal', () => {
  it.each([80, 120])('fits a %i-column terminal, the headline first', async (cols) => {
    const db = tempDb();
    for (const [date, sleep, fatigue] of [['2026-11-20', '6', '4'], ['2026-11-21', '5.5', '5'], ['2026-11-22', '6', '4']]) {
      runCli(['log', '--date', date ?? '', '--sleep', sleep ?? '', '--session', 'strength:75:8', '--session', 'active-recovery:30:2', '--fatigue', fatigue ?? '', '--motivation', '2', '--soreness', '4', '--protein', '90', '--rhr', '55'], { db });
    }
    for (const args of [['report', '--date', '2026-11-22'], ['report', '--month', '--date', '2026-11-22'], ['status', '--date', '2026-11-22']]) {
      const t = new Terminal(args, db, { TERM: 'xterm-256color' }, cols);
      expect(await t.exited).toBe(0);
      // From the raw stream: an escape sequence can be split between two chunks of output.
      const lines = t.raw.replace(ANSI, '').replace(/\r/g, '').split('\n');
      expect(lines.filter((l) => [...l].length > cols)).toEqual([]);
      expect(t.raw).toMatch(/\u001b\[3\dm/); // colour on a terminal
      if (args[0] === 'report') {
        expect(lines[0]).toMatch(/^\[(WARNING|ALERT)\] /);
        expect(t.output).toContain('5.5↓');
      } else expect(lines[0]).toMatch(/^Readiness for Sun 2026-11-22: (AMBER|RED) → /);
    }
  });


  it('marks values in colour, unless NO_COLOR is set', async () => {
    const db = tempDb();
    runCli(['log', '--date', '2026-11-23', '--sleep', '6', '--rest', '--fatigue', '5'], { db });
    const coloured = new Terminal(['report', '--date', '2026-11-23'], db, { TERM: 'xterm-256color' });
    expect(await coloured.exited).toBe(0);
    expect(coloured.raw).toMatch(/\u001b\[31m6↓\u001b\[39m/); // a short night in red, with its arrow
    const plain = new Terminal(['report', '--date', '2026-11-23'], db, { TERM: 'xterm-256color', NO_COLOR: '1' });
    expect(await plain.exited).toBe(0);
    expect(plain.raw).toContain('6↓'); // the arrow keeps the meaning without colour
    expect(plain.raw).not.toMatch(/\u001b\[3\dm/);
  });
});

import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/dates.js';
import { isIll } from '../../../src/core/day-status.js';
import { assessReadiness, verdictOf, type Readiness, type Reason } from '../../../src/core/readiness.js';
import { readinessJson } from '../../../src/render/messages/verdict.js';
import type { Day } from '../../../src/core/types.js';
import { day, settings, strength, walk } from '../../helpers/days.js';

const TODAY = '2026-11-26';
const calm = (i: number): Partial<Day> => ({
  sleepHours: 8, sleepQuality: 4, proteinG: 150, fatigue: 2, motivation: 4, soreness: 2,
  // Varied load (60, 360, 160 AU) keeps monotony low, as in a sensible week.
  sessions: i % 3 === 0 ? [walk(30, 2)] : i % 3 === 1 ? [strength(60, 6)] : [{ type: 'cardio', minutes: 40, rpe: 4 }],
  performance: 4, mealWithin2h: true,
});
/** `n` days ending today, each from `make`, the last `recent` days overridden by `today`. */
const history = (n: number, today: Partial<Day> = {}, make = calm, recent = 1): Day[] =>
  Array.from({ length: n }, (_, i) => day(addDays(TODAY, -(n - 1 - i)), { ...make(i), ...(i >= n - recent ? today : {}) }));
const codes = (reasons: readonly Reason[]) => reasons.map((r) => r.code);
/** The core gives codes and numbers; the words come from the render catalogue (as --json shows them), checked alongside. */
const words = (r: Readiness) => readinessJson(r) as { action: string; advice: string[]; missing: string[]; reasons: Array<{ text: string; rule: string }> };

describe('assessReadiness', () => {
  it('says it lacks data rather than guessing', () => {
    const r = assessReadiness(history(2), TODAY, settings());
    expect(r.verdict).toBe('unknown');
    expect(r.advice[0]).toEqual({ code: 'log-first', numbers: { logged: 2 } });
    expect(words(r).advice[0]).toBe('Log a few days first: 2 of the last 7 have an entry.');
    expect((readinessJson(assessReadiness(history(1), TODAY, settings())) as { advice: string[] }).advice[0]).toBe('Log a few days first: 1 of the last 7 has an entry.');
    expect(words(r).missing).toContain(
      'load ratio (ACWR) not shown: training known on 2 of the last 7 days (5 needed) and 2 of the last 28 (21 needed); log --session or --rest on the others',
    );
  });

  it('says rest on a day marked ill or badly hurt even without a week of logs, and nothing weaker', () => {
    const ill = assessReadiness([day(TODAY, { sick: true, sleepHours: 5 })], TODAY, settings());
    expect([ill.verdict, ill.actionCode, codes(ill.reasons)]).toEqual(['red', 'ill', ['illness']]);
    expect(words(ill).action).toContain('Rest until you are well');
    const hurt = assessReadiness([day(TODAY, { injury: 'sprained ankle, cannot walk' })], TODAY, settings());
    expect([hurt.verdict, codes(hurt.reasons)]).toEqual(['red', ['injury']]);
    const tired = assessReadiness([day(TODAY, { sleepHours: 4, fatigue: 5 })], TODAY, settings());
    expect([tired.verdict, tired.reasons, tired.advice[0]?.code]).toEqual(['unknown', [], 'log-first']);
  });

  it('does not take a day holding only journal tags for a logged day', () => {
    const tagsOnly = [-4, -3, -2].map((k) => day(addDays(TODAY, k), { tags: '-alcohol', trainingLogged: false }));
    const r = assessReadiness([...history(2), ...tagsOnly].sort((a, b) => a.date.localeCompare(b.date)), TODAY, settings());
    expect(r.verdict).toBe('unknown');
    expect(r.advice[0]).toEqual({ code: 'log-first', numbers: { logged: 2 } });
  });

  it('is green on a calm, well-rested stretch', () => {
    const r = assessReadiness(history(35), TODAY, settings());
    expect(r.reasons).toEqual([]);
    expect(r.verdict).toBe('green');
    expect(r.actionCode).toBe('green');
    expect(words(r).action).toBe('Train as planned.');
    expect(words(r).advice).toContain('Eat a meal with protein and carbohydrates within 2 h after training.');
  });

  it('is amber after a night an hour or more under the floor, with the rule and the numbers', () => {
    const r = assessReadiness(history(35, { sleepHours: 5.5 }), TODAY, settings());
    expect(r.verdict).toBe('amber');
    expect(r.reasons).toEqual([
      { code: 'short-night', fact: 'sleep', pillar: 'sleep', strength: 1, rule: 'short-night', numbers: { sleepH: 5.5, limitH: 6 } },
    ]);
    expect(words(r).reasons).toMatchObject([{ rule: 'last night under 6 h', text: 'Slept 5.5 h last night (under 6 h)' }]);
  });

  it('stays green after one 6.5 h night, and the advice names the shortfall', () => {
    const r = assessReadiness(history(35, { sleepHours: 6.5 }), TODAY, settings());
    expect(r.verdict).toBe('green');
    expect(r.advice[0]).toEqual({ code: 'sleep-debt', numbers: { debtH: 0.5, targetH: 7 } });
    expect(words(r).advice[0]).toBe('Sleep 7-9 h tonight: you are 0.5 h short of your 7 h target this week.');
  });

  it('judges a week of 6-7 h nights by its average: 6.5 h is green, 6 h is amber', () => {
    // Their usual nights, so no departure: only the average decides.
    const shortWeek = (h: number) => assessReadiness(history(35, { sleepHours: h }, calm, 35), TODAY, settings());
    expect(shortWeek(6.5).verdict).toBe('green');
    const six = shortWeek(6);
    expect(six.verdict).toBe('amber');
    expect(six.reasons.map((x) => [x.code, x.strength, x.rule])).toEqual([['poor-sleep', 1, 'poor-sleep-short']]);
    expect(words(six).reasons[0]?.rule).toBe('most nights under 7 h, 6 h or less on average');
  });

  it('is red on an injury, strongest reason first', () => {
    const r = assessReadiness(history(35, { sleepHours: 5.5, injury: 'sharp pain right knee' }), TODAY, settings());
    expect(r.verdict).toBe('red');
    expect(words(r).reasons.map((x) => x.text)).toEqual(['Injury today: "sharp pain right knee"', 'Slept 5.5 h last night (under 6 h)']);
    expect(words(r).action).toBe('Take a full rest day.');
  });

  it('counts one fact once: a short night, today\'s fatigue and soreness make amber, not red', () => {
    const r = assessReadiness(history(35, { sleepHours: 5.5, fatigue: 4, soreness: 4 }), TODAY, settings());
    expect(codes(r.reasons)).toEqual(['short-night', 'fatigue-today', 'soreness-today']);
    expect(r.verdict).toBe('amber');
  });

  it('keeps the strongest reason of a fact: lingering soreness over today\'s soreness', () => {
    const r = assessReadiness(history(35, { soreness: 4 }, calm, 3), TODAY, settings());
    expect(codes(r.reasons)).toEqual(['soreness-injury']);
    expect(r.reasons[0]).toMatchObject({ fact: 'soreness', pillar: 'body', strength: 2 });
    expect(r.verdict).toBe('amber');
  });

  it('is red on strong evidence from two pillars: sleep worse than usual and constant fatigue', () => {
    const r = assessReadiness(history(35, { sleepHours: 5.5, sleepQuality: 2, fatigue: 4 }, calm, 5), TODAY, settings());
    expect(r.reasons.filter((x) => x.strength === 2).map((x) => x.pillar).sort()).toEqual(['feeling', 'sleep']);
    expect(r.verdict).toBe('red');
    // Fatigue and poor sleep raise this week's rest-day target by one, and the advice says why.
    expect(r.rest).toMatchObject({ target: 2, thisWeek: 3 });
    expect(r.rest.raisedBecause).toEqual(['constant-fatigue', 'poor-sleep']);
    expect(words(r).advice).toContain('Plan 3 rest days this week instead of 2: constant fatigue, poor sleep. More rest is sometimes the better training.');
  });

  it('turns a very large load spike on known days into a rest day, with its numbers', () => {
    const spike = (i: number): Partial<Day> => ({ ...calm(i), sessions: i >= 28 ? [strength(150, 9)] : [strength(40, 5)] });
    const r = assessReadiness(history(35, {}, spike), TODAY, settings());
    expect(r.verdict).toBe('red');
    expect(words(r).reasons[0]?.text).toBe('Load spike: ACWR 2.77 (acute 1350 / chronic 488 AU a day, training known on 7 of 7 and 28 of 28 days)');
    expect(r.reasons[0]).toMatchObject({ code: 'acwr-spike', pillar: 'load', strength: 3, numbers: { acute: 1350, chronic: 487.5, knownOf7: 7, knownOf28: 28 } });
  });

  it('rests an ill person for the illness, with no overreaching alert', () => {
    const flu = (i: number): Partial<Day> => (i >= 30 ? { sleepHours: 9, fatigue: 5, motivation: 1, soreness: 4, sessions: [], note: 'flu, fever' } : calm(i));
    const r = assessReadiness(history(35, {}, flu), TODAY, settings());
    expect(r.verdict).toBe('red');
    expect(r.reasons[0]).toMatchObject({ code: 'illness', pillar: 'health', strength: 3 });
    expect(r.actionCode).toBe('ill');
    expect(words(r).action).toBe('Rest until you are well: no training while ill, then start again easy.');
    expect(codes(r.reasons)).not.toContain('overreaching');
  });

  it('says start again gently on the 2 days after an illness, with a week of logs or without', () => {
    const flu = (lastIll: number) => (i: number): Partial<Day> => (i >= 30 && i <= lastIll ? { sick: true, sessions: [] } : calm(i));
    for (const [lastIll, expected] of [[33, 'amber'], [32, 'amber'], [31, 'green']] as const) {
      const r = assessReadiness(history(35, {}, flu(lastIll)), TODAY, settings());
      expect([lastIll, r.verdict, codes(r.reasons)]).toEqual([lastIll, expected, expected === 'amber' ? ['after-illness'] : []]);
    }
    const yesterday = assessReadiness(history(35, {}, flu(33)), TODAY, settings());
    expect(yesterday.reasons[0]).toMatchObject({ pillar: 'health', strength: 1, numbers: { lastIll: addDays(TODAY, -1) } });
    expect(words(yesterday).reasons[0]).toEqual({ ...words(yesterday).reasons[0], text: 'Ill on Wed 11-25: start again gently', rule: 'ill on one of the last 2 days: start again gently before hard sessions' });
    // Ill today is rest, not easing back.
    expect(codes(assessReadiness(history(35, {}, flu(34)), TODAY, settings()).reasons)).toEqual(['illness']);
    // Only the ill day logged: not "not enough data".
    const few = assessReadiness([day(addDays(TODAY, -1), { sick: true }), day(TODAY, { sleepHours: 8 })], TODAY, settings());
    expect([few.verdict, codes(few.reasons)]).toEqual(['amber', ['after-illness']]);
  });

  it.each([
    ['a 7 h sleeper who feels fine', (i: number) => ({ ...calm(i), sleepHours: 7 })],
    ['a team-sport week with one day off', (i: number) => ({ ...calm(i), sessions: i % 7 === 3 ? [] : [{ type: 'sport' as const, minutes: 90, rpe: i % 2 ? 6 : 3 }] })],
    ['someone whose usual soreness is 4 and sleep quality 2', (i: number) => ({ ...calm(i), soreness: 4, sleepQuality: 2 })],
  ])('is green for %s', (_, make) => {
    const r = assessReadiness(history(42, {}, make), TODAY, settings());
    expect(r.reasons).toEqual([]);
    expect(r.verdict).toBe('green');
  });

  it('asks for today\'s entry when it is missing', () => {
    const r = assessReadiness(history(35).slice(0, -1), TODAY, settings());
    expect(r.missing[0]).toEqual({ code: 'no-entry', numbers: { date: '2026-11-26' } });
    expect(words(r).missing[0]).toMatch(/^no entry for 2026-11-26 yet/);
  });

  it('never states an unlogged day as "no rest"', () => {
    const trainingOnly = history(35, {}, (i) => ({ ...calm(i), sessions: [strength(60, 6)] })).filter((_, i) => i < 28 || i % 2 === 0);
    const r = assessReadiness(trainingOnly, TODAY, settings());
    expect(r.rest.lastWeek).toEqual({ rest: 0, training: 4, unknown: 3 });
    expect(r.advice).toContainEqual({ code: 'plan-rest-unlogged', numbers: { unknown: 3 } });
    expect(words(r).advice).toContain('Plan your next rest day now ("recover plan"): none logged in the last 7 days (3 days not logged).');
    expect(r.advice.map((a) => a.code)).not.toContain('plan-rest');
  });
});

describe('verdictOf', () => {
  const r = (strength: 1 | 2 | 3, pillar: Reason['pillar']): Reason => ({ code: 'x', fact: `${pillar}${strength}`, pillar, strength, rule: '', numbers: {} });
  it.each([
    [[], 'green'],
    [[r(1, 'sleep')], 'amber'],
    [[r(1, 'sleep'), r(1, 'feeling'), r(1, 'body'), r(1, 'load')], 'amber'],
    [[r(2, 'sleep'), r(2, 'sleep')], 'amber'],
    [[r(2, 'sleep'), r(1, 'feeling')], 'amber'],
    [[r(2, 'sleep'), r(2, 'feeling')], 'red'],
    [[r(3, 'health')], 'red'],
  ] as const)('%j is %s', (reasons, verdict) => {
    expect(verdictOf(reasons)).toBe(verdict);
  });
});

describe('isIll', () => {
  it.each([
    ['flu, fever', true],
    ['Griep en koorts', true],
    ['caught a cold', true],
    ['verkouden', true],
    ['feeling sick', true],
    ['cold shower after training', false],
    ['not sick, just tired', false],
    ['niet ziek', false],
    ['skill work', false],
    [null, false],
  ] as const)('a note "%s" is illness: %s', (note, ill) => {
    expect(isIll(day(TODAY, { note }))).toBe(ill);
  });

  it('takes what the person said over the note', () => {
    expect(isIll(day(TODAY, { note: 'flu jab today', sick: false }))).toBe(false);
    expect(isIll(day(TODAY, { sick: true }))).toBe(true);
  });
});

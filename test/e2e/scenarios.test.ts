import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import { importAthlete, random, status, wellDay, type AthleteDay } from '../helpers/athletes.js';
import { runCli, tempDb } from '../helpers/run-cli.js';

// Realistic athletes built with the real binary (import csv, then status --json): each asserts the
// verdict a coach would give, and that it is not given for the wrong reason.
const END = '2026-11-22';
const weeks = (n: number, seed: number, make = wellDay): AthleteDay[] => {
  const rnd = random(seed);
  return Array.from({ length: 7 * n }, (_, i) => make(i, rnd));
};
const codes = (s: { reasons: Array<{ code: string }> }) => s.reasons.map((r) => r.code);

describe('scenarios', () => {
  it('a well-recovered lifter is green, day after day', () => {
    const db = tempDb();
    importAthlete(db, END, weeks(6, 1));
    const verdicts = [0, 1, 2, 3, 4, 5, 6].map((k) => status(db, addDays(END, -k)).verdict);
    expect(verdicts.filter((v) => v === 'green').length).toBeGreaterThanOrEqual(6);
    expect(verdicts).not.toContain('red');
  });

  it('the overreached athlete is red, with the overreaching alert and its case', () => {
    const db = tempDb();
    const hard = (i: number): AthleteDay => ({
      sleep_h: 5.5, sleep_quality: 2, fatigue: i < 4 ? 4 : 5, motivation: Math.max(1, 4 - Math.floor(i / 4)), soreness: 4, stress: 3,
      performance: Math.max(1, 4 - Math.floor(i / 5)), resting_hr_bpm: 60 + (i % 2), hrv_ms: 42 + (i % 3), training: 'hiit:60:9',
    });
    importAthlete(db, END, [...weeks(5, 2), ...Array.from({ length: 14 }, (_, i) => hard(i))]);
    const s = status(db, END);
    expect(s.verdict).toBe('red');
    expect(s.reasons[0]).toMatchObject({ code: 'overreaching', strength: 3 });
    expect(codes(s)).toEqual(expect.arrayContaining(['constant-fatigue', 'poor-sleep', 'rhr-elevated', 'hrv-suppressed']));
    const report = JSON.parse(runCli(['report', '--date', END, '--json'], { db }).stdout);
    expect(report.warnings[0].sign).toMatch(/^Overreaching: [345] of the 5 signs this week$/);
  });

  it('a flu week is rest for the illness, not overtraining', () => {
    const db = tempDb();
    const flu: AthleteDay = { sleep_h: 9, sleep_quality: 2, fatigue: 5, motivation: 1, soreness: 4, stress: 3, resting_hr_bpm: 59, note: 'flu, fever', training: 'rest' };
    importAthlete(db, END, [...weeks(5, 3), ...Array.from({ length: 7 }, () => flu)]);
    const s = status(db, END);
    expect(s.verdict).toBe('red');
    expect(s.reasons[0]).toMatchObject({ code: 'illness', pillar: 'health' });
    expect(codes(s)).not.toContain('overreaching');
    const report = JSON.parse(runCli(['report', '--date', END, '--json'], { db }).stdout);
    const warnings = report.warnings.map((w: { code: string }) => w.code);
    expect(warnings).not.toContain('overreaching');
    expect(warnings).not.toContain('overtraining-risk');
  });

  it('the 6 h sleeper who trains lightly is amber, not red', () => {
    const db = tempDb();
    const light = (i: number, rnd: () => number): AthleteDay => ({ ...wellDay(i, rnd), sleep_h: 6, training: i % 7 === 2 ? 'rest' : 'cardio:30:3' });
    importAthlete(db, END, weeks(5, 4, light));
    const s = status(db, END);
    expect(s.verdict).toBe('amber');
    expect(s.reasons.filter((r) => r.pillar === 'sleep')).toHaveLength(1);
  });

  it('a steady lifter who forgot a week of entries is not told of a load spike', () => {
    const db = tempDb();
    const days = weeks(6, 5);
    importAthlete(db, END, days.filter((_, i) => !(i >= 42 - 21 && i < 42 - 14 && i % 7 !== 6 && i % 7 !== 5)));
    const s = status(db, END);
    expect(codes(s).some((c) => c.startsWith('acwr'))).toBe(false);
    expect(s.verdict).not.toBe('red');
  });

  it('five weeks of sleep-only imports then a normal week of training shows no load ratio and no spike', () => {
    const db = tempDb();
    const sleepOnly = (_: number, rnd: () => number): AthleteDay => ({ sleep_h: Math.round((7.2 + rnd()) * 4) / 4 });
    importAthlete(db, END, [...weeks(5, 6, sleepOnly), ...weeks(1, 7)]);
    const s = status(db, END);
    expect(codes(s).some((c) => c.startsWith('acwr'))).toBe(false);
    expect(s.missing).toContainEqual(expect.stringMatching(/^load ratio \(ACWR\) not shown: training known on 7 of the last 7 days .* and 7 of the last 28 \(21 needed\)/));
    expect(s.verdict).not.toBe('red');
  });

  it('a new user who trains steadily from day 1 never sees a load warning in the first 28 days', () => {
    const db = tempDb();
    importAthlete(db, END, weeks(4, 8));
    const first = addDays(END, -27);
    for (const day of [2, 6, 13, 19, 20, 21, 24, 27]) {
      const s = status(db, addDays(first, day));
      expect(codes(s).filter((c) => c.startsWith('acwr') || c === 'monotony-high' || c === 'strain-high')).toEqual([]);
      expect(s.verdict).not.toBe('red');
    }
    const report = JSON.parse(runCli(['report', '--date', END, '--json'], { db }).stdout);
    const acwr = report.load.days.at(-1).acwr;
    expect(acwr).toBeGreaterThan(0.8);
    expect(acwr).toBeLessThan(1.3);
  });

  it('three days of soreness from a new squat programme, and fatigue 4 today, is amber', () => {
    const db = tempDb();
    const days = weeks(5, 9);
    // The same training as before; only the soreness is new.
    const squats = days.map((d, i) => (i >= days.length - 3 ? { ...d, soreness: 4, ...(i === days.length - 1 ? { fatigue: 4 } : {}) } : d));
    importAthlete(db, END, squats);
    const s = status(db, END);
    expect(s.verdict).toBe('amber');
    expect(codes(s)).toContain('soreness-injury');
    expect(codes(s)).not.toContain('soreness-today');
  });
});

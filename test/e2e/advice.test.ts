import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { runCli, tempDb } from '../helpers/run-cli.js';

describe('bed and wake times, the whole plate and tags, end to end', () => {
  it('logs them as flags, shows them in the report and compares tags in insights', () => {
    const db = tempDb();
    expect(runCli(['config', 'set', 'weight', '70'], { db }).code).toBe(0);
    // A week of 23:30-07:00 nights on weekdays and 01:30-10:00 at the weekend; alcohol on the evenings before short nights.
    for (let d = 2; d <= 15; d++) {
      const date = `2026-11-${String(d).padStart(2, '0')}`;
      const weekend = [7, 8, 14, 15].includes(d);
      const flags = ['--sleep', weekend ? '8' : '7', '--bedtime', weekend ? '01:30' : '23:30', '--wake', weekend ? '10:00' : '07:00', '--fat', '40', '--protein', '120', '--carbs', '300', '--fruit-veg', '3', '--water', '1.5'];
      const r = runCli(['log', '--date', date, ...flags, '--session', 'strength:60:7', '--tag', d % 2 ? 'alcohol' : 'tea', '--yes'], { db });
      expect(r.code).toBe(0);
    }
    const report = runCli(['report', '--date', '2026-11-15', '--format', 'table'], { db, env: { COLUMNS: '160' } });
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('social jet lag: on weekends you sleep 2 h 30 min later than on weekdays (mid-sleep).');
    // 40 g fat of 120x4 + 300x4 + 40x9 = 2040 kcal: 18%, under 20%.
    expect(report.stdout).toContain('  Fat       average 40 g (18% of energy) over 7 days; 7 days under 20% of energy.');
    expect(report.stdout).toContain('  Fruit/veg average 3 servings a day over 7 days (aim for 5); 7 days under 5.');
    // 70 kg x 30 ml = 2.1 l, + 0.5 l for the hour of training = 2.6 l each day.
    expect(report.stdout).toContain('  Hydration target 2.1 l a day, plus 0.5 l per hour of training; 7 of 7 logged days under target\n');
    const insights = runCli(['insights', '--to', '2026-11-15'], { db });
    expect(insights.code).toBe(0);
    expect(insights.stdout).toContain('alcohol: 7 days with, 7 without\n');
    expect(insights.stdout).toContain("  next day's fatigue (1-5)   not enough data (0 vs 0 days; at least 5 each needed)\n");
  });

  it('imports WHOOP bed and wake times and journal tags from the files as exported', () => {
    const db = tempDb();
    expect(runCli(['import', 'whoop', fixture('whoop')], { db }).code).toBe(0);
    const json = JSON.parse(runCli(['export', '--json', '--from', '2024-03-11', '--to', '2024-03-12'], { db }).stdout) as Array<Record<string, unknown>>;
    expect(json.map((d) => [d.date, d.bedtimeMin, d.wakeMin, d.tags])).toEqual([
      ['2024-03-11', null, null, 'caffeine,-hydrated,injury,protein'],
      ['2024-03-12', 22 * 60 + 10, 6 * 60 + 40, null],
    ]);
  });
});

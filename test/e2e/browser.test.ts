import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { tempDb } from '../helpers/run-cli.js';
import { testDeps } from '../helpers/test-deps.js';

// Debian's chromium, driven by playwright-core; .ci/run installs it when it runs as root.
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!CHROMIUM) console.warn('\n  SKIPPED: browser test of report --html (no chromium; "apt-get install chromium" or set CHROMIUM_PATH)\n');
const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));

async function cli(args: string[]): Promise<void> {
  const t = testDeps({ today: '2026-11-26' });
  const code = await main(args, t.deps);
  t.deps.close();
  if (code !== 0) throw new Error(`recover ${args.join(' ')} failed: ${t.stderr()}`);
}

describe.skipIf(!CHROMIUM)('report --html in a real browser', () => {
  it('shows the headline, every chart, warning and day, asks nothing of the network, and fits a phone', async () => {
    const own = tempDb();
    const demo = join(dirname(own), 'recover-demo.db');
    const page = join(dirname(own), 'card.html');
    await cli(['--db', own, 'demo']);
    await cli(['--db', demo, 'report', '--from', '2026-10-23', '--to', '2026-11-05', '--html', page]);
    const url = pathToFileURL(page).href;

    const { chromium } = await import('playwright-core');
    // No sandbox: CI runs as root, where Chromium refuses to start with one.
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const requested: string[] = [];
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      // Every request is recorded; anything but a local file is refused.
      await context.route('**/*', (route) => (route.request().url().startsWith('file://') ? route.continue() : route.abort()));
      const tab = await context.newPage();
      tab.on('request', (r) => requested.push(r.url()));
      await tab.goto(url);
      await tab.waitForLoadState('networkidle');

      expect(await tab.textContent('.headline')).toBe('Overreaching: 5 of the 5 signs this week (and 14 more signs below)');
      const charts = await tab.$$eval('svg', (svgs) => svgs.map((s) => ({ label: s.getAttribute('aria-label'), dots: s.querySelectorAll('circle').length, height: s.getBoundingClientRect().height })));
      expect(charts.map((c) => c.label?.split(',')[0])).toEqual([
        'Sleep (hours a night)', 'Protein (grams a day)', 'Training load (session RPE x minutes', 'Acute:chronic workload ratio',
        'Resting heart rate (bpm)', 'Heart rate variability (ms)', 'Fatigue (1 fresh to 5 exhausted)', 'Muscle soreness (1 none to 5 very sore)', 'Motivation to train (1 none to 5 eager)',
      ]);
      // The two weeks of the hard block: a dot for every day's reading.
      expect(charts.map((c) => c.dots)).toEqual(Array(9).fill(14));
      for (const c of charts) expect(c.height).toBeGreaterThan(80);
      expect(await tab.$$eval('ul.warnings li', (items) => items.map((li) => li.className))).toEqual(['alert', 'alert', ...Array(13).fill('warning')]);
      const days = await tab.$$eval('.scroll tbody tr td:first-child', (cells) => cells.map((c) => c.textContent));
      expect(days.slice(0, 14)).toEqual([
        'Fri 2026-10-23', 'Sat 2026-10-24', 'Sun 2026-10-25', 'Mon 2026-10-26', 'Tue 2026-10-27', 'Wed 2026-10-28', 'Thu 2026-10-29',
        'Fri 2026-10-30', 'Sat 2026-10-31', 'Sun 2026-11-01', 'Mon 2026-11-02', 'Tue 2026-11-03', 'Wed 2026-11-04', 'Thu 2026-11-05',
      ]);
      expect(days.slice(14)).toEqual(['2026-10-23 to 2026-10-29', '2026-10-30 to 2026-11-05']); // the load table's weeks
      // On a phone nothing but the tables scrolls sideways, and the text stays at a readable size.
      expect(await tab.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      expect(await tab.evaluate('parseFloat(getComputedStyle(document.body).fontSize)')).toBeGreaterThanOrEqual(15);

      mkdirSync(ARTIFACTS, { recursive: true });
      await tab.screenshot({ path: join(ARTIFACTS, 'report-phone.png'), fullPage: true });
      await tab.setViewportSize({ width: 1100, height: 900 });
      await tab.screenshot({ path: join(ARTIFACTS, 'report-desktop.png'), fullPage: true });
      // Printable: it prints to A4 pages (kept beside the screenshots).
      const pdf = await tab.pdf({ format: 'A4', path: join(ARTIFACTS, 'report.pdf') });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(20_000);
      expect(requested).toEqual([url]);
      // The recorder does see a page that reaches out (so the check above can fail).
      const leak = join(dirname(own), 'leak.html');
      writeFileSync(leak, '<img src="https://example.com/pixel.png">');
      await tab.goto(pathToFileURL(leak).href);
      expect(requested.at(-1)).toBe('https://example.com/pixel.png');
    } finally {
      await browser.close();
    }
  }, 90_000);
});

import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { demoData } from '../../src/core/demo.js';
import { openDb } from '../../src/storage/db.js';
import { listAllDays, loadSources } from '../../src/storage/days.js';
import { testDeps } from '../helpers/test-deps.js';
import { tempDb } from '../helpers/run-cli.js';

// One demo database (eight generated weeks ending 2026-11-26) serves every picture below.
const TODAY = '2026-11-26';
let demo = '';

async function run(args: string[], o: { tty?: boolean } = {}) {
  const t = testDeps({ today: TODAY, tty: o.tty ?? true });
  const code = await main(args, t.deps);
  t.deps.close();
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

beforeAll(async () => {
  const own = tempDb();
  demo = join(dirname(own), 'recover-demo.db');
  const r = await run(['--db', own, 'demo'], { tty: false });
  if (r.code !== 0) throw new Error(`recover demo failed: ${r.stderr}`);
});

describe('recover demo', () => {
  it('tells a script where the demo is and which weeks are hard with --json', async () => {
    const own = tempDb();
    const r = await run(['--db', own, 'demo', '--json'], { tty: false });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ path: join(dirname(own), 'recover-demo.db'), from: '2026-10-02', to: '2026-11-26', hard: { from: '2026-10-23', to: '2026-11-05' } });
  });

  it('makes eight weeks beside the database in use, never in it, and prints the three commands', async () => {
    const own = tempDb();
    const t = testDeps({ today: TODAY });
    expect(await main(['--db', own, 'demo'], t.deps)).toBe(0);
    t.deps.close();
    const path = join(dirname(own), 'recover-demo.db');
    expect(t.stdout()).toBe(
      `Made a demo database of eight made-up weeks, 2026-10-02 to 2026-11-26:
  ${path}
Weeks 1-3 are a good block, 4-5 a hard block, 6 a recovery week, 7 good, and 8
imported from a WHOOP export. Your own database was not touched. Try the demo:
  the hard block and its warnings
    recover --db ${path} report --from 2026-10-23 --to 2026-11-05
  sleep, resting HR and load over the eight weeks
    recover --db ${path} chart sleep rhr load --weeks 8
  a card to open in a browser
    recover --db ${path} report --month --html recover-demo.html
`,
    );
    expect(() => statSync(own)).toThrow(); // the database in use was not even created
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('holds 54 logged days, the last week from the WHOOP importer', () => {
    const db = openDb(demo, { create: false, readOnly: true });
    const days = listAllDays(db);
    expect(days.length).toBe(54); // 56 days, two of them not logged
    expect(days.filter((d) => d.restingHrBpm === null)).toEqual([]);
    const sources = loadSources(db, { from: '2026-11-20', to: TODAY });
    // Sleep from the cycles file alone counts as "whoop-cycles" (it ranks below sleeps.csv).
    expect([...sources.values()].map((s) => [s.restingHrBpm, s.hrvMs, s.sleepHours])).toEqual(Array(7).fill(['whoop', 'whoop', 'whoop-cycles']));
    db.close();
    expect(demoData(TODAY).nights.map((n) => n.restingHrBpm)).toEqual(days.slice(-7).map((d) => d.restingHrBpm));
  });

  it('shows the overreaching alert for the hard block, and none in the recovery week', async () => {
    const hard = await run(['--db', demo, 'report', '--from', '2026-10-23', '--to', '2026-11-05', '--json']);
    const codes = (JSON.parse(hard.stdout) as { warnings: Array<{ code: string }> }).warnings.map((w) => w.code);
    expect(codes.slice(0, 2)).toEqual(['overreaching', 'acwr-spike']);
    expect(codes).toEqual(expect.arrayContaining(['constant-fatigue', 'performance-drop', 'motivation-drop', 'poor-sleep', 'soreness-injury', 'rhr-elevated', 'hrv-suppressed']));
    const recovery = await run(['--db', demo, 'report', '--week', '--date', '2026-11-12', '--json']);
    const levels = (JSON.parse(recovery.stdout) as { warnings: Array<{ level: string }> }).warnings.map((w) => w.level);
    expect(levels).not.toContain('alert');
  });

  it('replaces an earlier demo but refuses a database it did not make', async () => {
    const own = tempDb();
    const first = await run(['--db', own, 'log', '--date', '2026-11-20', '--sleep', '8', '--rest', '--yes']);
    expect(first.code).toBe(0);
    const refused = await run(['--db', join(dirname(own), 'other.db'), 'demo', '--file', own]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`error: ${own} is a recover database that was not made by "recover demo"; it was left alone. Pass another --file.\n`);
    const same = await run(['--db', own, 'demo', '--file', own]);
    expect([same.code, same.stderr]).toEqual([2, `error: ${own} is the database in use; the demo needs a file of its own (--file)\nRun "recover demo --help" for usage.\n`]);
    const again = await run(['--db', own, 'demo', '--file', demo]);
    expect(again.code).toBe(0);
  });
});

describe('recover chart', () => {
  it.each([
    ['sleep at 80 columns', ['chart', 'sleep', '--weeks', '8', '--width', '80'], 'chart-sleep-80.txt'],
    ['resting HR over 4 weeks at 60 columns', ['chart', 'rhr', '--weeks', '4', '--width', '60', '--height', '8'], 'chart-rhr-60.txt'],
    ['load and ACWR in ASCII at 72 columns', ['chart', 'load', '--weeks', '6', '--width', '72', '--ascii'], 'chart-load-ascii-72.txt'],
    ['fatigue in its 1-5 scale', ['chart', 'fatigue', '--from', '2026-10-16', '--to', '2026-11-12', '--width', '64', '--height', '5'], 'chart-fatigue-64.txt'],
  ])('draws %s', async (_name, args, file) => {
    const r = await run(['--db', demo, ...args]);
    expect(r.code).toBe(0);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(Number(args[args.indexOf('--width') + 1]));
    await expect(r.stdout).toMatchFileSnapshot(`./__snapshots__/${file}`);
  });

  it('leaves a day without a reading blank, never a zero', async () => {
    // 2026-10-11 was not logged: its columns in the plot stay empty on every row.
    const r = await run(['--db', demo, 'chart', 'sleep', '--from', '2026-10-08', '--to', '2026-10-14', '--width', '40', '--height', '4']);
    // At 40 columns the title takes two lines; the plot follows it.
    const lines = r.stdout.split('\n');
    const top = lines.findIndex((line) => /[┤┼]/.test(line));
    expect(top).toBe(2);
    const plot = lines.slice(top, top + 4);
    // Label and axis take 8 columns, then four a day: the line neither reaches nor leaves the fourth day.
    const gap = plot.map((row) => row.slice(8 + 3 * 4, 8 + 4 * 4 - 1));
    expect(gap.map((cells) => cells.replace(/[ ┈]/g, ''))).toEqual(['', '', '', '']);
    expect(plot.map((row) => row.slice(8, 8 + 3 * 4).replace(/[ ┈]/g, '')).join('')).not.toBe('');
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('6 of 7 days with a reading; blank = no reading');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
  });

  it('prints plain tab-separated numbers when piped, blank where nothing is known', async () => {
    const r = await run(['--db', demo, 'chart', 'sleep', 'load', '--from', '2026-10-09', '--to', '2026-10-12'], { tty: false });
    expect(r.stdout).toBe('date\tsleep\tload\tacwr\n2026-10-09\t8.5\t525\t\n2026-10-10\t7.75\t275\t\n2026-10-11\t\t\t\n2026-10-12\t8.5\t330\t\n');
  });

  it('keeps an explicit --format when piped: commas for csv, the chart itself for table', async () => {
    const csv = await run(['--db', demo, 'chart', 'sleep', 'load', '--from', '2026-10-09', '--to', '2026-10-12', '--format', 'csv'], { tty: false });
    expect(csv.stdout).toBe('date,sleep,load,acwr\n2026-10-09,8.5,525,\n2026-10-10,7.75,275,\n2026-10-11,,,\n2026-10-12,8.5,330,\n');
    const csvOnTerminal = await run(['--db', demo, 'chart', 'sleep', '--from', '2026-10-09', '--to', '2026-10-10', '--format', 'csv']);
    expect(csvOnTerminal.stdout).toBe('date,sleep\n2026-10-09,8.5\n2026-10-10,7.75\n');
    const table = await run(['--db', demo, 'chart', 'sleep', '--from', '2026-10-08', '--to', '2026-10-14', '--width', '40', '--format', 'table'], { tty: false });
    expect(table.stdout).toContain('Sleep (hours a night)');
  });

  it('gives the series, its band and every day as JSON', async () => {
    const r = await run(['--db', demo, 'chart', 'hrv', '--from', '2026-11-24', '--to', '2026-11-26', '--json']);
    expect(JSON.parse(r.stdout)).toEqual({
      from: '2026-11-24',
      to: '2026-11-26',
      series: [{ series: 'hrv', unit: 'ms', band: { kind: 'normal', low: 53.09, high: 64.37 }, days: [{ date: '2026-11-24', value: 62 }, { date: '2026-11-25', value: 64 }, { date: '2026-11-26', value: 64 }] }],
    });
  });

  it('refuses a series it does not know and a width it cannot use', async () => {
    expect((await run(['--db', demo, 'chart', 'steps'])).code).toBe(2);
    const narrow = await run(['--db', demo, 'chart', 'sleep', '--width', '12']);
    expect([narrow.code, narrow.stderr]).toEqual([2, 'error: --width must be a whole number from 30 to 1000, got "12"\nRun "recover chart --help" for usage.\n']);
  });
});

describe('sparklines in the report', () => {
  it('draws a trend line per key series with its band, in blocks or in ASCII', async () => {
    const r = await run(['--db', demo, 'report', '--week', '--date', '2026-11-05']);
    const trends = r.stdout.slice(r.stdout.indexOf('Trends'), r.stdout.indexOf('Training load'));
    expect(trends).toBe(`Trends 2026-10-30 to 2026-11-05, a mark a day, blank if not logged
  Sleep       ▄▁▂▂▂▃▁  last 5.5 h; target 8 h █
  Protein     ▁▁▁▇▁▆▁  last 90 g; target 120 g █
  Load        ▆▃▇▂█▁▅  last 1110 AU
  Resting HR  ▇▇▇▇▇▇█  last 62 bpm; normal 51-57 bpm ▁ to ▅
  HRV         ▂▃▃▃▃▂▁  last 36 ms; normal 49-62 ms ▅ to █
  Fatigue     ███████  last 5/5; normal 1.9-3.6 ▃ to ▆

`);
    const ascii = await run(['--db', demo, 'report', '--week', '--date', '2026-11-05', '--ascii']);
    expect(ascii.stdout).toContain('  Resting HR  ******#  last 62 bpm; normal 51-57 bpm _ to =\n');
  });
});

describe('report --html', () => {
  it('writes one self-contained page, readable by its owner only, with every day, chart and warning', async () => {
    const file = join(dirname(tempDb()), 'card.html');
    const r = await run(['--db', demo, 'report', '--from', '2026-10-23', '--to', '2026-11-05', '--html', file]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', `Wrote the report for 2026-10-23 to 2026-11-05 to ${file}\n`]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/https?:|\/\/[a-z]|<script|<link|@import|url\(/i);
    expect(html.match(/<svg /g)?.length).toBe(9);
    expect(html).toContain('<p class="headline alert">Overreaching: 5 of the 5 signs this week → Back off now: take 2 full rest days, then train light until fatigue, sleep and mood recover.</p>');
    for (let d = 23; d <= 36; d++) {
      const date = d <= 31 ? `2026-10-${d}` : `2026-11-0${d - 31}`;
      expect(html).toContain(`${date}</td>`);
    }
    expect(html.match(/<li class="(alert|warning|info)">/g)?.length).toBe(15);
  });

  it('speaks Dutch under --lang nl: lang="nl", Dutch headings, dates and decimal commas', async () => {
    const file = join(dirname(tempDb()), 'kaart.html');
    const r = await run(['--db', demo, '--lang', 'nl', 'report', '--from', '2026-10-23', '--to', '2026-11-05', '--html', file]);
    expect([r.code, r.stderr]).toEqual([0, `Het rapport van 23 okt 2026 t/m 5 nov 2026 staat in ${file}\n`]);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<title>Herstelrapport 23 okt 2026 t/m 5 nov 2026</title>');
    for (const text of ['<h2>Waarschuwingen</h2>', '<h2>Dag voor dag</h2>', '<h3>Slaap (uren per nacht)</h3>', '<td>vr 23 okt 2026</td>', '<th>Vermoeidheid</th>', 'rustdagen (doel)']) expect(html).toContain(text);
    // Decimal commas in the figures people read; none of the English words of the page.
    expect(html).toMatch(/<td class="(bad|meh|good)">\d,\d+ u<\/td>/);
    expect(html).not.toMatch(/Day by day|Recovery report|no entry|days logged/);
  });

  it('breaks a chart line at a day without a reading', async () => {
    const file = join(dirname(tempDb()), 'gap.html');
    await run(['--db', demo, 'report', '--from', '2026-10-08', '--to', '2026-10-14', '--html', file]);
    const sleep = /<svg[^>]*aria-label="Sleep[^"]*">.*?<\/svg>/.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
    // 2026-10-11 was not logged: two pieces of line, six dots, and the day still has its row.
    expect(sleep.match(/<path class="line" d="([^"]*)"/)?.[1]?.match(/M/g)?.length).toBe(2);
    expect(sleep.match(/<circle/g)?.length).toBe(6);
    expect(readFileSync(file, 'utf8')).toContain('<tr class="missing"><td>Sun 2026-10-11</td><td colspan="11" class="text">no entry</td></tr>');
  });

  it('escapes what people typed and never replaces a file it did not write', async () => {
    const own = tempDb();
    expect((await run(['--db', own, 'log', '--date', '2026-11-26', '--sleep', '7', '--rest', '--note', '<img src=x onerror=alert(1)>', '--yes'])).code).toBe(0);
    const file = join(dirname(own), 'card.html');
    expect((await run(['--db', own, 'report', '--html', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect((await run(['--db', own, 'report', '--html', file])).code).toBe(0);
    const other = join(dirname(own), 'notes.txt');
    writeFileSync(other, 'mine');
    const refused = await run(['--db', own, 'report', '--html', other]);
    expect([refused.code, refused.stderr]).toEqual([2, `error: ${other} exists and is not a report made by recover: remove it or choose another file\nRun "recover report --help" for usage.\n`]);
    expect(readFileSync(other, 'utf8')).toBe('mine');
  });
});

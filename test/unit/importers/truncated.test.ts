import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { parseCsv } from '../../../src/importers/common.js';
import { listAllDays } from '../../../src/storage/days.js';
import { fixture } from '../../helpers/fixtures.js';
import { tempDir } from '../../helpers/run-cli.js';
import { testDeps } from '../../helpers/test-deps.js';

const write = (name: string, text: string) => {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
};

/** An Oura trends file of `n` nights of 8.68 h (31248 s) each, from 2024-03-01. */
const ouraNights = (n: number) =>
  ['date,Total Sleep Duration,Lowest Resting Heart Rate,Average HRV', ...Array.from({ length: n }, (_, i) => `2024-03-${String(i + 1).padStart(2, '0')},31248,47,61`)].join('\n') + '\n';

async function importText(source: string, path: string, ...flags: string[]) {
  const t = testDeps();
  const code = await main(['import', source, path, ...flags], t.deps);
  const days = code === 0 ? listAllDays(await t.deps.db()) : [];
  t.deps.close();
  return { code, stderr: t.stderr(), days };
}

describe('truncated files', () => {
  it('Oura cut inside a number mid-row: an error naming file and line, nothing written', async () => {
    const whole = ouraNights(3);
    const path = write('oura.csv', whole.slice(0, whole.lastIndexOf('31248') + 2));
    const r = await importText('oura', path);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: ${path}:4: 2 of 4 cells: the row is cut short (a truncated file?) (use --skip-invalid to skip such rows)\n`);
  });

  it('with --skip-invalid the cut row is skipped and counted, the others stored', async () => {
    const whole = ouraNights(3);
    const path = write('oura.csv', whole.slice(0, whole.lastIndexOf('31248') + 2));
    const r = await importText('oura', path, '--skip-invalid');
    expect(r.code).toBe(0);
    expect(r.days.map((d) => [d.date, d.sleepHours])).toEqual([['2024-03-01', 8.68], ['2024-03-02', 8.68]]);
    expect(r.stderr).toContain('1 row skipped\n  skipped ' + path + ':4: 2 of 4 cells: the row is cut short');
  });

  it('a file cut inside its very last number, without a line end, is refused', async () => {
    const whole = ouraNights(8).trimEnd();
    const path = write('oura.csv', whole.slice(0, -1)); // "...,61" -> "...,6"
    const r = await importText('oura', path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path}:9: the file ends without a line end in "6", shorter than every other value of its column: it looks cut off`);
  });

  it('a file that simply lacks its last line end is fine', async () => {
    const path = write('oura.csv', ouraNights(8).trimEnd());
    const r = await importText('oura', path);
    expect(r.code).toBe(0);
    expect(r.days).toHaveLength(8);
  });

  it('a WHOOP row cut short names the line, never "undefined"', async () => {
    const text = readFileSync(fixture('whoop/sleeps.csv'), 'utf8');
    const path = write('sleeps.csv', text.slice(0, text.indexOf('\n', text.indexOf('\n') + 1) - 30));
    const r = await importText('whoop', path);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^error: ${path}:2: 10 of 18 cells: the row is cut short`));
    expect(r.stderr).not.toContain('undefined');
  });

  it.each([
    ['a,b\n1,2\n3', 3, '1 of 2 cells'],
    ['a,b\n1,22\n1,22\n1,22\n1,22\n1,22\n1,', 7, 'with "" as the last cell'],
    ['a,b\n1,22\n1,22\n1,22\n1,22\n1,22\n1,2.', 7, 'with "2." as the last cell'],
  ])('parseCsv marks %j as cut on line %i', (text, line, why) => {
    const rows = parseCsv('f.csv', text).rows;
    expect(rows.filter((r) => r.problem).map((r) => [r.line, r.problem?.message.includes(why)])).toEqual([[line, true]]);
  });

  it('a last value that is merely smaller is not cut when its column has short values too', () => {
    expect(parseCsv('f.csv', 'a,b\n1,22\n1,22\n1,9\n1,22\n1,22\n1,3').rows.filter((r) => r.problem)).toEqual([]);
  });
});

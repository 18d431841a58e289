import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseStampStrict, strictNumber } from '../../src/importers/common.js';
import { listAllDays } from '../../src/storage/days.js';
import { tempDir } from '../helpers/run-cli.js';
import { testDeps } from '../helpers/test-deps.js';

describe('one strict date and number parser for every source', () => {
  it.each(['2026-02-30T08:00:00Z', '2019', '1', '2024-03-02T25:00:00Z', '2024-03-02 07:00:00 +1900', '2024-03-02garbage', ''])('refuses %j as a date and time', (text) => {
    expect(() => parseStampStrict(text, 'time')).toThrow('time is not a date and time');
  });

  it.each(['0x96', 'Infinity', '1e309', '12abc', '', ' ', '1,5'])('refuses %j as a number', (text) => {
    expect(() => strictNumber(text, 'protein')).toThrow('protein is not a number');
  });

  it('reads the numbers and times exports really write', () => {
    expect(['62', '-0.5', '1.2e3', '.5', '7.'].map((t) => strictNumber(t, 'x'))).toEqual([62, -0.5, 1200, 0.5, 7]);
    expect(parseStampStrict('2019-11-05T22:51:54.710Z', 'x')).toEqual({ date: '2019-11-05', minute: 22 * 60 + 51 + 54 / 60, offsetMin: 0 });
    expect(parseStampStrict('2024-03-02 07:00:00 +0100', 'x').offsetMin).toBe(60);
  });

  it('names file and line for a bad date in an Apple Health export or PMSys, and --skip-invalid skips it', async () => {
    const dir = tempDir();
    const xml = join(dir, 'export.xml');
    writeFileSync(
      xml,
      '<HealthData>\n<Record type="HKQuantityTypeIdentifierRestingHeartRate" unit="count/min" startDate="2026-02-30 07:00:00 +0100" endDate="2026-02-30 07:00:00 +0100" value="50"/>\n<Record type="HKQuantityTypeIdentifierRestingHeartRate" unit="count/min" startDate="2026-02-27 07:00:00 +0100" endDate="2026-02-27 07:00:00 +0100" value="0x96"/>\n</HealthData>\n',
    );
    const t = testDeps();
    expect(await main(['import', 'apple-health', xml, '--tz', 'Europe/Amsterdam'], t.deps)).toBe(1);
    expect(t.stderr()).toMatch(/^error: .*export\.xml:2: startDate is not a date and time: "2026-02-30 07:00:00 \+0100"/);
    expect(await main(['import', 'apple-health', xml, '--tz', 'Europe/Amsterdam', '--skip-invalid'], t.deps)).toBe(0);
    expect(t.stderr()).toContain('skipped');
    expect(t.stderr()).toContain('has no numeric value: "0x96"');
    expect(listAllDays(await t.deps.db())).toEqual([]);

    const wellness = join(dir, 'wellness.csv');
    writeFileSync(wellness, 'effective_time_frame,fatigue,mood,readiness,sleep_duration_h,sleep_quality,soreness,soreness_area,stress\n2019,2,3,5,6,3,2,[],3\n');
    const p = testDeps();
    expect(await main(['import', 'pmsys', wellness], p.deps)).toBe(1);
    expect(p.stderr()).toContain('wellness.csv:2: effective_time_frame is not a date and time: "2019"');
  });

  it('says a PMSys or WHOOP CSV saved again by a spreadsheet has ";" between its columns, not that they are missing', async () => {
    const dir = tempDir();
    const wellness = join(dir, 'wellness.csv');
    // As Excel saves it in a Dutch locale: a BOM, ";" and CRLF (PMData p01's first row).
    writeFileSync(wellness, '\uFEFFeffective_time_frame;fatigue;mood;readiness;sleep_duration_h;sleep_quality;soreness;soreness_area;stress\r\n2019-11-01T08:31:40.751Z;2;3;5;6;3;2;[12921003];3\r\n');
    const t = testDeps();
    expect(await main(['import', 'pmsys', wellness], t.deps)).toBe(1);
    expect(t.stderr()).toBe(`error: ${wellness}:1: the columns are separated by ";", not commas (saved again by a spreadsheet?); import the file as it was exported\n`);
    const sleeps = join(dir, 'sleeps.csv');
    writeFileSync(sleeps, 'Cycle start time\tWake onset\tAsleep duration (min)\tNap\n2024-03-09 20:49:09\t2024-03-10 06:17:02\t504\tfalse\n');
    const w = testDeps();
    expect(await main(['--lang', 'nl', 'import', 'whoop', sleeps], w.deps)).toBe(1);
    expect(w.stderr()).toContain(`${sleeps}:1: de kolommen worden gescheiden door "tab", niet door komma's`);
    expect(existsSync(await t.deps.dbPath())).toBe(false);
  });

  it('leaves out days dated after today, and says so', async () => {
    const file = join(tempDir(), 'oura.csv');
    writeFileSync(file, 'date,Total Sleep Duration\n2026-11-20,27000\n2031-01-01,27000\n');
    const t = testDeps({ today: '2026-11-26' });
    expect(await main(['import', 'oura', file], t.deps)).toBe(0);
    expect(t.stderr()).toContain('note: 1 day dated after today left out (2031-01-01)');
    expect(listAllDays(await t.deps.db()).map((d) => d.date)).toEqual(['2026-11-20']);
  });

  it('skips bad rows of recover\'s own CSV with --skip-invalid', async () => {
    const file = join(tempDir(), 'days.csv');
    writeFileSync(file, 'date,sleep_h\n2026-11-20,7\n2026-11-21,25\n');
    const t = testDeps();
    expect(await main(['import', 'csv', file], t.deps)).toBe(1);
    expect(await main(['import', 'csv', file, '--skip-invalid'], t.deps)).toBe(0);
    expect(t.stderr()).toContain(`skipped ${file}:3: sleep must be a number from 0 to 24, got "25"`);
    expect(listAllDays(await t.deps.db()).map((d) => [d.date, d.sleepHours])).toEqual([['2026-11-20', 7]]);
  });
});

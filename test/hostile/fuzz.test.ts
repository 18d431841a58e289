import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseDate } from '../../src/commands/options.js';
import { addDays, FIRST_DATE, isIsoDate, isoWeek, isoWeekStart, LAST_DATE } from '../../src/core/dates.js';
import { checkText, CLOCK, InvalidValue, MAX_TEXT_LENGTH, NUMBER_FIELDS, parseNumber, parseSession, parseYesNo } from '../../src/core/fields.js';
import { parseLocalTime } from '../../src/core/nights.js';
import { SESSION_TYPES } from '../../src/core/types.js';
import { DataError, UsageError } from '../../src/errors.js';
import { decimal, instantOf, parseCsv, parseStampStrict, strictNumber } from '../../src/importers/common.js';
import { readCsvExport } from '../../src/importers/csv.js';
import { listAllDays } from '../../src/storage/days.js';
import { tempDir } from '../helpers/run-cli.js';
import { expectCleanImportOrRefusal, testDeps } from '../helpers/test-deps.js';

// Property tests over every parser and validator: whatever the text, each returns a value or
// refuses with the tool's own error (InvalidValue, UsageError, DataError), never anything else;
// what it accepts is in range and reads back the same.

const RUNS = { numRuns: 1000 };

/** Text that looks like numbers, dates and times often, and like anything at all otherwise. */
const numberish = fc.oneof(
  fc.double().map(String),
  fc.integer().map(String),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e309', '0x10', '0b1', '0o7', '1_000', '-0', '+5', '7:60', '25:00', '7:30', '7,5', '', ' ', '\u0000', '٥', '5\u0000'),
  fc.stringMatching(/^[+-]?\d{0,3}([.,:]\d{0,3})?(e[+-]?\d{1,3})?$/),
  fc.string({ maxLength: 12 }),
);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const stampish = fc.oneof(
  fc
    .record({ y: fc.integer({ min: 0, max: 9999 }), mo: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }), h: fc.integer({ min: 0, max: 25 }), mi: fc.integer({ min: 0, max: 61 }), s: fc.integer({ min: 0, max: 61 }), sep: fc.constantFrom('T', ' '), zone: fc.constantFrom('', 'Z', '+0100', '-05:30', ' +0200', '+1500', '+0060') })
    .map(({ y, mo, d, h, mi, s, sep, zone }) => `${pad(y, 4)}-${pad(mo)}-${pad(d)}${sep}${pad(h)}:${pad(mi)}:${pad(s)}${zone}`),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('2026-02-30', '2019', '1', '2024-03-02', '2024-03-02T07:00', '2024-03-02T07:00:00.123456789Z'),
);

/** Runs a parser; any error but the tool's own fails the property. */
function refusedOrValue<T>(parse: () => T): { ok: true; value: T } | { ok: false } {
  try {
    return { ok: true, value: parse() };
  } catch (err) {
    if (err instanceof InvalidValue || err instanceof UsageError || err instanceof DataError) return { ok: false };
    throw err;
  }
}

const validDate = fc.date({ min: new Date(`${FIRST_DATE}T00:00:00Z`), max: new Date(`${LAST_DATE}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** A value as it is typed: a clock time (minutes after midnight) as HH:MM. */
const ownText = (field: { unit: string }, v: number) => (field.unit === CLOCK ? `${pad(Math.floor(v / 60))}:${pad(v % 60)}` : String(v));

describe('flag and prompt parsers', () => {
  it.each(NUMBER_FIELDS.map((f) => [f.flag, f] as const))('--%s: in range when accepted, and its own text reads back the same', (_flag, field) => {
    fc.assert(
      fc.property(numberish, (text) => {
        const r = refusedOrValue(() => parseNumber(field, text));
        if (!r.ok) return;
        expect(Number.isFinite(r.value) && r.value >= field.min && r.value <= field.max).toBe(true);
        if (field.integer) expect(Number.isInteger(r.value)).toBe(true);
        expect(parseNumber(field, ownText(field, r.value))).toBe(r.value);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.double({ min: field.min, max: field.max, noNaN: true }), (value) => {
        const v = field.integer ? Math.round(value) : Math.abs(value);
        if (String(v).includes('e')) return;
        expect(parseNumber(field, ownText(field, v))).toBe(v);
      }),
      RUNS,
    );
  });

  it('sessions, yes/no and text: refused with the own error, or sane', () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(fc.constantFrom(...SESSION_TYPES, 'x', ''), numberish, numberish).map((p) => p.join(':')), fc.string()), (text) => {
        const r = refusedOrValue(() => parseSession(text));
        if (!r.ok) return;
        expect(r.value.minutes >= 1 && r.value.minutes <= 1440 && r.value.rpe !== null && r.value.rpe >= 0 && r.value.rpe <= 10).toBe(true);
        expect(parseSession(`${r.value.type}:${r.value.minutes}:${r.value.rpe}`)).toEqual(r.value);
      }),
      RUNS,
    );
    fc.assert(fc.property(fc.string(), (text) => void refusedOrValue(() => parseYesNo('--sick', text))), RUNS);
    fc.assert(
      fc.property(fc.string({ maxLength: MAX_TEXT_LENGTH + 5 }), (text) => {
        const r = refusedOrValue(() => checkText('note', text));
        if (r.ok && r.value !== null) expect(checkText('note', r.value)).toBe(r.value);
      }),
      RUNS,
    );
  });

  it('dates and ISO weeks: only real dates from 1900 to 2199, and each date\'s week starts on its Monday', () => {
    fc.assert(
      fc.property(fc.oneof(stampish, validDate), (text) => {
        const r = refusedOrValue(() => parseDate(text, '--date'));
        expect(r.ok).toBe(isIsoDate(text));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(validDate, (date) => {
        const monday = isoWeekStart(isoWeek(date));
        if (monday === null) {
          // Only the weeks that reach past 1900-2199 have no start.
          expect(date < '1900-01-08' || date > '2199-12-24').toBe(true);
          return;
        }
        const offset = [0, 1, 2, 3, 4, 5, 6].find((k) => addDays(monday, k) === date);
        expect(offset).toBeDefined();
      }),
      RUNS,
    );
    fc.assert(fc.property(fc.string({ maxLength: 10 }), (text) => void isoWeekStart(text)), RUNS);
  });
});

describe('the strict readers of every importer', () => {
  it('parseLocalTime: a real date and a minute of the day, or null, for any text', () => {
    fc.assert(
      fc.property(stampish, (text) => {
        const r = parseLocalTime(text);
        if (r !== null) expect(isIsoDate(r.endDate) && r.endMinute >= 0 && r.endMinute < 1440).toBe(true);
      }),
      RUNS,
    );
  });

  it('strictNumber: finite when accepted, and any finite number reads back from its own text', () => {
    fc.assert(
      fc.property(numberish, (text) => {
        const r = refusedOrValue(() => strictNumber(text, 'value'));
        if (r.ok) expect(Number.isFinite(r.value) && r.value === decimal(text)).toBe(true);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(strictNumber(String(x), 'value') === x).toBe(true);
      }),
      RUNS,
    );
  });

  it('parseStampStrict and instantOf: a real date and clock time when accepted, the same instant as Date.parse', () => {
    fc.assert(
      fc.property(stampish, (text) => {
        const r = refusedOrValue(() => parseStampStrict(text, 'time'));
        if (!r.ok) return;
        expect(isIsoDate(r.value.date)).toBe(true);
        if (r.value.minute !== null) expect(r.value.minute >= 0 && r.value.minute < 1440).toBe(true);
        const instant = refusedOrValue(() => instantOf(text, 'time'));
        // Whole seconds: a day's values need no more.
        const parsed = Date.parse(text.trim().replace(/^(\d{4}-\d\d-\d\d) /, '$1T').replace(/ ?([+-]\d\d):?(\d\d)$/, '$1:$2'));
        if (instant.ok) expect(instant.value).toBe(Math.floor(parsed / 1000) * 1000);
      }),
      RUNS,
    );
  });

  it('parseCsv and readCsvExport: rows or a DataError naming the file, for any text', async () => {
    const csvText = fc.array(fc.array(fc.oneof(numberish, fc.constantFrom('"', '""', '\n', '\r', ',', 'date', 'sleep_h', '2026-11-20', '=1+1')), { maxLength: 5 }), { maxLength: 5 }).map((rows) => rows.map((r) => r.join(',')).join('\n'));
    await fc.assert(
      fc.asyncProperty(fc.oneof(csvText, fc.string()), async (text) => {
        for (const parse of [async () => parseCsv('f.csv', text), () => readCsvExport('f.csv', [Buffer.from(text)], [])]) {
          try {
            await parse();
          } catch (err) {
            expect(err).toBeInstanceOf(DataError);
            expect((err as Error).message.startsWith('f.csv')).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});

describe('whole imports', () => {
  it('fitbit: any JSON records end in a clean import or a clean refusal', async () => {
    const value = fc.oneof(fc.constantFrom(null, '', '2019-11-01', '2019-11-01T23:00:00.000', true, -1, Number.POSITIVE_INFINITY), fc.double(), fc.integer(), fc.string({ maxLength: 8 }));
    const record = fc.oneof(fc.dictionary(fc.constantFrom('dateOfSleep', 'startTime', 'endTime', 'minutesAsleep', 'mainSleep', 'logId', 'value', 'dateTime'), value), value);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('sleep.json', 'resting_heart_rate.json'), fc.array(record, { maxLength: 5 }), fc.boolean(), async (file, records, skipInvalid) => {
        const t = testDeps();
        const path = join(tempDir(), file);
        writeFileSync(path, JSON.stringify(records));
        const code = await main(['import', 'fitbit', path, ...(skipInvalid ? ['--skip-invalid'] : [])], t.deps);
        await expectCleanImportOrRefusal(t, code);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  // The row parsers test/unit/importers/robustness.test.ts leaves out, with their real headers.
  const FILES: Array<[string, string, string[]]> = [
    ['whoop', 'physiological_cycles.csv', ['Cycle start time', 'Cycle end time', 'Cycle timezone', 'Resting heart rate (bpm)', 'Heart rate variability (ms)', 'Sleep onset', 'Wake onset', 'Asleep duration (min)']],
    ['whoop', 'workouts.csv', ['Cycle start time', 'Cycle end time', 'Cycle timezone', 'Workout start time', 'Workout end time', 'Duration (min)', 'Activity name', 'Max HR (bpm)', 'Average HR (bpm)']],
    ['whoop', 'journal_entries.csv', ['Cycle start time', 'Cycle end time', 'Cycle timezone', 'Question text', 'Answered yes', 'Notes']],
    ['pmsys', 'srpe.csv', ['end_date_time', 'activity_names', 'perceived_exertion', 'duration_min']],
    ['pmsys', 'injury.csv', ['effective_time_frame', 'injuries']],
    ['fitbit', 'sleep_score.csv', ['timestamp', 'sleep_log_entry_id', 'overall_score', 'resting_heart_rate']],
  ];
  it.each(FILES)('%s %s: any cells end in a clean import or a clean refusal', async (source, file, header) => {
    const cell = fc.oneof(numberish, stampish, fc.constantFrom('UTC+01:00', 'Europe/Oslo', 'Running', '["running"]', '{"knee": 3}', 'true', 'false', 'Did you drink alcohol?'));
    const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { maxLength: 5 }), fc.boolean(), async (rows, skipInvalid) => {
        const t = testDeps();
        const path = join(tempDir(), file);
        writeFileSync(path, `${[header, ...rows].map((r) => r.map(quote).join(',')).join('\n')}\n`);
        const code = await main(['import', source, path, '--tz', 'UTC', ...(skipInvalid ? ['--skip-invalid'] : [])], t.deps);
        await expectCleanImportOrRefusal(t, code);
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it("recover's own CSV: any cells end in a clean import or a clean refusal", async () => {
    const header = ['date', 'sleep_h', 'fatigue', 'protein_g', 'note', 'rest_day', 'sessions', 'sick', 'sources'];
    const cell = fc.oneof(numberish, fc.constantFrom('2026-11-20', '2199-12-31', 'full', 'strength:60:7', 'x:1:1', 'sleep_h=whoop', 'yes', '=cmd', "'=cmd"));
    const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { maxLength: 5 }), fc.boolean(), async (rows, skipInvalid) => {
        const t = testDeps();
        const path = join(tempDir(), 'days.csv');
        writeFileSync(path, `${[header, ...rows].map((r) => r.map(quote).join(',')).join('\n')}\n`);
        const code = await main(['import', 'csv', path, ...(skipInvalid ? ['--skip-invalid'] : [])], t.deps);
        await expectCleanImportOrRefusal(t, code);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('export then import gives back the same days', async () => {
    const day = fc.record({
      date: validDate.filter((d) => d <= '2026-11-26'),
      sleep: fc.integer({ min: 0, max: 96 }).map((q) => String(q / 4)),
      fatigue: fc.integer({ min: 1, max: 5 }).map(String),
      protein: fc.double({ min: 0, max: 1000, noNaN: true }).map((x) => String(Math.round(x * 10) / 10)),
      note: fc.string({ maxLength: 40 }).filter((s) => s.trim() === s && s !== ''),
      session: fc.tuple(fc.constantFrom(...SESSION_TYPES), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 10 })).map((p) => p.join(':')),
    });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(day, { selector: (d) => d.date, maxLength: 4 }), async (days) => {
        const a = testDeps();
        for (const d of days) {
          const args = ['log', '--date', d.date, '--sleep', d.sleep, '--fatigue', d.fatigue, '--protein', d.protein, '--note', d.note, '--session', d.session, '--yes'];
          expect(await main(args, a.deps)).toBe(0);
        }
        if (days.length === 0) return;
        const file = join(tempDir(), 'days.csv');
        expect(await main(['export', '-o', file], a.deps)).toBe(0);
        const b = testDeps();
        expect(await main(['import', 'csv', file], b.deps)).toBe(0);
        const strip = (list: ReturnType<typeof listAllDays>) => list.map((d) => ({ ...d, sessions: d.sessions.map((s) => ({ type: s.type, minutes: s.minutes, rpe: s.rpe })) }));
        expect(strip(listAllDays(await b.deps.db()))).toEqual(strip(listAllDays(await a.deps.db())));
        a.deps.close();
        b.deps.close();
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});

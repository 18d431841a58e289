import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDay, localClock, wallClockIn, zoneOffset } from '../../../src/core/dates.js';

// localClock is wallClockIn without a Date (an Apple Health import converts an instant a record):
// it must give the date and minute a Date gives, to the whole second, in any zone and at any instant.
describe('localClock', () => {
  const byDate = (ms: number, tz: string) => {
    const local = new Date(ms + zoneOffset(ms, tz));
    return { date: local.toISOString().slice(0, 10), minute: local.getUTCHours() * 60 + local.getUTCMinutes() + local.getUTCSeconds() / 60 };
  };

  it('gives the date and minute of a Date, fractions of a millisecond and daylight saving included', () => {
    const zones = ['UTC', 'Europe/Amsterdam', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Etc/GMT-1'];
    fc.assert(
      fc.property(fc.double({ min: -2e12, max: 4e12, noNaN: true }), fc.constantFrom(...zones), (ms, tz) => {
        const { day, minute } = localClock(ms, tz);
        expect({ date: dateOfDay(day), minute }).toEqual(byDate(ms, tz));
        expect(wallClockIn(ms, tz)).toEqual(byDate(ms, tz));
      }),
      { numRuns: 3000 },
    );
  });

  it('numbers days from 1970-01-01', () => {
    expect(localClock(Date.parse('1970-01-01T23:59:59Z'), 'UTC')).toEqual({ day: 0, minute: 1439 + 59 / 60 });
    expect(localClock(Date.parse('1969-12-31T23:00:00Z'), 'Europe/Amsterdam')).toEqual({ day: 0, minute: 0 });
    expect(dateOfDay(-1)).toBe('1969-12-31');
    expect(dateOfDay(19_723)).toBe('2024-01-01');
  });
});

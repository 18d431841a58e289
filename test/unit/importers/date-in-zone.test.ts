import { describe, expect, it } from 'vitest';
import { dateInZone } from '../../../src/importers/common.js';

// dateInZone reads cached zone offsets (wallClockIn) instead of a new Intl formatter a row: the
// dates must be Intl's own, also around daylight-saving changes and midnight.
describe('dateInZone', () => {
  const intl = (iso: string, tz: string) => new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));

  it.each([
    ['2019-03-30T22:59:59.999Z', 'Europe/Oslo', '2019-03-30'],
    ['2019-03-30T23:00:00.000Z', 'Europe/Oslo', '2019-03-31'],
    ['2019-10-26T21:59:59.000Z', 'Europe/Oslo', '2019-10-26'],
    ['2019-10-26T22:00:00.000Z', 'Europe/Oslo', '2019-10-27'],
    ['2019-11-05T22:51:54.710Z', 'Europe/Oslo', '2019-11-05'],
    ['2019-11-05T23:00:00.000Z', 'Europe/Oslo', '2019-11-06'],
    ['2020-01-01T04:59:00.000Z', 'America/New_York', '2019-12-31'],
    ['2020-01-01T10:30:00.000Z', 'Asia/Kolkata', '2020-01-01'],
    ['2020-01-01T18:29:59.000Z', 'Asia/Kolkata', '2020-01-01'],
    ['2020-01-01T18:30:00.000Z', 'Asia/Kolkata', '2020-01-02'],
  ])('%s in %s is %s', (iso, tz, date) => {
    expect(dateInZone(iso, tz, 'time')).toBe(date);
    expect(intl(iso, tz)).toBe(date);
  });
});

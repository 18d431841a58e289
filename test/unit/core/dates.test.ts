import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, dateRange, daysBetween, isIsoDate, localDate, weekday } from '../../../src/core/dates.js';

describe('dates', () => {
  it.each([
    ['2026-11-26', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['26-11-2026', false],
    ['', false],
    ['1900-01-01', true],
    ['1899-12-31', false],
    ['2199-12-31', true],
    ['2200-01-01', false],
    ['9999-12-31', false],
    ['0100-01-01', false],
  ])('isIsoDate(%j) is %s', (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
  });

  it('counts date ranges, so a reversed or bad range is empty rather than endless', () => {
    expect(dateRange('2026-11-29', '2026-12-02')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
    expect(dateRange('2026-12-02', '2026-11-29')).toEqual([]);
    expect(dateRange('2026-12-02', 'not a date')).toEqual([]);
  });

  it('adds days across months, years and DST changes', () => {
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('lists every date of a range, ends included', () => {
    expect(dateRange('2026-11-29', '2026-12-02')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
    expect(dateRange('2026-11-29', '2026-11-28')).toEqual([]);
  });

  it('names the weekday', () => {
    expect(weekday('2026-11-26')).toBe('Thu');
    expect(weekday('2026-11-29')).toBe('Sun');
  });

  it('takes the local date of an instant', () => {
    expect(localDate(new Date(2026, 10, 26, 23, 59))).toBe('2026-11-26');
  });
});

describe('date arithmetic from the digits', () => {
  // What addDays and daysBetween computed before, through Date's own parser: the reference.
  const parsed = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const byDate = (iso: string, days: number) => {
    const d = parsed(iso);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };
  const digits = (min: number, max: number, width: number) => fc.integer({ min, max }).map((v) => String(v).padStart(width, '0'));
  // Years that stay four digits after ±4000 days; every month and day text, valid or not.
  const dateLike = fc.tuple(digits(20, 9980, 4), digits(0, 99, 2), digits(0, 99, 2)).map(([y, m, d]) => `${y}-${m}-${d}`);

  it('gives what Date gave for any YYYY-MM-DD text, valid, rolled over or invalid', () => {
    fc.assert(
      fc.property(dateLike, fc.integer({ min: -4000, max: 4000 }), (iso, days) => {
        if (Number.isNaN(parsed(iso).getTime())) expect(() => addDays(iso, days)).toThrow(RangeError);
        else expect(addDays(iso, days)).toBe(byDate(iso, days));
        expect(daysBetween(iso, '2026-11-28')).toBe(Math.round((parsed('2026-11-28').getTime() - parsed(iso).getTime()) / 86_400_000));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([['2024-02-29', 1, '2024-03-01'], ['0050-01-01', 1, '0050-01-02'], ['2199-12-31', 1, '2200-01-01'], ['2024-02-30', 0, '2024-03-01']])('addDays(%s, %i) is %s', (iso, days, want) => {
    expect(addDays(iso, days)).toBe(want);
  });

  it.each(['2024-13-01', '2024-1-01', '2024-01-00', '2024-01-32', 'garbage', '', '2024-01- 1', '2024-+1-01', '0x12-01-01', ' 2024-01-1'])('refuses %j as Date did', (iso) => {
    expect(() => addDays(iso, 1)).toThrow(RangeError);
    expect(dateRange(iso, '2026-01-01')).toEqual([]);
  });
});

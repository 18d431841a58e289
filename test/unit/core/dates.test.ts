import { describe, expect, it } from 'vitest';
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

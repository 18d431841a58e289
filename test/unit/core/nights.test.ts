import { describe, expect, it } from 'vitest';
import { wallClockIn } from '../../../src/core/dates.js';
import { isNight, joinSegments, parseLocalTime, sumSleep, type SleepPeriod } from '../../../src/core/nights.js';

const at = (stamp: string) => Date.parse(`${stamp}Z`);
const period = (end: string, asleepMin: number): SleepPeriod => {
  const local = parseLocalTime(end);
  if (!local) throw new Error(`bad stamp ${end}`);
  return { ...local, asleepMin };
};

describe('the night rule', () => {
  it.each([
    ['2024-03-02 00:00:00', true],
    ['2024-03-02 00:30:00', true],
    ['2024-03-02 07:15:00', true],
    ['2024-03-02 13:59:00', true],
    ['2024-03-02 13:59:59', true],
    ['2024-03-02 14:00:00', false],
    ['2024-03-02 16:30:00', false],
    ['2024-03-02 23:50:00', false],
  ])('a period ending %s is a night: %s', (end, night) => {
    expect(isNight(period(end, 60))).toBe(night);
  });

  it.each([
    {
      name: 'a night split in two (a Fitbit split log) adds up on the date it ends',
      periods: [period('2024-03-02 02:10:00', 150), period('2024-03-02 07:40:00', 280)],
      nights: [['2024-03-02', 430]],
      naps: [],
    },
    {
      name: 'a 255-minute sleep from 01:42 a source flags as a nap is the night',
      periods: [period('2024-03-02 05:57:00', 255)],
      nights: [['2024-03-02', 255]],
      naps: [],
    },
    {
      name: 'an afternoon nap is kept apart and leaves the night alone',
      periods: [period('2024-03-02 06:30:00', 420), period('2024-03-02 14:00:00', 40), period('2024-03-02 16:10:00', 25)],
      nights: [['2024-03-02', 420]],
      naps: [['2024-03-02', 65]],
    },
    {
      name: 'a period ending 23:50 is a nap of that date, not the next night',
      periods: [period('2024-03-01 23:50:00', 80), period('2024-03-02 07:00:00', 400)],
      nights: [['2024-03-02', 400]],
      naps: [['2024-03-01', 80]],
    },
    {
      name: 'a late sleeper\'s 9 h ending 14:40 is the night, a 3 h sleep ending 20:00 a nap',
      periods: [period('2024-03-02 14:40:00', 540), period('2024-03-02 20:00:00', 180), period('2024-03-03 19:59:00', 179)],
      nights: [['2024-03-02', 540]],
      naps: [['2024-03-02', 180], ['2024-03-03', 179]],
    },
    {
      name: 'a period ending 13:59 is still the night',
      periods: [period('2024-03-02 13:59:00', 500)],
      nights: [['2024-03-02', 500]],
      naps: [],
    },
  ])('$name', ({ periods, nights, naps }) => {
    const totals = sumSleep(periods);
    expect([...totals.nights]).toEqual(nights);
    expect([...totals.naps]).toEqual(naps);
  });
});

describe('joining segments', () => {
  it('joins stages less than an hour apart into one period, counting overlaps once', () => {
    expect(
      joinSegments([
        [at('2024-03-01T23:00:00'), at('2024-03-02T01:00:00')],
        [at('2024-03-02T00:30:00'), at('2024-03-02T02:00:00')], // overlaps the first by 30 min
        [at('2024-03-02T02:50:00'), at('2024-03-02T03:00:00')], // 50 min later: same period
      ]),
    ).toEqual([{ startMs: at('2024-03-01T23:00:00'), endMs: at('2024-03-02T03:00:00'), asleepMin: 190 }]);
  });

  it.each([
    // Fragments 50 min apart are one period ending 00:40: the night of 03-02.
    { gap: 50, nights: [['2024-03-02', 60]], naps: [] },
    // 70 min apart they are two: the first ends 23:30, a nap of 03-01; the second is the night.
    { gap: 70, nights: [['2024-03-02', 30]], naps: [['2024-03-01', 30]] },
  ])('fragments $gap min apart', ({ gap, nights, naps }) => {
    const firstEnd = at('2024-03-01T23:30:00');
    const secondStart = firstEnd + gap * 60_000;
    const periods = joinSegments([
      [at('2024-03-01T23:00:00'), firstEnd],
      [secondStart, secondStart + 30 * 60_000],
    ]).map((p) => ({ ...wallClockOf(p.endMs), asleepMin: p.asleepMin }));
    const totals = sumSleep(periods);
    expect([...totals.nights]).toEqual(nights);
    expect([...totals.naps]).toEqual(naps);
  });
});

const wallClockOf = (ms: number) => {
  const { date, minute } = wallClockIn(ms, 'UTC');
  return { endDate: date, endMinute: minute };
};

describe('wall clock in a zone', () => {
  it.each([
    // Amsterdam moves from +01:00 to +02:00 at 2024-03-31 01:00 UTC.
    ['2024-03-30T23:30:00Z', 'Europe/Amsterdam', '2024-03-31', 30],
    ['2024-03-31T05:00:00Z', 'Europe/Amsterdam', '2024-03-31', 7 * 60],
    // New York's autumn change: 2024-11-03 06:00 UTC is 01:00 EST (the second 01:00).
    ['2024-11-03T06:00:00Z', 'America/New_York', '2024-11-03', 60],
    ['2024-11-03T04:30:00Z', 'America/New_York', '2024-11-03', 30],
    ['2024-06-24T03:00:00Z', 'America/New_York', '2024-06-23', 23 * 60],
    ['2024-01-01T01:27:53Z', 'UTC', '2024-01-01', 87 + 53 / 60],
  ])('%s in %s is %s, minute %d', (instant, tz, date, minute) => {
    expect(wallClockIn(Date.parse(instant), tz)).toEqual({ date, minute });
  });

  it('reads local times without a zone', () => {
    expect(parseLocalTime('2019-11-02T07:19:30.000')).toEqual({ endDate: '2019-11-02', endMinute: 439.5 });
    expect(parseLocalTime('2024-06-24 05:44:09')?.endDate).toBe('2024-06-24');
    expect(parseLocalTime('2024-06-24')).toBeNull();
    expect(parseLocalTime('2024-06-24 25:00:00')).toBeNull();
  });
});

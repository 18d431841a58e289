// Calendar days are ISO "YYYY-MM-DD" strings; arithmetic runs in UTC so it never
// depends on the machine's time zone or daylight saving.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** The dates recover accepts anywhere: far enough for any life and any plan, near enough that every loop over them is short. */
export const FIRST_DATE = '1900-01-01';
export const LAST_DATE = '2199-12-31';

/** A real calendar date as YYYY-MM-DD, from FIRST_DATE to LAST_DATE. */
export function isIsoDate(text: string): boolean {
  if (text < FIRST_DATE || text > LAST_DATE) return false;
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const DAY_MS = 86_400_000;

/** Orders by date: ISO dates sort as text, with no locale. */
export const byDate = (a: { date: string }, b: { date: string }): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * Midnight UTC of a YYYY-MM-DD date in epoch ms, or NaN where `new Date(text)` would be invalid
 * (a day past the month's end rolls over, as Date's own parser does). Read from the digits:
 * parsing the text as a Date was most of a report's date arithmetic.
 */
function utcMs(iso: string): number {
  if (!ISO_DATE.test(iso)) return Number.NaN;
  const [month, day] = [Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return Number.NaN;
  // setUTCFullYear, not Date.UTC: that reads years 0-99 as 1900-1999.
  return new Date(0).setUTCFullYear(Number(iso.slice(0, 4)), month - 1, day);
}

function toUtc(iso: string): Date {
  return new Date(utcMs(iso));
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

export function addDays(iso: string, days: number): string {
  const d = new Date(utcMs(iso) + days * DAY_MS);
  // An invalid date throws here, as toISOString() did.
  if (Number.isNaN(d.getTime())) throw new RangeError('Invalid time value');
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${twoDigits(d.getUTCMonth() + 1)}-${twoDigits(d.getUTCDate())}`;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}

/** Every date from `from` to `to`, both included; counted, so no date string can make it loop. */
export function dateRange(from: string, to: string): string[] {
  const days = daysBetween(from, to);
  if (!(days >= 0)) return [];
  return Array.from({ length: days + 1 }, (_, i) => addDays(from, i));
}

export function weekday(iso: string): (typeof WEEKDAYS)[number] {
  return WEEKDAYS[toUtc(iso).getUTCDay()] ?? 'Sun';
}

/** The local calendar date of an instant, as the user's clock shows it. */
export function localDate(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** ISO 8601 week of a date, as "2026-W49" (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(iso: string): string {
  const d = toUtc(iso);
  const day = (d.getUTCDay() + 6) % 7; // Monday 0
  d.setUTCDate(d.getUTCDate() - day + 3); // the Thursday of this week decides the year
  const year = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((d.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday that starts an ISO week "2026-W49", or null when there is no such week (or it falls outside 1900-2199). */
export function isoWeekStart(week: string): string | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return null;
  const jan4 = `${m[1]}-01-04`;
  const monday = addDays(jan4, -((toUtc(jan4).getUTCDay() + 6) % 7) + (Number(m[2]) - 1) * 7);
  // A week must lie within the dates recover accepts, like every date.
  return isoWeek(monday) === week && isIsoDate(monday) && isIsoDate(addDays(monday, 6)) ? monday : null;
}

export const WEEKDAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

interface Clock {
  format: Intl.DateTimeFormat;
  /** Per week (UTC, counted from 1970): its offset, or per quarter hour in a week the offset changes. */
  blocks: Map<number, number | Map<number, number>>;
}
const clocks = new Map<string, Clock>();
const QUARTER_HOUR = 900_000;
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2}), (\d{2}):(\d{2}):(\d{2})$/;
/** Quarter hours in a block of 7 days. */
const SLOTS_A_BLOCK = 96 * 7;

/**
 * The zone's offset in a quarter hour. A week (UTC) whose two ends share an offset has it
 * throughout (zones change at most a few times a year, months apart), so two lookups serve its
 * 672 quarter hours.
 */
function offsetAt(clock: Clock, slot: number): number {
  const lookup = (s: number) => {
    const at = s * QUARTER_HOUR;
    // The formatted "2024-03-02, 07:00:00" read by position costs a third of formatToParts; any other shape is read by its parts.
    const m = WALL_CLOCK.exec(clock.format.format(at));
    const p = m ? { year: m[1], month: m[2], day: m[3], hour: m[4], minute: m[5], second: m[6] } : Object.fromEntries(clock.format.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
    return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) - at;
  };
  const block = Math.floor(slot / SLOTS_A_BLOCK);
  let known = clock.blocks.get(block);
  if (known === undefined) {
    const [start, end] = [lookup(block * SLOTS_A_BLOCK), lookup(block * SLOTS_A_BLOCK + SLOTS_A_BLOCK - 1)];
    known = start === end ? start : new Map<number, number>();
    clock.blocks.set(block, known);
  }
  if (typeof known === 'number') return known;
  const offset = known.get(slot) ?? lookup(slot);
  known.set(slot, offset);
  return offset;
}

/**
 * An instant on the wall clock of an IANA zone, by that zone's rules for that date (so daylight
 * saving is applied as it was then): its date and the minutes since local midnight. Offsets are
 * cached per quarter hour, as a large export converts millions of instants.
 */
export function wallClockIn(ms: number, tz: string): { date: string; minute: number } {
  const { day, minute } = localClock(ms, tz);
  return { date: dateOfDay(day), minute };
}

/** wallClockIn with the date as a day number (days since 1970-01-01): no Date and no string made (a large import converts millions of instants). */
export function localClock(ms: number, tz: string): { day: number; minute: number } {
  // Whole milliseconds, as a Date holds them; minutes with the seconds as a fraction, not the milliseconds.
  const local = Math.trunc(ms + zoneOffset(ms, tz));
  const day = Math.floor(local / DAY_MS);
  const sinceMidnight = local - day * DAY_MS;
  return { day, minute: Math.floor(sinceMidnight / 60_000) + Math.floor((sinceMidnight % 60_000) / 1000) / 60 };
}

/** A day number (days since 1970-01-01) as its date, YYYY-MM-DD. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The zone's offset from UTC at an instant, in milliseconds, as wallClockIn applies it: its local date is that of ms + offset in UTC. */
export function zoneOffset(ms: number, tz: string): number {
  let clock = clocks.get(tz);
  if (!clock) {
    const format = new Intl.DateTimeFormat('en-CA', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    clock = { format, blocks: new Map() };
    clocks.set(tz, clock);
  }
  return offsetAt(clock, Math.floor(ms / QUARTER_HOUR));
}

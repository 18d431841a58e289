import { InvalidValue } from '../core/fields.js';
import { answeredTags } from '../core/tags.js';
import { DataError, Phrase } from '../errors.js';
import { sessionTypeFor } from './activity.js';
import { checkZone, counted, csvStream, dateInZone, DayCollector, eachRecord, numberCell, type CsvRecord, type FileResult, type Importer, type ReadContext } from './common.js';
import { locateAll } from './locate.js';

// PMSys exports (as in PMData), instants in UTC:
//   wellness.csv: effective_time_frame,fatigue,mood,readiness,sleep_duration_h,sleep_quality,soreness,soreness_area,stress
//                 2019-11-01T08:31:40.751Z,2,3,5,6,3,2,[12921003],3
//   srpe.csv:     end_date_time,activity_names,perceived_exertion,duration_min
//                 2019-11-05T22:51:54.710Z,"['individual', 'running']",7,30
//   injury.csv:   effective_time_frame,injuries
//                 2019-11-18T08:28:53.208Z,{'right_knee': 'minor'}
// and PMData's daily Google Forms report (googledocs/reporting.csv), dates DD/MM/YYYY:
//   date,timestamp,meals,weight,glasses_of_fluid,alcohol_consumed
//   15/11/2019,15/11/2019 21:07:04,"Breakfast, Lunch, Dinner, Evening",99,10,No

const FILES = ['wellness.csv', 'srpe.csv', 'injury.csv', 'reporting.csv'] as const;

/**
 * PMSys's wellness items follow McLean et al. (2010): 1 is worst and 5 best (fatigue 5 =
 * very fresh, soreness 5 = feeling great, stress 5 = very relaxed). Ours run the other
 * way for fatigue, soreness and stress, so those are mirrored: ours = 6 - theirs.
 */
export const mirror = (value: number | null): number | null => (value === null ? null : 6 - value);

/** Readiness to train, 0-10, onto our motivation 1-5: 0-1 -> 1, 2-3 -> 2, ... 8-10 -> 5. */
export const readinessToMotivation = (value: number | null): number | null =>
  value === null ? null : Math.min(5, Math.floor(value / 2) + 1);

/** The answers of a wellness report; all 0 is a form sent blank (PMData p05 has two, minutes after a real one). */
const WELLNESS_ANSWERS = ['fatigue', 'mood', 'readiness', 'sleep_duration_h', 'sleep_quality', 'soreness', 'stress'] as const;

async function readWellness(file: string, chunks: AsyncIterable<Buffer>, ctx: ReadContext): Promise<FileResult> {
  const days = new DayCollector(file);
  let blank = 0;
  const rows = csvStream(file, chunks, ['effective_time_frame', 'fatigue', 'readiness', 'sleep_duration_h', 'sleep_quality', 'soreness', 'stress']);
  await eachRecord(days, ctx, rows, (r, where) => {
    // Its 0 h of sleep and readiness 0 are not answers: kept, they replaced the day's real report.
    if (WELLNESS_ANSWERS.every((column) => (r[column] ?? '0').trim() === '0')) {
      blank++;
      return;
    }
    const date = dateInZone(r.effective_time_frame ?? '', ctx.tz, 'effective_time_frame');
    // Off the 1-5 scale (real exports hold a few 0s) is implausible: left out and reported, not fatal.
    const scale = (column: string) => {
      const value = numberCell(r, column);
      if (value !== null && !(Number.isInteger(value) && value >= 1 && value <= 5)) {
        const problem = new InvalidValue('value-not-whole', { label: `"${column}"`, min: 1, max: 5, value: r[column] ?? '' });
        days.skipped.push({ where, reason: new InvalidValue('implausible-value', { problem }).message });
        return null;
      }
      return value;
    };
    days.set(where, date, 'fatigue', mirror(scale('fatigue')));
    days.set(where, date, 'soreness', mirror(scale('soreness')));
    days.set(where, date, 'stress', mirror(scale('stress')));
    days.set(where, date, 'sleepQuality', scale('sleep_quality'));
    days.set(where, date, 'sleepHours', numberCell(r, 'sleep_duration_h'));
    days.set(where, date, 'motivation', readinessToMotivation(numberCell(r, 'readiness')));
  });
  return days.result(counted({ code: 'pmsys-empty-wellness', n: blank }));
}

/** "['individual', 'running']" -> ['individual', 'running']. */
function activityNames(text: string): string[] {
  const trimmed = text.trim();
  if (!/^\[.*\]$/.test(trimmed)) throw new InvalidValue('cell-not-list', { what: 'activity_names', value: text });
  return [...trimmed.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');
}

async function readSrpe(file: string, chunks: AsyncIterable<Buffer>, ctx: ReadContext): Promise<FileResult> {
  const days = new DayCollector(file);
  let empty = 0;
  const rows = csvStream(file, chunks, ['end_date_time', 'activity_names', 'perceived_exertion', 'duration_min']);
  await eachRecord(days, ctx, rows, (r: CsvRecord, where) => {
    const rpe = numberCell(r, 'perceived_exertion');
    const minutes = numberCell(r, 'duration_min');
    if (rpe === null && minutes === null) {
      empty++; // PMSys writes " {}" rows for reports left blank
      return;
    }
    if (rpe === null || minutes === null) throw new InvalidValue('pmsys-session-incomplete');
    const end = (r.end_date_time ?? '').trim();
    const names = activityNames(r.activity_names ?? '');
    // "individual"/"team" say who, not what: the kind comes from the other names.
    const kind = names.filter((n) => n !== 'individual' && n !== 'team').join(' ') || names.join(' ');
    days.addSession(where, dateInZone(end, ctx.tz, 'end_date_time'), {
      type: sessionTypeFor(kind),
      minutes,
      rpe,
      source: 'pmsys',
      externalId: end,
    });
  });
  return days.result(counted({ code: 'pmsys-empty-sessions', n: empty }));
}

/** "{'right_knee': 'minor', 'left_hand': 'minor'}" -> "right knee (minor), left hand (minor)". */
export function injuryText(text: string): string | null {
  const trimmed = text.trim();
  if (!/^\{.*\}$/.test(trimmed)) throw new InvalidValue('pmsys-bad-injuries', { value: text });
  const parts = [...trimmed.matchAll(/'([^']+)'\s*:\s*'([^']+)'/g)].map((m) => `${(m[1] ?? '').replace(/_/g, ' ')} (${m[2]})`);
  return parts.length ? parts.join(', ') : null;
}

async function readInjury(file: string, chunks: AsyncIterable<Buffer>, ctx: ReadContext): Promise<FileResult> {
  const days = new DayCollector(file);
  const rows = csvStream(file, chunks, ['effective_time_frame', 'injuries']);
  await eachRecord(days, ctx, rows, (r) => {
    const injury = injuryText(r.injuries ?? '');
    if (injury) days.setText(dateInZone(r.effective_time_frame ?? '', ctx.tz, 'effective_time_frame'), 'injury', injury);
  });
  return days.result();
}

/**
 * The daily report's "alcohol_consumed" answer becomes the tag alcohol, a "No" an answered no, on
 * the day reported; a day reported twice (p02 has 56) held alcohol if either report says so.
 * Glasses of fluid are left out: the glass size is unknown, so no litres.
 */
async function readReporting(file: string, chunks: AsyncIterable<Buffer>, ctx: ReadContext): Promise<FileResult> {
  const days = new DayCollector(file);
  let glasses = 0;
  let unknown = 0;
  const alcohol = new Map<string, boolean>();
  const rows = csvStream(file, chunks, ['date', 'alcohol_consumed']);
  await eachRecord(days, ctx, rows, (r) => {
    const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec((r.date ?? '').trim());
    if (!m) throw new InvalidValue('date-not-dmy', { column: 'date', value: r.date ?? '' });
    const answer = (r.alcohol_consumed ?? '').trim().toLowerCase();
    // "Maybe" and "Do not want to provide this information" (real answers) leave the day unknown.
    if (answer !== 'yes' && answer !== 'no') unknown++;
    if ((r.glasses_of_fluid ?? '').trim() !== '') glasses++;
    const date = `${m[3]}-${m[2]}-${m[1]}`;
    if (answer === 'yes' || answer === 'no') alcohol.set(date, (alcohol.get(date) ?? false) || answer === 'yes');
  });
  for (const [date, yes] of alcohol) days.setText(date, 'tags', answeredTags(yes ? ['alcohol'] : [], ['alcohol']));
  return days.result(counted({ code: 'pmsys-alcohol-unknown', n: unknown }, { code: 'pmsys-glasses', n: glasses }));
}

const READERS: Record<(typeof FILES)[number], (file: string, chunks: AsyncIterable<Buffer>, ctx: ReadContext) => Promise<FileResult>> = {
  'wellness.csv': readWellness,
  'srpe.csv': readSrpe,
  'injury.csv': readInjury,
  'reporting.csv': readReporting,
};

export const pmsys: Importer = {
  id: 'pmsys',
  async read(path, ctx) {
    checkZone(ctx.tz);
    const wanted = { source: 'pmsys', files: new Phrase('files-pmsys'), matches: (n: string) => n in READERS };
    return locateAll([path], wanted, async (files) => {
      const results: FileResult[] = [];
      for (const { where, name, chunks } of files) {
        const reader = READERS[name as (typeof FILES)[number]];
        if (!reader) throw new DataError('pmsys-not-file', { where, files: FILES.join(', ') });
        results.push(await reader(where, chunks(), ctx));
      }
      return results;
    });
  },
};

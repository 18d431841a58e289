import { InvalidValue } from './fields.js';
import type { Day } from './types.js';

// A day's tags are one text value, so they take the same path as every other field (observation,
// source order, CSV). "alcohol,late-meal" lists what the day held. A WHOOP journal also records
// the questions answered no, as "-caffeine": only those days count as days without the tag,
// because a question not asked is unknown, not a no. A list typed by hand has no "-" items: the
// person was shown their tags, so any tag left out is a no for that day. "" is a day with none.

const NAME = /^[a-z0-9][a-z0-9-]{0,39}$/;
const NO = '-';

/** "Late meal" -> "late-meal"; refuses anything that is not letters, digits and dashes. */
export function normaliseTag(text: string): string {
  const tag = text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (!NAME.test(tag)) throw new InvalidValue('tag-bad-name', { value: text });
  return tag;
}

/** The tags typed (each may hold several, comma-separated) as one stored value. */
export function tagList(texts: readonly string[]): string {
  const tags = texts.flatMap((t) => t.split(',')).filter((t) => t.trim() !== '').map(normaliseTag);
  return [...new Set(tags)].sort().join(',');
}

/** Yes and answered-no tags as one stored value: "alcohol,-caffeine". */
export function answeredTags(yes: Iterable<string>, no: Iterable<string>): string {
  const yesSet = new Set(yes);
  const items = [...yesSet, ...[...new Set(no)].filter((t) => !yesSet.has(t)).map((t) => `${NO}${t}`)];
  return items.sort((a, b) => a.replace(NO, '').localeCompare(b.replace(NO, ''))).join(',');
}

/** Checks a stored value: items are tags, or "-" and a tag. */
export function checkTags(value: string): void {
  for (const item of value === '' ? [] : value.split(',')) {
    const name = item.startsWith(NO) ? item.slice(1) : item;
    if (!NAME.test(name)) throw new InvalidValue('tags-bad-names', { value: item });
  }
}

/** The tags a day held (not the answered noes). */
export function tagsOf(day: Pick<Day, 'tags'>): string[] {
  return day.tags === null || day.tags === '' ? [] : day.tags.split(',').filter((t) => !t.startsWith(NO));
}

/** Whether a day held `tag`: true, false, or null when unknown (no tags, or the question was not asked). */
export function tagState(day: Pick<Day, 'tags'>, tag: string): boolean | null {
  if (day.tags === null) return null;
  const items = day.tags === '' ? [] : day.tags.split(',');
  if (items.includes(tag)) return true;
  if (items.includes(`${NO}${tag}`)) return false;
  return items.some((t) => t.startsWith(NO)) ? null : false;
}

/** Every tag seen, most recently used first (for the prompt's suggestions and for insights). */
export function recentTags(days: readonly Pick<Day, 'date' | 'tags'>[]): string[] {
  const seen = new Map<string, string>();
  for (const d of days) {
    const items = d.tags === null || d.tags === '' ? [] : d.tags.split(',');
    for (const item of items) {
      const name = item.startsWith(NO) ? item.slice(1) : item;
      if (!item.startsWith(NO) && (seen.get(name) ?? '') < d.date) seen.set(name, d.date);
      else if (!seen.has(name)) seen.set(name, '');
    }
  }
  return [...seen.entries()].sort((a, b) => b[1].localeCompare(a[1]) || a[0].localeCompare(b[0])).map(([name]) => name);
}

import { InvalidValue } from './fields.js';
import type { Settings } from './types.js';

/**
 * Optional items of the evening log: asked only when the person tracks them (`recover config set
 * track bedtime,fat`), so the daily questions stay short. Flags and imports fill them either way.
 */
export const TRACKABLE = ['bedtime', 'fat', 'fruit-veg', 'tags'] as const;
export type Trackable = (typeof TRACKABLE)[number];

/** "bedtime, fat" -> "bedtime,fat"; "none" or "" tracks nothing extra. */
export function parseTracked(text: string): string {
  const items = text.split(',').map((t) => t.trim().toLowerCase()).filter((t) => t !== '' && t !== 'none');
  const unknown = items.find((t) => !(TRACKABLE as readonly string[]).includes(t));
  if (unknown !== undefined) throw new InvalidValue(`track must be a comma-separated list of ${TRACKABLE.join(', ')} (or none), got "${unknown}"`);
  return TRACKABLE.filter((t) => items.includes(t)).join(',');
}

/** Whether the evening log asks for `item`. */
export function isTracked(settings: Pick<Settings, 'track'>, item: Trackable): boolean {
  return (settings.track ?? '').split(',').includes(item);
}

import { CLOCK, fieldByKey, InvalidValue, parseNumber, type NumberField } from '../core/fields.js';
import { tagList, tagsOf } from '../core/tags.js';
import { isTracked } from '../core/tracked.js';
import type { Day, Settings } from '../core/types.js';
import type { Prompter } from '../cli/prompter.js';
import { clock } from '../render/advice.js';
import { num } from '../render/format.js';

/** How many recent tags the prompt offers to tick. */
const OFFERED_TAGS = 12;
const CLEAR = '-';

interface TrackedContext {
  settings: Pick<Settings, 'track'>;
  /** The last bed and wake times logged: the best guess for this night's. */
  lastTimes: Pick<Day, 'bedtimeMin' | 'wakeMin'> | null;
  /** The person's tags, most recent first. */
  recentTags: readonly string[];
}

/**
 * The optional items of the evening log, asked only when tracked (`recover config set track
 * bedtime,fat,fruit-veg,tags`). Kept apart from the main questions so that the tracked-items
 * setting of the lighter log can take them over as they are.
 */
export async function askTracked(prompter: Prompter, day: Day, ctx: TrackedContext): Promise<Day> {
  const next: Day = { ...day };
  const ask = async (key: 'bedtimeMin' | 'wakeMin' | 'fatG' | 'fruitVegServings') => {
    const carried = key === 'bedtimeMin' || key === 'wakeMin' ? (ctx.lastTimes?.[key] ?? null) : null;
    next[key] = await askValue(prompter, fieldByKey(key), next[key] ?? carried);
  };
  if (isTracked(ctx.settings, 'bedtime')) {
    await ask('bedtimeMin');
    await ask('wakeMin');
  }
  if (isTracked(ctx.settings, 'fat')) await ask('fatG');
  if (isTracked(ctx.settings, 'fruit-veg')) await ask('fruitVegServings');
  if (isTracked(ctx.settings, 'tags')) next.tags = await askTags(prompter, next, ctx.recentTags);
  return next;
}

async function askValue(prompter: Prompter, field: NumberField, current: number | null): Promise<number | null> {
  const shown = current === null ? undefined : field.unit === CLOCK ? clock(current) : num(current, 2);
  const unit = field.unit === CLOCK ? 'HH:MM' : field.unit;
  const answer = await prompter.input({
    message: `${field.label.charAt(0).toUpperCase()}${field.label.slice(1)} (${unit}) [${field.hint}; Enter to ${current === null ? 'skip' : `keep, ${CLEAR} to clear`}]`,
    default: shown,
    validate: (text) => {
      const t = text.trim();
      if (t === '' || t === CLEAR) return true;
      try {
        parseNumber(field, t);
        return true;
      } catch (err) {
        return err instanceof InvalidValue ? err.message : String(err);
      }
    },
  });
  const t = answer.trim();
  return t === '' || t === CLEAR ? null : parseNumber(field, t);
}

/** Recent tags to tick, then any new ones; the answer is the day's whole list ("" for none). */
async function askTags(prompter: Prompter, day: Day, recent: readonly string[]): Promise<string> {
  const have = tagsOf(day);
  const offered = [...new Set([...have, ...recent])].slice(0, Math.max(OFFERED_TAGS, have.length));
  const ticked = offered.length === 0 ? [] : await prompter.checkbox({
    message: 'Tags for today (space to tick, Enter when done)',
    choices: offered.map((t) => ({ name: t, value: t, checked: have.includes(t) })),
  });
  const more = await prompter.input({
    message: 'Other tags (comma-separated, e.g. alcohol, late-meal) [Enter for none]',
    validate: (text) => {
      try {
        tagList([text]);
        return true;
      } catch (err) {
        return err instanceof InvalidValue ? err.message : String(err);
      }
    },
  });
  return tagList([...ticked, more]);
}

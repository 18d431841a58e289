import { CLOCK, fieldByKey, InvalidValue, type NumberField } from '../core/fields.js';
import { tagList, tagsOf } from '../core/tags.js';
import type { Day } from '../core/types.js';
import type { Prompter } from '../cli/prompter.js';
import { clock } from '../render/format.js';
import { formatNumber } from '../render/i18n.js';
import { sayLog } from '../render/messages/log.js';
import { fieldWords } from './log-prompts.js';
import { parseTyped } from './options.js';

/** How many recent tags the prompt offers to tick. */
const OFFERED_TAGS = 12;
const CLEAR = '-';

interface TrackedContext {
  /** Whether the person tracks a field (the `track` setting). */
  tracked: (key: keyof Day) => boolean;
  /** Fields an import already gave this day: not asked again. */
  imported: ReadonlySet<keyof Day>;
  /** The last bed and wake times logged: the best guess for this night's. */
  lastTimes: Pick<Day, 'bedtimeMin' | 'wakeMin'> | null;
  /** The person's tags, most recent first. */
  recentTags: readonly string[];
}

/**
 * The extras of the evening log beyond the main questions: bed and wake times, fat, fruit and
 * vegetables, tags. Asked only when tracked (`recover config set track bedtime,fat,…`) and not
 * already imported that day.
 */
export async function askExtras(prompter: Prompter, day: Day, ctx: TrackedContext): Promise<Day> {
  const next: Day = { ...day };
  const wanted = (key: keyof Day) => ctx.tracked(key) && !ctx.imported.has(key);
  const ask = async (key: 'bedtimeMin' | 'wakeMin' | 'fatG' | 'fruitVegServings') => {
    if (!wanted(key)) return;
    const carried = key === 'bedtimeMin' || key === 'wakeMin' ? (ctx.lastTimes?.[key] ?? null) : null;
    next[key] = await askValue(prompter, fieldByKey(key), next[key] ?? carried);
  };
  await ask('bedtimeMin');
  await ask('wakeMin');
  await ask('fatG');
  await ask('fruitVegServings');
  if (wanted('tags')) next.tags = await askTags(prompter, next, ctx.recentTags);
  return next;
}

async function askValue(prompter: Prompter, field: NumberField, current: number | null): Promise<number | null> {
  const shown = current === null ? undefined : field.unit === CLOCK ? clock(current) : formatNumber(current, 2);
  const words = fieldWords(field);
  const answer = await prompter.input({
    message: sayLog('fieldQuestionOptional', { ...words, unit: ` (${words.unit})`, current: current === null ? 'no' : 'yes' }),
    default: shown,
    validate: (text) => {
      const t = text.trim();
      if (t === '' || t === CLEAR) return true;
      try {
        parseTyped(field, t);
        return true;
      } catch (err) {
        return err instanceof InvalidValue ? err.message : String(err);
      }
    },
  });
  const t = answer.trim();
  return t === '' || t === CLEAR ? null : parseTyped(field, t);
}

/** Recent tags to tick, then any new ones; the answer is the day's whole list ("" for none). */
async function askTags(prompter: Prompter, day: Day, recent: readonly string[]): Promise<string> {
  const have = tagsOf(day);
  const offered = [...new Set([...have, ...recent])].slice(0, Math.max(OFFERED_TAGS, have.length));
  const ticked = offered.length === 0 ? [] : await prompter.checkbox({
    message: sayLog('tagsTick'),
    choices: offered.map((t) => ({ name: t, value: t, checked: have.includes(t) })),
  });
  const more = await prompter.input({
    message: sayLog('tagsMore'),
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

import { dayLoad, dayStatus, sessionLoad } from '../core/day-status.js';
import { dayLoadEstimated, estimatedRpe } from '../core/estimated-load.js';
import { tagsOf } from '../core/tags.js';
import type { Day, Session } from '../core/types.js';
import { clock, dayName, inert } from './format.js';
import { formatNumber } from './i18n.js';
import { sayDay, sessionWord } from './messages/day.js';
import { glueBrackets, wrap } from './wrap.js';

const scale = (v: number | null) => (v === null ? '-' : `${v}/5`);
const amount = (v: number | null, unit: string) => (v === null ? '-' : `${formatNumber(v)} ${unit}`);
const hours = (v: number | null) => amount(v, sayDay('unitH'));

/** A day as the log names it, with its year: "Tue 2026-11-24" / "di 24 nov 2026". */
export function dayLabel(date: string): string {
  return dayName(date, true);
}

/** "strength 60 min, RPE 8 (load 480)", in the run's language. */
export function describeSession(s: Session): string {
  const load = sessionLoad(s);
  const estimate = estimatedRpe(s);
  const effort = s.rpe !== null ? 'rpe' : estimate !== null ? 'estimated' : 'none';
  return sayDay('session', {
    type: sessionWord(s.type),
    minutes: formatNumber(s.minutes),
    effort,
    rpe: formatNumber(s.rpe ?? estimate ?? 0),
    load: load === null ? '-' : formatNumber(load, 0),
  });
}

/** Where a summary line's value starts ("  Training   "): a long value wraps back to it. */
const VALUE_COLUMN = ' '.repeat(13);

/** A day in a few lines, shown before saving it, each wrapped to `width` columns. */
export function describeDay(day: Day, width = Number.POSITIVE_INFINITY): string {
  const status = dayStatus(day);
  const sessions = day.sessions.map(describeSession).join('; ');
  const training =
    status === 'unknown' ? '-' : day.sessions.length === 0 ? sayDay('fullRest') : status === 'active-rest' ? sayDay('activeRest', { sessions }) : sessions;
  const lines = [
    dayLabel(day.date),
    sayDay('sleep', { hours: hours(day.sleepHours), quality: scale(day.sleepQuality), awakenings: day.awakenings ?? '-', naps: day.napH === null ? 'none' : hours(day.napH) }),
    status === 'training'
      ? sayDay('trainingLoad', { training, load: `${dayLoadEstimated(day) ? '~' : ''}${formatNumber(dayLoad(day), 0)}` })
      : sayDay('training', { training }),
  ];
  if (status === 'training') {
    lines.push(sayDay('after', { performance: scale(day.performance), meal: day.mealWithin2h === null ? 'unknown' : day.mealWithin2h ? 'yes' : 'no' }));
  }
  lines.push(
    sayDay('nutrition', { protein: amount(day.proteinG, 'g'), carbs: amount(day.carbsG, 'g'), water: amount(day.waterL, 'l') }),
    sayDay('feeling', { fatigue: scale(day.fatigue), motivation: scale(day.motivation), soreness: scale(day.soreness), stress: scale(day.stress) }),
  );
  if (day.restingHrBpm !== null || day.hrvMs !== null) lines.push(sayDay('body', { rhr: amount(day.restingHrBpm, 'bpm'), hrv: amount(day.hrvMs, 'ms') }));
  if (day.bedtimeMin !== null || day.wakeMin !== null || day.wasoMin !== null) {
    lines.push(sayDay('rhythm', { bedtime: clock(day.bedtimeMin), wake: clock(day.wakeMin), waso: day.wasoMin === null ? 'none' : formatNumber(day.wasoMin, 0) }));
  }
  if (day.fatG !== null || day.fruitVegServings !== null) {
    lines.push(sayDay('plate', { fat: amount(day.fatG, 'g'), servings: day.fruitVegServings ?? '-' }));
  }
  if (day.tags !== null) lines.push(sayDay('tags', { tags: tagsOf(day).join(', ') || sayDay('noTags') }));
  if (day.sick) lines.push(sayDay('ill'));
  if (day.injury) lines.push(sayDay('injury', { text: inert(day.injury) }));
  if (day.note) lines.push(sayDay('note', { text: inert(day.note) }));
  return `${lines.map((line) => wrap(glueBrackets(line), width, '', VALUE_COLUMN)).join('\n')}\n`;
}

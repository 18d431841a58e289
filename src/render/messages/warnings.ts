import { weekday } from '../../core/dates.js';
import { NORM_MIN_ANSWERS, SCALE_RULES, type Norm } from '../../core/personal.js';
import { runsOf } from '../../core/runs.js';
import { SHORT_NIGHT_H } from '../../core/settings.js';
import type { DatedValue, Warning, WarningCode } from '../../core/warnings.js';
import { currentLang, defineMessages, formatDay } from '../i18n.js';

/** A warning in words: the sign in a few words, the days and values that led to it, what to do. */
export interface WarningWords {
  sign: string;
  evidence: string;
  advice: string;
}

const sign = defineMessages(
  'warning-signs',
  {
    overreaching: 'Overreaching: {signs} of the {of} signs this week',
    'overtraining-risk': 'Overtraining risk',
    'constant-fatigue': 'Constant fatigue',
    'performance-drop': 'Performance dropping while load stays high',
    'motivation-drop': 'Motivation dropping',
    'poor-sleep': 'Poor sleep',
    'soreness-injury': '{variant, select, injury {Injury or lingering soreness} other {Lingering soreness}}',
    'few-rest-days': 'Too few rest days',
    'no-rest-streak': '{variant, select, lastWeek {No rest day in the last 7 days} other {Long run without rest}}',
    'low-protein': 'Protein under target on most days',
    'no-post-training-meal': 'No meal within 2 h after training',
    'weight-unknown': 'Protein target unknown',
    'acwr-spike': 'Load spike',
    'acwr-high': 'Load rising fast',
    'acwr-low': 'Load well below your usual',
    'monotony-high': 'Monotonous training',
    'strain-high': 'Strain well above your norm',
    'rhr-elevated': 'Resting heart rate elevated',
    'hrv-suppressed': 'HRV below your normal range',
    'sleep-debt': 'Sleep debt',
    'skipped-rest': 'Planned rest skipped',
    'unplanned-hard': 'Unplanned hard days',
    'plan-few-rest': 'Plan has too few rest days',
    'plan-no-rest-streak': 'Plan has a long run without rest',
  } satisfies Record<WarningCode, string>,
  {
    overreaching: 'Overbelasting: {signs} van de {of} signalen deze week',
    'overtraining-risk': 'Risico op overtraining',
    'constant-fatigue': 'Aanhoudende vermoeidheid',
    'performance-drop': 'Prestaties dalen terwijl de belasting hoog blijft',
    'motivation-drop': 'Motivatie daalt',
    'poor-sleep': 'Slechte slaap',
    'soreness-injury': '{variant, select, injury {Blessure of aanhoudende spierpijn} other {Aanhoudende spierpijn}}',
    'few-rest-days': 'Te weinig rustdagen',
    'no-rest-streak': '{variant, select, lastWeek {Geen rustdag in de afgelopen 7 dagen} other {Lange reeks zonder rust}}',
    'low-protein': 'Eiwit onder je doel op de meeste dagen',
    'no-post-training-meal': 'Geen maaltijd binnen 2 u na de training',
    'weight-unknown': 'Eiwitdoel onbekend',
    'acwr-spike': 'Piek in de belasting',
    'acwr-high': 'Belasting stijgt snel',
    'acwr-low': 'Belasting ruim onder wat je gewend bent',
    'monotony-high': 'Eentonige training',
    'strain-high': 'Strain ruim boven je normaal',
    'rhr-elevated': 'Rusthartslag verhoogd',
    'hrv-suppressed': 'HRV onder je normale bereik',
    'sleep-debt': 'Slaaptekort',
    'skipped-rest': 'Geplande rust overgeslagen',
    'unplanned-hard': 'Ongeplande zware dagen',
    'plan-few-rest': 'Plan heeft te weinig rustdagen',
    'plan-no-rest-streak': 'Plan heeft een lange reeks zonder rust',
  },
);

const advice = defineMessages(
  'warning-advice',
  {
    overreaching: 'Back off now: take 2 full rest days, then train light until fatigue, sleep and mood recover. Caught early, overreaching clears in days to a couple of weeks.',
    'overtraining-risk': 'Signs that last three weeks despite rest need more than a rest day: cut training right back and talk to your coach or a doctor, who can also rule out illness.',
    'constant-fatigue': 'Tiredness that rest does not clear is an early sign of overreaching: take a full rest day, sleep 8 h and eat enough.',
    'performance-drop': 'More work is not paying off: take a lighter week (cut volume or intensity by a third) before pushing again.',
    'motivation-drop': 'Losing the drive to train is a classic overtraining sign: swap a hard session for an easy one you enjoy and plan a rest day.',
    'poor-sleep': 'Most repair happens asleep: aim for 7-9 h on a steady schedule, in a dark, cool room, without late caffeine or screens.',
    'soreness-injury': 'Soreness that lasts beyond 2-3 days means the body has not caught up: train other areas or do mobility, and see a physio if pain persists.',
    'few-rest-days': 'Plan {restDaysAWeek, plural, one {# rest day} other {# rest days}} a week ahead of time; a walk, an easy ride or mobility work count as active rest.',
    'no-rest-streak': '{variant, select, lastWeek {Take a rest day tomorrow: a full one, or a walk, an easy ride or mobility.} other {Take a rest day within the next day or two, before fatigue forces one on you.}}',
    'low-protein': 'Muscle is repaired from protein: add a protein source (about 0.3 g/kg) to every meal.',
    'no-post-training-meal': 'Eat a balanced meal with protein and carbohydrates within 1-2 h after training to start repair and refill glycogen.',
    'weight-unknown': 'Set your weight ("recover config set weight 75") to compare protein with your target.',
    'acwr-spike': 'This week is far above what you are used to: cut the next sessions back until the ratio is under 1.3.',
    'acwr-high': 'Hold the load here for a week rather than adding more.',
    'acwr-low': 'Fine for a planned easy week; after that, build back gradually (about 10% a week) to keep your fitness.',
    'monotony-high': 'Vary the load: make easy days easier and keep at least one full rest day a week.',
    'strain-high': 'A strain spike often comes before illness: ease off and protect your sleep this week.',
    'rhr-elevated': 'A raised resting pulse on several mornings signals incomplete recovery, stress or illness: keep training easy until it settles.',
    'hrv-suppressed': 'Your nervous system is under more stress than usual: favour easy sessions, sleep and food until HRV is back in range.',
    'sleep-debt': 'Pay it back: go to bed earlier for the next few nights and keep hard sessions for after.',
    'skipped-rest': 'Move the rest day rather than drop it: take it within the next two days.',
    'unplanned-hard': 'Fine now and then; if it keeps happening, plan those sessions so the week stays balanced.',
    'plan-few-rest': 'Plan {target} rest days: spread them out, for example after your hardest sessions.',
    'plan-no-rest-streak': 'Put a rest day in the middle of the run.',
  } satisfies Record<WarningCode, string>,
  {
    overreaching: 'Neem nu gas terug: neem 2 volledige rustdagen en train daarna licht tot je vermoeidheid, slaap en humeur hersteld zijn. Vroeg ontdekt is overbelasting binnen een paar dagen tot een paar weken voorbij.',
    'overtraining-risk': 'Signalen die drie weken blijven ondanks rust vragen om meer dan een rustdag: schroef je training flink terug en praat met je coach of een arts, die ook ziekte kan uitsluiten.',
    'constant-fatigue': 'Moeheid die niet weggaat met rust is een vroeg teken van overbelasting: neem een volledige rustdag, slaap 8 u en eet genoeg.',
    'performance-drop': 'Meer werk levert niets meer op: neem een lichtere week (een derde minder volume of intensiteit) voordat je weer doordrukt.',
    'motivation-drop': 'Geen zin meer in trainen is een klassiek teken van overtraining: ruil een zware sessie voor een lichte die je leuk vindt en plan een rustdag.',
    'poor-sleep': 'Het meeste herstel gebeurt in je slaap: mik op 7-9 u met vaste tijden, in een donkere, koele kamer, zonder late cafeïne of schermen.',
    'soreness-injury': 'Spierpijn die langer dan 2-3 dagen blijft, betekent dat je lichaam nog niet bij is: train andere spiergroepen of doe mobiliteit, en ga naar een fysio als de pijn blijft.',
    'few-rest-days': 'Plan {restDaysAWeek, plural, one {# rustdag} other {# rustdagen}} per week vooruit; wandelen, rustig fietsen of mobiliteit telt als actieve rust.',
    'no-rest-streak': '{variant, select, lastWeek {Neem morgen een rustdag: een volledige, of een wandeling, een rustige fietstocht of mobiliteit.} other {Neem binnen een dag of twee een rustdag, voordat vermoeidheid je ertoe dwingt.}}',
    'low-protein': 'Spieren herstellen met eiwit: voeg aan elke maaltijd een eiwitbron toe (ongeveer 0,3 g/kg).',
    'no-post-training-meal': 'Eet binnen 1-2 u na de training een gevarieerde maaltijd met eiwit en koolhydraten om het herstel te starten en je glycogeen aan te vullen.',
    'weight-unknown': 'Stel je gewicht in ("recover config set weight 75") om je eiwit met je doel te vergelijken.',
    'acwr-spike': 'Deze week ligt ver boven wat je gewend bent: schroef de volgende sessies terug tot de verhouding onder 1,3 ligt.',
    'acwr-high': 'Houd de belasting een week op dit niveau in plaats van er meer bij te doen.',
    'acwr-low': 'Prima voor een geplande rustige week; bouw daarna geleidelijk op (ongeveer 10% per week) om je conditie te houden.',
    'monotony-high': 'Varieer de belasting: maak lichte dagen lichter en houd minstens één volledige rustdag per week.',
    'strain-high': 'Een piek in strain gaat vaak vooraf aan ziekte: doe het rustiger aan en bescherm deze week je slaap.',
    'rhr-elevated': 'Een verhoogde rusthartslag op meerdere ochtenden wijst op onvolledig herstel, stress of ziekte: houd je training licht tot hij weer zakt.',
    'hrv-suppressed': 'Je zenuwstelsel staat onder meer stress dan normaal: kies voor lichte sessies, slaap en goed eten tot je HRV weer binnen je bereik is.',
    'sleep-debt': 'Haal het in: ga de komende nachten eerder naar bed en bewaar zware sessies voor daarna.',
    'skipped-rest': 'Verschuif de rustdag in plaats van hem te schrappen: neem hem binnen de komende twee dagen.',
    'unplanned-hard': 'Prima af en toe; gebeurt het vaker, plan die sessies dan in zodat je week in balans blijft.',
    'plan-few-rest': 'Plan {target} rustdagen: spreid ze, bijvoorbeeld na je zwaarste sessies.',
    'plan-no-rest-streak': 'Zet een rustdag midden in de reeks.',
  },
);

const evidence = defineMessages(
  'warning-evidence',
  {
    compared: '{direction, select, above {above} other {below}} your usual {mean} +/- {sd}',
    building: 'at the far end of the scale (your normal builds: {answers} of {needed} answers)',
    span: '{from} to {to}',
    one: '{span} {value}',
    each: '{span} {value} each',
    restDay: '{value} (rest day)',
    hours: '{value} h',
    grams: '{value} g',
    times: '{value}x',
    'constant-fatigue': 'fatigue {compared} on {days} of {of} days: {list}',
    'performance-drop': 'performance {from} -> {to} ({list}) while load per training day went {loadFrom} -> {loadTo} AU',
    'motivation-dropping': 'motivation {list}, ending {compared}',
    'motivation-low': 'motivation {compared} on {list}',
    'sleep-short': 'under {limit} h on {list}',
    'sleep-quality': 'quality {compared} on {list}',
    'sleep-awakenings': 'awakenings {compared} on {list}',
    soreness: 'soreness {compared} for {days} days in a row: {list}',
    injury: 'injury noted on {dates}: {notes}',
    'few-rest-days': '{rest, plural, one {# rest day} other {# rest days}} in {days} days{rest, plural, =0 {} other { ({dates})}}, target {target}{unlogged, plural, =0 {} one {; # day not logged} other {; # days not logged}}',
    'no-rest-streak': '{days} training days in a row, {from} to {to} (at most {limit} with {restDaysAWeek, plural, one {# rest day} other {# rest days}} a week)',
    'weight-unknown': 'protein logged on {days, plural, one {# day} other {# days}} but no body weight is set',
    'low-protein': 'under {target} g ({gPerKg} g/kg x {weightKg} kg) on {days} of {of} days: {list}',
    'no-post-training-meal': 'on {dates}',
    'overtraining-risk': '{signs} of {of} signs this week ({names}), and {perWeek} or more in each of the two weeks before, despite rest days',
    acwr: 'ACWR {acwr} ({model, select, ewma {EWMA acute {acute} / chronic {chronic}} other {acute {acute} / chronic {chronic} AU a day}}, training known on {knownOf7} of 7 and {knownOf28} of 28 days)',
    'monotony-high': 'monotony {monotony} (mean daily load {mean} / SD {sd} over 7 days), strain {strain}',
    'strain-high': 'strain {strain} against {usual} +/- {sd} over the previous {weeks} weeks',
    'rhr-elevated': '{values} bpm on {dates} against your {usual} +/- {sd} bpm ({baselineDays} days before this week)',
    'hrv-suppressed': '7-day ln HRV {ln} (about {ms} ms) under the normal range {lower}-{upper} (about {lowerMs}-{upperMs} ms) of the last {readings} readings',
    'sleep-debt': '{hours} h short of {targetH} h over the last {nights} logged nights',
    'skipped-rest': 'trained on planned rest {days, plural, one {day} other {days}} {dates}',
    'unplanned-hard': 'harder than planned on {dates}',
    'plan-few-rest': '{rest, plural, one {# rest day} other {# rest days}} planned in {week}{rest, plural, =0 {} other { ({dates})}}, target {target}',
    'plan-no-rest-streak': '{days} training days in a row, {from} to {to} (at most {limit})',
  },
  {
    compared: '{direction, select, above {boven} other {onder}} je gebruikelijke {mean} +/- {sd}',
    building: 'aan het uiterste van de schaal (je normaal wordt nog opgebouwd: {answers} van {needed} antwoorden)',
    span: '{from} t/m {to}',
    one: '{span} {value}',
    each: '{span} telkens {value}',
    restDay: '{value} (rustdag)',
    hours: '{value} u',
    grams: '{value} g',
    times: '{value}x',
    'constant-fatigue': 'vermoeidheid {compared} op {days} van {of} dagen: {list}',
    'performance-drop': 'prestatie {from} -> {to} ({list}) terwijl de belasting per trainingsdag van {loadFrom} naar {loadTo} AU ging',
    'motivation-dropping': 'motivatie {list}, uiteindelijk {compared}',
    'motivation-low': 'motivatie {compared} op {list}',
    'sleep-short': 'onder {limit} u op {list}',
    'sleep-quality': 'slaapkwaliteit {compared} op {list}',
    'sleep-awakenings': 'keren wakker {compared} op {list}',
    soreness: 'spierpijn {compared} op {days} dagen op rij: {list}',
    injury: 'blessure genoteerd op {dates}: {notes}',
    'few-rest-days': '{rest, plural, one {# rustdag} other {# rustdagen}} in {days} dagen{rest, plural, =0 {} other { ({dates})}}, doel {target}{unlogged, plural, =0 {} one {; # dag niet ingevuld} other {; # dagen niet ingevuld}}',
    'no-rest-streak': '{days} trainingsdagen op rij, {from} t/m {to} (hoogstens {limit} bij {restDaysAWeek, plural, one {# rustdag} other {# rustdagen}} per week)',
    'weight-unknown': 'eiwit ingevuld op {days, plural, one {# dag} other {# dagen}}, maar er is geen lichaamsgewicht ingesteld',
    'low-protein': 'onder {target} g ({gPerKg} g/kg x {weightKg} kg) op {days} van {of} dagen: {list}',
    'no-post-training-meal': 'op {dates}',
    'overtraining-risk': '{signs} van {of} signalen deze week ({names}), en {perWeek} of meer in elk van de twee weken ervoor, ondanks rustdagen',
    acwr: 'ACWR {acwr} ({model, select, ewma {EWMA acuut {acute} / chronisch {chronic}} other {acuut {acute} / chronisch {chronic} AU per dag}}, training bekend op {knownOf7} van 7 en {knownOf28} van 28 dagen)',
    'monotony-high': 'monotonie {monotony} (gemiddelde belasting per dag {mean} / SD {sd} over 7 dagen), strain {strain}',
    'strain-high': 'strain {strain} tegenover {usual} +/- {sd} over de {weeks} weken ervoor',
    'rhr-elevated': '{values} slagen/min op {dates} tegenover je {usual} +/- {sd} slagen/min ({baselineDays} dagen voor deze week)',
    'hrv-suppressed': '7-daagse ln HRV {ln} (ongeveer {ms} ms) onder het normale bereik {lower}-{upper} (ongeveer {lowerMs}-{upperMs} ms) van de laatste {readings} metingen',
    'sleep-debt': '{hours} u tekort op {targetH} u over de laatste {nights} ingevulde nachten',
    'skipped-rest': 'getraind op {days, plural, one {geplande rustdag} other {geplande rustdagen}} {dates}',
    'unplanned-hard': 'zwaarder dan gepland op {dates}',
    'plan-few-rest': '{rest, plural, one {# rustdag} other {# rustdagen}} gepland in {week}{rest, plural, =0 {} other { ({dates})}}, doel {target}',
    'plan-no-rest-streak': '{days} trainingsdagen op rij, {from} t/m {to} (hoogstens {limit})',
  },
);

/** Exactly `digits` decimals, as toFixed writes them (2.50), with the language's decimal mark (2,50). */
export function fixed(value: number, digits: number): string {
  const text = (Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value).toFixed(digits);
  return currentLang() === 'en' ? text : text.replace('.', ',');
}

/** At most two decimals, none trailing (6.5, 4, 2.33): how the evidence shows a value. */
export const value = (n: number): string => {
  const rounded = String(Math.round(n * 100) / 100);
  return currentLang() === 'en' ? rounded : rounded.replace('.', ',');
};

/** A date as the evidence names it: "Mon 11-16", "ma 16 nov". */
export function dayLabel(date: string): string {
  return currentLang() === 'en' ? `${weekday(date)} ${date.slice(5)}` : formatDay(date);
}

/**
 * Evidence as "Mon 11-16 6.5 h, Wed 11-18 to Fri 11-20 4 each": consecutive days that show
 * the same value fold into one run, so a bad week stays one readable line.
 */
function list<T extends { date: string }>(items: readonly T[], show: (item: T) => string): string {
  return runsOf(items, (a, b) => show(a) === show(b))
    .map((run) => {
      const [first, last] = [run[0] as T, run.at(-1) as T];
      const span = run.length === 1 ? dayLabel(first.date) : evidence('span', { from: dayLabel(first.date), to: dayLabel(last.date) });
      const shown = show(first);
      if (shown === '') return span;
      return evidence(run.length > 1 ? 'each' : 'one', { span, value: shown });
    })
    .join(', ');
}

/** Dates as "Mon 11-16 to Wed 11-18, Fri 11-20". */
export function dateList(dates: readonly string[]): string {
  return list(dates.map((date) => ({ date })), () => '');
}

/** "above your usual 2.1 +/- 0.5", or "at the far end of the scale (your normal builds: 6 of 14 answers)". */
export function compared(norm: Norm | undefined): string {
  if (norm?.ready && norm.mean !== null) {
    return evidence('compared', { direction: SCALE_RULES[norm.scale].worse === 1 ? 'above' : 'below', mean: fixed(norm.mean, 1), sd: fixed(norm.sd ?? 0, 1) });
  }
  return evidence('building', { answers: norm?.answers ?? 0, needed: NORM_MIN_ANSWERS });
}

const plain = (v: DatedValue) => value(v.value);
const unit = (key: 'hours' | 'grams' | 'times') => (v: DatedValue) => evidence(key, { value: value(v.value) });
const whole = (n: unknown) => fixed(Number(n ?? 0), 0);
const str = (n: unknown) => (n === null || n === undefined ? '' : value(Number(n)));

function evidenceOf(w: Warning): string {
  const n = w.numbers ?? {};
  const f = w.facts ?? {};
  const values = f.values ?? [];
  switch (w.code) {
    case 'overreaching':
      return (f.signs ?? []).map((s) => sayWarning(s).sign.toLowerCase()).join(', ');
    case 'overtraining-risk':
      return evidence('overtraining-risk', { signs: str(n.signs), of: str(n.of), perWeek: str(n.perWeek), names: (f.signs ?? []).map((s) => sayWarning(s).sign.toLowerCase()).join(', ') });
    case 'constant-fatigue':
      return evidence('constant-fatigue', {
        compared: compared(f.norms?.fatigue), days: str(n.days), of: str(n.of),
        list: list(values, (v) => (v.rest ? evidence('restDay', { value: value(v.value) }) : value(v.value))),
      });
    case 'performance-drop':
      return evidence('performance-drop', { from: str(n.from), to: str(n.to), list: list(values, plain), loadFrom: str(n.loadFrom), loadTo: str(n.loadTo) });
    case 'motivation-drop':
      return evidence(f.variant === 'dropping' ? 'motivation-dropping' : 'motivation-low', { compared: compared(f.norms?.motivation), list: list(values, plain) });
    case 'poor-sleep': {
      const parts: string[] = [];
      if (values.length > 0) parts.push(evidence('sleep-short', { limit: str(SHORT_NIGHT_H), list: list(values, unit('hours')) }));
      if (f.quality?.length) parts.push(evidence('sleep-quality', { compared: compared(f.norms?.sleepQuality), list: list(f.quality, plain) }));
      if (f.awakenings?.length) parts.push(evidence('sleep-awakenings', { compared: compared(f.norms?.awakenings), list: list(f.awakenings, unit('times')) }));
      return parts.join('; ');
    }
    case 'soreness-injury': {
      const parts: string[] = [];
      if (values.length > 0) parts.push(evidence('soreness', { compared: compared(f.norms?.soreness), days: values.length, list: list(values, plain) }));
      if (f.injured?.length) parts.push(evidence('injury', { dates: dateList(f.injured), notes: (f.notes ?? []).map((note) => `"${note}"`).join(', ') }));
      return parts.join('; ');
    }
    case 'few-rest-days':
      return evidence('few-rest-days', { rest: Number(n.rest), days: str(n.days), dates: w.dates.map(dayLabel).join(', '), target: str(n.target), unlogged: Number(n.unlogged) });
    case 'no-rest-streak':
      return evidence('no-rest-streak', { days: str(n.days), from: dayLabel(w.dates[0] ?? ''), to: dayLabel(w.dates.at(-1) ?? ''), limit: str(n.limit), restDaysAWeek: Number(n.restDaysAWeek) });
    case 'weight-unknown':
      return evidence('weight-unknown', { days: Number(n.days) });
    case 'low-protein':
      return evidence('low-protein', { target: str(n.targetG), gPerKg: str(n.gPerKg), weightKg: str(n.weightKg), days: str(n.days), of: str(n.of), list: list(values, unit('grams')) });
    case 'no-post-training-meal':
      return evidence('no-post-training-meal', { dates: dateList(w.dates) });
    case 'acwr-spike':
    case 'acwr-high':
    case 'acwr-low': {
      const ewma = f.variant === 'ewma';
      return evidence('acwr', {
        acwr: fixed(Number(n.acwr), 2), model: ewma ? 'ewma' : 'rolling',
        acute: whole(ewma ? n.ewmaAcute : n.acute), chronic: whole(ewma ? n.ewmaChronic : n.chronic),
        knownOf7: str(n.knownOf7), knownOf28: str(n.knownOf28),
      });
    }
    case 'monotony-high':
      return evidence('monotony-high', { monotony: fixed(Number(n.monotony), 2), mean: whole(n.meanLoad), sd: whole(n.sdLoad), strain: whole(n.strain) });
    case 'strain-high':
      return evidence('strain-high', { strain: whole(n.strain), usual: whole(n.usual), sd: whole(n.sd), weeks: str(n.weeks) });
    case 'rhr-elevated':
      return evidence('rhr-elevated', {
        values: values.map((v) => whole(v.value)).join(', '), dates: dateList(values.map((v) => v.date)),
        usual: whole(n.baselineBpm), sd: fixed(Number(n.baselineSd), 1), baselineDays: str(n.baselineDays),
      });
    case 'hrv-suppressed': {
      const [ln, lower, upper] = [Number(n.lnWeekMean), Number(n.lower), Number(n.upper ?? 0)];
      return evidence('hrv-suppressed', {
        ln: fixed(ln, 2), ms: whole(Math.exp(ln)), lower: fixed(lower, 2), upper: fixed(upper, 2),
        lowerMs: whole(Math.exp(lower)), upperMs: whole(Math.exp(upper)), readings: str(n.readings),
      });
    }
    case 'sleep-debt':
      return evidence('sleep-debt', { hours: fixed(Number(n.hours), 1), targetH: str(n.targetH), nights: str(n.nights) });
    case 'skipped-rest':
      return evidence('skipped-rest', { days: w.dates.length, dates: dateList(w.dates) });
    case 'unplanned-hard':
      return evidence('unplanned-hard', { dates: dateList(w.dates) });
    case 'plan-few-rest':
      return evidence('plan-few-rest', { rest: Number(n.rest), week: String(n.week), dates: dateList(w.dates), target: str(n.target) });
    case 'plan-no-rest-streak':
      return evidence('plan-no-rest-streak', { days: str(n.days), from: dayLabel(w.dates[0] ?? ''), to: dayLabel(w.dates.at(-1) ?? ''), limit: str(n.limit) });
  }
}

/** A warning's words in the current language. */
export function sayWarning(w: Warning): WarningWords {
  const n = w.numbers ?? {};
  const params = { variant: w.facts?.variant ?? 'other', signs: str(n.signs), of: str(n.of), restDaysAWeek: Number(n.restDaysAWeek ?? 0), target: str(n.target) };
  return { sign: sign(w.code, params), evidence: evidenceOf(w), advice: advice(w.code, params) };
}

/** A warning for scripts (JSON): its code and figures, with its words beside them as before. */
export function warningJson(w: Warning): { code: WarningCode; level: Warning['level']; sign: string; evidence: string; advice: string; dates: string[]; numbers?: Warning['numbers'] } {
  const { sign: s, evidence: e, advice: a } = sayWarning(w);
  return { code: w.code, level: w.level, sign: s, evidence: e, advice: a, dates: w.dates, ...(w.numbers ? { numbers: w.numbers } : {}) };
}

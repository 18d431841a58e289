import type { Line } from '../../core/types.js';
import { ACWR_CAUTION, ACWR_SEVERE, ACWR_SPIKE } from '../../core/load-warnings.js';
import { DEBT_REASON_H, EASE_BACK_DAYS, SHORT_NIGHT_LIMIT_H, SLEEP_DROP_H, VERY_SHORT_NIGHT_H, type Action, type Pillar, type Readiness, type Reason } from '../../core/readiness.js';
import { HRV_NORMAL_DAYS, RHR_BASELINE_DAYS } from '../../core/baselines.js';
import { SHORT_NIGHT_H } from '../../core/settings.js';
import { defineMessages } from '../i18n.js';
import { compared, dayLabel, fixed, sayWarning, value } from './warnings.js';
import { sessionWord } from './day.js';

/** What to do today, one sentence per verdict (and for illness and a short night). */
const action = defineMessages(
  'verdict-actions',
  {
    green: 'Train as planned.',
    amber: 'Train light or do active recovery: a walk, an easy ride, mobility or the foam roller.',
    red: 'Take a full rest day.',
    unknown: 'Not enough data for a verdict yet.',
    ill: 'Rest until you are well: no training while ill, then start again easy.',
    sleep: 'Train, but keep it moderate; tonight, get to bed in time for 7 h or more.',
  } satisfies Record<Action, string>,
  {
    green: 'Train zoals gepland.',
    amber: 'Train licht of kies actief herstel: een wandeling, rustig fietsen, mobiliteit of de foamroller.',
    red: 'Neem een volledige rustdag.',
    unknown: 'Nog niet genoeg gegevens voor een oordeel.',
    ill: 'Rust tot je beter bent: niet trainen als je ziek bent, en daarna rustig weer beginnen.',
    sleep: 'Train, maar houd het gematigd; ga vanavond op tijd naar bed voor minstens 7 u slaap.',
  },
);

/** The rule behind each reason, so the person can check it. */
const rule = defineMessages(
  'verdict-rules',
  {
    illness: 'ill today: rest, whatever the other figures say',
    'after-illness': 'ill on one of the last {easeBack} days: start again gently before hard sessions',
    injury: 'an injury today: rest it',
    'injury-minor': 'a minor injury today: train around it',
    'short-night': 'last night under {limit} h',
    'short-night-very': 'last night under {limit} h (under {very} h: a clear departure)',
    'scale-today': '{scale, select, fatigue {fatigue} soreness {soreness} motivation {motivation} other {stress}} today {compared}',
    overreaching: '3 or more of the 5 overreaching signs in the last 7 days',
    'constant-fatigue': 'fatigue above your normal on several days, also on rest days or on most days',
    'performance-drop': 'performance down 1 point or more while load held',
    'motivation-drop': 'motivation below your normal on several days, or falling to below it',
    'poor-sleep-worse': 'sleep worse than your normal this week (quality, awakenings, or {drop} h or more below your usual night)',
    'poor-sleep-short': 'most nights under {short} h, {limit} h or less on average',
    'sleep-debt': '{debt} h or more short of your sleep target over the last 7 nights',
    'injury-uncleared': 'an injury noted in the last 7 days and no entry for {date} yet to say it has cleared',
    soreness: 'soreness above your normal 3 or more days in a row',
    'no-rest-streak': 'no rest day in 7 or more known days in a row',
    'acwr-severe': 'load ratio {severe} or more on known days: twice your usual load',
    'acwr-spike': 'load ratio above {spike} on known days',
    'acwr-high': 'load ratio {caution}-{spike} on known days',
    'strain-high': 'weekly strain 1.5 SD and 20% above your previous weeks',
    'monotony-high': 'monotony above 2 over 7 known days',
    'rhr-strong': 'resting HR raised 3+ mornings in a row while HRV is below its normal range',
    'rhr-elevated': 'resting HR 5+ bpm and 1 SD above your baseline on 2+ mornings in a row',
    'hrv-suppressed': '7-day HRV below your normal range',
  },
  {
    illness: 'vandaag ziek: rust, wat de andere cijfers ook zeggen',
    'after-illness': 'ziek op een van de afgelopen {easeBack} dagen: begin rustig weer voor je zwaar traint',
    injury: 'vandaag een blessure: laat die rusten',
    'injury-minor': 'vandaag een kleine blessure: train eromheen',
    'short-night': 'afgelopen nacht minder dan {limit} u',
    'short-night-very': 'afgelopen nacht minder dan {limit} u (minder dan {very} u: een duidelijke afwijking)',
    'scale-today': '{scale, select, fatigue {vermoeidheid} soreness {spierpijn} motivation {motivatie} other {stress}} vandaag {compared}',
    overreaching: '3 of meer van de 5 signalen van overbelasting in de afgelopen 7 dagen',
    'constant-fatigue': 'vermoeidheid boven je normaal op meerdere dagen, ook op rustdagen of op de meeste dagen',
    'performance-drop': 'prestatie 1 punt of meer omlaag terwijl de belasting gelijk bleef',
    'motivation-drop': 'motivatie onder je normaal op meerdere dagen, of dalend tot eronder',
    'poor-sleep-worse': 'slaap slechter dan je normaal deze week (kwaliteit, keren wakker, of {drop} u of meer onder je gebruikelijke nacht)',
    'poor-sleep-short': 'de meeste nachten minder dan {short} u, gemiddeld {limit} u of minder',
    'sleep-debt': '{debt} u of meer tekort op je slaapdoel over de afgelopen 7 nachten',
    'injury-uncleared': 'een blessure genoteerd in de afgelopen 7 dagen en nog niets ingevuld voor {date} dat zegt dat hij over is',
    soreness: 'spierpijn boven je normaal op 3 of meer dagen op rij',
    'no-rest-streak': 'geen rustdag in 7 of meer bekende dagen op rij',
    'acwr-severe': 'belastingsverhouding {severe} of meer op bekende dagen: twee keer je gebruikelijke belasting',
    'acwr-spike': 'belastingsverhouding boven {spike} op bekende dagen',
    'acwr-high': 'belastingsverhouding {caution}-{spike} op bekende dagen',
    'strain-high': 'wekelijkse strain 1,5 SD en 20% boven je vorige weken',
    'monotony-high': 'monotonie boven 2 over 7 bekende dagen',
    'rhr-strong': 'rusthartslag 3+ ochtenden op rij verhoogd terwijl je HRV onder het normale bereik ligt',
    'rhr-elevated': 'rusthartslag 5+ slagen/min en 1 SD boven je basis op 2+ ochtenden op rij',
    'hrv-suppressed': '7-daagse HRV onder je normale bereik',
  },
);

/** Today's own reasons (the week's come from the warnings: "sign: evidence"). */
const today = defineMessages(
  'verdict-today',
  {
    illness: 'Ill today ({said, select, sick {you said you are ill} other {your note says "{note}"}})',
    'after-illness': 'Ill on {day}: start again gently',
    injury: 'Injury today: "{note}"',
    'short-night': 'Slept {sleep} h last night (under {limit} h)',
    'scale-today': '{scale, select, fatigue {Fatigue} soreness {Soreness} motivation {Motivation} other {Stress}} {value}/5 today, {compared}',
  },
  {
    illness: 'Vandaag ziek ({said, select, sick {je gaf aan dat je ziek bent} other {je notitie zegt "{note}"}})',
    'after-illness': 'Ziek op {day}: begin rustig weer',
    injury: 'Vandaag een blessure: "{note}"',
    'short-night': 'Afgelopen nacht {sleep} u geslapen (minder dan {limit} u)',
    'scale-today': '{scale, select, fatigue {Vermoeidheid} soreness {Spierpijn} motivation {Motivatie} other {Stress}} vandaag {value}/5, {compared}',
  },
);

/** The day's advice lines. */
const advice = defineMessages(
  'verdict-advice',
  {
    'log-first': 'Log a few days first: {logged} of the last 7 {logged, plural, one {has} other {have}} an entry.',
    water: 'Water target today: about {litres} l (30 ml per kg of body weight, plus 0.5 l per hour of training).',
    'active-recovery-like': 'Active recovery fits today: like your last {type} session ({minutes} min), or a walk, an easy ride, yoga or the foam roller.',
    'active-recovery': 'Active recovery fits today: 20-40 min of walking, an easy ride, yoga, mobility or the foam roller.',
    'sleep-debt': 'Sleep 7-9 h tonight: you are {debt} h short of your {target} h target this week.',
    sleep: 'Sleep 7-9 h tonight, at your usual time.',
    'eat-after-training': 'Eat a meal with protein and carbohydrates within 2 h after training.',
    'eat-on-rest-day': 'Eat well even on a rest day: protein at every meal repairs muscle.',
    drink: 'Drink water through the day.',
    'more-rest': 'Plan {thisWeek, plural, one {# rest day} other {# rest days}} this week instead of {target}: {because}. More rest is sometimes the better training.',
    'plan-rest': 'Plan your next rest day now ("recover plan"): there was none in the last 7 days.',
    'plan-rest-unlogged': 'Plan your next rest day now ("recover plan"): none logged in the last 7 days ({unknown, plural, one {# day} other {# days}} not logged).',
    'hold-load': "Hold this week's load rather than adding to it.",
  },
  {
    'log-first': 'Vul eerst een paar dagen in: {logged} van de afgelopen 7 {logged, plural, one {heeft} other {hebben}} een invoer.',
    water: 'Waterdoel vandaag: ongeveer {litres} l (30 ml per kg lichaamsgewicht, plus 0,5 l per uur training).',
    'active-recovery-like': 'Actief herstel past vandaag: zoals je laatste sessie ({type}, {minutes} min), of een wandeling, rustig fietsen, yoga of de foamroller.',
    'active-recovery': 'Actief herstel past vandaag: 20-40 min wandelen, rustig fietsen, yoga, mobiliteit of de foamroller.',
    'sleep-debt': 'Slaap vannacht 7-9 u: je komt deze week {debt} u tekort op je doel van {target} u.',
    sleep: 'Slaap vannacht 7-9 u, op je gewone tijd.',
    'eat-after-training': 'Eet binnen 2 u na de training een maaltijd met eiwit en koolhydraten.',
    'eat-on-rest-day': 'Eet ook op een rustdag goed: eiwit bij elke maaltijd herstelt je spieren.',
    drink: 'Drink verspreid over de dag water.',
    'more-rest': 'Plan deze week {thisWeek, plural, one {# rustdag} other {# rustdagen}} in plaats van {target}: {because}. Meer rust is soms de betere training.',
    'plan-rest': 'Plan nu je volgende rustdag ("recover plan"): er was er geen in de afgelopen 7 dagen.',
    'plan-rest-unlogged': 'Plan nu je volgende rustdag ("recover plan"): geen ingevuld in de afgelopen 7 dagen ({unknown, plural, one {# dag} other {# dagen}} niet ingevuld).',
    'hold-load': 'Houd de belasting van deze week vast in plaats van er meer bij te doen.',
  },
);

/** What the verdict and the load figures could not use yet. */
const gap = defineMessages(
  'verdict-gaps',
  {
    'no-entry': 'no entry for {date} yet: log last night\'s sleep and how you feel ("recover log") for a sharper verdict',
    'norms-building': 'your normal for {scales} is still building ({needed} answers in 28 days needed): only the far ends of the scales count meanwhile',
    scale: '{scale, select, fatigue {fatigue} soreness {soreness} stress {stress} motivation {motivation} sleepQuality {sleep quality} other {awakenings}}',
    'acwr-unknown': 'load ratio (ACWR) not shown: training known on {knownOf7} of the last 7 days ({needed7} needed) and {knownOf28} of the last 28 ({needed28} needed); log --session or --rest on the others',
    'monotony-unknown': 'monotony and strain not shown: they need all 7 days of training known ({knownOf7} are)',
    'rhr-none': 'resting HR: no readings in the last {rhrDays} days (log --rhr, or import them from a watch)',
    'rhr-building':
      '{base, select, ready {resting HR not judged: {week} readings this week ({neededWeek} needed; the baseline is ready, with {before} in the 30 days before)} other {resting HR baseline still building: {week} readings this week ({neededWeek} needed) and {before} in the 30 days before ({neededBefore} needed)}}',
    'hrv-none': 'HRV: no readings in the last {hrvDays} days (log --hrv, or import them from a watch)',
    'hrv-building':
      '{base, select, ready {HRV not judged: {week} readings this week ({neededWeek} needed; the normal range is ready, with {before} in 60 days)} other {HRV normal range still building: {week} readings this week ({neededWeek} needed) and {before} in 60 days ({neededBefore} needed)}}',
  },
  {
    'no-entry': 'nog niets ingevuld voor {date}: vul de slaap van afgelopen nacht in en hoe je je voelt ("recover log") voor een scherper oordeel',
    'norms-building': 'je normaal voor {scales} wordt nog opgebouwd ({needed} antwoorden in 28 dagen nodig): tot dan tellen alleen de uitersten van de schalen',
    scale: '{scale, select, fatigue {vermoeidheid} soreness {spierpijn} stress {stress} motivation {motivatie} sleepQuality {slaapkwaliteit} other {keren wakker}}',
    'acwr-unknown': 'belastingsverhouding (ACWR) niet getoond: training bekend op {knownOf7} van de afgelopen 7 dagen ({needed7} nodig) en {knownOf28} van de afgelopen 28 ({needed28} nodig); vul --session of --rest in op de andere',
    'monotony-unknown': 'monotonie en strain niet getoond: daarvoor moet de training van alle 7 dagen bekend zijn (nu {knownOf7})',
    'rhr-none': 'rusthartslag: geen metingen in de afgelopen {rhrDays} dagen (log --rhr, of importeer ze van een horloge)',
    'rhr-building':
      '{base, select, ready {rusthartslag niet beoordeeld: {week} metingen deze week ({neededWeek} nodig; de basis is klaar, met {before} in de 30 dagen ervoor)} other {basis voor de rusthartslag wordt nog opgebouwd: {week} metingen deze week ({neededWeek} nodig) en {before} in de 30 dagen ervoor ({neededBefore} nodig)}}',
    'hrv-none': 'HRV: geen metingen in de afgelopen {hrvDays} dagen (log --hrv, of importeer ze van een horloge)',
    'hrv-building':
      '{base, select, ready {HRV niet beoordeeld: {week} metingen deze week ({neededWeek} nodig; het normale bereik is klaar, met {before} in 60 dagen)} other {normale bereik van je HRV wordt nog opgebouwd: {week} metingen deze week ({neededWeek} nodig) en {before} in 60 dagen ({neededBefore} nodig)}}',
  },
);

/** A figure as the core gave it, with the language's decimal mark. */
/** The kinds of evidence a reason belongs to. */
const pillar = defineMessages(
  'verdict-pillars',
  { health: 'health', overall: 'overall', load: 'load', sleep: 'sleep', body: 'body', feeling: 'feeling' } satisfies Record<Pillar, string>,
  { health: 'gezondheid', overall: 'algemeen', load: 'belasting', sleep: 'slaap', body: 'lichaam', feeling: 'gevoel' },
);
export const sayPillar = (p: Pillar): string => pillar(p);

const text = (n: number | string | null | undefined) => (n === null || n === undefined ? '' : typeof n === 'number' ? value(n) : n);

export const sayAction = (r: Pick<Readiness, 'actionCode'>): string => action(r.actionCode);

/** A reason's rule in words; `date` is the verdict's day. */
export function sayRule(x: Reason, date: string): string {
  if (x.rule.endsWith('-today') && x.norm) return rule('scale-today', { scale: x.norm.scale, compared: compared(x.norm) });
  return rule(x.rule as Parameters<typeof rule>[0], {
    limit: text(SHORT_NIGHT_LIMIT_H), very: text(VERY_SHORT_NIGHT_H), drop: text(SLEEP_DROP_H), short: text(SHORT_NIGHT_H),
    debt: text(DEBT_REASON_H), easeBack: text(EASE_BACK_DAYS), date, severe: text(ACWR_SEVERE), spike: text(ACWR_SPIKE), caution: text(ACWR_CAUTION),
  });
}

/** A reason in words: the warning's "sign: evidence", or today's own fact. */
export function sayReason(x: Reason): string {
  if (x.warning) {
    const w = sayWarning(x.warning);
    return `${w.sign}: ${w.evidence}`;
  }
  switch (x.code) {
    case 'illness':
      return today('illness', { said: x.note === undefined ? 'sick' : 'note', note: x.note ?? '' });
    case 'after-illness':
      return today('after-illness', { day: dayLabel(String(x.numbers.lastIll ?? '')) });
    case 'injury':
      return today('injury', { note: x.note ?? '' });
    case 'short-night':
      return today('short-night', { sleep: text(x.numbers.sleepH), limit: text(x.numbers.limitH) });
    default:
      return today('scale-today', { scale: x.norm?.scale ?? 'stress', value: text(x.numbers.value), compared: compared(x.norm) });
  }
}

/** The reasons that raised this week's rest-day target, as the advice names them ("constant fatigue, poor sleep"). */
function raisedBecause(r: Readiness): string[] {
  return r.rest.raisedBecause.map((code) => {
    const x = r.reasons.find((y) => y.code === code);
    return x ? (x.warning ? sayWarning(x.warning).sign : sayReason(x)) : code;
  });
}

/** An advice line in words. */
export function sayAdvice(line: Line, r: Readiness): string {
  const n = line.numbers ?? {};
  return advice(line.code as Parameters<typeof advice>[0], {
    logged: text(n.logged), litres: fixed(Number(n.litres ?? 0), 1), type: sessionWord(String(n.type ?? '')), minutes: text(n.minutes),
    debt: fixed(Number(n.debtH ?? 0), 1), target: text(n.target ?? n.targetH), thisWeek: Number(n.thisWeek ?? 0),
    because: raisedBecause(r).join(', ').toLowerCase(), unknown: Number(n.unknown ?? 0),
  });
}

/** A gap in the data (what the verdict or the load figures could not use) in words. */
export function sayGap(line: Line): string {
  const n = line.numbers ?? {};
  const scales = String(n.scales ?? '').split(',').filter(Boolean).map((scale) => gap('scale', { scale }));
  return gap(line.code as Parameters<typeof gap>[0], {
    date: String(n.date ?? ''), scales: scales.join(', '), needed: text(n.needed),
    knownOf7: text(n.knownOf7), needed7: text(n.needed7), knownOf28: text(n.knownOf28), needed28: text(n.needed28),
    week: text(n.week), neededWeek: text(n.neededWeek), before: text(n.before), neededBefore: text(n.neededBefore),
    // Enough readings before: only this week's are short (after a gap, or a week without the watch).
    base: Number(n.before) >= Number(n.neededBefore) ? 'ready' : 'building',
    // The windows the readings are looked for in: "no readings" after months of them is not "none yet".
    rhrDays: text(7 + RHR_BASELINE_DAYS), hrvDays: text(HRV_NORMAL_DAYS),
  });
}

/** The readiness for scripts (JSON): codes and numbers, with the words beside them under the keys they always had. */
export function readinessJson(r: Readiness): unknown {
  return {
    date: r.date,
    verdict: r.verdict,
    action: sayAction(r),
    actionCode: r.actionCode,
    reasons: r.reasons.map((x) => ({ code: x.code, fact: x.fact, pillar: x.pillar, strength: x.strength, rule: sayRule(x, r.date), ruleCode: x.rule, numbers: x.numbers, text: sayReason(x) })),
    advice: r.advice.map((line) => sayAdvice(line, r)),
    adviceCodes: r.advice,
    rest: { ...r.rest, raisedBecause: raisedBecause(r), raisedBy: r.rest.raisedBecause },
    missing: r.missing.map(sayGap),
    missingCodes: r.missing,
  };
}

import type { Note } from '../../importers/common.js';
import { defineMessages } from '../i18n.js';

/** What an import notes about a file (its facts come from the importers, src/importers/common.ts Note), and why --tz changes nothing for a source. */
export const sayNotes = defineMessages(
  'import-notes',
  {
    naps: '{n, plural, one {# day} other {# days}} with naps (sleep ending from 14:00 until midnight): kept apart as nap_h',
    'long-naps':
      '{n, plural, one {# sleep of {hours} h or more ends after {until}:00: counted as a nap} other {# sleeps of {hours} h or more end after {until}:00: counted as naps}}, not as a night',
    'cronometer-incomplete': '{n, plural, one {# day} other {# days}} not marked completed in Cronometer: their totals may be partial',
    'cronometer-water':
      '"Water (g)" left out on {n, plural, one {# day} other {# days}}: it counts the water in food too, not only what you drank (log drinks with recover log --water)',
    'myfitnesspal-partial': '{n, plural, one {# day} other {# days}} left out: a meal row was skipped, so the totals would be too low',
    'pmsys-empty-sessions': '{n, plural, one {# empty session report} other {# empty session reports}} left out',
    'pmsys-empty-wellness': '{n, plural, one {# wellness report} other {# wellness reports}} with every answer 0 (left blank) left out',
    'pmsys-alcohol-unknown':
      '{n, plural, one {# alcohol answer} other {# alcohol answers}} neither yes nor no ("Maybe", "Do not want to provide this information"): those days stay unknown',
    'pmsys-glasses': 'glasses_of_fluid left out on {n, plural, one {# report} other {# reports}}: the glass size is unknown, so it gives no litres',
    'whoop-naps-flagged': '{n, plural, one {# sleep} other {# sleeps}} WHOOP calls a nap counted in the night by the night rule',
    'whoop-unmapped': '{n, plural, one {# yes/no answer} other {# yes/no answers}} on protein and hydration kept as tags only: they give no grams or litres',
    'fitbit-naps-flagged': '{n, plural, one {# log} other {# logs}} Fitbit calls a nap counted in the night by the night rule',
    'fitbit-repeated': '{n, plural, one {# repeated log} other {# repeated logs}} counted once',
    'fitbit-walks': '{n, plural, one {# walk} other {# walks}} Fitbit detected by itself left out: daily life, not training',
    'fitbit-easy': '{n, plural, one {# activity} other {# activities}} Fitbit detected by itself at an easy heart rate (under 60% of max) counted as active recovery, not training',
    'fitbit-zero': '{n, plural, one {# day} other {# days}} with value 0 (no reading) left out',
    'garmin-unstaged': '{n, plural, one {# night} other {# nights}} without sleep stages left out (the watch did not confirm a sleep)',
    'garmin-hrv-baseline':
      "Garmin's own HRV baseline (recover keeps its own from these values) on {date}: {low}-{high} ms, {status, select, none {no status} other {{status}}}",
    'garmin-multisport': '{n, plural, one {# multisport total} other {# multisport totals}} left out: the legs are counted one by one',
    'apple-health-repeated': '{n, plural, one {# record} other {# records}} inside correlations left out: Apple repeats each at the top level',
    'tz-cronometer': "Cronometer's dates are already local days",
    'tz-fitbit': 'Fitbit\'s times are already local (sleep_score.csv\'s "Z" too)',
    'tz-myfitnesspal': "MyFitnessPal's dates are already local days",
    'tz-oura': "Oura's dates are local and its times carry their own UTC offset",
    'tz-whoop': "WHOOP's times carry their own UTC offset (Cycle timezone)",
  },
  {
    naps: '{n, plural, one {# dag} other {# dagen}} met dutjes (slaap die eindigt tussen 14:00 en middernacht): apart gehouden als nap_h',
    'long-naps':
      '{n, plural, one {# slaapperiode van {hours} u of langer eindigt na {until}:00: geteld als dutje} other {# slaapperiodes van {hours} u of langer eindigen na {until}:00: geteld als dutjes}}, niet als nacht',
    'cronometer-incomplete': '{n, plural, one {# dag} other {# dagen}} niet als voltooid gemarkeerd in Cronometer: de totalen kunnen onvolledig zijn',
    'cronometer-water':
      '"Water (g)" weggelaten op {n, plural, one {# dag} other {# dagen}}: het telt ook het water in je eten, niet alleen wat je dronk (log drinken met recover log --water)',
    'myfitnesspal-partial': '{n, plural, one {# dag} other {# dagen}} weggelaten: een maaltijdregel is overgeslagen, dus de totalen zouden te laag zijn',
    'pmsys-empty-sessions': '{n, plural, one {# leeg sessieverslag} other {# lege sessieverslagen}} weggelaten',
    'pmsys-empty-wellness': '{n, plural, one {# welzijnsverslag} other {# welzijnsverslagen}} met elk antwoord 0 (leeg gelaten) weggelaten',
    'pmsys-alcohol-unknown':
      '{n, plural, one {# antwoord} other {# antwoorden}} over alcohol niet ja of nee ("Maybe", "Do not want to provide this information"): die dagen blijven onbekend',
    'pmsys-glasses': 'glasses_of_fluid weggelaten op {n, plural, one {# verslag} other {# verslagen}}: de grootte van een glas is onbekend, dus het geeft geen liters',
    'whoop-naps-flagged': '{n, plural, one {# slaapperiode} other {# slaapperiodes}} die WHOOP een dutje noemt, door de nachtregel bij de nacht geteld',
    'whoop-unmapped': '{n, plural, one {# ja/nee-antwoord} other {# ja/nee-antwoorden}} over eiwit en drinken alleen als tags bewaard: ze geven geen grammen of liters',
    'fitbit-naps-flagged': '{n, plural, one {# log} other {# logs}} die Fitbit een dutje noemt, door de nachtregel bij de nacht geteld',
    'fitbit-repeated': '{n, plural, one {# herhaalde log} other {# herhaalde logs}} één keer geteld',
    'fitbit-walks': '{n, plural, one {# wandeling} other {# wandelingen}} die Fitbit zelf herkende weggelaten: dagelijks leven, geen training',
    'fitbit-easy': '{n, plural, one {# activiteit} other {# activiteiten}} die Fitbit zelf herkende bij een rustige hartslag (onder 60% van max) als actief herstel geteld, niet als training',
    'fitbit-zero': '{n, plural, one {# dag} other {# dagen}} met waarde 0 (geen meting) weggelaten',
    'garmin-unstaged': '{n, plural, one {# nacht} other {# nachten}} zonder slaapfasen weggelaten (het horloge bevestigde geen slaap)',
    'garmin-hrv-baseline':
      'Garmins eigen HRV-basislijn (recover berekent zijn eigen uit deze waarden) op {date}: {low}-{high} ms, {status, select, none {geen status} balanced {in balans} unbalanced {uit balans} low {laag} poor {slecht} other {{status}}}',
    'garmin-multisport': '{n, plural, one {# multisporttotaal} other {# multisporttotalen}} weggelaten: de onderdelen worden één voor één geteld',
    'apple-health-repeated':
      '{n, plural, one {# record} other {# records}} binnen correlaties weggelaten: Apple herhaalt elk ervan op het hoogste niveau',
    'tz-cronometer': 'de datums van Cronometer zijn al lokale dagen',
    'tz-fitbit': 'de tijden van Fitbit zijn al lokaal (ook de "Z" in sleep_score.csv)',
    'tz-myfitnesspal': 'de datums van MyFitnessPal zijn al lokale dagen',
    'tz-oura': 'de datums van Oura zijn lokaal en de tijden hebben hun eigen UTC-verschil',
    'tz-whoop': 'de tijden van WHOOP hebben hun eigen UTC-verschil (Cycle timezone)',
  },
);

/** A note in the run's language. */
export function sayNote(note: Note): string {
  const { code, ...params } = note;
  return sayNotes(code, params);
}

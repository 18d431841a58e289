import { defineMessages } from '../i18n.js';

/** The words of `insights`: each tag against the next night, morning and day. */
export const sayInsights = defineMessages(
  'insights',
  {
    sleep: "next night's sleep",
    restingHr: "next morning's resting HR",
    hrv: "next morning's HRV",
    fatigue: "next day's fatigue (1-5)",
    direction: '{outcome, select, sleep {{dir, select, less {shorter} other {longer}}} other {{dir, select, less {lower} other {higher}}}}',
    counts: '{with} vs {without} {outcome, select, sleep {nights} restingHr {mornings} hrv {mornings} other {days}}',
    notEnough: 'not enough data ({counts}; at least {min} each needed)',
    ciSame: '{low}-{high} {dir}',
    ciCross: '{low} {lowDir} to {high} {highDir}: no clear difference',
    effect: '{amount} {dir} after {tag} days (95% CI {ci}), {counts}',
    tagLine: '{tag}: {with} days with, {without} without',
    footer: 'Days with a tag compared with days without: an association, not a cause. Other habits often come with a tag.',
  },
  {
    sleep: 'slaap de nacht erna',
    restingHr: 'rusthartslag de ochtend erna',
    hrv: 'HRV de ochtend erna',
    fatigue: 'vermoeidheid de dag erna (1-5)',
    direction: '{outcome, select, sleep {{dir, select, less {korter} other {langer}}} other {{dir, select, less {lager} other {hoger}}}}',
    counts: '{with} tegen {without} {outcome, select, sleep {nachten} restingHr {ochtenden} hrv {ochtenden} other {dagen}}',
    notEnough: 'te weinig gegevens ({counts}; minstens {min} van elk nodig)',
    ciSame: '{low}-{high} {dir}',
    ciCross: '{low} {lowDir} tot {high} {highDir}: geen duidelijk verschil',
    effect: '{amount} {dir} na dagen met {tag} (95%-BI {ci}), {counts}',
    tagLine: '{tag}: {with} dagen met, {without} zonder',
    footer: 'Dagen met een tag vergeleken met dagen zonder: een samenhang, geen oorzaak. Vaak horen er andere gewoonten bij een tag.',
  },
);

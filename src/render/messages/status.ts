import { defineMessages } from '../i18n.js';

/** The words of `status` (today): the verdict line and its headings. */
export const sayStatus = defineMessages(
  'status',
  {
    green: 'GREEN',
    amber: 'AMBER',
    red: 'RED',
    unknown: 'NOT ENOUGH DATA',
    verdictLine: 'Readiness for {day}: {verdict}',
    why: 'Why',
    whyLegend: '(!!! calls for rest, !! a clear change from your normal, ! a reason to go easy)',
    notCounted: 'Not counted yet:',
    // Not "no warning signs": the report may list some that do not change today's readiness (a short sleep debt).
    noWarnings: 'Nothing in the last 7 days calls for easing off today.',
    explainHint: 'The rules and your numbers: recover explain {date}',
    colDate: 'Date',
    colVerdict: 'Verdict',
    colAction: 'Action',
    colReasons: 'Reasons',
    rule: '{pillar, select, health {health} overall {overall} load {load} sleep {sleep} body {body} other {feeling}}: {rule}',
  },
  {
    green: 'GROEN',
    amber: 'ORANJE',
    red: 'ROOD',
    unknown: 'TE WEINIG GEGEVENS',
    verdictLine: 'Oordeel voor {day}: {verdict}',
    why: 'Waarom',
    whyLegend: '(!!! vraagt om rust, !! een duidelijke verandering tegenover je normaal, ! een reden om het rustig aan te doen)',
    notCounted: 'Nog niet meegeteld:',
    noWarnings: 'Niets in de laatste 7 dagen vraagt erom vandaag rustiger aan te doen.',
    explainHint: 'De regels en jouw cijfers: recover explain {date}',
    colDate: 'Datum',
    colVerdict: 'Oordeel',
    colAction: 'Actie',
    colReasons: 'Redenen',
    rule: '{pillar, select, health {gezondheid} overall {totaal} load {belasting} sleep {slaap} body {lichaam} other {gevoel}}: {rule}',
  },
);

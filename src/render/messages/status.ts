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
    noWarnings: 'No warning signs in the last 7 days.',
    explainHint: 'The rules and your numbers: recover explain {date}',
    colDate: 'Date',
    colVerdict: 'Verdict',
    colAction: 'Action',
    colReasons: 'Reasons',
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
    noWarnings: 'Geen waarschuwingssignalen in de laatste 7 dagen.',
    explainHint: 'De regels en jouw cijfers: recover explain {date}',
    colDate: 'Datum',
    colVerdict: 'Oordeel',
    colAction: 'Actie',
    colReasons: 'Redenen',
  },
);

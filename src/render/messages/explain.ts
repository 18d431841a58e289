import { defineMessages } from '../i18n.js';

/** The frame of `recover explain`: labels padded to one column, and the verdict's rule of thumb. */
export const sayExplain = defineMessages(
  'explain',
  {
    rule: 'Rule:',
    source: 'Source:',
    you: 'You:',
    advice: 'Advice:',
    numbers: 'Numbers:',
    notShown: 'not shown in the 7 days to {date}',
    verdictRule: 'Red: a reason that calls for rest, or clear departures from your normal in two kinds of evidence. Amber: any reason. Green: none.',
    ownEntry: 'your entry for the day',
    notCounted: 'Not counted: {gap}',
  },
  {
    rule: 'Regel:',
    source: 'Bron:',
    you: 'Jij:',
    advice: 'Advies:',
    numbers: 'Cijfers:',
    notShown: 'niet gezien in de 7 dagen tot {date}',
    verdictRule: 'Rood: een reden die om rust vraagt, of duidelijke afwijkingen van je normaal in twee soorten bewijs. Oranje: een reden. Groen: geen.',
    ownEntry: 'wat je die dag invulde',
    notCounted: 'Niet meegeteld: {gap}',
  },
);

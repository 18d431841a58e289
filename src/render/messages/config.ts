import { defineMessages } from '../i18n.js';

/** What `recover config` says: the list's words and the confirmations of set and unset. */
export const sayConfig = defineMessages(
  'config',
  {
    unset: 'unset',
    database: 'database',
    setDone: '{name} set to {value}.',
    unsetDone: '{name} is back to its default.',
    sourceDone:
      '{name} {reset, select, yes {is back to its default} other {set}}: {field} comes from {order}, in that order; {n, plural, one {{n} day} other {{n} days}} changed.',
  },
  {
    unset: 'niet gezet',
    database: 'database',
    setDone: '{name} staat nu op {value}.',
    unsetDone: '{name} staat weer op de standaardwaarde.',
    sourceDone:
      '{name} {reset, select, yes {staat weer op de standaardwaarde} other {is gezet}}: {field} komt van {order}, in die volgorde; {n, plural, one {{n} dag} other {{n} dagen}} gewijzigd.',
  },
);

import { defineMessages } from '../i18n.js';

/** How a run ends when it does not end well: the frame around every error (cli/main). */
export const sayOutcome = defineMessages(
  'outcome',
  {
    error: 'error: {message}',
    usageHint: 'Run "recover {command}--help" for usage.',
    cancelled: 'Cancelled: nothing was saved.',
    cannotWrite: 'error: cannot write the output: {why}',
    diskFull: 'no space left on the device',
    cannotUse: 'error: cannot use {path}: {why}',
    internal: 'internal error: {message}',
    debugHint: 'Run again with RECOVER_DEBUG=1 to see where it happened.',
  },
  {
    error: 'fout: {message}',
    usageHint: 'Zie "recover {command}--help" voor het gebruik.',
    cancelled: 'Afgebroken: er is niets opgeslagen.',
    cannotWrite: 'fout: kan de uitvoer niet schrijven: {why}',
    diskFull: 'de schijf is vol',
    cannotUse: 'fout: kan {path} niet gebruiken: {why}',
    internal: 'interne fout: {message}',
    debugHint: 'Probeer opnieuw met RECOVER_DEBUG=1 om te zien waar het gebeurde.',
  },
);

import { afterEach, describe, expect, it } from 'vitest';
import type { Note } from '../../../src/importers/common.js';
import { setLang } from '../../../src/render/i18n.js';
import { sayNote } from '../../../src/render/messages/import-notes.js';

describe('an import note in either language', () => {
  afterEach(() => setLang('en'));

  const notes: Note[] = [
    { code: 'naps', n: 1 },
    { code: 'long-naps', n: 2, hours: 3, until: 20 },
    { code: 'pmsys-empty-sessions', n: 1 },
    { code: 'garmin-hrv-baseline', date: '2024-03-14', low: 55, high: 71, status: 'none' },
  ];

  it('words the facts in English as before', () => {
    expect(notes.map(sayNote)).toEqual([
      '1 day with naps (sleep ending from 14:00 until midnight): kept apart as nap_h',
      '2 sleeps of 3 h or more end after 20:00: counted as naps, not as a night',
      '1 empty session report left out',
      "Garmin's own HRV baseline (recover keeps its own from these values) on 2024-03-14: 55-71 ms, no status",
    ]);
  });

  it('words them in Dutch', () => {
    setLang('nl');
    expect(notes.map(sayNote)).toEqual([
      '1 dag met dutjes (slaap die eindigt tussen 14:00 en middernacht): apart gehouden als nap_h',
      '2 slaapperiodes van 3 u of langer eindigen na 20:00: geteld als dutjes, niet als nacht',
      '1 leeg sessieverslag weggelaten',
      'Garmins eigen HRV-basislijn (recover berekent zijn eigen uit deze waarden) op 2024-03-14: 55-71 ms, geen status',
    ]);
    expect(sayNote({ code: 'garmin-hrv-baseline', date: '2024-03-14', low: 55, high: 71, status: 'unbalanced' })).toMatch(/: 55-71 ms, uit balans$/);
    expect(sayNote({ code: 'tz-whoop' })).toBe('de tijden van WHOOP hebben hun eigen UTC-verschil (Cycle timezone)');
  });
});

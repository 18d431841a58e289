import { afterEach, describe, expect, it } from 'vitest';
import { dateName, dayName, fixed, monthDay } from '../../../src/render/format.js';
import { machine, setLang } from '../../../src/render/lang.js';
import { currentLang } from '../../../src/render/i18n.js';

afterEach(() => setLang('en'));

describe('days and numbers on a screen follow the language', () => {
  it('names a day as each language writes it', () => {
    expect([dayName('2026-11-23'), dayName('2026-11-23', true), dateName('2026-11-23'), monthDay('2026-11-23'), fixed(1.3)]).toEqual([
      'Mon 11-23',
      'Mon 2026-11-23',
      '2026-11-23',
      '11-23',
      '1.30',
    ]);
    setLang('nl');
    expect([dayName('2026-11-23'), dayName('2026-11-23', true), dateName('2026-11-23'), monthDay('2026-11-23'), fixed(1.3)]).toEqual([
      'ma 23 nov',
      'ma 23 nov 2026',
      '23 nov 2026',
      '23-11',
      '1,30',
    ]);
  });

  it('renders rows for a script in English, then puts the language back, also after a throw', () => {
    setLang('nl');
    expect(machine(() => dayName('2026-11-23'))).toBe('Mon 11-23');
    expect(currentLang()).toBe('nl');
    expect(() =>
      machine(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(currentLang()).toBe('nl');
  });
});

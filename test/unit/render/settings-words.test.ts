import { afterEach, describe, expect, it } from 'vitest';
import { SETTING_DEFS } from '../../../src/core/settings.js';
import { CATALOGUES, setLang } from '../../../src/render/i18n.js';
import { settingsHelp } from '../../../src/render/messages/settings.js';

describe('the settings in words', () => {
  afterEach(() => setLang('en'));

  it('describes every setting in both languages', () => {
    const catalogue = CATALOGUES.get('settings');
    for (const lang of ['en', 'nl'] as const) {
      expect(SETTING_DEFS.filter((d) => !catalogue?.[lang][d.name]).map((d) => d.name)).toEqual([]);
    }
  });

  it('lists them for config --help in English and in Dutch from the one catalogue', () => {
    const line = (name: string) => settingsHelp().split('\n').find((l) => l.startsWith(`  ${name} `));
    expect(line('protein-target')).toBe('  protein-target  daily protein per kg of body weight (0.5-4 g/kg, default 1.6)');
    expect(line('tz')).toBe("  tz              time zone for imports, e.g. Europe/Amsterdam (default: this computer's) (an IANA zone name, default unset)");
    setLang('nl');
    expect(line('protein-target')).toBe('  protein-target  eiwit per dag per kg lichaamsgewicht (0,5-4 g/kg, standaard 1,6)');
    expect(line('rest-days')).toBe('  rest-days       rustdagen per week (standaard: uit sport en niveau) (1-7 dagen/week, standaard niet ingesteld)');
  });
});

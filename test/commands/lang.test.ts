import { describe, expect, it } from 'vitest';
import { localeLang } from '../../src/cli/lang.js';
import { main } from '../../src/cli/main.js';
import { rootOptionValue } from '../../src/cli/program.js';
import { currentLang } from '../../src/render/i18n.js';
import { testDeps } from '../helpers/test-deps.js';

describe('the language of a run', () => {
  it('follows the locale: LC_ALL, else LC_MESSAGES, else LANG', () => {
    expect(localeLang({ LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(localeLang({ LANG: 'nl_BE' })).toBe('nl');
    expect(localeLang({ LC_MESSAGES: 'nl_NL.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('nl');
    expect(localeLang({ LC_ALL: 'C', LC_MESSAGES: 'nl_NL.UTF-8' })).toBe('en');
    expect(localeLang({})).toBe('en');
  });

  it('reads the program options before or after the command name, as commander does', () => {
    expect(rootOptionValue(['--db', 'x.db', '--lang', 'nl', 'report'], '--lang')).toBe('nl');
    expect(rootOptionValue(['--lang=nl', 'report'], '--lang')).toBe('nl');
    expect(rootOptionValue(['report', '--week', '--lang', 'nl'], '--lang')).toBe('nl');
    expect(rootOptionValue(['status', '--db=y.db'], '--db')).toBe('y.db');
    expect(rootOptionValue(['--db', '--lang', 'report'], '--lang')).toBeUndefined();
    expect(rootOptionValue(['log', '--', '--lang', 'nl'], '--lang')).toBeUndefined();
  });

  it('is in Dutch with --lang nl after the command name too', async () => {
    const t = testDeps();
    expect(await main(['report', '--week', '--date', 'soon', '--lang', 'nl'], t.deps)).toBe(2);
    expect(currentLang()).toBe('nl');
    expect(t.stderr()).toContain('Zie "recover report --help" voor het gebruik.');
  });

  it('is --lang, else the lang setting, else the locale', async () => {
    const t = testDeps();
    expect(await main(['config', 'set', 'lang', 'nl'], t.deps)).toBe(0);
    expect(await main(['report', '--week', '--date', 'soon'], t.deps)).toBe(2);
    expect(currentLang()).toBe('nl');
    expect(t.stderr()).toContain('Zie "recover report --help" voor het gebruik.');
    expect(await main(['--lang', 'en', 'report', '--week', '--date', 'soon'], t.deps)).toBe(2);
    expect(currentLang()).toBe('en');
    expect(await main(['config', 'unset', 'lang'], t.deps)).toBe(0);
    expect(await main(['report', '--week', '--date', 'soon'], t.deps)).toBe(2);
    expect(currentLang()).toBe('en');
  });
});

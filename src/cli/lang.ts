import { existsSync } from 'node:fs';
import { LANGS, type Lang } from '../core/types.js';
import type { Deps } from './deps.js';
import { rootOptionValue } from './program.js';

const isLang = (value: string | undefined): value is Lang => LANGS.includes(value as Lang);

/** The language a POSIX locale asks for: LC_ALL, else LC_MESSAGES, else LANG ("nl_NL.UTF-8", "nl_BE"). */
export function localeLang(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/**
 * This run's language: --lang, else the lang setting of the database in use, else the locale.
 * Known before the program is built, because its help texts are in that language too.
 */
export async function chooseLang(argv: string[], deps: Deps): Promise<Lang> {
  const flag = rootOptionValue(argv, '--lang');
  if (isLang(flag)) return flag;
  if (flag === undefined && !argv.includes('--version') && !argv.includes('-V')) {
    const setting = await storedLang(deps, rootOptionValue(argv, '--db'));
    if (setting !== null) return setting;
  }
  return deps.localeLang;
}

async function storedLang(deps: Deps, dbFlag: string | undefined): Promise<Lang | null> {
  deps.setDbOption(dbFlag);
  const path = await deps.dbPath();
  if (!existsSync(path)) return null;
  const { storedLang: read } = await import('../storage/settings.js');
  return read(path);
}

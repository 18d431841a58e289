import type { Lang } from '../core/types.js';

/**
 * The language of this run's words. One per process run: cli/main sets it before anything
 * renders (from --lang, the lang setting or the locale), so render functions need no extra
 * parameter threaded through every layer.
 */
let current: Lang = 'en';

export function setLang(lang: Lang): void {
  current = lang;
}

export function currentLang(): Lang {
  return current;
}

/**
 * Rows for a script (TSV, CSV) in every language read as they do in English: codes, ISO dates,
 * '.' decimals, English headings. Renders `make` in English, then puts the run's language back.
 */
export function machine<T>(make: () => T): T {
  const lang = current;
  current = 'en';
  try {
    return make();
  } finally {
    current = lang;
  }
}

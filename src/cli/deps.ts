import { join } from 'node:path';
import { localDate } from '../core/dates.js';
import type { Lang } from '../core/types.js';
import { localeLang } from './lang.js';
import type { Db } from '../storage/db.js';
import { applyOutputFlags, type ColorMode, type IO } from './io.js';
import { inquirerPrompter, type Prompter } from './prompter.js';

/** What commands need from the outside world; tests swap any of it. */
export interface Deps {
  io: IO;
  /** The database path: --db, else RECOVER_DB, else the platform's user data folder. */
  dbPath(): Promise<string>;
  setDbOption(path: string | undefined): void;
  /** The global --color and --quiet flags, applied before the command runs. */
  setOutputFlags(flags: { color?: ColorMode; quiet?: boolean }): void;
  /**
   * Opens the database lazily, so --help and usage errors never touch it. readOnly: never creates,
   * migrates or writes (commands that only show data).
   */
  db(options?: { create?: boolean; readOnly?: boolean }): Promise<Db>;
  today(): string;
  now(): Date;
  /** The language the locale asks for (LC_ALL, LC_MESSAGES, LANG). */
  localeLang: Lang;
  /** This computer's IANA time zone, the last resort for imports. */
  timeZone(): string;
  prompter(): Promise<Prompter>;
  close(): void;
}

export interface DepsOverrides {
  now?: () => Date;
  timeZone?: () => string;
  prompter?: () => Promise<Prompter>;
}

async function platformDbPath(): Promise<string> {
  const { default: envPaths } = await import('env-paths');
  return join(envPaths('recover', { suffix: '' }).data, 'recover.db');
}

export function createDeps(io: IO, env: NodeJS.ProcessEnv, overrides: DepsOverrides = {}): Deps {
  let dbOption: string | undefined;
  let opened: { db: Db; readOnly: boolean } | undefined;
  const now = overrides.now ?? (() => new Date());
  const dbPath = async () => dbOption ?? (env.RECOVER_DB || (await platformDbPath()));
  return {
    io,
    dbPath,
    setDbOption: (path) => {
      dbOption = path;
    },
    setOutputFlags: (flags) => applyOutputFlags(io, env, flags),
    db: async ({ create = false, readOnly = false } = {}) => {
      if (opened && (readOnly || !opened.readOnly)) return opened.db;
      opened?.db.close();
      const [{ openDb }, path] = await Promise.all([import('../storage/db.js'), dbPath()]);
      opened = { db: openDb(path, { create, readOnly }), readOnly };
      return opened.db;
    },
    today: () => localDate(now()),
    localeLang: localeLang(env),
    now,
    timeZone: overrides.timeZone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'),
    prompter: overrides.prompter ?? (() => inquirerPrompter(io)),
    close: () => {
      opened?.db.close();
      opened = undefined;
    },
  };
}

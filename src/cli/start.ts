import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

type Main = (argv: string[]) => Promise<number>;

/**
 * `npm run build` also writes dist/recover.cjs, the whole program in one CommonJS file
 * (build/bundle.mjs), and recover.cjs.cache, V8's compiled code of it after a few warm-up
 * commands. Loading modules one by one, Node resolves, reads and compiles ~50 files a run; the
 * bundle with its code cache skips all three, which is most of a report's start-up (see
 * bench/README.md). Node 20 has no compile cache for ES modules, hence CommonJS through node:vm.
 */
export const BUNDLE = fileURLToPath(new URL('../recover.cjs', import.meta.url));
export const CODE_CACHE = `${BUNDLE}.cache`;

/** Compiles the bundle (with V8's cached code when given and still valid) and runs its top level. */
export function compileBundle(source: string, cachedData?: Buffer): { script: Script; main: Main } {
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE, cachedData });
  const module = { exports: {} as { main?: Main } };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  if (typeof module.exports.main !== 'function') throw new Error(`${BUNDLE} does not export main`);
  return { script, main: module.exports.main };
}

/** The program's main: from the bundle when the build made one, else from the modules themselves. */
export async function loadMain(): Promise<Main> {
  let source: string;
  try {
    source = readFileSync(BUNDLE, 'utf8');
  } catch {
    return (await import('./main.js')).main;
  }
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    // No cache: V8 compiles as it goes (a different Node version rejects a cache the same way).
  }
  return compileBundle(source, cachedData).main;
}

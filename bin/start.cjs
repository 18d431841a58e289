'use strict';
// How bin/recover loads the program. `npm run build` also writes dist/recover.cjs, the whole
// program in one CommonJS file (build/bundle.mjs), and recover.cjs.cache, V8's compiled code of it
// after warm-up runs of the everyday commands. Loading dist/ module by module, Node resolves, reads
// and compiles ~50 files a run; the bundle with its code cache skips all three, most of a report's
// start-up (bench/README.md). Node 20 has no compile cache for ES modules, hence CommonJS through
// node:vm, and this file is CommonJS (bin/package.json) so that a run never starts the ES loader.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '../dist/recover.cjs');
const CODE_CACHE = `${BUNDLE}.cache`;

/** Compiles the bundle (with V8's cached code when given and still valid) and runs its top level. */
function compileBundle(source, cachedData) {
  // The build wrote the bundle as a function of CommonJS's module arguments.
  const script = new Script(source, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  if (typeof module.exports.main !== 'function') throw new Error(`${BUNDLE} does not export main`);
  return { script, main: module.exports.main };
}

/** The program's main: from the bundle when the build made one, else from dist/ module by module. */
async function loadMain() {
  let source;
  try {
    // The build writes plain ASCII, which latin1 reads without decoding.
    source = readFileSync(BUNDLE, 'latin1');
  } catch {
    return (await import('../dist/cli/main.js')).main;
  }
  let cachedData;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    // No cache: V8 compiles as it goes (and rejects a cache made by another Node version the same way).
  }
  return compileBundle(source, cachedData).main;
}

module.exports = { BUNDLE, CODE_CACHE, compileBundle, loadMain };

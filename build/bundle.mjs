// Run by `npm run build` after tsc: dist/recover.cjs, the program in one CommonJS file, and
// dist/recover.cjs.cache, V8's code for it after warm-up runs of the everyday commands (see
// bin/start.cjs for why). The two are written together; a stale cache is deleted first.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dist = (p) => new URL(`../dist/${p}`, import.meta.url);

if (process.argv[2] === '--warm') {
  // In a child of its own (output ignored): the commands run in-process, then V8 saves the code compiled so far.
  const { BUNDLE, CODE_CACHE, compileBundle } = createRequire(import.meta.url)('../bin/start.cjs');
  const { script, main } = compileBundle(readFileSync(BUNDLE, 'latin1'));
  const dir = mkdtempSync(join(tmpdir(), 'recover-warm-'));
  try {
    const db = join(dir, 'demo.db');
    // Tables too: in a terminal report and status print them.
    const runs = [
      ['demo', '--file', db], ['report', '--week'], ['status'], ['report', '--month', '--json'], ['--lang', 'nl', 'report', '--week'], ['--lang', 'nl', 'status'],
      ['report', '--week', '--format', 'table'], ['status', '--format', 'table'],
    ];
    for (const argv of runs.map((run, i) => (i === 0 ? run : ['--db', db, ...run]))) {
      const code = await main(argv);
      if (code !== 0) throw new Error(`warm-up run \`recover ${argv.join(' ')}\` ended with ${code}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(CODE_CACHE, script.createCachedData());
  // Build output like the rest of dist/ (the warm-up runs under recover's private umask).
  chmodSync(CODE_CACHE, 0o644);
} else {
  const { build } = await import('esbuild');
  /** A module the bundle gets as `contents` instead of the file `filter` names. */
  const standIn = (name, filter, contents) => ({
    name,
    setup(b) {
      // Not for the stand-in's own imports: the lazy child_process must still reach Node's.
      b.onResolve({ filter }, (args) => (args.namespace === name ? undefined : { path: name, namespace: name }));
      // Its own imports resolve from the project, as the module's would.
      b.onLoad({ filter: /.*/, namespace: name }, () => ({ contents, loader: 'js', resolveDir: new URL('..', import.meta.url).pathname }));
    },
  });
  // better-sqlite3 finds its addon through \`bindings\`, which tries a dozen paths from a stack trace
  // on every start; the bundle asks Node for the one file directly.
  const directAddon = standIn('direct-addon', /^bindings$/, "module.exports = (name) => require(require.resolve('better-sqlite3/build/Release/' + name));");
  // commander requires child_process (and with it net, dgram, streams) on load, for subcommands
  // that are programs of their own, which recover has none of: loaded when first used instead.
  const lazyChildProcess = standIn(
    'lazy-child-process',
    /^(node:)?child_process$/,
    "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
  );
  // stream-chain (under stream-json, which the Fitbit and Garmin importers load) upgrades its UTF-8
  // decoder through import('node:string_decoder') when first loaded: a require in the bundle.
  const staticStringDecoder = {
    name: 'static-string-decoder',
    setup(b) {
      b.onLoad({ filter: /stream-chain[\\/]src[\\/]utils[\\/]fixUtf8Stream\.js$/ }, (args) => ({
        contents: readFileSync(args.path, 'utf8').replace("import('node:string_decoder')", "Promise.resolve().then(() => require('node:string_decoder'))"),
        loader: 'js',
      }));
    },
  };
  // cli-table3's string-width, with a fast way for ASCII text (see the file).
  const asciiWidth = standIn('ascii-width', /^string-width$/, readFileSync(new URL('string-width.cjs', import.meta.url), 'utf8'));
  rmSync(dist('recover.cjs.cache'), { force: true });
  const result = await build({
    entryPoints: [dist('cli/main.js').pathname],
    outfile: dist('recover.cjs').pathname,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [directAddon, lazyChildProcess, staticStringDecoder, asciiWidth],
    // Plain ASCII (the default: other characters escaped), so start.ts reads it as latin1.
    charset: 'ascii',
    // Without comments and indentation, a third of the size to read at every start; names are kept for stack traces.
    minifyWhitespace: true,
    // Written as the function CommonJS wraps a module in, as bin/start.cjs compiles it: adding the
    // wrapper there made a copy of the whole source at every start.
    banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
    footer: { js: '\n})' },
    logLevel: 'silent',
  });
  if (/[^\x00-\x7f]/.test(readFileSync(dist('recover.cjs'), 'latin1'))) throw new Error('build/bundle.mjs: dist/recover.cjs is not plain ASCII');
  // A dynamic import() left in the bundle (of a Node built-in: esbuild keeps those) has no loader under node:vm and fails at run time.
  const left = /\bimport\((["'][^"']+["'])\)/.exec(readFileSync(dist('recover.cjs'), 'latin1'));
  if (left) throw new Error(`build/bundle.mjs: dist/recover.cjs keeps a dynamic import(${left[1]}), which fails under node:vm: import it statically`);
  // import.meta (a worker's or a data file's path) has no meaning in one CommonJS file: say so rather than ship it broken.
  if (result.warnings.length > 0) {
    rmSync(dist('recover.cjs'), { force: true });
    throw new Error(`build/bundle.mjs: esbuild warns, no bundle written (bin/recover then loads dist/ module by module):\n${result.warnings.map((w) => `${w.location?.file}:${w.location?.line}: ${w.text}`).join('\n')}`);
  }
  execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--warm'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, RECOVER_DB: '', LANG: 'C', LC_ALL: '', LC_MESSAGES: '' } });
}

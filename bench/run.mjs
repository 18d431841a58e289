// npm run bench [-- --size MB[,MB…]] [--runs N]: the figures that must stay fast and small.
// Makes its own data (seeded): a 10-year log and Apple Health exports of the given sizes.
// Each command is timed alternately with `node -e 0` (the floor: Node starting and stopping),
// from outside, by wait4(2) in a small Python parent: CPU time (user + sys) and peak RSS of the
// whole process.
// The Apple Health import runs alternately with Python's ElementTree.iterparse over the same file.
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { daysForSize, expectedDay, writeAppleHealthExport } from './apple-health.mjs';
import { writeHistory } from './history.mjs';
import { writePmsys } from './pmsys.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const BIN = here('../bin/recover');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
};
const SIZES = arg('--size', '200').split(',').map(Number);
const RUNS = Number(arg('--runs', '7'));

const dir = mkdtempSync(join(tmpdir(), 'recover-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The child's own CPU time and peak RSS from wait4(2), to the microsecond (GNU time prints
// hundredths: a tenth of a run of `node -e 0`). Its output goes to stdout, the figures to fd 3.
const RUSAGE = [
  'import os, sys',
  'pid = os.fork()',
  'if pid == 0:',
  '    os.execvp(sys.argv[1], sys.argv[1:])',
  '_, status, ru = os.wait4(pid, 0)',
  'os.write(3, ("%d %f %f %d" % (os.waitstatus_to_exitcode(status), ru.ru_utime, ru.ru_stime, ru.ru_maxrss)).encode())',
].join('\n');

// Node reads every certificate NODE_EXTRA_CA_CERTS names before any of a program's code runs. This
// machine sets it (about 140 certificates: 80% of the instructions of `node -e 0`, some 50 ms of
// CPU a start), a plain environment has no such variable, and recover never opens a connection. So
// every process runs without it; where it is set, the start-up rows run with it too, as a second
// ratio: a floor that loads certificates makes every start-up look cheaper than it is.
const PLAIN = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_EXTRA_CA_CERTS'));
const CERTS = process.env.NODE_EXTRA_CA_CERTS ? process.env : undefined;

/** One run of a command: CPU seconds (user + sys) and peak RSS in MB. */
function measure(command, args, env = {}, base = PLAIN) {
  const r = spawnSync('python3', ['-c', RUSAGE, command, ...args], { env: { ...base, ...env }, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
  const [code, user, sys, rssKb] = String(r.output[3]).split(' ').map(Number);
  if (r.status !== 0 || code !== 0) throw new Error(`${command} ${args.join(' ')}: ${r.stderr.slice(-500)}`);
  return { cpu: user + sys, rss: rssKb / 1024 };
}

/** A and B in turn, `runs` times after a warm-up of each. */
function paired(a, b, runs = RUNS) {
  a();
  b();
  const pairs = Array.from({ length: runs }, () => [a(), b()]);
  return { a: pairs.map(([x]) => x), b: pairs.map(([, y]) => y), ratios: pairs.map(([x, y]) => x.cpu / y.cpu) };
}

const fmt = (xs) => `${median(xs).toFixed(3)} (${Math.min(...xs).toFixed(3)}-${Math.max(...xs).toFixed(3)})`;
const rows = [];
function row(label, { a, ratios }, withCerts) {
  const cpu = a.map((r) => r.cpu);
  const certs = withCerts ? `${median(withCerts.ratios).toFixed(2)}x` : '';
  rows.push([label, fmt(cpu), `${median(ratios).toFixed(2)}x`, certs, `${Math.max(...a.map((r) => r.rss)).toFixed(0)} MB`]);
  console.log(`${label.padEnd(58)} cpu s ${fmt(cpu).padEnd(22)} floor x${median(ratios).toFixed(2).padEnd(6)}${certs ? ` (with the certificates x${certs.slice(0, -1)})` : ''} peak RSS ${Math.max(...a.map((r) => r.rss)).toFixed(0)} MB`);
}

try {
  console.log(`recover benchmarks: ${cpus().length} x ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  console.log(`CPU time (user + sys) median (min-max) of ${RUNS} runs, each beside a run of \`node -e 0\`; "floor x" is the median ratio to it.`);
  console.log(CERTS ? `Without NODE_EXTRA_CA_CERTS, which this environment sets; the start-up rows also with it, both sides.\n` : 'NODE_EXTRA_CA_CERTS is not set.\n');
  const floor = () => measure(process.execPath, ['-e', '0']);
  const recover = (args, env) => () => measure(process.execPath, [BIN, ...args], env);
  const floorIn = (base) => () => measure(process.execPath, ['-e', '0'], {}, base);
  /** A start-up row: `run(base)` beside the floor, and the same with this environment's certificates when it has some. */
  const startupRow = (label, run, runs) => row(label, paired(() => run(PLAIN), floorIn(PLAIN), runs), CERTS && paired(() => run(CERTS), floorIn(CERTS), runs));
  const startup = (label, args, env, runs) => startupRow(label, (base) => measure(process.execPath, [BIN, ...args], env, base), runs);

  const db = join(dir, 'ten-years.db');
  const csv = join(dir, 'ten-years.csv');
  const logged = writeHistory(csv);
  execFileSync(process.execPath, [BIN, 'import', 'csv', csv], { env: { ...process.env, RECOVER_DB: db }, stdio: 'ignore' });
  const env = { RECOVER_DB: db };
  // The least any report or status can cost: a program bundled as recover is (the addon required
  // directly) that opens the database with better-sqlite3 and reads the rows of the 14 months a
  // report at the last date reads (90 days and a lead-in of 336 known days), and does nothing else.
  const least = join(dir, 'least.cjs');
  const { build } = await import('esbuild');
  const addon = createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
  await build({
    stdin: { contents: `const Database = require('better-sqlite3'); new Database(process.argv[2], { readonly: true }).prepare("SELECT * FROM day WHERE date BETWEEN '2023-11-01' AND '2024-12-31'").raw().all();`, resolveDir: here('..') },
    outfile: least, bundle: true, platform: 'node', format: 'cjs', external: ['*.node'], logLevel: 'error',
    plugins: [{ name: 'direct-addon', setup: (b) => {
      b.onResolve({ filter: /^bindings$/ }, () => ({ path: 'bindings', namespace: 'direct-addon' }));
      b.onLoad({ filter: /.*/, namespace: 'direct-addon' }, () => ({ contents: `module.exports = () => require(${JSON.stringify(addon)});`, loader: 'js' }));
    } }],
  });
  startup('recover --version', ['--version']);
  startup('recover --help', ['--help']);
  startup(`report --week, 10 years (${logged} days logged), early date`, ['report', '--week', '--date', '2015-03-01'], env);
  startup('report --week, 10 years, last date', ['report', '--week', '--date', '2024-12-31'], env);
  startup('status, last date of 10 years', ['status', '--date', '2024-12-31'], env);
  startupRow('the least a report can cost: open the database, read its window', (base) => measure(process.execPath, [least, db], {}, base));
  // As a person sees them (a table on a terminal), in Dutch: the words' catalogues, numbers and days.
  startup('status --lang nl --format table, last date', ['--lang', 'nl', 'status', '--format', 'table', '--date', '2024-12-31'], env);
  startup('report --week --lang nl --format table, last date', ['--lang', 'nl', 'report', '--week', '--format', 'table', '--date', '2024-12-31'], env);
  row('words: every catalogue message, en and nl (i18n-probe)', paired(() => measure(process.execPath, [here('i18n-probe.mjs')]), floor));
  startup('report --month --json, last date', ['report', '--month', '--json', '--date', '2024-12-31'], env);
  row('export csv, 10 years', paired(recover(['export'], env), floor, 3));
  row('log by flags', paired(recover(['log', '--date', '2024-12-31', '--protein', '150', '--yes'], env), floor, 3));
  const pmsys = join(dir, 'pmsys');
  const pmsysRows = writePmsys(pmsys);
  const pmsysDb = join(dir, 'pmsys.db');
  const importPmsys = () => {
    rmSync(pmsysDb, { force: true });
    return measure(process.execPath, [BIN, 'import', 'pmsys', pmsys, '--tz', 'Europe/Oslo'], { RECOVER_DB: pmsysDb });
  };
  row(`import pmsys, 10 years (${pmsysRows} rows)`, paired(importPmsys, floor, 3));

  console.log('');
  const python = join(dir, 'iterparse.py');
  writeFileSync(
    python,
    [
      '# The baseline: ElementTree.iterparse over export.xml, picking out the records recover reads.',
      'import sys, xml.etree.ElementTree as ET',
      `wanted = {${['HKCategoryTypeIdentifierSleepAnalysis', 'HKQuantityTypeIdentifierRestingHeartRate', 'HKQuantityTypeIdentifierHeartRateVariabilitySDNN', 'HKQuantityTypeIdentifierDietaryProtein', 'HKQuantityTypeIdentifierDietaryCarbohydrates', 'HKQuantityTypeIdentifierDietaryWater'].map((t) => `"${t}"`).join(', ')}}`,
      'n = 0',
      'for _, el in ET.iterparse(sys.argv[1]):',
      '    if (el.tag == "Record" and el.get("type") in wanted) or el.tag == "Workout":',
      '        n += 1',
      '    el.clear()',
      'print(n)',
      '',
    ].join('\n'),
  );
  for (const size of SIZES) {
    const file = join(dir, `export-${size}.xml`);
    const days = daysForSize(size);
    const bytes = writeAppleHealthExport(file, { days, heartRates: 150 });
    const target = join(dir, `ah-${size}.db`);
    const ours = () => {
      rmSync(target, { force: true });
      return measure(process.execPath, [BIN, 'import', 'apple-health', file, '--tz', 'Etc/GMT-1'], { RECOVER_DB: target });
    };
    const runs = size > 300 ? 1 : 3;
    const r = paired(ours, () => measure('python3', [python, file]), runs);
    const mb = bytes / 1e6;
    const speed = r.ratios.map((x) => 1 / x);
    console.log(
      `import apple-health, ${mb.toFixed(0)} MB (${days} days): cpu s ${fmt(r.a.map((x) => x.cpu))}, ${(mb / median(r.a.map((x) => x.cpu))).toFixed(0)} MB/s, peak RSS ${Math.max(...r.a.map((x) => x.rss)).toFixed(0)} MB;` +
        ` iterparse cpu s ${fmt(r.b.map((x) => x.cpu))}, peak RSS ${Math.max(...r.b.map((x) => x.rss)).toFixed(0)} MB; ours ${median(speed).toFixed(1)}x the speed of iterparse`,
    );
    rows.push([`import apple-health, ${mb.toFixed(0)} MB`, fmt(r.a.map((x) => x.cpu)), `${median(speed).toFixed(1)}x iterparse`, '', `${Math.max(...r.a.map((x) => x.rss)).toFixed(0)} MB`]);
    // The ground truth: the figures the generator wrote must come back exactly.
    for (const i of [0, Math.floor(days / 2), days - 1]) {
      const want = expectedDay(i);
      const [got] = JSON.parse(execFileSync(process.execPath, [BIN, 'export', '--json', '--from', want.date, '--to', want.date], { env: { ...process.env, RECOVER_DB: target }, encoding: 'utf8' }));
      const same = ['sleepHours', 'restingHrBpm', 'hrvMs', 'proteinG', 'waterL'].every((k) => got?.[k] === want[k]) && got?.sessions?.[0]?.minutes === 45;
      if (!same) throw new Error(`apple-health ground truth differs on ${want.date}: ${JSON.stringify(got)}`);
    }
    rmSync(file);
  }
  console.log('\n| command | CPU s, median (min-max) | ratio | ratio, NODE_EXTRA_CA_CERTS set | peak RSS |\n|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// npm run bench: figures for the things that must stay fast and small.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAppleHealthExport } from './apple-health.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const BIN = here('../bin/recover');
const dir = mkdtempSync(join(tmpdir(), 'recover-bench-'));
const row = (label, value) => console.log(`${label.padEnd(46)} ${value}`);

function time(args, env = {}, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
    if (r.status !== 0 && r.status !== null && !args.includes('--help')) throw new Error(r.stderr);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

try {
  console.log('recover benchmarks (median of 5 runs where timed)\n');
  row('start-up: recover --help', `${time(['--help']).toFixed(0)} ms`);

  // Ten years of daily logs, imported from recover's own CSV.
  const db = join(dir, 'ten-years.db');
  const lines = ['date,sleep_h,protein_g,fatigue,resting_hr_bpm,hrv_ms,rest_day,sessions'];
  for (let i = 0; i < 3650; i++) {
    const date = new Date(Date.UTC(2015, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const rest = i % 7 === 3;
    lines.push(`${date},${7 + (i % 5) / 4},${120 + (i % 40)},${1 + (i % 5)},${50 + (i % 6)},${45 + (i % 20)},${rest ? 'full' : ''},${rest ? '' : `strength:${45 + (i % 30)}:${5 + (i % 5)};mobility:15:2`}`);
  }
  writeFileSync(join(dir, 'ten-years.csv'), `${lines.join('\n')}\n`);
  row('import csv: 3,650 days', `${time(['import', 'csv', join(dir, 'ten-years.csv')], { RECOVER_DB: db }, 1).toFixed(0)} ms`);
  row('report --week over 10 years of history', `${time(['report', '--date', '2024-12-28'], { RECOVER_DB: db }).toFixed(0)} ms`);
  row('report --month --json', `${time(['report', '--month', '--date', '2024-12-28', '--json'], { RECOVER_DB: db }).toFixed(0)} ms`);
  row('status', `${time(['status', '--date', '2024-12-28'], { RECOVER_DB: db }).toFixed(0)} ms`);
  row('export csv: 3,650 days', `${time(['export'], { RECOVER_DB: db }).toFixed(0)} ms`);
  row('log by flags', `${time(['log', '--date', '2024-12-28', '--protein', '150', '--yes'], { RECOVER_DB: db }).toFixed(0)} ms`);

  console.log('');
  for (const [days, heartRates] of [[750, 150], [1500, 150], [3000, 150]]) {
    const file = join(dir, `export-${days}.xml`);
    const bytes = writeAppleHealthExport(file, { days, heartRates });
    const out = execFileSync(process.execPath, [here('./import-once.mjs'), 'apple-health', file, join(dir, `ah-${days}.db`)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const r = JSON.parse(out.trim().split('\n').at(-1));
    const mb = bytes / 1e6;
    row(`import apple-health: ${mb.toFixed(0)} MB, ${days} days`, `${r.seconds.toFixed(2)} s, ${(mb / r.seconds).toFixed(0)} MB/s, peak RSS ${r.maxRssMb.toFixed(0)} MB, peak heap ${r.peakHeapMb.toFixed(0)} MB`);
    rmSync(file);
  }
  console.log(`\n(database size for 10 years: ${(statSync(db).size / 1e6).toFixed(1)} MB)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

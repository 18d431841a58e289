// npm run calibrate: how often `recover status` says green, amber and red on real athletes' data.
// Imports each PMData participant's PMSys reports (wellness, session RPE, injuries) into its own
// database, judges every day from the first report to the last, and prints the shares per person
// and what the days before a reported injury looked like. Needs ../shared/data (skips without it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const BIN = here('../bin/recover');
const PMDATA = here('../../shared/data/pmdata');
const withFitbit = process.argv.includes('--fitbit');
/** Days before a reported injury that count as its lead-up. */
const LEAD_UP_DAYS = 14;

if (!existsSync(PMDATA)) {
  console.log(`calibrate: skipped, ${PMDATA} is not here`);
  process.exit(0);
}

const { openDb } = await import(here('../dist/storage/db.js'));
const { listAllDays } = await import(here('../dist/storage/days.js'));
const { loadSettings } = await import(here('../dist/storage/settings.js'));
const { assessReadiness } = await import(here('../dist/core/readiness.js'));
const { addDays, dateRange } = await import(here('../dist/core/dates.js'));

const dir = mkdtempSync(join(tmpdir(), 'recover-calibrate-'));
const pct = (n, of) => (of === 0 ? '-' : `${Math.round((100 * n) / of)}%`);
const totals = { green: 0, amber: 0, red: 0, unknown: 0, sleepOnly: 0, nights: 0, shortNights: 0 };
/** People who sleep over 6 h on average and are injured on under a tenth of their days: training and recovering normally. */
const usual = { green: 0, amber: 0, red: 0, people: [] };
const leadUp = { days: 0, red: 0, amber: 0 };
const other = { days: 0, red: 0, amber: 0 };
const reasons = new Map();

function run(args, db) {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, RECOVER_DB: db }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`recover ${args.join(' ')}: ${r.stderr}`);
}

console.log(`Status verdicts on PMData (PMSys${withFitbit ? ' + Fitbit' : ''}), every day from each person's first report to the last\n`);
console.log('person  days  green  amber  red  no verdict  amber for sleep only  nights under 7 h  average night  injured days');
try {
  for (const person of readdirSync(PMDATA).filter((p) => /^p\d+$/.test(p)).sort()) {
    const db = join(dir, `${person}.db`);
    run(['import', 'pmsys', join(PMDATA, person), '--tz', 'Europe/Oslo'], db);
    if (withFitbit) run(['import', 'fitbit', join(PMDATA, person, 'fitbit')], db);
    const handle = openDb(db, { create: false });
    const entries = listAllDays(handle);
    const settings = loadSettings(handle);
    handle.close();
    const injured = new Set(entries.filter((d) => d.injury).map((d) => d.date));
    // An injury's onset: a reported injury with none in the week before it.
    const onsets = [...injured].filter((date) => ![1, 2, 3, 4, 5, 6, 7].some((k) => injured.has(addDays(date, -k))));
    const count = { green: 0, amber: 0, red: 0, unknown: 0, sleepOnly: 0 };
    const nights = entries.filter((d) => d.sleepHours !== null);
    const shortNights = nights.filter((d) => d.sleepHours < 7).length;
    const dates = dateRange(entries[0].date, entries.at(-1).date);
    for (const date of dates) {
      const r = assessReadiness(entries, date, settings);
      count[r.verdict]++;
      totals[r.verdict]++;
      if (r.verdict === 'amber' && r.reasons.every((x) => x.pillar === 'sleep')) {
        count.sleepOnly++;
        totals.sleepOnly++;
      }
      for (const reason of r.reasons) reasons.set(`${reason.code} (${reason.strength})`, (reasons.get(`${reason.code} (${reason.strength})`) ?? 0) + 1);
      if (r.verdict === 'unknown' || injured.has(date)) continue;
      const bucket = onsets.some((o) => date < o && date >= addDays(o, -LEAD_UP_DAYS)) ? leadUp : other;
      bucket.days++;
      if (r.verdict === 'red') bucket.red++;
      if (r.verdict === 'amber') bucket.amber++;
    }
    const judged = dates.length - count.unknown;
    const averageNight = nights.reduce((sum, d) => sum + d.sleepHours, 0) / nights.length;
    if (averageNight > 6 && injured.size < 0.1 * dates.length) {
      for (const v of ['green', 'amber', 'red']) usual[v] += count[v];
      usual.people.push(person);
    }
    totals.nights += nights.length;
    totals.shortNights += shortNights;
    console.log(
      `${person}    ${String(dates.length).padStart(4)}  ${pct(count.green, judged).padStart(5)}  ${pct(count.amber, judged).padStart(5)}  ${pct(count.red, judged).padStart(3)}  ${String(count.unknown).padStart(10)}  ${pct(count.sleepOnly, judged).padStart(20)}  ${pct(shortNights, nights.length).padStart(16)}  ${`${averageNight.toFixed(1)} h`.padStart(13)}  ${String(injured.size).padStart(12)}`,
    );
  }
  const judged = totals.green + totals.amber + totals.red;
  console.log(
    `all     ${String(judged + totals.unknown).padStart(4)}  ${pct(totals.green, judged).padStart(5)}  ${pct(totals.amber, judged).padStart(5)}  ${pct(totals.red, judged).padStart(3)}  ${String(totals.unknown).padStart(10)}  ${pct(totals.sleepOnly, judged).padStart(20)}  ${pct(totals.shortNights, totals.nights).padStart(16)}`,
  );
  const usualJudged = usual.green + usual.amber + usual.red;
  console.log(
    `\nThe ${usual.people.length} people whose nights average over 6 h and who are injured on under 10% of days (${usual.people.join(' ')}): ` +
      `green ${pct(usual.green, usualJudged)}, amber ${pct(usual.amber, usualJudged)}, red ${pct(usual.red, usualJudged)} of ${usualJudged} days.`,
  );
  console.log(`\nDays not injured: in the ${LEAD_UP_DAYS} days before an injury onset ${leadUp.days} days, red ${pct(leadUp.red, leadUp.days)}, amber ${pct(leadUp.amber, leadUp.days)};`);
  console.log(`other days ${other.days}, red ${pct(other.red, other.days)}, amber ${pct(other.amber, other.days)}.`);
  console.log('\nReasons given (days):');
  for (const [code, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${code}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// A seeded 10-year PMSys export as PMData has it (instants in UTC): a wellness report most days,
// a session report on four days in five, now and then an injury. The same seed gives the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DAY = 86_400_000;

/** Writes wellness.csv, srpe.csv and injury.csv into `dir`; returns the number of rows. */
export function writePmsys(dir, { first = '2015-01-01', last = '2024-12-31', seed = 20152 } = {}) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = (from, to) => from + Math.floor(random() * (to - from + 1));
  const wellness = ['effective_time_frame,fatigue,mood,readiness,sleep_duration_h,sleep_quality,soreness,soreness_area,stress'];
  const srpe = ['end_date_time,activity_names,perceived_exertion,duration_min'];
  const injury = ['effective_time_frame,injuries'];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += DAY) {
    const morning = new Date(t + pick(6, 9) * 3_600_000 + pick(0, 3_599_999)).toISOString();
    if (random() < 0.95) wellness.push(`${morning},${pick(1, 5)},${pick(1, 5)},${pick(0, 10)},${pick(5, 9)},${pick(1, 5)},${pick(1, 5)},[],${pick(1, 5)}`);
    if (random() < 0.8) {
      const sport = random() < 0.5 ? "['individual', 'running']" : "['team', 'soccer']";
      srpe.push(`${new Date(t + pick(16, 20) * 3_600_000 + pick(0, 3_599_999)).toISOString()},"${sport}",${pick(2, 9)},${pick(20, 90)}`);
    }
    if (random() < 0.02) injury.push(`${morning},"{'right_knee': 'minor'}"`);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'wellness.csv'), `${wellness.join('\n')}\n`);
  writeFileSync(join(dir, 'srpe.csv'), `${srpe.join('\n')}\n`);
  writeFileSync(join(dir, 'injury.csv'), `${injury.join('\n')}\n`);
  return wellness.length + srpe.length + injury.length - 3;
}

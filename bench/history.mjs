// A seeded 10-year log in recover's own CSV: training blocks, a sparse spell of logging, breaks,
// illness, rest days, sleep, scales and resting HR/HRV. The same seed gives the same file.
import { writeFileSync } from 'node:fs';

const DAY = 86_400_000;

/** Writes the log of the days from `first` to `last` (YYYY-MM-DD); returns the number of rows. */
export function writeHistory(path, { first = '2015-01-01', last = '2024-12-31', seed = 20151 } = {}) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const rows = ['date,sleep_h,sleep_quality,fatigue,motivation,soreness,stress,resting_hr_bpm,hrv_ms,note,rest_day,sessions'];
  for (let i = 0, t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); i++, t += DAY) {
    const date = new Date(t).toISOString().slice(0, 10);
    const block = Math.floor(i / 120) % 4; // build, build, peak, easy
    if (i % 1000 > 940) continue; // a two-month break every few years
    if (i % 1000 > 700 && i % 1000 < 760 && random() < 0.7) continue; // a spell of logging now and then
    const ill = random() < 0.01;
    const rest = ill || i % 7 === 3 || random() < 0.1;
    const minutes = Math.round((30 + random() * 90) * (block === 2 ? 1.4 : block === 3 ? 0.6 : 1));
    const rpe = Math.min(10, Math.max(1, Math.round(4 + random() * 5)));
    const sessions = rest ? '' : `strength:${minutes}:${rpe}${random() < 0.3 ? `;cardio:${Math.round(20 + random() * 60)}:${rpe - 1 || 1}` : ''}`;
    const scale = () => 1 + Math.floor(random() * 5);
    rows.push(
      [date, (5.5 + random() * 3.5).toFixed(2), scale(), scale(), scale(), scale(), scale(), Math.round(48 + random() * 12), Math.round(35 + random() * 40),
        ill ? 'flu' : '', rest ? 'full' : '', sessions].join(','),
    );
  }
  writeFileSync(path, `${rows.join('\n')}\n`);
  return rows.length - 1;
}

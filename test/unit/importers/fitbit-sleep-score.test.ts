import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitbit } from '../../../src/importers/fitbit.js';
import { tempDir } from '../../helpers/run-cli.js';
import { ctx } from '../../helpers/fixtures.js';

// sleep_score.csv streams: per date only the reading kept so far, not every row to sort.
const HEADER = 'timestamp,sleep_log_entry_id,overall_score,resting_heart_rate';

async function read(rows: string[], skipInvalid = false) {
  const file = join(tempDir(), 'sleep_score.csv');
  writeFileSync(file, `${HEADER}\n${rows.join('\n')}\n`);
  const [result] = await fitbit.read(file, ctx({ skipInvalid }));
  return { days: result?.days.map((d) => [d.date, d.values.restingHrBpm]), skipped: result?.skipped, records: result?.records };
}

describe('Fitbit sleep_score.csv, streamed', () => {
  it('gives each date the later of two readings, whatever the row order', async () => {
    const rows = ['2019-11-03T07:19:30Z,1,79,53', '2019-11-03T13:30:00Z,2,60,55', '2019-11-02T06:00:00Z,3,70,50'];
    const expected = { days: [['2019-11-01', 50], ['2019-11-02', 55]], skipped: [], records: 3 };
    expect(await read(rows)).toEqual(expected);
    expect(await read([...rows].reverse())).toEqual(expected);
  });

  it('reports an implausible reading and keeps the plausible one, later or earlier; a 0 is no reading', async () => {
    const rows = ['2019-11-03T13:30:00Z,2,60,250', '2019-11-03T07:19:30Z,1,79,53', '2019-11-04T07:00:00Z,3,70,0', '2019-11-04T06:00:00Z,4,70,10'];
    expect(await read(rows)).toEqual({
      // As before streaming: the date of a refused reading is in the result, with no value.
      days: [['2019-11-02', 53], ['2019-11-03', undefined]],
      skipped: [
        { where: expect.stringMatching(/sleep_score\.csv:2$/) as unknown, reason: 'implausible value left out: resting heart rate must be a number from 20 to 200, got "250"' },
        { where: expect.stringMatching(/sleep_score\.csv:5$/) as unknown, reason: 'implausible value left out: resting heart rate must be a number from 20 to 200, got "10"' },
      ],
      records: 4,
    });
  });

  it('stops at a row that is no reading, naming its line', async () => {
    await expect(read(['2019-11-03T07:19:30Z,1,79,53', 'yesterday,2,60,55'])).rejects.toThrow(/sleep_score\.csv:3: timestamp is not a date and time: "yesterday"/);
    expect((await read(['2019-11-03T07:19:30Z,1,79,53', 'yesterday,2,60,55'], true)).days).toEqual([['2019-11-02', 53]]);
  });
});

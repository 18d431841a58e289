import { describe, expect, it } from 'vitest';
import { journalTag } from '../../../src/importers/whoop.js';
import { pmsys } from '../../../src/importers/pmsys.js';
import { byDate, ctx, fixture } from '../../helpers/fixtures.js';
import { sayNote } from '../../../src/render/messages/import-notes.js';

describe('journal answers as tags', () => {
  it.each([
    ['Have any alcoholic drinks?', 'alcohol'],
    ['Have any caffeine? ', 'caffeine'],
    ['Viewed a screen device in bed?', 'screen-in-bed'],
    ['Read (non-screened device) while in bed?', 'reading-in-bed'],
    ['See direct sunlight upon waking up?', 'morning-sunlight'],
    ['Have any late meals?', 'late-meals'],
    ['Did you stretch?', 'stretch'],
  ])('names WHOOP\'s "%s" %s', (question, tag) => {
    expect(journalTag(question)).toBe(tag);
  });
});

describe("PMData's daily report", () => {
  it('gives the alcohol tag, yes when either of two reports of a day says so, unknown for Maybe, and leaves glasses of fluid out', async () => {
    const [result] = await pmsys.read(fixture('pmsys-reporting/reporting.csv'), ctx({ tz: 'Europe/Oslo' }));
    const days = byDate(result ? [result] : []);
    expect([...days.entries()].map(([date, d]) => [date, d.values])).toEqual([
      ['2019-11-15', { tags: 'alcohol' }],
      ['2019-11-16', { tags: 'alcohol' }],
      ['2019-11-17', { tags: '-alcohol' }],
    ]);
    expect(result?.notes.map(sayNote)).toEqual([
      '1 alcohol answer neither yes nor no ("Maybe", "Do not want to provide this information"): those days stay unknown',
      'glasses_of_fluid left out on 3 reports: the glass size is unknown, so it gives no litres',
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/errors.js';
import { jsonRecords, MAX_RECORD_CHARS, type Nested } from '../../../src/importers/json-stream.js';

const ACTIVITIES: Nested = { key: 'summarizedActivitiesExport', notNested: () => new DataError('garmin-not-activities', { file: 'a.json' }) };

/** Every record of a text handed over in the given pieces (a file's chunks), with where it is. */
async function records(upTo: number | undefined, text: string | Buffer, nested?: Nested, pieces = 1): Promise<Array<[string, unknown]>> {
  const bytes = Buffer.from(text);
  const size = Math.ceil(bytes.length / pieces) || 1;
  const chunks = Array.from({ length: pieces }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
  const out: Array<[string, unknown]> = [];
  for await (const { where, record } of jsonRecords(nested ? 'a.json' : 'f.json', (async function* () { yield* chunks; })(), nested, upTo)) out.push([where, record]);
  return out;
}

// A file of 1 MB or less is parsed whole, a larger one streamed: both give the same, each edge run through both.
describe.each([
  ['read whole', undefined],
  ['streamed', 0],
])('a JSON array %s', (_how, upTo) => {
  it('gives each element as JSON.parse would, with its number, whatever the element', async () => {
    expect(await records(upTo, '[{"logId": 1, "levels": {"data": [{"s": 30}]}}, 5, "x", null, [1, 2], {"__proto__": {"a": 1}}]')).toEqual([
      ['f.json: element 1', { logId: 1, levels: { data: [{ s: 30 }] } }],
      ['f.json: element 2', 5],
      ['f.json: element 3', 'x'],
      ['f.json: element 4', null],
      ['f.json: element 5', [1, 2]],
      ['f.json: element 6', JSON.parse('{"__proto__": {"a": 1}}')],
    ]);
  });

  it('gives nothing for an empty array, and drops a leading BOM', async () => {
    expect(await records(upTo, ' [ ]\n')).toEqual([]);
    expect(await records(upTo, '\uFEFF[{"a": 1}]')).toEqual([['f.json: element 1', { a: 1 }]]);
  });

  it('gives the same records however the file is cut into chunks, even inside a character', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.dictionary(fc.string(), fc.jsonValue())), fc.integer({ min: 1, max: 40 }), async (array, pieces) => {
        const text = JSON.stringify(array, null, 1);
        expect((await records(upTo, text, undefined, pieces)).map(([, record]) => record)).toEqual(JSON.parse(text));
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['not JSON', '<?xml version="1.0"?>', 'f.json: not valid JSON ('],
    ['empty', '', 'f.json: not valid JSON ('],
    ['not an array', '{"logId": 1}', 'f.json: expected a JSON array of records'],
    ['a number', '42', 'f.json: expected a JSON array of records'],
    ['cut off in an element', '[{"logId": 1}, {"logId": 2, "minutesAsleep": 3', 'f.json: not valid JSON ('],
    ['cut off after an element', '[{"logId": 1},', 'f.json: not valid JSON ('],
    ['a trailing comma', '[{"logId": 1},]', 'f.json: not valid JSON ('],
    ['more after the array', '[{"logId": 1}] {}', 'not valid JSON ('],
    ['not UTF-8 on line 2', Buffer.concat([Buffer.from('[{"a": 1},\n{"b": "'), Buffer.from([0xff]), Buffer.from('"}]')]), 'f.json:2: not UTF-8 text'],
  ])('refuses a file %s', async (_what, text, message) => {
    const error = await records(upTo, text).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).message).toContain(message);
  });

  it('refuses a record over 1 MB rather than filling memory, and takes one just under it', async () => {
    const element = (chars: number) => `{"note": "${'x'.repeat(chars - 12)}"}`;
    await expect(records(upTo, `[{"a": 1}, ${element(MAX_RECORD_CHARS + 2 ** 17)}]`)).rejects.toThrow('f.json: element 2: a record longer than 1 MB: not an export recover reads.');
    // No array at all, only blanks: the same, not a file read to its end.
    await expect(records(upTo, ' '.repeat(MAX_RECORD_CHARS + 2 ** 17))).rejects.toThrow('f.json: element 1: a record longer than 1 MB');
    // A string for a record, which the parser holds until its end: the same, after blanks that do not count.
    await expect(records(upTo, `[{"a": 1}, ${' '.repeat(2 ** 17)}"${'x'.repeat(MAX_RECORD_CHARS + 2 ** 17)}"]`)).rejects.toThrow('f.json: element 2: a record longer than 1 MB');
    const under = await records(upTo, `[${element(MAX_RECORD_CHARS - 2 ** 17)}, {"a": 1}]`, undefined, 7);
    expect(under.map(([where, record]) => [where, JSON.stringify(record).length])).toEqual([['f.json: element 1', MAX_RECORD_CHARS - 2 ** 17 - 1], ['f.json: element 2', 7]]);
  });
});

describe.each([
  ['read whole', undefined],
  ['streamed', 0],
])('records one level down (Garmin activities), %s', (_how, upTo) => {
  it('gives the elements of each top-level object\'s array, numbered on across them; other keys are passed over', async () => {
    const text = '[{"summarizedActivitiesExport": [{"activityId": 1}, {"activityId": 2}], "other": {"x": [1, {"y": 2}]}}, {"n": 5, "summarizedActivitiesExport": [{"activityId": 3}]}, {"summarizedActivitiesExport": []}]';
    expect(await records(upTo, text, ACTIVITIES, 5)).toEqual([
      ['a.json: element 1', { activityId: 1 }],
      ['a.json: element 2', { activityId: 2 }],
      ['a.json: element 3', { activityId: 3 }],
    ]);
  });

  it.each([
    ['an element that is not an object', '[[{"activityId": 1}]]'],
    ['an object without the array', '[{"activities": [{"activityId": 1}]}]'],
    ['the key holding no array', '[{"summarizedActivitiesExport": {"activityId": 1}}]'],
    ['a number', '[{"summarizedActivitiesExport": [{"activityId": 1}]}, 5]'],
  ])('refuses %s', async (_what, text) => {
    await expect(records(upTo, text, ACTIVITIES)).rejects.toThrow('a.json: expected [{"summarizedActivitiesExport": [...]}]');
  });
});

// Only a record's own text counts towards the 1 MB a record may take: blanks around records and
// what Garmin's objects hold besides their records are read past, as JSON.parse reads them.
describe.each([
  ['read whole', 2 ** 23],
  ['streamed', 0],
])('text outside records, %s', (_how, upTo) => {
  const blanks = ' '.repeat(MAX_RECORD_CHARS + 2 ** 17);

  it('takes 1.2 MB of blanks after the array, and between two elements', async () => {
    expect(await records(upTo, `[{"a": 1}]${blanks}`, undefined, 3)).toEqual([['f.json: element 1', { a: 1 }]]);
    expect(await records(upTo, `[{"a": 1},${blanks}{"b": 2}${blanks}, 3]`, undefined, 5)).toEqual([
      ['f.json: element 1', { a: 1 }],
      ['f.json: element 2', { b: 2 }],
      ['f.json: element 3', 3],
    ]);
  });

  it('takes over 1 MB of other values in a Garmin object, passed over', async () => {
    const other = JSON.stringify(Array.from({ length: 3 * 2 ** 17 }, (_, i) => i % 1000));
    const text = `[{"other": ${other}, "summarizedActivitiesExport": [{"activityId": 1}], "more": ${other}}, {"summarizedActivitiesExport": [{"activityId": 2}]}]`;
    expect(text.length).toBeGreaterThan(2 * MAX_RECORD_CHARS);
    expect(await records(upTo, text, ACTIVITIES, 4)).toEqual([
      ['a.json: element 1', { activityId: 1 }],
      ['a.json: element 2', { activityId: 2 }],
    ]);
  });
});

describe('a large JSON file', () => {
  it('streamed, gives the records before a problem first: the import stops at the problem, nothing written', async () => {
    const seen: unknown[] = [];
    const reading = (async () => {
      for await (const { record } of jsonRecords('f.json', (async function* () { yield Buffer.from('[{"a": 1}, {"b": 2}, {"c"'); })(), undefined, 0)) seen.push(record);
    })();
    await expect(reading).rejects.toThrow('f.json: not valid JSON (');
    expect(seen).toEqual([{ a: 1 }, { b: 2 }]);
  });
});

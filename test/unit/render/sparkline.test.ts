import { describe, expect, it } from 'vitest';
import { canShowBlocks } from '../../../src/cli/io.js';
import { bucket, scaleOf, sparkline } from '../../../src/render/sparkline.js';

describe('sparkline', () => {
  const scale = { min: 0, max: 7 };
  it.each([
    ['blocks', false, '▁▂▃ ▅▆▇█'],
    ['ASCII', true, '_.- =+*#'],
  ])('draws one mark a value in %s, a blank for a gap', (_name, ascii, expected) => {
    expect(sparkline([0, 1, 2, null, 4, 5, 6, 7], scale, ascii)).toBe(expected);
  });

  it('keeps the band inside the scale, and has no scale without a value', () => {
    expect(scaleOf([6, 7, null], { kind: 'target', low: 8, high: null })).toEqual({ min: 6, max: 8 });
    expect(scaleOf([null, null], { kind: 'normal', low: 50, high: 60 })).toBeNull();
    expect(scaleOf([2, 3], null, { min: 1, max: 5 })).toEqual({ min: 1, max: 5 });
  });

  it('averages long ranges into buckets, a bucket with nothing known staying a gap', () => {
    expect(bucket([1, 3, null, null, 5, null], 3)).toEqual([2, null, 5]);
    expect(bucket([1, null], 3)).toEqual([1, null]);
  });
});

describe('when to fall back to ASCII', () => {
  it.each([
    [{ LANG: 'en_US.UTF-8' }, true],
    [{ LANG: 'nl_NL.utf8' }, true],
    [{}, true],
    [{ LANG: 'C' }, false],
    [{ LC_ALL: 'POSIX', LANG: 'en_US.UTF-8' }, false],
    [{ LC_CTYPE: 'de_DE.ISO-8859-1' }, false],
    [{ LANG: 'en_US.UTF-8', TERM: 'dumb' }, false],
  ])('%o shows blocks: %s', (env, blocks) => {
    expect(canShowBlocks(env)).toBe(blocks);
  });
});

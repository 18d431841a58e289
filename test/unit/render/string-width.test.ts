import { createRequire } from 'node:module';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The bundle's string-width (build/string-width.cjs), which cli-table3 and wrap-ansi measure with,
// must say what string-width says, whatever the text.
const require = createRequire(import.meta.url);
const bundled = require('../../../build/string-width.cjs') as (text: unknown) => number;
const stringWidth = require('string-width') as (text: unknown) => number;

const printable = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));
const codes = fc.array(fc.integer({ min: 0, max: 99999 }), { maxLength: 5 }).map((n) => n.join(';'));
const pieces = fc.oneof(
  { weight: 6, arbitrary: printable },
  { weight: 2, arbitrary: codes.map((c) => `\x1b[${c}m`) },
  // Other escapes, controls, and text string-width measures its own way: wide, combining, emoji.
  fc.constantFrom('\x1b[2J', '\x1b]8;;https://x.org\x07', '\x9b1m', '\x1b[', '\x1b', '\t', '\n', '\x7f', '\x00', 'é', 'e\u0301', '日本', '💪', '👍🏽', '#\ufe0f\u20e3', '\u200b', 'ﾊ'),
);
const texts = fc.array(pieces, { maxLength: 30 }).map((p) => p.join(''));

describe("the bundle's string-width", () => {
  it('measures any text as string-width does', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(bundled(text)).toBe(stringWidth(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('measures the colours chalk writes as nothing, and a cell of Dutch or emoji as string-width does', () => {
    const c = new Chalk({ level: 3 });
    for (const text of [c.bold.red('Slaap 7,5 u'), c.rgb(10, 200, 30).bgGray('load ▂▄█'), c.grey('│'), 'rustdag 💪', '日本語', '', 'plain']) {
      expect(bundled(text)).toBe(stringWidth(text));
    }
    expect(bundled(c.bold.red('Slaap 7,5 u'))).toBe(11);
    expect(bundled(42)).toBe(stringWidth(42));
  });
});

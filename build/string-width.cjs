'use strict';
// The bundle's string-width (build/bundle.mjs). cli-table3 measures every line of every cell with
// it, twice, and it runs an emoji regular expression of some 10 KB over the text each time (about
// 6 us a call, a fifth of what a table adds to a report). ASCII text, bare or with the colour codes
// chalk writes (SGR, as ansi-regex takes them), is as wide as its characters outside the codes;
// anything else goes to string-width itself. test/unit/render/string-width.test.ts holds the two equal.
const stringWidth = require('string-width');

const PLAIN = /^(?:[\x20-\x7e]|\x1b\[(?:\d{1,3}(?:;\d{1,3})*)?m)*$/;
const SGR = /\x1b\[(?:\d{1,3}(?:;\d{1,3})*)?m/g;

module.exports = (text) => (typeof text === 'string' && PLAIN.test(text) ? text.replace(SGR, '').length : stringWidth(text));

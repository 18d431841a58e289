import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { wordsIn as wordsWith, type WordsAllowed } from '../helpers/words.js';

// Issue 11 point 7: the core returns facts (codes, levels, dates, numbers) and the render layer's
// catalogues (src/render/messages/) turn them into English and Dutch. A sentence built in the core
// could not be translated: this test fails on any string or template literal of three or more words.

/**
 * The few places where words in the core are allowed, each for a reason:
 * - error texts (throw ..., new InvalidValue(...)): helper "errors" words them with the error catalogue;
 * - the field names and hints (label, hint in fields.ts): the log prompts and error texts name fields
 *   by them and word them there;
 * - the demo's WHOOP header row: a file format's column names, not words for a reader.
 * The error texts' helper describeRange (fields.ts) goes with the error texts.
 */
const ALLOWED_PROPERTIES: Record<string, readonly string[]> = { 'fields.ts': ['label', 'hint'] };
const ALLOWED_CONSTANTS: Record<string, readonly string[]> = { 'demo.ts': ['CYCLE_HEADER'] };
const ALLOWED_FUNCTIONS: Record<string, readonly string[]> = { 'fields.ts': ['describeRange'] };

/** The core's allowed places (see above); error texts are always allowed (test/helpers/words.ts). */
const RULES: WordsAllowed = {
  errorClasses: new Set(['InvalidValue', 'Error', 'RangeError', 'TypeError']),
  place: (at, file) =>
    (ts.isPropertyAssignment(at) && ts.isIdentifier(at.name) && Boolean(ALLOWED_PROPERTIES[file]?.includes(at.name.text))) ||
    (ts.isVariableDeclaration(at) && ts.isIdentifier(at.name) && Boolean(ALLOWED_CONSTANTS[file]?.includes(at.name.text))) ||
    (ts.isFunctionDeclaration(at) && at.name !== undefined && Boolean(ALLOWED_FUNCTIONS[file]?.includes(at.name.text))) ||
    // A name passed to scale() in fields.ts is the field's label and hint, as in the object form.
    (file === 'fields.ts' && ts.isCallExpression(at) && ts.isIdentifier(at.expression) && at.expression.text === 'scale'),
};

const wordsIn = (file: string, source: string) => wordsWith(file, source, RULES);

describe('the core holds no sentences', () => {
  const folder = new URL('../../src/core/', import.meta.url);
  const files = readdirSync(folder).filter((f) => f.endsWith('.ts'));

  it('finds the core files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('has no string or template literal of three or more words outside errors and field names', () => {
    expect(files.flatMap((f) => wordsIn(f, readFileSync(new URL(f, folder), 'utf8')))).toEqual([]);
  });

  it('would catch a sentence, in a string or a template, and let codes and errors pass', () => {
    const source = [
      "const a = { sign: 'Poor sleep this week' };",
      'const b = `slept ${h} h last night`;',
      "const c = { code: 'poor-sleep', rule: 'short-night-very' };",
      "throw new InvalidValue(`fatigue must be 1 to 5, got ${x}`);",
      "import { x } from './day-status.js';",
    ].join('\n');
    expect(wordsIn('any.ts', source)).toEqual(['any.ts:1: Poor sleep this week', 'any.ts:2: slept  X  h last night']);
  });
});

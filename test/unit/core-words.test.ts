import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Issue 11 point 7: the core returns facts (codes, levels, dates, numbers) and the render layer's
// catalogues (src/render/messages/) turn them into English and Dutch. A sentence built in the core
// could not be translated: this test fails on any string or template literal of three or more words.

/**
 * The few places where words in the core are allowed, each for a reason:
 * - error texts (throw ..., new InvalidValue(...)): helper "errors" words them with the error catalogue;
 * - the field and setting names and hints (label, hint, description in fields.ts and settings.ts): the
 *   log prompts, config help and error texts name fields by them and word them there;
 * - the demo's WHOOP header row: a file format's column names, not words for a reader.
 * The error texts' helper describeRange (fields.ts) goes with the error texts.
 */
const ALLOWED_PROPERTIES: Record<string, readonly string[]> = { 'fields.ts': ['label', 'hint'], 'settings.ts': ['description'] };
const ALLOWED_CONSTANTS: Record<string, readonly string[]> = { 'demo.ts': ['CYCLE_HEADER'] };
const ALLOWED_FUNCTIONS: Record<string, readonly string[]> = { 'fields.ts': ['describeRange'] };
const ERROR_CLASSES = new Set(['InvalidValue', 'Error', 'RangeError', 'TypeError']);

/** Three or more whitespace-separated words of two letters or more: a sentence or a phrase for a reader. */
export const isWords = (text: string): boolean => text.split(/\s+/).filter((w) => /[A-Za-z]{2}/.test(w)).length >= 3;

function allowed(node: ts.Node, file: string): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isThrowStatement(at)) return true;
    if (ts.isNewExpression(at) && ts.isIdentifier(at.expression) && ERROR_CLASSES.has(at.expression.text)) return true;
    if (ts.isPropertyAssignment(at) && ts.isIdentifier(at.name) && ALLOWED_PROPERTIES[file]?.includes(at.name.text)) return true;
    if (ts.isVariableDeclaration(at) && ts.isIdentifier(at.name) && ALLOWED_CONSTANTS[file]?.includes(at.name.text)) return true;
    if (ts.isFunctionDeclaration(at) && at.name && ALLOWED_FUNCTIONS[file]?.includes(at.name.text)) return true;
    // A name passed to scale() in fields.ts is the field's label and hint, as in the object form.
    if (file === 'fields.ts' && ts.isCallExpression(at) && ts.isIdentifier(at.expression) && at.expression.text === 'scale') return true;
  }
  return false;
}

/** Every literal of words in a source text, as "file:line: text", outside the allowed places. */
export function wordsIn(file: string, source: string): string[] {
  const root = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' X ');
    if (text !== null && isWords(text) && !allowed(node, file)) {
      found.push(`${file}:${root.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}

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

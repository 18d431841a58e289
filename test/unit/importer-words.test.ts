import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { wordsIn, type WordsAllowed } from '../helpers/words.js';

// As in the core (core-words.test.ts): an importer's notes are facts (src/importers/common.ts Note)
// that the render layer words in English or Dutch, so an importer holds no sentence for a reader.

/** Calls whose text arguments name a file's columns: numberCell(r, 'Duration (min)'), csvStream(..., ['Nap']). */
const COLUMN_CALLS = new Set(['numberCell', 'csvStream', 'localDateOf', 'dateInZone', 'includes']);

/**
 * Allowed besides error texts: the source files' column names (as arguments of the calls above, as
 * r['Workout start time'], or as a named constant such as CYCLE_START), and the texts stored as a
 * day's injury or note (setText), which are data quoted as stored, like what a person types.
 */
const RULES: WordsAllowed = {
  errorClasses: new Set(['InvalidValue', 'DataError', 'Error']),
  place: (at) =>
    ts.isElementAccessExpression(at) ||
    (ts.isCallExpression(at) &&
      (ts.isIdentifier(at.expression) ? COLUMN_CALLS.has(at.expression.text) : ts.isPropertyAccessExpression(at.expression) && ['includes', 'setText'].includes(at.expression.name.text))) ||
    (ts.isVariableDeclaration(at) && ts.isIdentifier(at.name) && /^[A-Z][A-Z0-9_]*$/.test(at.name.text)),
};

describe('the importers hold no sentences', () => {
  const folder = new URL('../../src/importers/', import.meta.url);
  const files = readdirSync(folder).filter((f) => f.endsWith('.ts'));

  it('finds the importer files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('has no string or template literal of three or more words outside errors, column names and stored texts', () => {
    expect(files.flatMap((f) => wordsIn(f, readFileSync(new URL(f, folder), 'utf8'), RULES))).toEqual([]);
  });

  it('would catch a note or a skip reason written as a sentence, and let codes, columns and errors pass', () => {
    const source = [
      'notes.push(`${n} empty session reports left out`);',
      "days.skipped.push({ where, reason: 'implausible value left out' });",
      "notes.push({ code: 'pmsys-empty-sessions', n });",
      "const x = numberCell(r, 'Resting heart rate (bpm)') ?? r['Workout start time'];",
      "const CYCLE_START = 'Cycle start time';",
      "throw new DataError('whoop-not-export', { path, files: 'one two three' });",
    ].join('\n');
    expect(wordsIn('any.ts', source, RULES)).toEqual(['any.ts:1:  X  empty session reports left out', 'any.ts:2: implausible value left out']);
  });
});

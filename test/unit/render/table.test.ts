import fc from 'fast-check';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { fitRows, renderRows, type Cell } from '../../../src/render/table.js';
import { fitLines, visibleWidth, wrap } from '../../../src/render/wrap.js';

const plain = new Chalk({ level: 0 });
const layout = (width: number, format: 'table' | 'tsv' | 'csv' = 'table') => ({ format, color: plain, width });
const HEAD = ['Day', 'Sleep h', 'Training (min)', 'Fatigue'];
const ROWS = [
  ['Mon 11-16', '6.5↓', 'strength 75, active-recovery 30', '4↑'],
  ['Tue 11-17', { span: 'no entry' }],
];

describe('renderRows', () => {
  it('prints the natural table when it fits', () => {
    expect(renderRows(HEAD, ROWS, layout(80)).split('\n')).toEqual([
      '┌───────────┬─────────┬─────────────────────────────────┬─────────┐',
      '│ Day       │ Sleep h │ Training (min)                  │ Fatigue │',
      '├───────────┼─────────┼─────────────────────────────────┼─────────┤',
      '│ Mon 11-16 │ 6.5↓    │ strength 75, active-recovery 30 │ 4↑      │',
      '│ Tue 11-17 │ no entry                                            │',
      '└───────────┴─────────────────────────────────────────────────────┘',
    ]);
  });

  it('narrows columns and wraps at spaces, never inside a word', () => {
    const lines = renderRows(HEAD, ROWS, layout(50)).split('\n');
    expect(Math.max(...lines.map(visibleWidth))).toBeLessThanOrEqual(50);
    const text = lines.join(' ');
    for (const word of ['active-recovery', 'strength', 'Training', 'Fatigue', '6.5↓']) expect(text).toContain(word);
  });

  it('tries the short headings before it drops the borders or the columns, and says it did', () => {
    const heads = { long: ['Day', 'Sleep hours', 'Resting heart rate bpm', 'Fatigue'], short: ['Day', 'Sleep', 'RHR', 'Fatig'] };
    const rows = [['Mon 11-16', '6.5↓', '61', '4↑']];
    expect(fitRows(heads, rows, layout(80))).toEqual({ text: expect.stringContaining('│ Resting heart rate bpm │'), short: false });
    const narrow = fitRows(heads, rows, layout(36));
    expect(narrow.short).toBe(true);
    expect(narrow.text.split('\n')).toEqual([
      '┌───────────┬───────┬─────┬───────┐',
      '│ Day       │ Sleep │ RHR │ Fatig │',
      '├───────────┼───────┼─────┼───────┤',
      '│ Mon 11-16 │ 6.5↓  │ 61  │ 4↑    │',
      '└───────────┴───────┴─────┴───────┘',
    ]);
    // Piped rows keep the long headings.
    expect(fitRows(heads, rows, layout(36, 'tsv')).text.split('\n')[0]).toBe('Day\tSleep hours\tResting heart rate bpm\tFatigue');
  });

  it('drops the borders when narrower, then gives each row a block of its own', () => {
    const bare = renderRows(HEAD, ROWS, layout(42));
    expect(bare).not.toContain('│');
    expect(Math.max(...bare.split('\n').map(visibleWidth))).toBeLessThanOrEqual(42);
    expect(renderRows(HEAD, ROWS, layout(30)).split('\n')).toEqual([
      'Mon 11-16',
      '  Sleep h        6.5↓',
      '  Training (min) strength 75,',
      '                 active-recovery',
      '                 30',
      '  Fatigue        4↑',
      'Tue 11-17',
      '  no entry',
    ]);
  });

  it('prints tab- or comma-separated rows for scripts: a tab in a cell shown inert, escape sequences dropped', () => {
    expect(renderRows(HEAD, [...ROWS, ['Wed', '7', 'a\tb\u001b[2J', '']], layout(80, 'tsv'))).toBe(
      'Day\tSleep h\tTraining (min)\tFatigue\nMon 11-16\t6.5↓\tstrength 75, active-recovery 30\t4↑\nTue 11-17\tno entry\t\t\nWed\t7\ta␉b\t\n',
    );
    expect(renderRows(HEAD, ROWS, layout(80, 'csv'))).toBe('Day,Sleep h,Training (min),Fatigue\nMon 11-16,6.5↓,"strength 75, active-recovery 30",4↑\nTue 11-17,no entry,,\n');
  });
});

describe('wrap', () => {
  it('keeps a number with its unit and indents the continuation', () => {
    expect(wrap('under 7 h on Mon 11-16 6.5 h, Tue 11-17 6 h', 20, '', '  ')).toBe('under 7 h on Mon\n  11-16 6.5 h, Tue\n  11-17 6 h');
    expect(fitLines('  - a long line of words here', 17)).toBe('  - a long line\n    of words here');
  });
});

describe('fitRows over many rows', () => {
  const word = fc.stringMatching(/^[a-z0-9↑↓.]{1,9}$/);
  const text = fc.array(word, { minLength: 0, maxLength: 4 }).map((w) => w.join(' '));
  const cell: fc.Arbitrary<Cell> = fc.oneof({ weight: 5, arbitrary: text }, { weight: 1, arbitrary: text.map((t) => ({ span: `no entry ${t}` })) });
  const table = fc.integer({ min: 2, max: 6 }).chain((columns) =>
    fc.record({
      head: fc.array(word, { minLength: columns, maxLength: columns }),
      rows: fc.array(
        fc.tuple(word, fc.array(cell, { minLength: columns - 1, maxLength: columns - 1 })).map(([day, rest]): Cell[] => (typeof rest[0] === 'object' ? [day, rest[0]] : [day, ...rest.map((c) => (typeof c === 'string' ? c : c.span))])),
        { maxLength: 40 },
      ),
      width: fc.integer({ min: 20, max: 120 }),
      colour: fc.boolean(),
      block: fc.integer({ min: 1, max: 7 }),
    }),
  );

  it('lays out blocks of rows into the same lines as the whole table at once', () => {
    fc.assert(
      fc.property(table, ({ head, rows, width, colour, block }) => {
        const at = { format: 'table' as const, color: new Chalk({ level: colour ? 1 : 0 }), width };
        expect(fitRows({ long: head }, rows, at, block)).toEqual(fitRows({ long: head }, rows, at, Number.MAX_SAFE_INTEGER));
      }),
      { numRuns: 300 },
    );
  });
});

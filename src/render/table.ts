import { stripVTControlCharacters } from 'node:util';
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { stringify } from 'csv-stringify/sync';
import { inert } from './format.js';
import { visibleWidth, wrap } from './wrap.js';

/** How a command prints rows: a table for a person, tab- or comma-separated rows for a script. */
export type RowFormat = 'table' | 'tsv' | 'csv';

export interface Layout {
  format: RowFormat;
  color: ChalkInstance;
  /** Columns the output may use. */
  width: number;
}

/** A cell that spans the rest of its row (a day without an entry). */
export interface Span {
  span: string;
}
export type Cell = string | Span;

const longestWord = (text: string) => Math.max(0, ...stripVTControlCharacters(text).split(/\s+/).map((w) => [...w].length));
const plainCell = (cell: Cell) => (typeof cell === 'string' ? cell : cell.span);

/** Headings, and shorter ones to try before a table gives up its columns. */
export interface Heads {
  long: readonly string[];
  short?: readonly string[];
}

/**
 * Rows as a table that fits `width`: the natural table when it fits; else columns narrowed, their text
 * wrapped at spaces (never inside a word); else the short headings; else no borders (short headings
 * first); else one block per row. Piped, the rows are TSV or CSV with the long headings. Says which headings it used.
 */
export function fitRows(heads: Heads, rows: ReadonlyArray<readonly Cell[]>, layout: Layout, block = BLOCK_ROWS): { text: string; short: boolean } {
  if (layout.format !== 'table') return { text: delimited(heads.long, rows, layout.format), short: false };
  const c = layout.color;
  const cells = rows.map((r) => r.map((cell) => (typeof cell === 'string' ? cell : '')));
  // Each column's widths once: the cells' part is the same for both headings.
  const cellWidths = heads.long.map((_, i) => Math.max(0, ...cells.map((r) => visibleWidth(r[i] ?? ''))));
  const cellWords = heads.long.map((_, i) => Math.max(0, ...cells.map((r) => longestWord(r[i] ?? ''))));
  const natural = (head: readonly string[]) => head.map((h, i) => Math.max(visibleWidth(h), cellWidths[i] ?? 0) + 2);
  // The first column names the row (a date, a day): it keeps its width.
  const minimum = (head: readonly string[]) => head.map((h, i) => (i === 0 ? Math.max(visibleWidth(h), cellWidths[0] ?? 0) : Math.max(longestWord(h), cellWords[i] ?? 0)) + 2);
  const borders = heads.long.length + 1;
  const gaps = heads.long.length - 1;
  const sum = (widths: number[]) => widths.reduce((a, b) => a + b, 0);
  const bare = (w: number[]) => w.map((x) => x - 2);
  const style = { compact: true, head: c.level > 0 ? ['bold'] : [], border: c.level > 0 ? ['grey'] : [] };
  const tries = [heads.long, ...(heads.short ? [heads.short] : [])];
  let options: Table.TableConstructorOptions | undefined;
  let used = heads.long;
  for (const head of tries) {
    if (sum(minimum(head)) + borders > layout.width) continue;
    const widths = sum(natural(head)) + borders <= layout.width ? natural(head) : shrink(natural(head), minimum(head), layout.width - borders);
    options = { head: [...head], colWidths: widths, wordWrap: true, wrapOnWordBoundary: true, style };
    used = head;
    break;
  }
  // Narrower: no borders and one space between columns (as gh prints), short headings first, before giving up on columns.
  for (const head of options ? [] : [...tries].reverse()) {
    if (sum(bare(minimum(head))) + gaps > layout.width) continue;
    options = {
      head: [...head],
      colWidths: shrink(bare(natural(head)), bare(minimum(head)), layout.width - gaps),
      wordWrap: true,
      wrapOnWordBoundary: true,
      chars: BARE,
      style: { compact: true, 'padding-left': 0, 'padding-right': 0, head: c.level > 0 ? ['bold', 'underline'] : [], border: [] },
    };
    used = head;
    break;
  }
  if (!options) return { text: vertical(heads.long, rows, layout), short: false };
  const table = new Table(options);
  const row = (r: readonly Cell[]): Table.HorizontalTableRow =>
    typeof r[1] === 'object' ? [plainCell(r[0] ?? ''), { colSpan: used.length - 1, content: plainCell(r[1] ?? '') }] : r.map(plainCell);
  if (rows.length <= block) {
    table.push(...rows.map(row));
    return { text: table.toString(), short: used !== heads.long };
  }
  // cli-table3 lays a table out in time that grows with the square of its rows (each cell is
  // checked against every cell above it): years of days took seconds. Blocks of rows with the
  // same widths, laid out one by one, make the same lines: rows are not ruled apart (compact),
  // so a block's own top and bottom lines are the only ones to leave out.
  table.push(...rows.slice(0, block).map(row));
  const parts = [table.toString().split('\n')];
  for (let at = block; at < rows.length; at += block) {
    const more = new Table({ ...options, head: [] });
    more.push(...rows.slice(at, at + block).map(row));
    parts.push(more.toString().split('\n'));
  }
  // Without borders (BARE) a table has no top or bottom line.
  const ruled = options.chars !== BARE;
  const lines = parts.flatMap((part, i) => part.slice(ruled && i > 0 ? 1 : 0, ruled && i < parts.length - 1 ? -1 : undefined));
  return { text: lines.join('\n'), short: used !== heads.long };
}

/** Rows a table lays out at once (see fitRows). */
const BLOCK_ROWS = 64;

/** Rows as a table that fits `width` (see fitRows), with one set of headings. */
export function renderRows(head: readonly string[], rows: ReadonlyArray<readonly Cell[]>, layout: Layout): string {
  return fitRows({ long: head }, rows, layout).text;
}

const BARE = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: ' ',
};

/** Gives each column its minimum, then shares the room left in proportion to what each still wants. */
function shrink(natural: number[], minimum: number[], room: number): number[] {
  const widths = [...minimum];
  let left = room - widths.reduce((a, b) => a + b, 0);
  const want = natural.map((n, i) => n - (minimum[i] ?? 0));
  const wanted = want.reduce((a, b) => a + b, 0);
  widths.forEach((_, i) => {
    const extra = Math.floor(((want[i] ?? 0) * left) / Math.max(1, wanted));
    widths[i] = (widths[i] ?? 0) + extra;
  });
  left = room - widths.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0 && i < widths.length; i++) {
    if ((widths[i] ?? 0) < (natural[i] ?? 0)) {
      widths[i] = (widths[i] ?? 0) + 1;
      left--;
    }
  }
  return widths;
}

/** Too narrow for columns: each row as a heading line and its values, "Name value", wrapped. */
function vertical(head: readonly string[], rows: ReadonlyArray<readonly Cell[]>, layout: Layout): string {
  const c = layout.color;
  const label = Math.max(...head.slice(1).map(visibleWidth)) + 1;
  const out: string[] = [];
  for (const row of rows) {
    out.push(c.bold(plainCell(row[0] ?? '')));
    if (typeof row[1] === 'object') {
      out.push(wrap(row[1].span, layout.width, '  '));
      continue;
    }
    row.slice(1).forEach((cell, i) => {
      const text = plainCell(cell);
      if (text === '') return;
      const name = head[i + 1] ?? '';
      out.push(wrap(`${name.padEnd(label)}${text}`, layout.width, '  ', ' '.repeat(label + 2)));
    });
  }
  return out.join('\n');
}


/** Plain rows for scripts (as gh prints when piped): no colour, no borders, one line per row. */
function delimited(head: readonly string[], rows: ReadonlyArray<readonly Cell[]>, format: 'tsv' | 'csv'): string {
  const plain = rows.map((r) => {
    const cells = r.map((cell) => inert(stripVTControlCharacters(plainCell(cell))));
    return typeof r[1] === 'object' ? [cells[0] ?? '', cells[1] ?? '', ...head.slice(2).map(() => '')] : cells;
  });
  if (format === 'csv') return stringify([[...head], ...plain], { record_delimiter: 'unix' });
  // inert() has made tabs and line breaks visible pictures: a cell cannot split a row.
  return `${[head, ...plain].map((r) => r.join('\t')).join('\n')}\n`;
}


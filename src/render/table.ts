import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';

/** A compact cli-table3 table, with bold headings and grey borders only when colour is on. */
export function newTable(head: string[], c: ChalkInstance): Table.Table {
  return new Table({ head, style: { compact: true, head: c.level > 0 ? ['bold'] : [], border: c.level > 0 ? ['grey'] : [] } });
}

import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { testDeps } from '../helpers/test-deps.js';

const names = async (argv?: string[]) => (await buildProgram(testDeps().deps, argv)).commands.map((c) => c.name());

describe('lazy command loading', () => {
  it('loads only the command a line names, by name or alias, past a --db value', async () => {
    expect(await names(['report', '--week'])).toEqual(['report']);
    expect(await names(['--db', 'status', 'today'])).toEqual(['status']);
    expect(await names(['--db=x.db', 'import', 'csv', 'a.csv'])).toEqual(['import']);
  });

  it('loads none for the version and every command for the overview or an unknown name', async () => {
    expect(await names(['--version'])).toEqual([]);
    const all = await names();
    expect(all.length).toBeGreaterThan(10);
    expect(await names(['--help'])).toEqual(all);
    expect(await names(['repot'])).toEqual(all);
    expect(await names([])).toEqual(all);
  });
});

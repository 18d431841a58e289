import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fixture } from '../helpers/fixtures.js';
import { testDeps } from '../helpers/test-deps.js';

describe('import --dry-run on a terminal', () => {
  it('shows a tag list with a space after each comma, so an 80-column terminal wraps it at words', async () => {
    const t = testDeps({ tty: true, columns: 80 });
    expect(await main(['import', 'whoop', fixture('whoop-journal'), '--dry-run'], t.deps)).toBe(0);
    const lines = t.stdout().split('\n');
    expect(lines.filter((line) => line.length > 80)).toEqual([]);
    expect(t.stdout()).toMatch(/\n {2}tags: empty -> [a-z-]+, [a-z-]+/);
  });
});

/* eslint-disable vitest/valid-expect -- each message names the case (seed, kill moment, command) */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { IMPORT_SOURCES } from '../../src/importers/index.js';
import { tempDir } from '../helpers/run-cli.js';
import { testDeps } from '../helpers/test-deps.js';
import { networkUse, spawnCli } from '../fault/helpers.js';
import { hostileInput, IMPORTERS, largeInputs, linked, SECRET, SHAPES } from './files.js';

// Every importer against every hostile file: one line naming the problem, exit 1, no stack
// trace, no database created, and nothing read from outside the export.

let secretFile: string;
beforeAll(() => {
  secretFile = join(tempDir(), 'secret.txt');
  writeFileSync(secretFile, `${SECRET}\n`);
});

/** One clear line on stderr: no stack, no internal error, no secret, not an echo of the whole input. */
function expectOneLine(stderr: string): void {
  expect(stderr).toMatch(/^error: [^\n]+\n$/);
  expect(stderr).not.toMatch(/internal error|\n\s+at |SQLITE_|undefined(?! entity)/);
  expect(stderr).not.toContain(SECRET);
  expect(stderr.length).toBeLessThan(700);
}

it('covers every importer', () => {
  expect(IMPORTERS.map((i) => i.source).sort()).toEqual([...IMPORT_SOURCES].sort());
});

const cases = IMPORTERS.flatMap((imp) => SHAPES.map((shape) => [imp.source, shape, imp] as const));

describe.each(cases)('import %s, %s', (_source, shape, imp) => {
  it('is refused in one line, exit 1, and nothing is written', async () => {
    const t = testDeps();
    const input = hostileInput(shape, imp, tempDir(), secretFile);
    const code = await main(['import', imp.source, input], t.deps);
    expectOneLine(t.stderr());
    expect(code).toBe(1);
    expect(t.stdout()).toBe('');
    expect(existsSync(await t.deps.dbPath())).toBe(false);
  });
});

describe('large hostile files, in bounded memory (the real binary, its peak memory measured)', () => {
  let large: ReturnType<typeof largeInputs>;
  let dir: string;
  const peaks: number[] = [];
  afterAll(() => console.log(`peak memory of the binary on the 100 MB line and the zip bomb, per importer: ${peaks.join(', ')} MB`));
  beforeAll(() => {
    dir = tempDir();
    large = largeInputs(dir);
  });

  it.each(IMPORTERS.map((imp) => [imp.source, imp] as const))('%s: a single 100 MB line and a 2 GiB zip bomb', async (_source, imp) => {
    for (const input of [linked(large.line, imp, dir), large.bomb(imp)]) {
      const run = tempDir();
      const db = join(run, 'recover.db');
      const r = await spawnCli(['import', imp.source, input], { db, dir: run });
      expectOneLine(r.stderr);
      expect(r.code).toBe(1);
      expect(existsSync(db)).toBe(false);
      expect(r.peakMb, input).toBeLessThan(100);
      peaks.push(Math.round(r.peakMb ?? 0));
      expect(networkUse(run)).toBe('');
    }
  }, 60_000);
});

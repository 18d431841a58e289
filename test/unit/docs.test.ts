import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { buildProgram } from '../../src/cli/program.js';
import { VERSION } from '../../src/version.js';
import { testDeps } from '../helpers/test-deps.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('docs', () => {
  const program = buildProgram(testDeps().deps);

  it.each(program.commands.map((c) => [c.name(), c] as const))('%s has a description, an example and a README section', async (name, command) => {
    expect(command.description().length).toBeGreaterThan(10);
    const t = testDeps();
    expect(await main([name, '--help'], t.deps)).toBe(0);
    expect(t.stdout()).toMatch(new RegExp(`Examples?:\\n\\s+\\$ recover ${name}`));
    expect(readme).toContain(`### \`recover ${name}`);
  });

  it('documents every log flag in the README', () => {
    const log = program.commands.find((c) => c.name() === 'log');
    const flags = (log?.options ?? []).map((o) => o.long).filter((f) => f && !['--date', '--yes'].includes(f));
    for (const flag of flags) expect(readme).toContain(`\`${flag}`);
  });

  it('keeps the version in step with package.json', () => {
    expect(VERSION).toBe(pkg.version);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { buildProgram } from '../../src/cli/program.js';
import { VERSION } from '../../src/version.js';
import { addDays } from '../../src/core/dates.js';
import { assessReadiness } from '../../src/core/readiness.js';
import { day, settings, strength } from '../helpers/days.js';
import { testDeps } from '../helpers/test-deps.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const program = await buildProgram(testDeps().deps);

describe('docs', () => {

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

  it('documents every key of the status JSON and the codes of its reasons', () => {
    const json = readFileSync(new URL('../../docs/json.md', import.meta.url), 'utf8');
    const days = Array.from({ length: 35 }, (_, i) =>
      day(addDays('2026-11-26', i - 34), {
        sleepHours: i > 30 ? 5.5 : 8, sleepQuality: i > 30 ? 1 : 4, fatigue: i > 30 ? 5 : 2, soreness: i > 30 ? 5 : 2, motivation: i > 30 ? 1 : 4,
        sessions: [strength(i > 27 ? 120 : 40, i > 27 ? 9 : 5)],
      }),
    );
    const r = assessReadiness(days, '2026-11-26', settings());
    expect(r.reasons.length).toBeGreaterThan(3);
    const keys = [...Object.keys(r), ...Object.keys(r.rest), ...r.reasons.flatMap((x) => Object.keys(x))];
    for (const key of keys) expect(json).toMatch(new RegExp(`[\`.]${key}(\\[\\])?\``));
    for (const { code, fact, pillar } of r.reasons) for (const word of [code, fact, pillar]) expect(json).toContain(`\`${word}\``);
  });

  it('keeps the version in step with package.json', () => {
    expect(VERSION).toBe(pkg.version);
  });
});

import type { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { allCommands, argumentKey, commandKey, optionKey } from '../../src/cli/help-words.js';
import { main } from '../../src/cli/main.js';
import { buildProgram } from '../../src/cli/program.js';
import { HELP_NL } from '../../src/render/help-nl.js';
import { HELP_TOPICS } from '../../src/render/help-topics.js';
import { setLang } from '../../src/render/lang.js';
import { testDeps } from '../helpers/test-deps.js';

async function run(args: string[]) {
  const t = testDeps();
  const code = await main(args, t.deps);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

// The English program: its texts are what the Dutch must replace.
const program = await buildProgram(testDeps().deps);
const commands = allCommands(program);
afterEach(() => setLang('en'));

/** Every text the Dutch table must hold: each command, option (not commander's --version), argument, and examples block. */
function helpKeys(): string[] {
  return [program, ...commands].flatMap((cmd) => [
    commandKey(cmd),
    ...cmd.options.filter((o) => o.long !== '--version').map((o) => optionKey(cmd, o)),
    ...cmd.registeredArguments.map((a) => argumentKey(cmd, a)),
    ...((cmd as unknown as { listenerCount(e: string): number }).listenerCount('afterHelp') > 0 ? [`${commandKey(cmd)} examples`] : []),
  ]);
}

const path = (cmd: Command) => commandKey(cmd).split(' ').slice(1);

describe('help in Dutch', () => {
  it('has a Dutch text for every command, option, argument and examples block, and for nothing else', () => {
    expect(Object.keys(HELP_NL).sort()).toEqual(helpKeys().sort());
  });

  it.each(commands.map((c) => [commandKey(c), c] as const))('%s --help is Dutch', async (_name, command) => {
    const { code, stdout } = await run(['--lang', 'nl', ...path(command), '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Gebruik: recover /);
    expect(stdout).toContain('-h, --help');
    expect(stdout).toContain('toon de hulp bij deze opdracht');
    for (const english of ['Usage:', 'Options:', 'Commands:', 'Arguments:', 'Examples:', 'display help for command', '(default:', '(choices:']) {
      expect(stdout).not.toContain(english);
    }
    const flat = stdout.replace(/\s+/g, ' ');
    expect(flat).toContain(HELP_NL[commandKey(command)]);
    // Every English option text is gone (a few are the same word in both languages).
    for (const option of command.options) {
      const dutch = HELP_NL[optionKey(command, option)] ?? '';
      if (dutch !== option.description) expect(flat, `${option.long}`).not.toContain(option.description);
    }
  });

  it.each(program.commands.map((c) => [c.name(), c] as const))('%s: the Dutch examples use only its real options', async (name, command) => {
    const { stdout } = await run(['--lang', 'nl', name, '--help']);
    const examples = stdout.slice(stdout.search(/Voorbeelden:\n/)).split('\n').filter((l) => l.startsWith('  $ recover'));
    expect(examples.length).toBeGreaterThanOrEqual(2);
    const known = new Set([...program.options, ...command.options, ...command.commands.flatMap((c) => c.options)].flatMap((o) => [o.long, o.short]));
    for (const example of examples) {
      const line = example.slice(4).split(/ {2}| \| | > /)[0] ?? '';
      for (const flag of line.split(' ').filter((w) => w.startsWith('-'))) expect(known, `${example}: ${flag}`).toContain(flag.split('=')[0]);
    }
  });

  it('the overview names its titles, the version option and the guides in Dutch', async () => {
    const { stdout } = await run(['--lang', 'nl', 'help']);
    expect(stdout).toContain('Opdrachten:\n');
    expect(stdout).toContain('-V, --version');
    expect(stdout).toContain('toon het versienummer');
    expect(stdout).toContain('Gidsen ("recover help <gids>"):\n  getting-started  de eerste tien minuten: een demo, je instellingen, je eerste log\n');
  });

  it.each(Object.keys(HELP_TOPICS))('recover help %s is a Dutch guide', async (topic) => {
    const nl = await run(['--lang', 'nl', 'help', topic]);
    const en = await run(['help', topic]);
    expect(nl.code).toBe(0);
    expect(en.stdout).toBe(HELP_TOPICS[topic as keyof typeof HELP_TOPICS].text);
    expect(nl.stdout).not.toBe(en.stdout);
    // The commands to try are the same in both languages.
    const commandsIn = (text: string) => text.split('\n').filter((l) => /^\s+recover /.test(l)).map((l) => l.trim().split(/ {2,}/)[0]);
    expect(commandsIn(nl.stdout)).toEqual(commandsIn(en.stdout));
  });

  it("words commander's parse errors in Dutch, and leaves them English in English", async () => {
    const cases: Array<[string[], string]> = [
      [['report', '--wek'], "fout: onbekende optie '--wek'\n(Bedoelde je --week?)\n"],
      [['--color', 'pink', 'report'], "fout: de waarde 'pink' van optie '--color <when>' kan niet. Je kunt kiezen uit always, never, auto.\n"],
      [['completion', 'powershell'], "fout: de waarde 'powershell' van argument 'shell' kan niet. Je kunt kiezen uit bash, zsh, fish.\n"],
      [['import'], "fout: het argument 'source' ontbreekt\n"],
      [['reprot'], "fout: onbekende opdracht 'reprot'\n(Bedoelde je report?)\n"],
      [['report', '--from'], "fout: de optie '--from <YYYY-MM-DD>' mist een waarde\n"],
    ];
    for (const [args, dutch] of cases) {
      const nl = await run(['--lang', 'nl', ...args]);
      expect([nl.code, nl.stderr], `${args.join(" ")}`).toEqual([2, dutch]);
    }
    const en = await run(['--lang', 'en', 'report', '--wek']);
    expect(en.stderr).toBe("error: unknown option '--wek'\n(Did you mean --week?)\n");
  });
});

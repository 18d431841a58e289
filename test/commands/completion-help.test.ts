import { spawnSync } from 'node:child_process';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { buildProgram } from '../../src/cli/program.js';
import { SETTING_DEFS } from '../../src/core/settings.js';
import { IMPORT_SOURCES } from '../../src/importers/index.js';
import { HELP_TOPICS } from '../../src/render/help-topics.js';
import { SHELLS } from '../../src/render/completion.js';
import { testDeps } from '../helpers/test-deps.js';
import { BIN, tempDir } from '../helpers/run-cli.js';

async function run(args: string[]) {
  const t = testDeps();
  const code = await main(args, t.deps);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

/** Every command and subcommand of the real program, so a new one cannot be left out. */
function allCommands(cmd: Command): Command[] {
  return cmd.commands.flatMap((c) => [c, ...allCommands(c)]);
}
const program = await buildProgram(testDeps().deps);
const commands = allCommands(program);

describe('recover completion', () => {
  it.each(SHELLS)('%s names every command, option, import source and setting', async (shell) => {
    const { code, stdout } = await run(['completion', shell]);
    expect(code).toBe(0);
    for (const c of commands) expect(stdout).toContain(c.name());
    for (const o of [...program.options, ...commands.flatMap((c) => c.options)]) {
      expect(stdout).toContain(shell === 'fish' ? `-l ${(o.long ?? '').slice(2)}` : o.long);
    }
    for (const word of [...IMPORT_SOURCES, ...SETTING_DEFS.map((d) => d.name), 'source.hrv']) expect(stdout).toMatch(new RegExp(`[ ']${word.replace('.', '\\.')}[ ']`));
  });

  it('completes in a real bash, loaded as the README says', () => {
    const complete = (line: string) => {
      const words = line.split(' ');
      const script = `source <("$NODE" "$BIN" completion bash); COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _recover_complete; printf '%s\\n' "\${COMPREPLY[@]}"; complete -p recover`;
      const r = spawnSync('bash', ['--norc', '-c', script], { encoding: 'utf8', cwd: tempDir(), env: { ...process.env, NODE: process.execPath, BIN } });
      expect(r.stderr).toBe('');
      return r.stdout.trim().split('\n');
    };
    const top = complete('recover ');
    expect(top.slice(0, -1)).toEqual(program.commands.map((c) => c.name()));
    expect(top.at(-1)).toBe('complete -o filenames -F _recover_complete recover');
    expect(complete('recover im').slice(0, -1)).toEqual(['import']);
    expect(complete('recover import w').slice(0, -1)).toEqual(['whoop']);
    expect(complete('recover --db /tmp/x.db report --f').slice(0, -1)).toEqual(['--from', '--format']);
    expect(complete('recover report --format ').slice(0, -1)).toEqual(['table', 'tsv', 'csv', 'json']);
    expect(complete('recover chart s').slice(0, -1)).toEqual(['sleep', 'soreness']);
    expect(complete('recover config set sl').slice(0, -1)).toEqual(['sleep-target', 'source.sleep', 'source.sleep-quality'].filter((k) => k.startsWith('sl')));
    expect(complete('recover config ').slice(0, -1)).toEqual(['list', 'get', 'set', 'unset']);
    expect(complete('recover completion ').slice(0, -1)).toEqual(['bash', 'zsh', 'fish']);
  });

  // zsh and fish are not always installed: each test runs where its shell is.
  const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;
  if (!has('zsh') || !has('fish')) console.warn('\n  SKIPPED: zsh or fish completion in a real shell (not installed)\n');

  it.skipIf(!has('zsh'))('registers with zsh through bashcompinit', () => {
    const r = spawnSync('zsh', ['-f', '-c', 'source <("$NODE" "$BIN" completion zsh); print -r -- $_comps[recover]'], { encoding: 'utf8', env: { ...process.env, NODE: process.execPath, BIN } });
    expect([r.stdout, r.stderr]).toEqual(['_bash_complete -o filenames -F _recover_complete\n', '']);
  });

  it.skipIf(!has('fish'))('completes in a real fish', () => {
    const r = spawnSync('fish', ['-c', '"$NODE" "$BIN" completion fish | source; complete -C "recover con"; complete -C "recover config set we"; complete -C "recover chart --acwr "'], {
      encoding: 'utf8',
      env: { ...process.env, NODE: process.execPath, BIN },
    });
    expect(r.stdout.split('\n').map((l) => l.split('\t')[0])).toEqual(['config', 'weight', 'ewma', 'rolling', '']);
  });

  it('refuses a shell it does not know', async () => {
    expect((await run(['completion', 'powershell'])).code).toBe(2);
  });
});

describe('help that teaches', () => {
  it.each(Object.keys(HELP_TOPICS))('recover help %s prints its guide', async (topic) => {
    const r = await run(['help', topic]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(HELP_TOPICS[topic as keyof typeof HELP_TOPICS].text);
    expect(r.stdout.split('\n').length).toBeGreaterThan(6);
  });

  it('recover help <command> is that command\'s --help, and plain "recover help" lists the guides', async () => {
    expect((await run(['help', 'chart'])).stdout).toBe((await run(['chart', '--help'])).stdout);
    const all = await run(['help']);
    expect(all.stdout).toContain('Guides ("recover help <guide>"):\n  getting-started ');
    for (const c of program.commands) expect(all.stdout).toContain(`  ${c.name()}`);
  });

  it('plain "recover help" on an 80-column terminal wraps a long guide summary under itself', async () => {
    const t = testDeps({ tty: true, columns: 80 });
    expect(await main(['help'], t.deps)).toBe(0);
    expect(t.stdout()).toContain('\n  importing        bringing in Apple Health, WHOOP, Fitbit, Garmin, Oura, PMSys,\n                   Cronometer, MyFitnessPal\n');
  });

  it.each(program.commands.map((c) => [c.name(), c] as const))('%s --help has two or more examples that use only its real options', async (name, command) => {
    const { stdout } = await run([name, '--help']);
    const examples = stdout.slice(stdout.search(/Examples?:\n/)).split('\n').filter((l) => l.startsWith('  $ recover'));
    expect(examples.length).toBeGreaterThanOrEqual(2);
    const known = new Set([...program.options, ...command.options, ...command.commands.flatMap((c) => c.options)].flatMap((o) => [o.long, o.short]));
    for (const example of examples) {
      // The command line ends where a pipe, a redirection or two spaces (a comment) begin.
      const line = example.slice(4).split(/ {2}| \| | > /)[0] ?? '';
      for (const flag of line.split(' ').filter((w) => w.startsWith('-'))) expect(known, `${example}: ${flag}`).toContain(flag.split('=')[0]);
    }
  });
});

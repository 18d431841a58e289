import { Argument, type Command } from 'commander';
import type { Deps } from '../cli/deps.js';
import { SETTING_DEFS } from '../core/settings.js';
import { SOURCE_SETTINGS } from '../core/sources.js';
import { completionScript, SHELLS, type CommandSpec, type Shell } from '../render/completion.js';

export function defineCompletion(program: Command, deps: Deps): void {
  program
    .command('completion')
    .description('Print a script that lets bash, zsh or fish complete recover commands, options, sources and settings')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .addHelpText(
      'after',
      `
The script is made from recover's own command list each time, so it never falls behind.

Examples:
  $ recover completion bash > ~/.local/share/bash-completion/completions/recover
  $ source <(recover completion bash)                   or just for this shell
  $ recover completion zsh > ~/.zsh/recover.zsh          then "source ~/.zsh/recover.zsh" in ~/.zshrc
  $ recover completion fish > ~/.config/fish/completions/recover.fish`,
    )
    .action((shell: Shell) => {
      deps.io.stdout.write(completionScript(shell, commandSpecs(program)));
    });
}

/** Names `recover config get/set/unset` take: the settings and the per-field source orders. */
const CONFIG_KEYS = [...SETTING_DEFS.map((d) => d.name), ...SOURCE_SETTINGS.map((s) => s.name)];
const FILE_VALUE = /<(path|file|folder|dir)/i;

/** Every command and subcommand of the program, as the completion scripts need them. */
export function commandSpecs(program: Command): CommandSpec[] {
  const specs: CommandSpec[] = [];
  const visit = (cmd: Command, path: string) => {
    const first = cmd.registeredArguments[0];
    const words = first?.argChoices ?? (path.startsWith('config ') && first?.name() === 'name' ? CONFIG_KEYS : []);
    specs.push({
      path,
      description: cmd.description(),
      subcommands: cmd.commands.map((c) => c.name()),
      options: cmd.options.map((o) => ({
        long: o.long ?? '',
        ...(o.short ? { short: o.short } : {}),
        description: o.description,
        takesValue: o.required || o.optional,
        choices: o.argChoices ?? [],
        file: FILE_VALUE.test(o.flags),
      })),
      words,
      files: !path.startsWith('config') && cmd.registeredArguments.some((a) => !a.argChoices),
    });
    for (const sub of cmd.commands) visit(sub, path ? `${path} ${sub.name()}` : sub.name());
  };
  visit(program, '');
  return specs;
}

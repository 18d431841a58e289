import { Argument, type Command } from 'commander';
import type { Deps } from '../cli/deps.js';
import { HELP_TOPICS, topicList, topicOf, type HelpTopic } from '../render/help-topics.js';

export function defineHelp(program: Command, deps: Deps): void {
  // This command replaces commander's own "help <command>", and still does its job.
  program.helpCommand(false);
  program
    .command('help')
    .description('Show a guide (getting-started, metrics, importing, privacy, backup) or the help of a command')
    .addArgument(new Argument('[topic]', 'a guide or a command').choices([...new Set([...Object.keys(HELP_TOPICS), ...program.commands.map((c) => c.name())])]))
    .addHelpText(
      'after',
      `
Guides:
${topicList()}

Examples:
  $ recover help getting-started
  $ recover help metrics
  $ recover help report                 the same as "recover report --help"`,
    )
    .action(async (topic: string | undefined) => {
      const out = deps.io.stdout;
      if (topic === undefined) {
        const { sayHelp } = await import('../render/messages/help.js');
        out.write(`${program.helpInformation()}\n${sayHelp('guides')}\n${topicList(deps.io.isStdoutTTY ? (deps.io.columns ?? 80) : undefined)}\n`);
      } else if (topic in HELP_TOPICS) {
        const { text } = topicOf(topic as HelpTopic);
        // A guide is written for 100 columns; a narrower terminal gets it wrapped at word boundaries.
        if (!deps.io.isStdoutTTY) out.write(text);
        else {
          const { fitLines } = await import('../render/wrap.js');
          out.write(fitLines(text, deps.io.columns ?? 80));
        }
      } else {
        (program.commands.find((c) => c.name() === topic) as Command).outputHelp();
      }
    });
}

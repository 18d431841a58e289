import type { EventEmitter } from 'node:events';
import type { Argument, Command, HelpConfiguration, Option } from 'commander';
import { HELP_NL } from '../render/help-nl.js';
import { sayHelp } from '../render/messages/help.js';

/**
 * Help in Dutch. The commands define their help in English, which is what commander shows by
 * default; under nl this replaces every description, option and argument text and example
 * block with its Dutch (src/render/help-nl.ts), and commander's own words (titles, the help and
 * version options, the choices and default notes, its parse errors) with src/render/messages/help.ts.
 */
export function speakDutch(program: Command): void {
  const config = dutchHelp();
  for (const cmd of [program, ...allCommands(program)]) {
    const key = commandKey(cmd);
    cmd.configureHelp(config);
    cmd.configureOutput({ outputError: (text, write) => write(dutchError(text)) });
    cmd.helpOption('-h, --help', sayHelp('helpOption'));
    // A command with subcommands (config) has commander's "help [command]" too; the program's is recover's own help command.
    if (cmd.parent && cmd.commands.length > 0) cmd.helpCommand('help [command]', sayHelp('helpOption'));
    cmd.description(dutch(key, cmd.description()));
    for (const option of cmd.options) {
      option.description = option.long === '--version' ? sayHelp('versionOption') : dutch(optionKey(cmd, option), option.description);
    }
    for (const argument of cmd.registeredArguments) argument.description = dutch(argumentKey(cmd, argument), argument.description);
    // The examples block is the only text a command adds after its help (addHelpText('after')):
    // commander keeps it as a listener, so the English one goes and the Dutch one takes its place.
    const examples = HELP_NL[`${key} examples`];
    const events = cmd as unknown as EventEmitter;
    if (examples !== undefined && events.listenerCount('afterHelp') > 0) {
      events.removeAllListeners('afterHelp');
      cmd.addHelpText('after', examples);
    }
  }
}

/** Every command below `cmd`, at any depth. */
export function allCommands(cmd: Command): Command[] {
  return cmd.commands.flatMap((c) => [c, ...allCommands(c)]);
}

/** A command's key in the help table: its words from the program down ("recover config set"). */
export function commandKey(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

export const optionKey = (cmd: Command, option: Option): string => `${commandKey(cmd)} ${option.long ?? option.short ?? ''}`;
export const argumentKey = (cmd: Command, argument: Argument): string => `${commandKey(cmd)} <${argument.name()}>`;

/** The Dutch of a text, or the English when a key has none (a test requires every key to have it). */
function dutch(key: string, english: string): string {
  return HELP_NL[key] ?? english;
}

const TITLES: Record<string, Parameters<typeof sayHelp>[0]> = {
  'Usage:': 'usage',
  'Options:': 'options',
  'Global Options:': 'globalOptions',
  'Commands:': 'commands',
  'Arguments:': 'arguments',
};

const usageWords = (text: string) => text.replace('[options]', sayHelp('usageOptions')).replace('[command]', sayHelp('usageCommand'));

/** Commander's help layout with Dutch titles and notes; everything else is commander's. */
function dutchHelp(): HelpConfiguration {
  return {
    styleTitle: (title) => (TITLES[title] ? sayHelp(TITLES[title]) : title),
    styleUsage: usageWords,
    styleSubcommandTerm: usageWords,
    optionDescription: (option) => withNotes(option.description, option.argChoices, shownDefault(option)),
    argumentDescription: (argument) => withNotes(argument.description, argument.argChoices, argument.defaultValue === undefined ? undefined : (argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue))),
  };
}

/** The default commander shows: for an option that takes a value (a flag's false goes unsaid). */
function shownDefault(option: Option): string | undefined {
  if (option.defaultValue === undefined) return undefined;
  const shown = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
  return shown ? (option.defaultValueDescription ?? JSON.stringify(option.defaultValue)) : undefined;
}

function withNotes(description: string, choices: readonly string[] | undefined, shown: string | undefined): string {
  const notes = [
    ...(choices ? [sayHelp('choices', { list: choices.map((c) => JSON.stringify(c)).join(', ') })] : []),
    ...(shown !== undefined ? [sayHelp('default', { value: shown })] : []),
  ];
  return notes.length === 0 ? description : `${description} (${notes.join(', ')})`.trim();
}

/** Commander's parse errors, line by line, as their Dutch message; a line it does not know stays. */
const ERRORS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^error: unknown option '(.*)'$/, (m) => sayHelp('unknownOption', { option: m[1] ?? '' })],
  [/^error: unknown command '(.*)'$/, (m) => sayHelp('unknownCommand', { name: m[1] ?? '' })],
  [/^error: missing required argument '(.*)'$/, (m) => sayHelp('missingArgument', { name: m[1] ?? '' })],
  [/^error: option '(.*)' argument missing$/, (m) => sayHelp('optionArgumentMissing', { option: m[1] ?? '' })],
  [/^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/, (m) => sayHelp('invalidOptionValue', { option: m[1] ?? '', value: m[2] ?? '', list: m[3] ?? '' })],
  [
    /^error: command-argument value '(.*)' is invalid for argument '(.*)'\. Allowed choices are (.*)\.$/,
    (m) => sayHelp('invalidArgumentValue', { value: m[1] ?? '', name: m[2] ?? '', list: m[3] ?? '' }),
  ],
  [/^error: too many arguments(?: for '.*')?\. Expected (\d+) arguments? but got (\d+)\.$/, (m) => sayHelp('tooManyArguments', { expected: m[1] ?? '', got: m[2] ?? '' })],
  [/^\(Did you mean one of (.*)\?\)$/, (m) => sayHelp('didYouMeanOneOf', { names: m[1] ?? '' })],
  [/^\(Did you mean (.*)\?\)$/, (m) => sayHelp('didYouMean', { name: m[1] ?? '' })],
];

export function dutchError(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, say] of ERRORS) {
        const m = pattern.exec(line);
        if (m) return say(m);
      }
      return line;
    })
    .join('\n');
}

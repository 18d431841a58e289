import { Command, Option } from 'commander';
import { LANGS } from '../core/types.js';
import { currentLang } from '../render/lang.js';
import { fitLines } from '../render/wrap.js';
import { VERSION } from '../version.js';
import type { Deps } from './deps.js';

type Define = (program: Command, deps: Deps) => void;

/**
 * Every command, by its names (the first is the name, the rest aliases) and the module that
 * defines it. A run loads only the command it names, so each command pays start-up for what it
 * uses; the overview (`recover --help`, a mistyped name) loads them all. A new command is one
 * line here; its module stays lean at the top and imports the heavy parts in its action.
 */
const COMMANDS: [names: string[], load: () => Promise<Define>][] = [
  [['log'], async () => (await import('../commands/log.js')).defineLog],
  [['report'], async () => (await import('../commands/report.js')).defineReport],
  [['status', 'today'], async () => (await import('../commands/status.js')).defineStatus],
  [['plan'], async () => (await import('../commands/plan.js')).definePlan],
  [['export'], async () => (await import('../commands/export.js')).defineExport],
  [['import'], async () => (await import('../commands/import.js')).defineImport],
  [['delete'], async () => (await import('../commands/delete.js')).defineDelete],
  [['config'], async () => (await import('../commands/config.js')).defineConfig],
  [['backup'], async () => (await import('../commands/backup.js')).defineBackup],
  [['restore'], async () => (await import('../commands/restore.js')).defineRestore],
  [['doctor'], async () => (await import('../commands/doctor.js')).defineDoctor],
  [['explain'], async () => (await import('../commands/explain.js')).defineExplain],
  [['insights'], async () => (await import('../commands/insights.js')).defineInsights],
  [['chart'], async () => (await import('../commands/chart.js')).defineChart],
  [['demo'], async () => (await import('../commands/demo.js')).defineDemo],
  [['completion'], async () => (await import('../commands/completion.js')).defineCompletion],
  // Last: help lists the commands defined before it.
  [['help'], async () => (await import('../commands/help.js')).defineHelp],
];

/** Commands that describe the others (help, completion scripts) need every command defined. */
const NEEDS_ALL = new Set(['help', 'completion']);

/**
 * Commands that show an error's words without failing (a refused answer, a skipped row, a
 * doctor finding): they load the error catalogue up front; the others only when they fail.
 */
const SHOWS_ERROR_WORDS = new Set(['log', 'import', 'doctor']);

/** Options of the program itself that take a value, so that value is not taken for a command. */
const ROOT_VALUE_OPTIONS = new Set(['--db', '--color', '--lang']);

/**
 * The value of one of the program's own options (`--db x` or `--db=x`), before or after the
 * command name as commander takes them (`recover status --lang nl`), up to a `--`.
 */
export function rootOptionValue(argv: string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') return undefined;
    if (arg === flag) return argv[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
    if (ROOT_VALUE_OPTIONS.has(arg)) i++;
  }
  return undefined;
}

/** The commands a command line needs: the one it names, else all (for the overview and its errors). */
function commandsFor(argv: string[] | undefined): typeof COMMANDS {
  if (argv === undefined) return COMMANDS;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (ROOT_VALUE_OPTIONS.has(arg)) i++;
    else if (arg === '-V' || arg === '--version') return [];
    else if (!arg.startsWith('-')) {
      const named = COMMANDS.find(([names]) => names.includes(arg));
      return named && !NEEDS_ALL.has(arg) ? [named] : COMMANDS;
    }
  }
  return COMMANDS;
}

/** The program for a command line (argv), or with every command when argv is not given. */
export async function buildProgram(deps: Deps, argv?: string[]): Promise<Command> {
  const program = new Command('recover')
    .description('Track sleep, nutrition, training and rest; see the signs of overtraining before they stop you.')
    .version(VERSION, '-V, --version')
    .addOption(new Option('--db <path>', 'database file (default: $RECOVER_DB, else the user data folder)'))
    .addOption(new Option('--color <when>', 'colour: always, never, or auto (on a terminal, unless NO_COLOR; FORCE_COLOR forces it)').choices(['always', 'never', 'auto']).default('auto'))
    .addOption(new Option('--lang <lang>', 'language of the words: en or nl (default: the lang setting, else the locale)').choices(LANGS))
    .addOption(new Option('-q, --quiet', 'no notes or progress on stderr and no questions (for scripts); errors still show'))
    .exitOverride()
    .configureOutput({
      // Help on a terminal fits it: commander wraps its option lists, the example blocks are ours.
      writeOut: (s) => deps.io.stdout.write(deps.io.isStdoutTTY ? fitLines(s, deps.io.columns ?? 80) : s),
      writeErr: (s) => deps.io.stderr.write(s),
    })
    .hook('preAction', async (root, command) => {
      const flags = root.opts<{ db?: string; color?: 'always' | 'never' | 'auto'; quiet?: boolean }>();
      deps.setDbOption(flags.db);
      deps.setOutputFlags(flags);
      if (SHOWS_ERROR_WORDS.has(command.name())) await import('../render/messages/errors.js');
    })
    .addHelpText(
      'after',
      `
Examples:
  $ recover log                                  answer a few questions about today
  $ recover log --sleep 7.5 --protein 140 --session strength:60:8 --fatigue 2 --yes
  $ recover report --week
  $ recover export --format csv > days.csv`,
    );
  const defines = await Promise.all(commandsFor(argv).map(([, load]) => load()));
  for (const define of defines) define(program, deps);
  // --version (no command loaded) prints a number: it must not load the message format library.
  if (currentLang() === 'nl' && defines.length > 0) (await import('./help-words.js')).speakDutch(program);
  return program;
}

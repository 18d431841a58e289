import { CommanderError, type Command } from 'commander';
import { InvalidValue } from '../core/fields.js';
import { DataError, NoResults, UsageError } from '../errors.js';
import { inert } from '../render/format.js';
import { explainDbError } from '../storage/errors.js';
import { createDeps, type Deps } from './deps.js';
import { systemIO } from './io.js';
import { buildProgram } from './program.js';
import { chooseLang } from './lang.js';
import { setLang } from '../render/lang.js';

export const EXIT = { ok: 0, data: 1, usage: 2, cancelled: 130 } as const;

export function systemDeps(): Deps {
  // Health data: every file recover creates is for its owner's eyes only.
  process.umask(0o077);
  return createDeps(systemIO(process.env), process.env);
}

/** The single exit point: runs a command line and turns every outcome into an exit code. */
export async function main(argv: string[], deps: Deps = systemDeps(), debug = Boolean(process.env.RECOVER_DEBUG)): Promise<number> {
  setLang(await chooseLang(argv, deps));
  const program = await buildProgram(deps, argv);
  // --quiet silences io.stderr; errors still go to the real one.
  const errors = deps.io.stderr;
  try {
    await program.parseAsync(argv, { from: 'user' });
    return await outputFailure(deps);
  } catch (err) {
    return report(err, deps, errors, commandName(program, argv), debug);
  } finally {
    deps.close();
  }
}

/** An error quoting a file's content stays readable: a 100 MB cell is not echoed whole. */
const MAX_MESSAGE = 500;
const cut = (line: string) => (line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE)}… (${line.length - MAX_MESSAGE} more characters)` : line);

/** The reader of a pipe may stop early (head -1): fine. Any other failed write is an error. */
async function outputFailure({ io }: Deps): Promise<number> {
  // A failed write is reported on the next turn of the event loop.
  await new Promise((resolve) => setImmediate(resolve));
  const failure = io.stdoutFailure?.();
  if (!failure || failure.code === 'EPIPE') return EXIT.ok;
  const { sayOutcome } = await import('../render/messages/outcome.js');
  const why = failure.code === 'ENOSPC' ? sayOutcome('diskFull') : failure.message;
  io.stderr.write(`${sayOutcome('cannotWrite', { why })}\n`);
  return EXIT.data;
}

async function report(err: unknown, deps: Deps, errors: NodeJS.WritableStream, command: string, debug: boolean): Promise<number> {
  const { io } = deps;
  // Loaded only when a run ends badly: the message format library costs start-up time. The
  // error catalogue gives the error its words, in this run's language.
  const [{ sayOutcome }] = await Promise.all([import('../render/messages/outcome.js'), import('../render/messages/errors.js')]);
  // An error may quote a file's or a flag's text: shown inert, never as terminal commands.
  const say = (msg: string) => errors.write(`${msg.split('\n').map((line) => inert(cut(line))).join('\n')}\n`);
  if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage; // commander printed it
  if (err instanceof NoResults) {
    if (!io.quiet) say(err.message);
    return EXIT.ok;
  }
  if (err instanceof UsageError || err instanceof InvalidValue) {
    say(sayOutcome('error', { message: err.message }));
    say(sayOutcome('usageHint', { command: command ? `${command} ` : '' }));
    return EXIT.usage;
  }
  if (err instanceof Error && err.name === 'ExitPromptError') {
    say(`\n${sayOutcome('cancelled')}`);
    return EXIT.cancelled;
  }
  const explained = explainDbError(err, await deps.dbPath().catch(() => 'the database'));
  const fsError = err as { code?: unknown; path?: unknown; message?: unknown };
  if (typeof fsError.path === 'string' && typeof fsError.code === 'string') {
    // A file system refusal the command did not foresee is still the user's file, not a bug.
    say(sayOutcome('cannotUse', { path: fsError.path, why: String(fsError.message) }));
  } else if (explained instanceof DataError) {
    say(sayOutcome('error', { message: explained.message }));
  } else {
    say(sayOutcome('internal', { message: err instanceof Error ? err.message : String(err) }));
    if (!debug) say(sayOutcome('debugHint'));
  }
  if (debug && err instanceof Error && err.stack) say(err.stack);
  return EXIT.data;
}

function commandName(program: Command, argv: string[]): string {
  const known = new Set(program.commands.map((c) => c.name()));
  return argv.find((a) => known.has(a)) ?? '';
}


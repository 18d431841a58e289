import { CommanderError, type Command } from 'commander';
import { InvalidValue } from '../core/fields.js';
import { DataError, NoResults, UsageError } from '../errors.js';
import { inert } from '../render/format.js';
import { explainDbError } from '../storage/errors.js';
import { createDeps, type Deps } from './deps.js';
import { systemIO } from './io.js';
import { buildProgram } from './program.js';

export const EXIT = { ok: 0, data: 1, usage: 2, cancelled: 130 } as const;

export function systemDeps(): Deps {
  // Health data: every file recover creates is for its owner's eyes only.
  process.umask(0o077);
  return createDeps(systemIO(process.env), process.env);
}

/** The single exit point: runs a command line and turns every outcome into an exit code. */
export async function main(argv: string[], deps: Deps = systemDeps(), debug = Boolean(process.env.RECOVER_DEBUG)): Promise<number> {
  const program = await buildProgram(deps, argv);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return await outputFailure(deps);
  } catch (err) {
    return report(err, deps, commandName(program, argv), debug);
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
  const why = failure.code === 'ENOSPC' ? 'no space left on the device' : failure.message;
  io.stderr.write(`error: cannot write the output: ${why}\n`);
  return EXIT.data;
}

async function report(err: unknown, deps: Deps, command: string, debug: boolean): Promise<number> {
  const { io } = deps;
  // An error may quote a file's or a flag's text: shown inert, never as terminal commands.
  const say = (msg: string) => io.stderr.write(`${msg.split('\n').map((line) => inert(cut(line))).join('\n')}\n`);
  if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage; // commander printed it
  if (err instanceof NoResults) {
    say(err.message);
    return EXIT.ok;
  }
  if (err instanceof UsageError || err instanceof InvalidValue) {
    say(`error: ${err.message}`);
    say(`Run "recover ${command ? `${command} ` : ''}--help" for usage.`);
    return EXIT.usage;
  }
  if (err instanceof Error && err.name === 'ExitPromptError') {
    say('\nCancelled: nothing was saved.');
    return EXIT.cancelled;
  }
  const explained = explainDbError(err, await deps.dbPath().catch(() => 'the database'));
  const fsError = err as { code?: unknown; path?: unknown; message?: unknown };
  if (typeof fsError.path === 'string' && typeof fsError.code === 'string') {
    // A file system refusal the command did not foresee is still the user's file, not a bug.
    say(`error: cannot use ${fsError.path}: ${String(fsError.message)}`);
  } else if (explained instanceof DataError) {
    say(`error: ${explained.message}`);
  } else {
    say(`internal error: ${err instanceof Error ? err.message : String(err)}`);
    if (!debug) say('Run again with RECOVER_DEBUG=1 to see where it happened.');
  }
  if (debug && err instanceof Error && err.stack) say(err.stack);
  return EXIT.data;
}

function commandName(program: Command, argv: string[]): string {
  const known = new Set(program.commands.map((c) => c.name()));
  return argv.find((a) => known.has(a)) ?? '';
}


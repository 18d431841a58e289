import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { Option, type Command } from 'commander';
import type { Deps } from '../cli/deps.js';
import { demoData, DEMO_SETTINGS, whoopCycles } from '../core/demo.js';
import { MANUAL, type Sources } from '../core/merge.js';
import { settingByName } from '../core/settings.js';
import { FIELD_KEYS, type Day } from '../core/types.js';
import { DataError, UsageError } from '../errors.js';
import { isDemo, markDemo } from '../storage/demo.js';
import { saveDays } from '../storage/days.js';
import { saveSetting } from '../storage/settings.js';
import { sayData } from '../render/messages/data.js';
import { runImport } from './import.js';

export interface DemoOptions {
  /** Where the demo database goes; never the database in use. */
  file?: string;
  json?: boolean;
}

export function defineDemo(program: Command, deps: Deps): void {
  program
    .command('demo')
    .description('Make a separate demo database with eight weeks of made-up data, to try every command on')
    .addOption(new Option('--file <path>', 'where to write it (default: recover-demo.db beside your database)'))
    .option('--json', 'print the demo database, its dates and the hard block as JSON')
    .addHelpText(
      'after',
      `
The demo holds a good block, a hard block that shows the overreaching warnings, a
recovery week and a week imported from a (generated) WHOOP export. Your own database
is never touched; running demo again replaces the previous demo, never anything else.

Examples:
  $ recover demo                           then run the three commands it prints
  $ recover demo --file /tmp/demo.db       then add --db /tmp/demo.db to any command`,
    )
    .action(async (raw: { file?: string; json?: boolean }) => runDemo({ file: raw.file, json: Boolean(raw.json) }, deps));
}

export async function runDemo(opts: DemoOptions, deps: Deps): Promise<void> {
  const own = resolve(await deps.dbPath());
  const path = resolve(opts.file ?? join(dirname(own), 'recover-demo.db'));
  if (path === own) throw new UsageError('demo-same-file', { path });
  if (existsSync(path)) {
    const { openDb } = await import('../storage/db.js');
    const old = openDb(path, { create: false, readOnly: true });
    const demo = isDemo(old);
    old.close();
    if (!demo) throw new DataError('demo-not-demo', { path });
    for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
  }
  const data = demoData(deps.today());
  deps.setDbOption(path);
  const db = await deps.db({ create: true });
  db.transaction(() => {
    markDemo(db);
    for (const [name, value] of Object.entries(DEMO_SETTINGS)) saveSetting(db, settingByName(name), value);
  })();
  saveDays(db, data.days, deps.now(), new Map(data.days.map((d) => [d.date, typedFields(d)])));
  // The device week goes through the real WHOOP importer, as a download would.
  const folder = mkdtempSync(join(tmpdir(), 'recover-demo-'));
  try {
    const csv = join(folder, 'physiological_cycles.csv');
    writeFileSync(csv, whoopCycles(data.nights), { mode: 0o600 });
    const quiet = new Writable({ write: (_chunk, _enc, done) => done() });
    await runImport({ source: 'whoop', paths: [csv], dryRun: false, overwrite: false, skipInvalid: false }, { ...deps, io: { ...deps.io, stdout: quiet, stderr: quiet } });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  if (opts.json) {
    deps.io.stdout.write(`${JSON.stringify({ path, from: data.from, to: data.to, hard: data.hard })}\n`);
    return;
  }
  const where = shellWord(path);
  deps.io.stdout.write(sayData('demo', { from: data.from, to: data.to, path, where, hardFrom: data.hard.from, hardTo: data.hard.to }));
}

/** Every value the demo sets counts as typed by hand, as if logged day by day. */
function typedFields(day: Day): Sources {
  const sources: Sources = {};
  for (const field of FIELD_KEYS) if (day[field] !== null) sources[field] = MANUAL;
  return sources;
}

/** A path as one word for a POSIX shell. */
function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

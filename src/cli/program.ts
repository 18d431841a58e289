import { Command, Option } from 'commander';
import { defineBackup } from '../commands/backup.js';
import { defineConfig } from '../commands/config.js';
import { defineDelete } from '../commands/delete.js';
import { defineDoctor } from '../commands/doctor.js';
import { defineExport } from '../commands/export.js';
import { defineExplain } from '../commands/explain.js';
import { defineImport } from '../commands/import.js';
import { defineLog } from '../commands/log.js';
import { defineReport } from '../commands/report.js';
import { defineStatus } from '../commands/status.js';
import { definePlan } from '../commands/plan.js';
import { defineRestore } from '../commands/restore.js';
import { VERSION } from '../version.js';
import type { Deps } from './deps.js';

export function buildProgram(deps: Deps): Command {
  const program = new Command('recover')
    .description('Track sleep, nutrition, training and rest; see the signs of overtraining before they stop you.')
    .version(VERSION, '-V, --version')
    .addOption(new Option('--db <path>', 'database file (default: $RECOVER_DB, else the user data folder)'))
    .addOption(new Option('--color <when>', 'colour: always, never, or auto (on a terminal, unless NO_COLOR; FORCE_COLOR forces it)').choices(['always', 'never', 'auto']).default('auto'))
    .addOption(new Option('-q, --quiet', 'no notes or progress on stderr and no questions (for scripts); errors still show'))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => deps.io.stdout.write(s),
      writeErr: (s) => deps.io.stderr.write(s),
    })
    .hook('preAction', (root) => {
      const flags = root.opts<{ db?: string; color?: 'always' | 'never' | 'auto'; quiet?: boolean }>();
      deps.setDbOption(flags.db);
      deps.setOutputFlags(flags);
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
  for (const define of [defineLog, defineReport, defineStatus, definePlan, defineExport, defineImport, defineDelete, defineConfig, defineBackup, defineRestore, defineDoctor, defineExplain]) {
    define(program, deps);
  }
  return program;
}

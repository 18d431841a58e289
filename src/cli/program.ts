import { Command, Option } from 'commander';
import { defineBackup } from '../commands/backup.js';
import { defineConfig } from '../commands/config.js';
import { defineDelete } from '../commands/delete.js';
import { defineDoctor } from '../commands/doctor.js';
import { defineExport } from '../commands/export.js';
import { defineImport } from '../commands/import.js';
import { defineInsights } from '../commands/insights.js';
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
    .exitOverride()
    .configureOutput({
      writeOut: (s) => deps.io.stdout.write(s),
      writeErr: (s) => deps.io.stderr.write(s),
    })
    .hook('preAction', (root) => deps.setDbOption(root.opts<{ db?: string }>().db))
    .addHelpText(
      'after',
      `
Examples:
  $ recover log                                  answer a few questions about today
  $ recover log --sleep 7.5 --protein 140 --session strength:60:8 --fatigue 2 --yes
  $ recover report --week
  $ recover export --format csv > days.csv`,
    );
  for (const define of [defineLog, defineReport, defineStatus, definePlan, defineExport, defineImport, defineDelete, defineConfig, defineBackup, defineRestore, defineDoctor, defineInsights]) {
    define(program, deps);
  }
  return program;
}

import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { DEFAULT_SETTINGS, parseSetting, restDaysFor, SETTING_DEFS, settingByName, type SettingDef, type SettingValue } from '../core/settings.js';
import type { Settings } from '../core/types.js';
import type { Deps } from '../cli/deps.js';
import { formatNumber } from '../render/i18n.js';
import { loadSettings, saveSetting } from '../storage/settings.js';
import { isSourceSetting, type SourceOrder } from '../core/sources.js';
import { loadSourceOrder } from '../storage/source-order.js';
import { runSourceGet, runSourceSet, sourceRows } from './config-sources.js';
import { flagValue, formatOption, layoutOf, outputFormat, refuseGrouped, type OutputFormat } from './options.js';
import { renderRows } from '../render/table.js';
import { fitLines, wrap } from '../render/wrap.js';
import { sayConfig } from '../render/messages/config.js';
import { settingDescription, settingsHelp, settingUnit } from '../render/messages/settings.js';

export function defineConfig(program: Command, deps: Deps): void {
  const config = program
    .command('config')
    .description('Show or change your settings: weight, sleep target, protein target, rest days')
    .addHelpText(
      'after',
      `
Settings:
${settingsHelp()}
  source.FIELD    import sources a field takes its value from, first first (source.hrv,
                  source.sleep, source.rhr, source.protein...: oura, whoop, garmin, fitbit,
                  apple-health, pmsys, cronometer, myfitnesspal; default: see docs/importers.md)

Examples:
  $ recover config set weight 78.5
  $ recover config set sport team
  $ recover config get protein-target
  $ recover config set tz Europe/Amsterdam
  $ recover config set source.hrv oura
  $ recover config list --json`,
    );
  config
    .command('list')
    .description('Show every setting and the database in use')
    .option('--json', 'as JSON')
    .addOption(formatOption())
    .action(async (raw: { json?: boolean; format?: OutputFormat }) => runConfigList(outputFormat(raw, deps.io), deps));
  config
    .command('get')
    .description('Print one setting')
    .argument('<name>', SETTING_DEFS.map((d) => d.name).join(', '))
    .action(async (name: string) =>
      isSourceSetting(name) ? runSourceGet(name, deps) : runConfigGet(flagValue('name', () => settingByName(name)), deps),
    );
  config
    .command('set')
    .description('Change a setting')
    .argument('<name>', SETTING_DEFS.map((d) => d.name).join(', '))
    .argument('<value>')
    .option('--json', 'print the saved setting as JSON')
    .action(async (name: string, value: string, raw: { json?: boolean }) => {
      if (isSourceSetting(name)) return runSourceSet(name, value, deps);
      const def = flagValue('name', () => settingByName(name));
      const parse = () => {
        if (def.kind === 'number') refuseGrouped(def.name, value);
        return parseSetting(def, value);
      };
      await runConfigSet(def, flagValue(def.name, parse), deps, Boolean(raw.json));
    });
  config
    .command('unset')
    .description('Put a setting back to its default')
    .argument('<name>', SETTING_DEFS.map((d) => d.name).join(', '))
    .action(async (name: string) =>
      isSourceSetting(name) ? runSourceSet(name, null, deps) : runConfigSet(flagValue('name', () => settingByName(name)), null, deps),
    );
}

/** The value in force: an unset rest-day target is the one the training profile gives. */
const show = (settings: Settings, def: SettingDef) => (def.key === 'restDaysPerWeek' ? restDaysFor(settings) : (settings[def.key] ?? ''));
/** The unit as stored, for scripts (h, days/week). */
const unit = (def: SettingDef) => (def.kind === 'number' ? def.unit : '');

/** A value in force as a reader writes it (7,5 under nl); unset says so. */
const shown = (value: string | number) => (typeof value === 'number' ? formatNumber(value, 2) : value || sayConfig('unset'));

/** The settings in force, read without creating or changing the database: the defaults until it exists. */
export async function storedSettings(deps: Deps): Promise<{ settings: Settings; order: SourceOrder }> {
  if (!existsSync(await deps.dbPath())) return { settings: DEFAULT_SETTINGS, order: {} };
  const db = await deps.db({ readOnly: true });
  return { settings: loadSettings(db), order: loadSourceOrder(db) };
}

export async function runConfigList(format: OutputFormat, deps: Deps): Promise<void> {
  const { settings, order } = await storedSettings(deps);
  const path = await deps.dbPath();
  if (format === 'json') {
    deps.io.stdout.write(`${JSON.stringify({ database: path, settings, sources: order }, null, 2)}\n`);
    return;
  }
  if (format !== 'table') {
    // For scripts: one row per setting, its value in force ('' when unset), then the source orders and the database.
    const rows = [
      ...SETTING_DEFS.map((d) => [d.name, String(show(settings, d)), unit(d), settingDescription(d)]),
      ...sourceRows(order).map(([name, value]) => [name, value, '', '']),
      ['database', path, '', ''],
    ];
    deps.io.stdout.write(renderRows(['Setting', 'Value', 'Unit', 'Description'], rows, layoutOf(format, deps.io)));
    return;
  }
  const cells = SETTING_DEFS.map((d) => [d.name, shown(show(settings, d)), settingUnit(d), settingDescription(d)] as const);
  // Columns as wide as their longest cell ("intermediate", "niet gezet", "dagen/week").
  const [valueWidth, unitWidth] = [1, 2].map((i) => Math.max(...cells.map((c) => c[i]?.length ?? 0)));
  const lines = cells.map(([name, value, unitText, description]) => `${name.padEnd(15)} ${value.padEnd(valueWidth ?? 0)} ${unitText.padEnd(unitWidth ?? 0)} ${description}`);
  const rest = [...sourceRows(order).map(([name, value]) => `${name.padEnd(15)} ${value}`), `${sayConfig('database').padEnd(15)} ${path}`].join('\n');
  if (!deps.io.isStdoutTTY) {
    deps.io.stdout.write(`${lines.join('\n')}\n${rest}\n`);
    return;
  }
  // On a terminal a description wraps under itself, while its column leaves room for a few words.
  const width = deps.io.columns ?? 80;
  const descriptionAt = 15 + (valueWidth ?? 0) + (unitWidth ?? 0) + 3;
  const fitted = width - descriptionAt >= 24 ? lines.map((line) => wrap(line, width, '', ' '.repeat(descriptionAt))).join('\n') : fitLines(lines.join('\n'), width);
  deps.io.stdout.write(`${fitted}\n${fitLines(rest, width)}\n`);
}

export async function runConfigGet(def: SettingDef, deps: Deps): Promise<void> {
  const { settings } = await storedSettings(deps);
  deps.io.stdout.write(`${show(settings, def)}\n`);
}

export async function runConfigSet(def: SettingDef, value: SettingValue | null, deps: Deps, json = false): Promise<void> {
  saveSetting(await deps.db({ create: true }), def, value);
  if (json) deps.io.stdout.write(`${JSON.stringify({ setting: def.name, value })}\n`);
  deps.io.stderr.write(`${value === null ? sayConfig('unsetDone', { name: def.name }) : sayConfig('setDone', { name: def.name, value: `${typeof value === 'number' ? formatNumber(value, 2) : value} ${settingUnit(def)}`.trim() })}\n`);
}

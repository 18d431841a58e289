import type { Command } from 'commander';
import { DEFAULT_SETTINGS, parseSetting, SETTING_DEFS, settingByName, TEXT_SETTING_DEFS, type SettingDef, type TextSettingDef } from '../core/settings.js';
import type { Settings } from '../core/types.js';
import type { Deps } from '../cli/deps.js';
import { loadSettings, loadTextSetting, saveSetting, saveTextSetting } from '../storage/settings.js';
import { flagValue } from './options.js';

export function defineConfig(program: Command, deps: Deps): void {
  const config = program
    .command('config')
    .description('Show or change your settings: weight, sleep target, protein target, rest days, time zone')
    .addHelpText(
      'after',
      `
Settings:
${SETTING_DEFS.map((d) => `  ${d.name.padEnd(15)} ${d.description} (${d.min}-${d.max} ${d.unit}, default ${DEFAULT_SETTINGS[d.key] ?? 'unset'})`).join('\n')}
${TEXT_SETTING_DEFS.map((d) => `  ${d.name.padEnd(15)} ${d.description}`).join('\n')}

Examples:
  $ recover config set weight 78.5
  $ recover config get protein-target
  $ recover config set tz Europe/Amsterdam
  $ recover config list --json`,
    );
  config
    .command('list')
    .description('Show every setting and the database in use')
    .option('--json', 'as JSON')
    .action(async (raw: { json?: boolean }) => runConfigList(Boolean(raw.json), deps));
  config
    .command('get')
    .description('Print one setting')
    .argument('<name>', SETTING_DEFS.map((d) => d.name).join(', '))
    .action(async (name: string) => {
      const text = textSetting(name);
      if (text) return runTextSetting(text, undefined, deps);
      await runConfigGet(flagValue('name', () => settingByName(name)), deps);
    });
  config
    .command('set')
    .description('Change a setting')
    .argument('<name>', SETTING_DEFS.map((d) => d.name).join(', '))
    .argument('<value>')
    .action(async (name: string, value: string) => {
      const text = textSetting(name);
      if (text) return runTextSetting(text, flagValue(text.name, () => text.parse(value)), deps);
      const def = flagValue('name', () => settingByName(name));
      await runConfigSet(def, flagValue(def.name, () => parseSetting(def, value)), deps);
    });
  config
    .command('unset')
    .description('Put a setting back to its default')
    .argument('<name>', SETTING_DEFS.map((d) => d.name).join(', '))
    .action(async (name: string) => {
      const text = textSetting(name);
      if (text) return runTextSetting(text, null, deps);
      await runConfigSet(flagValue('name', () => settingByName(name)), null, deps);
    });
}

const textSetting = (name: string) => TEXT_SETTING_DEFS.find((d) => d.name === name);

/** Prints (value undefined), stores or removes (null) a text setting. */
export async function runTextSetting(def: TextSettingDef, value: string | null | undefined, deps: Deps): Promise<void> {
  const db = await deps.db({ create: true });
  if (value === undefined) {
    deps.io.stdout.write(`${loadTextSetting(db, def) ?? ''}\n`);
    return;
  }
  saveTextSetting(db, def, value);
  deps.io.stderr.write(value === null ? `${def.name} is back to its default.\n` : `${def.name} set to ${value}.\n`);
}

const show = (settings: Settings, def: SettingDef) => settings[def.key] ?? '';

export async function runConfigList(json: boolean, deps: Deps): Promise<void> {
  const db = await deps.db({ create: true });
  const settings = loadSettings(db);
  const texts = TEXT_SETTING_DEFS.map((d) => [d, loadTextSetting(db, d)] as const);
  const path = await deps.dbPath();
  if (json) {
    deps.io.stdout.write(`${JSON.stringify({ database: path, settings: { ...settings, ...Object.fromEntries(texts.map(([d, v]) => [d.name, v])) } }, null, 2)}\n`);
    return;
  }
  const lines = SETTING_DEFS.map((d) => `${d.name.padEnd(15)} ${String(show(settings, d) || 'unset').padEnd(6)} ${d.unit.padEnd(10)} ${d.description}`);
  for (const [d, v] of texts) lines.push(`${d.name.padEnd(15)} ${(v ?? 'unset').padEnd(17)} ${d.description}`);
  deps.io.stdout.write(`${lines.join('\n')}\ndatabase        ${path}\n`);
}

export async function runConfigGet(def: SettingDef, deps: Deps): Promise<void> {
  const settings = loadSettings(await deps.db({ create: true }));
  deps.io.stdout.write(`${show(settings, def)}\n`);
}

export async function runConfigSet(def: SettingDef, value: number | null, deps: Deps): Promise<void> {
  saveSetting(await deps.db({ create: true }), def, value);
  deps.io.stderr.write(value === null ? `${def.name} is back to its default.\n` : `${def.name} set to ${value} ${def.unit}.\n`);
}

import { DEFAULT_SETTINGS, SETTING_DEFS, type SettingDef } from '../../core/settings.js';
import { defineMessages, formatNumber } from '../i18n.js';

/** The settings' descriptions by name (config list, config help) and their units. */
const saySettings = defineMessages(
  'settings',
  {
    weight: 'body weight, for the protein, carbohydrate and water targets',
    'sleep-target': 'hours of sleep you aim for (7-9 h is the adult range)',
    'protein-target': 'daily protein per kg of body weight',
    'rest-days': 'rest days per week (default: from sport and level)',
    sport: 'the kind of training you do',
    level: 'your training level',
    tz: "time zone for imports, e.g. Europe/Amsterdam (default: this computer's)",
    track: 'optional items the log asks (comma-separated, or none)',
    'day-start': 'a log after midnight and before this hour asks if it is for the day before',
    lang: 'language: en or nl (default: from the locale, LC_ALL, LC_MESSAGES or LANG)',
    'unit-h': 'h',
    'unit-kg': 'kg',
    'unit-g/kg': 'g/kg',
    'unit-days/week': 'days/week',
    range: '{min}-{max} {unit}',
    listChoices: '{choices} or none',
    zone: 'an IANA zone name',
    helpLine: '{description} ({allowed}, default {default})',
    unset: 'unset',
  },
  {
    weight: 'lichaamsgewicht, voor de doelen voor eiwit, koolhydraten en water',
    'sleep-target': 'uren slaap waar je naar streeft (7-9 u voor volwassenen)',
    'protein-target': 'eiwit per dag per kg lichaamsgewicht',
    'rest-days': 'rustdagen per week (standaard: uit sport en niveau)',
    sport: 'het soort training dat je doet',
    level: 'je trainingsniveau',
    tz: 'tijdzone voor imports, bijvoorbeeld Europe/Amsterdam (standaard: die van deze computer)',
    track: "wat de log verder vraagt (met komma's ertussen, of none)",
    'day-start': 'een log na middernacht en voor dit uur vraagt of hij voor de dag ervoor is',
    lang: 'taal: en of nl (standaard: uit de locale, LC_ALL, LC_MESSAGES of LANG)',
    'unit-h': 'u',
    'unit-kg': 'kg',
    'unit-g/kg': 'g/kg',
    'unit-days/week': 'dagen/week',
    range: '{min}-{max} {unit}',
    listChoices: '{choices} of none',
    zone: 'een IANA-zonenaam',
    helpLine: '{description} ({allowed}, standaard {default})',
    unset: 'niet ingesteld',
  },
);

type Described = Exclude<Parameters<typeof saySettings>[0], `unit-${string}` | 'range' | 'listChoices' | 'zone' | 'helpLine' | 'unset'>;
type Unit = Extract<Parameters<typeof saySettings>[0], `unit-${string}`>;

/** What a setting is for, in the run's language. */
export const settingDescription = (def: SettingDef): string => saySettings(def.name as Described);

/** A setting's unit as stored ("h") as a reader writes it ("h" / "u"). */
export const unitWord = (unit: string): string => (Object.hasOwn(saySettings.catalogue.en, `unit-${unit}`) ? saySettings(`unit-${unit}` as Unit) : unit);

/** A number setting's unit in words; '' for the others. */
export const settingUnit = (def: SettingDef): string => (def.kind === 'number' ? unitWord(def.unit) : '');

const allowed = (def: SettingDef) =>
  def.kind === 'number'
    ? saySettings('range', { min: formatNumber(def.min, 2), max: formatNumber(def.max, 2), unit: settingUnit(def) })
    : def.kind === 'choice'
      ? def.choices.join('|')
      : def.kind === 'list'
        ? saySettings('listChoices', { choices: def.choices.join(',') })
        : saySettings('zone');

/** The settings list of `recover config --help`: each setting, what it is for, its values and its default. */
export function settingsHelp(): string {
  return SETTING_DEFS.map((d) => {
    const value = DEFAULT_SETTINGS[d.key];
    const shown = value === null ? saySettings('unset') : typeof value === 'number' ? formatNumber(value, 2) : String(value);
    return `  ${d.name.padEnd(15)} ${saySettings('helpLine', { description: settingDescription(d), allowed: allowed(d), default: shown })}`;
  }).join('\n');
}

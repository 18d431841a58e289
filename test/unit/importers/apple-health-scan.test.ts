import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { FALLBACK, scanHealthXml, type Attribute } from '../../../src/importers/apple-health-scan.js';
import { readHealthXml, RECORD_TYPES } from '../../../src/importers/apple-health.js';

// The pre-filter and the full XML parser must agree on every file: on Apple's layout the
// pre-filter reads it; on anything else it hands the file to the parser. Each case below says
// which reads it, and both must give the same days, notes and skips, or the same error. (Not
// held: malformed XML inside the attributes of a record skipped, e.g. an attribute given twice,
// which the full parser refuses and the pre-filter never reads.)

const FIXTURES = fileURLToPath(new URL('../../fixtures/apple-health', import.meta.url));
// Real exports (../shared/data): Apple's layout and others', e.g. attributes wrapped over lines.
const REAL = fileURLToPath(new URL('../../../../shared/data/apple-health-fixtures', import.meta.url));
if (!existsSync(REAL)) console.warn(`\n  SKIPPED: pre-filter against real Apple Health exports (no ${REAL})\n`);

const DEVICE = 'device="&lt;&lt;HKDevice: 0x3012772a0&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,7, software:10.2&gt;"';
const rec = (type: string, start: string, end: string, value: string, more = '') =>
  ` <Record type="${type}" sourceName="Anna’s Watch" sourceVersion="10.2" ${DEVICE}${more} creationDate="${end}" startDate="${start}" endDate="${end}" value="${value}"/>`;
const BASE = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<!DOCTYPE HealthData [',
  '<!-- HealthKit Export Version: 13 -->',
  '<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout)*)>',
  '<!ATTLIST HealthData',
  '  locale CDATA #REQUIRED',
  '>',
  ']>',
  '<HealthData locale="en_GB">',
  ' <ExportDate value="2024-05-20 21:00:00 +0200"/>',
  ' <Me HKCharacteristicTypeIdentifierDateOfBirth="1988-03-14"/>',
  rec('HKCategoryTypeIdentifierSleepAnalysis', '2024-05-03 23:10:00 +0200', '2024-05-04 03:00:00 +0200', 'HKCategoryValueSleepAnalysisAsleepCore'),
  rec('HKCategoryTypeIdentifierSleepAnalysis', '2024-05-04 03:00:00 +0200', '2024-05-04 06:40:00 +0200', 'HKCategoryValueSleepAnalysisAsleepREM'),
  rec('HKCategoryTypeIdentifierSleepAnalysis', '2024-05-03 22:50:00 +0200', '2024-05-04 06:50:00 +0200', 'HKCategoryValueSleepAnalysisInBed'),
  ' <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Watch" unit="count/min" creationDate="2024-05-04 07:00:00 +0200" startDate="2024-05-04 07:00:00 +0200" endDate="2024-05-04 07:00:00 +0200" value="61">',
  '  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="1"/>',
  ' </Record>',
  rec('HKQuantityTypeIdentifierRestingHeartRate', '2024-05-04 00:01:00 +0200', '2024-05-04 23:00:00 +0200', '52', ' unit="count/min"'),
  rec('HKQuantityTypeIdentifierHeartRateVariabilitySDNN', '2024-05-04 03:05:00 +0200', '2024-05-04 03:06:00 +0200', '48.5', ' unit="ms"'),
  rec('HKQuantityTypeIdentifierDietaryProtein', '2024-05-04 08:00:00 +0200', '2024-05-04 08:00:00 +0200', '40', ' unit="g"'),
  rec('HKQuantityTypeIdentifierDietaryProtein', '2024-05-04 13:00:00 +0200', '2024-05-04 13:00:00 +0200', '55', ' unit="g"'),
  rec('HKQuantityTypeIdentifierDietaryWater', '2024-05-04 10:00:00 +0200', '2024-05-04 10:00:00 +0200', '750', ' unit="mL"'),
  rec('HKQuantityTypeIdentifierStepCount', '2024-05-04 10:00:00 +0200', '2024-05-04 10:05:00 +0200', '500', ' unit="count"'),
  rec('HKCategoryTypeIdentifierCoughing', '2024-05-04 20:00:00 +0200', '2024-05-04 20:00:00 +0200', 'HKCategoryValueSeverityNotPresent'),
  rec('HKCategoryTypeIdentifierFatigue', '2024-05-04 20:00:00 +0200', '2024-05-04 20:00:00 +0200', 'HKCategoryValueSeveritySevere'),
  rec('HKCategoryTypeIdentifierFever', '2024-05-05 23:30:00 +0200', '2024-05-07 09:00:00 +0200', 'HKCategoryValueSeverityMild'),
  ' <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="45.5" durationUnit="min" sourceName="Watch" startDate="2024-05-04 18:00:00 +0200" endDate="2024-05-04 18:46:00 +0200">',
  '  <WorkoutActivity uuid="9F1C" startDate="2024-05-04 18:00:00 +0200" endDate="2024-05-04 18:46:00 +0200" duration="45.5" durationUnit="min">',
  '   <WorkoutStatistics type="HKQuantityTypeIdentifierHeartRate" startDate="2024-05-04 18:00:00 +0200" endDate="2024-05-04 18:46:00 +0200" average="99" minimum="80" maximum="199" unit="count/min"/>',
  '  </WorkoutActivity>',
  '  <WorkoutStatistics type="HKQuantityTypeIdentifierHeartRate" startDate="2024-05-04 18:00:00 +0200" endDate="2024-05-04 18:46:00 +0200" average="151.2" minimum="98" maximum="176" unit="count/min"/>',
  ' </Workout>',
  ' <Workout workoutActivityType="HKWorkoutActivityTypeWalking" duration="30" durationUnit="min" sourceName="iPhone" startDate="2024-05-05 12:00:00 +0200" endDate="2024-05-05 12:30:00 +0200"/>',
  '</HealthData>',
  '',
].join('\n');

const PROTEIN = BASE.split('\n').findIndex((l) => l.includes('DietaryProtein'));
const withLine = (index: number, replace: (line: string) => string) => BASE.split('\n').map((l, i) => (i === index ? replace(l) : l)).join('\n');
const before = (index: number, text: string) => withLine(index, (l) => `${text}\n${l}`);
const bytes = (text: string, encoding: BufferEncoding = 'utf8') => Buffer.from(text, encoding);
/** Small chunks, so lines and the prolog are cut between chunks too. */
const stream = (data: Buffer) => Readable.from(Array.from({ length: Math.ceil(data.length / 97) }, (_, i) => data.subarray(i * 97, (i + 1) * 97)));

async function read(data: Buffer, full: boolean, skipInvalid = false) {
  try {
    return await readHealthXml(async () => stream(data), 'export.xml', data.length, { tz: 'Europe/Amsterdam', skipInvalid }, full);
  } catch (err) {
    return { error: (err as Error).message };
  }
}

/** Whether the pre-filter reads the file to its end, asked for every attribute the import reads (a value is checked when it is read). */
async function scanned(data: Buffer): Promise<boolean> {
  const names = ['type', 'sourceName', 'unit', 'startDate', 'endDate', 'value', 'workoutActivityType', 'duration', 'durationUnit', 'average', 'maximum'];
  const sink = { open: (_name: string, attribute: Attribute) => names.forEach((name) => attribute(name)), close: () => undefined };
  return (await scanHealthXml(stream(data), RECORD_TYPES, sink, () => undefined).catch(() => FALLBACK)) !== FALLBACK;
}

const CASES: Array<[string, Buffer, 'pre-filter' | 'full parser']> = [
  ["Apple's layout", bytes(BASE), 'pre-filter'],
  ['Windows line ends', bytes(BASE.replaceAll('\n', '\r\n')), 'pre-filter'],
  ['no newline at the end', bytes(BASE.trimEnd()), 'pre-filter'],
  ['attributes in another order, single quotes, spaces around =', bytes(withLine(PROTEIN, (l) => l.replace(/ type="([^"]+)"(.*) value="40"/, " value = '40'$2 type='$1'"))), 'pre-filter'],
  ['entity and character references in attributes', bytes(withLine(PROTEIN, (l) => l.replace('Anna’s Watch', 'Anna &amp; Co&#x2019;s &#87;atch'))), 'pre-filter'],
  ['a record type spelt with a character reference', bytes(withLine(PROTEIN, (l) => l.replace('DietaryProtein', 'Dietary&#80;rotein'))), 'pre-filter'],
  ['a record across lines', bytes(withLine(PROTEIN, (l) => l.replace(' value=', '\n   value='))), 'pre-filter'],
  ['an unused record across lines', bytes(withLine(PROTEIN + 3, (l) => l.replace(' value=', '\n   value='))), 'pre-filter'],
  ['two elements on one line', bytes(withLine(PROTEIN, (l) => `${l}${rec('HKQuantityTypeIdentifierDietaryWater', '2024-05-04 11:00:00 +0200', '2024-05-04 11:00:00 +0200', '250', ' unit="mL"')}`)), 'pre-filter'],
  ['a comment hiding a record', bytes(withLine(PROTEIN, (l) => `<!--\n${l}\n-->`)), 'full parser'],
  ['a CDATA section', bytes(before(PROTEIN, ' <Note><![CDATA[ <Record type="HKQuantityTypeIdentifierDietaryProtein"/> ]]></Note>')), 'full parser'],
  ['a processing instruction', bytes(before(PROTEIN, ' <?app note?>')), 'full parser'],
  ['a Correlation', bytes(before(PROTEIN, [
    ' <Correlation type="HKCorrelationTypeIdentifierFood" sourceName="App" startDate="2024-05-04 08:00:00 +0200" endDate="2024-05-04 08:00:00 +0200">',
    rec('HKQuantityTypeIdentifierDietaryProtein', '2024-05-04 08:00:00 +0200', '2024-05-04 08:00:00 +0200', '40', ' unit="g"'),
    ' </Correlation>',
  ].join('\n'))), 'full parser'],
  ['an entity declared in the DTD', bytes(BASE.replace(']>', '<!ENTITY app "Anna">\n]>')), 'full parser'],
  ['another encoding', bytes(BASE.replace('UTF-8', 'ISO-8859-1').replace('Anna’s', 'Ånna'), 'latin1'), 'full parser'],
  ['UTF-16', Buffer.concat([Buffer.from([0xff, 0xfe]), bytes(BASE.replace('UTF-8', 'UTF-16'), 'utf16le')]), 'full parser'],
  ['a byte that is not UTF-8 in a record read', Buffer.concat([bytes(BASE.slice(0, BASE.indexOf('Anna’s', BASE.indexOf('DietaryProtein')))), Buffer.from([0xff]), bytes(BASE.slice(BASE.indexOf('Anna’s', BASE.indexOf('DietaryProtein'))))]), 'full parser'],
  ['an end tag with a blank, metadata under a record read', bytes(withLine(PROTEIN, (l) => `${l.slice(0, -2)}>\n  <MetadataEntry key="HKFoodMeal" value="Breakfast"/>\n </Record >`)), 'pre-filter'],
  ['text between elements', bytes(before(PROTEIN, 'stray text')), 'full parser'],
  ['an unknown unit (an invalid value)', bytes(withLine(PROTEIN, (l) => l.replace('unit="g"', 'unit="stone"'))), 'pre-filter'],
  ['cut off in a record', bytes(BASE.slice(0, BASE.indexOf('DietaryWater') + 20)), 'full parser'],
  ['cut off after a record', bytes(BASE.slice(0, BASE.indexOf(' <Workout '))), 'full parser'],
  ['mismatched end tags', bytes(BASE.replace(' </Workout>', ' </Workouts>')), 'full parser'],
  ['content after the root', bytes(`${BASE}<HealthData locale="x"/>\n`), 'full parser'],
  ['another root', bytes(BASE.replaceAll('HealthData', 'HealthExport')), 'full parser'],
  // The pre-filter walks from one '<' to the next: what a '>' in a value, a line end in a tag, or a
  // type's name elsewhere could do to that walk.
  ['a ">" in values, of a record read and of one skipped', bytes(withLine(PROTEIN, (l) => l.replace('Anna’s Watch', 'Anna > Watch')).replace('value="61">', 'value="61" note="a > b">')), 'pre-filter'],
  ['a record read with its type on the next line', bytes(withLine(PROTEIN, (l) => l.replace(' type=', '\n   type='))), 'pre-filter'],
  ['a workout across lines', bytes(BASE.replace(' duration="45.5"', '\n   duration="45.5"')), 'pre-filter'],
  [
    "a type's name in other attributes and other elements",
    bytes(before(PROTEIN, ' <Record type="HKQuantityTypeIdentifierStepCount" sourceName="HKQuantityTypeIdentifierDietaryProtein" startDate="2024-05-04 10:00:00 +0200" endDate="2024-05-04 10:00:00 +0200" value="1"/>\n <MetadataEntry key="type" value="HKQuantityTypeIdentifierDietaryProtein"/>\n <Note type="HKQuantityTypeIdentifierDietaryProtein" value="500"/>')),
    'pre-filter',
  ],
  ['a long type not asked for, with a reference', bytes(withLine(PROTEIN + 3, (l) => l.replace('StepCount', 'ActiveEnergyBurned&amp;Co'))), 'pre-filter'],
  ['a short type with a reference', bytes(withLine(PROTEIN + 3, (l) => l.replace('HKQuantityTypeIdentifierStepCount', 'HK&#68;'))), 'pre-filter'],
  ['an attribute given twice in a record read', bytes(withLine(PROTEIN, (l) => l.replace(' value="40"', ' value="40" value="41"'))), 'full parser'],
  // Given twice, an attribute the import does not ask for: the full parser refuses it all the same.
  ['an attribute given twice in the root', bytes(BASE.replace('<HealthData locale="en_GB">', '<HealthData locale="en_GB" locale="nl_NL">')), 'full parser'],
  ['an attribute not read given twice in a record read', bytes(withLine(PROTEIN - 2, (l) => l.replace(' creationDate=', ' creationDate="2024-05-04 23:00:00 +0200" creationDate='))), 'full parser'],
  ['an attribute not read given twice in workout statistics', bytes(BASE.replace('minimum="98"', 'minimum="98" minimum="97"')), 'full parser'],
  ['a tab in a value read', bytes(withLine(PROTEIN, (l) => l.replace('Anna’s Watch', 'Anna’s\tWatch'))), 'full parser'],
  ['a line end in a value read', bytes(withLine(PROTEIN, (l) => l.replace('unit="g"', 'unit="\ng"'))), 'full parser'],
  ['a byte that is not UTF-8 in a record skipped', Buffer.concat([bytes(BASE.slice(0, BASE.indexOf('value="61"'))), Buffer.from([0xff]), bytes(BASE.slice(BASE.indexOf('value="61"')))]), 'full parser'],
  ['text ending in ">" under a record skipped', bytes(BASE.replace('  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="1"/>', '  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="1"/>\n  note>')), 'full parser'],
  ['text ending in ">" after a workout tag', bytes(BASE.replace('durationUnit="min">', 'durationUnit="min">\n  note>')), 'full parser'],
  // Read by the pre-filter, but an element that must be named by its line sends the file to the full parser, which counts lines.
  ['an implausible workout (skipped, named by its line)', bytes(BASE.replace('duration="30" durationUnit="min"', 'duration="3000" durationUnit="min"')), 'pre-filter'],
];

describe('the Apple Health pre-filter', () => {
  it.each(CASES)('%s: the same result from both readers', async (_name, data, reader) => {
    expect(await scanned(data)).toBe(reader === 'pre-filter');
    for (const skipInvalid of [false, true]) expect(await read(data, false, skipInvalid)).toEqual(await read(data, true, skipInvalid));
  });

  it("reads Apple's layout right: the night, means, sums per app and workouts", async () => {
    const r = await read(bytes(BASE), false);
    expect(r).toMatchObject({ records: 10 });
    expect(JSON.stringify(r)).toContain('"sleepHours":7.5');
  });

  it('marks the days a symptom of illness is present ill, and nothing for one not present or for fatigue', async () => {
    const r = await read(bytes(BASE), false);
    const sick = 'days' in r ? r.days.filter((d) => d.values.sick !== undefined).map((d) => [d.date, d.values.sick]) : r;
    expect(sick).toEqual([['2024-05-05', true], ['2024-05-06', true], ['2024-05-07', true]]);
    const odd = await read(bytes(BASE.replace('HKCategoryValueSeverityMild', 'HKCategoryValueSeverityExtreme')), false);
    expect(odd).toEqual({ error: 'export.xml:26: HKCategoryTypeIdentifierFever has an unknown severity "HKCategoryValueSeverityExtreme" (use --skip-invalid to skip such elements)' });
  });

  it.each([FIXTURES, REAL].filter((dir) => existsSync(dir)))('gives the same result as the full parser on every export in %s', async (path) => {
    const dir = pathToFileURL(`${path}/`);
    const files = readdirSync(dir).filter((f) => f.endsWith('.xml'));
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const data = readFileSync(new URL(file, dir));
      expect({ file, ...(await read(data, false)) }).toEqual({ file, ...(await read(data, true)) });
    }
  });
});

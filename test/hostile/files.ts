import { closeSync, copyFileSync, linkSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { fixture } from '../helpers/fixtures.js';

/** Each importer with the file name it looks for and a small real-shaped file of its own. */
export const IMPORTERS = [
  { source: 'csv', name: 'days.csv', sample: '' },
  { source: 'apple-health', name: 'export.xml', sample: fixture('apple-health/export.xml') },
  { source: 'whoop', name: 'physiological_cycles.csv', sample: fixture('whoop/physiological_cycles.csv') },
  { source: 'fitbit', name: 'sleep.json', sample: fixture('fitbit/sleep.json') },
  { source: 'pmsys', name: 'wellness.csv', sample: fixture('pmsys/wellness.csv') },
  { source: 'oura', name: 'oura_trends.csv', sample: fixture('oura/oura_trends.csv') },
  { source: 'cronometer', name: 'dailysummary.csv', sample: fixture('cronometer/dailysummary.csv') },
  { source: 'myfitnesspal', name: 'Nutrition-Summary-2024-03-01-to-2024-03-02.csv', sample: fixture('myfitnesspal/Nutrition-Summary-2024-03-01-to-2024-03-02.csv') },
  {
    source: 'garmin',
    name: '2024-03-01_2024-06-09_12345678_sleepData.json',
    sample: fixture('garmin/DI_CONNECT/DI-Connect-Wellness/2024-03-01_2024-06-09_12345678_sleepData.json'),
  },
] as const;

export type Importer = (typeof IMPORTERS)[number];

/** A line of text that must never appear anywhere: the content of a file an external entity points at. */
export const SECRET = 'TOP-SECRET-3f9c2a';

const OWN_CSV = 'date,sleep_h,note\n2026-11-20,7,fine\n2026-11-21,8,ok\n';
const sampleOf = (imp: Importer): Buffer => (imp.sample === '' ? Buffer.from(OWN_CSV) : readFileSync(imp.sample));

interface ZipEntry {
  name: string;
  /** Deflated bytes, the uncompressed size and CRC-32. */
  deflated: Buffer;
  size: number;
  crc: number;
}

const deflated = (name: string, data: Buffer): ZipEntry => ({ name, deflated: deflateRawSync(data), size: data.length, crc: crc32(data) });

/** Writes a zip of deflated entries. */
function writeZip(path: string, entries: readonly ZipEntry[]): void {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.deflated.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + e.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(path, Buffer.concat([...locals, directory, end]));
}

/**
 * A zip bomb: an entry that inflates to 2 GiB (an XML root, then blanks) from about 2 MB. Made of
 * independently flushed deflate segments, so it never exists uncompressed, not even here.
 */
function writeBomb(path: string, name: string): void {
  bombBody ??= inflatesToTwoGiB();
  writeZip(path, [{ name, ...bombBody }]);
}

let bombBody: Omit<ZipEntry, 'name'> | undefined;

function inflatesToTwoGiB(): Omit<ZipEntry, 'name'> {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<HealthData locale="en_GB">\n');
  const block = Buffer.alloc(2 ** 20, ' ');
  const flushed = (data: Buffer) => deflateRawSync(data, { finishFlush: constants.Z_SYNC_FLUSH });
  const blocks = 2048;
  let crc = crc32(head);
  for (let i = 0; i < blocks; i++) crc = crc32(block, crc);
  const one = flushed(block);
  const deflated = Buffer.concat([flushed(head), ...Array.from({ length: blocks }, () => one), Buffer.from([0x03, 0x00])]);
  return { deflated, size: head.length + blocks * block.length, crc };
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE HealthData [
 <!ENTITY lol "lol">
 ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('\n ')}
]>
<HealthData locale="en_GB">
 <Record type="HKQuantityTypeIdentifierDietaryWater" unit="mL" sourceName="x" startDate="2024-03-01 10:00:00 +0100" endDate="2024-03-01 10:00:00 +0100" value="&lol9;"/>
</HealthData>
`;

const xxe = (secretFile: string) => `<?xml version="1.0"?>
<!DOCTYPE HealthData [ <!ENTITY xxe SYSTEM "file://${secretFile}"> ]>
<HealthData locale="en_GB">
 <Record type="HKQuantityTypeIdentifierDietaryWater" unit="mL" sourceName="&xxe;" startDate="2024-03-01 10:00:00 +0100" endDate="2024-03-01 10:00:00 +0100" value="2000"/>
 <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="45" durationUnit="min" sourceName="&xxe;" startDate="2024-03-01 18:00:00 +0100" endDate="2024-03-01 18:45:00 +0100"/>
</HealthData>
`;

/** The sample with bytes that are not UTF-8 (Latin-1 "é" and a lone 0xFF) inside the second line. */
function notUtf8(sample: Buffer): Buffer {
  const lineEnd = sample.indexOf(0x0a);
  const at = lineEnd + 3;
  return Buffer.concat([sample.subarray(0, at), Buffer.from([0xe9, 0xff]), sample.subarray(at)]);
}

export const SHAPES = [
  'empty file',
  'binary garbage',
  'truncated XML',
  'truncated zip',
  'zip with path traversal',
  'billion laughs',
  'external entity (XXE)',
  'non-UTF-8 bytes',
  'folder instead of a file',
] as const;

export type Shape = (typeof SHAPES)[number];

/** Writes one hostile input for an importer in `dir` and returns the path to pass. */
export function hostileInput(shape: Shape, imp: Importer, dir: string, secretFile: string): string {
  const file = join(dir, imp.name);
  switch (shape) {
    case 'empty file':
      writeFileSync(file, '');
      return file;
    case 'binary garbage': {
      let x = 12345;
      writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) & 0xff)));
      return file;
    }
    case 'truncated XML': {
      const xml = readFileSync(fixture('apple-health/export.xml'));
      writeFileSync(file, xml.subarray(0, Math.floor(xml.length / 2)));
      return file;
    }
    case 'truncated zip': {
      const zip = join(dir, 'export.zip');
      writeZip(zip, [deflated(`export/${imp.name}`, sampleOf(imp))]);
      const bytes = readFileSync(zip);
      writeFileSync(zip, bytes.subarray(0, Math.floor(bytes.length / 2)));
      return zip;
    }
    case 'zip with path traversal': {
      const zip = join(dir, 'export.zip');
      const names = [`../../${imp.name}`, `/tmp/${imp.name}`, `..\\..\\${imp.name}`, `C:\\${imp.name}`];
      writeZip(zip, names.map((n) => deflated(n, sampleOf(imp))));
      return zip;
    }
    case 'billion laughs':
      writeFileSync(file, BILLION_LAUGHS);
      return file;
    case 'external entity (XXE)':
      writeFileSync(file, xxe(secretFile));
      return file;
    case 'non-UTF-8 bytes':
      writeFileSync(file, notUtf8(sampleOf(imp)));
      return file;
    case 'folder instead of a file':
      mkdirSync(file);
      return file;
  }
}

/** The large inputs, written once and linked under each importer's name: a 100 MB single line and a 2 GiB zip bomb. */
export function largeInputs(dir: string): { line: string; bomb: (imp: Importer) => string } {
  const line = join(dir, 'one-line');
  const fd = openSync(line, 'w');
  writeSync(fd, '<?xml version="1.0" encoding="UTF-8"?><HealthData><Record type="HKQuantityTypeIdentifierDietaryWater" unit="mL" value="');
  const chunk = Buffer.alloc(2 ** 20, '9');
  for (let i = 0; i < 100; i++) writeSync(fd, chunk);
  closeSync(fd);
  return {
    line,
    bomb: (imp) => {
      const path = join(dir, `${imp.source}-bomb.zip`);
      writeBomb(path, `export/${imp.name}`);
      return path;
    },
  };
}

/** The file under the importer's own name in a folder of its own (a hard link: no copy of 100 MB). */
export function linked(source: string, imp: Importer, dir: string): string {
  const folder = join(dir, imp.source);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, imp.name);
  try {
    linkSync(source, path);
  } catch {
    copyFileSync(source, path);
  }
  return path;
}

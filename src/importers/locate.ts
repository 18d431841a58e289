import { closeSync, createReadStream, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import type { Entry, ZipFile } from 'yauzl';
import { DataError, type ErrorCode, type Phrase } from '../errors.js';
import { cannotRead, MAX_TEXT_BYTES, utf8Text } from './common.js';

/** The files an importer reads, as the user may hand them over: one file, a zip, or any folder above them. */
export interface Wanted {
  source: string;
  /** How messages name the files: "sleep*.json or resting_heart_rate*.json". */
  files: string | Phrase;
  matches(name: string): boolean;
}

export interface Located {
  /** Where messages point: the file's path, or "export.zip!folder/file.json" inside a zip. */
  where: string;
  name: string;
  /** Uncompressed bytes. */
  size: number;
  open(): Promise<Readable>;
}

/** Folders deeper than this below the one given are not searched (Takeout nests Fitbit 3 deep). */
const MAX_DEPTH = 8;

/** Files that tell an export apart, so a file handed to the wrong importer gets the right command. */
const SIGNATURES: ReadonlyArray<{ source: string; file: string; test: (name: string) => boolean }> = [
  { source: 'whoop', file: 'physiological_cycles.csv', test: (n) => ['physiological_cycles.csv', 'sleeps.csv', 'workouts.csv', 'journal_entries.csv'].includes(n) },
  { source: 'fitbit', file: 'sleep-YYYY-MM-DD.json', test: (n) => /^(sleep|resting_heart_rate)(-\d{4}-\d{2}-\d{2})?\.json$/.test(n) },
  { source: 'apple-health', file: 'export.xml', test: (n) => n === 'export.xml' },
  { source: 'garmin', file: 'DI_CONNECT', test: (n) => /(_sleepData|_healthStatusData|_summarizedActivities)\.json$|^UDSFile_.*\.json$/.test(n) },
  { source: 'pmsys', file: 'wellness.csv', test: (n) => ['wellness.csv', 'srpe.csv', 'injury.csv'].includes(n) },
  { source: 'cronometer', file: 'dailysummary.csv', test: (n) => n === 'dailysummary.csv' },
  { source: 'myfitnesspal', file: 'Nutrition-Summary-….csv', test: (n) => /^Nutrition-Summary.*\.csv$/.test(n) },
  { source: 'oura', file: 'oura_…_trends.csv', test: (n) => /^oura.*trends.*\.csv$/i.test(n) },
];

/** Other files of an export that people pick by mistake, and what to pick instead. */
const WRONG_FILES: ReadonlyArray<{ source: string; test: (name: string, head: string) => boolean; says: ErrorCode }> = [
  {
    source: 'cronometer',
    test: (n, head) => n === 'servings.csv' || head.startsWith('Day,Time,Group,Food Name'),
    says: 'wrong-file-cronometer-servings',
  },
  {
    source: 'cronometer',
    test: (n) => ['exercises.csv', 'biometrics.csv', 'notes.csv'].includes(n),
    says: 'wrong-file-cronometer',
  },
  {
    source: 'myfitnesspal',
    test: (n) => /^(Exercise|Measurement)-Summary.*\.csv$/.test(n),
    says: 'wrong-file-myfitnesspal',
  },
];

function otherSource(names: Iterable<string>, source: string): (typeof SIGNATURES)[number] | undefined {
  for (const name of names) {
    const sig = SIGNATURES.find((s) => s.source !== source && s.test(name));
    if (sig) return sig;
  }
  return undefined;
}

/** Refuses a single file that belongs to another source or is a known wrong file, naming the right one. */
export function checkFile(where: string, name: string, head: string, wanted: Wanted): void {
  if (wanted.matches(name)) return;
  const wrong = WRONG_FILES.find((w) => w.source === wanted.source && w.test(name, head));
  if (wrong) throw new DataError(wrong.says, { where });
  const sig = otherSource([name], wanted.source);
  if (sig) throw new DataError('file-of-other-source', { where, source: wanted.source, files: wanted.files, other: sig.source, otherFile: sig.file });
}

function isZip(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const magic = Buffer.alloc(4);
    return readSync(fd, magic, 0, 4, 0) === 4 && magic.readUInt32LE(0) === 0x04034b50;
  } finally {
    closeSync(fd);
  }
}

/** Read in 1 MB pieces: fewer, larger reads cost less CPU than Node's default 64 KB. */
const READ_CHUNK = 1 << 20;

function fileAt(path: string, name: string, size: number): Located {
  return { where: path, name, size, open: () => Promise.resolve(createReadStream(path, { highWaterMark: READ_CHUNK })) };
}

/** Every file below a folder, depth first in name order, hidden folders skipped. */
function walk(root: string): Array<{ inner: string; size: number }> {
  const out: Array<{ inner: string; size: number }> = [];
  const visit = (inner: string, depth: number) => {
    for (const entry of readdirSync(join(root, inner), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const child = inner ? `${inner}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !entry.name.startsWith('.') && depth < MAX_DEPTH) visit(child, depth + 1);
      else if (entry.isFile()) out.push({ inner: child, size: statSync(join(root, child)).size });
    }
  };
  visit('', 0);
  return out;
}

/** A zip entry's name, or null for a directory or a name that escapes the archive ("../x", "/etc/x", "C:\x"). */
async function safeName(entry: Entry): Promise<string | null> {
  const yauzl = await import('yauzl');
  const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
  if (name.endsWith('/') || yauzl.validateFileName(name) !== null) return null;
  return name;
}

async function zipEntries(path: string): Promise<{ zip: ZipFile; files: Array<{ inner: string; entry: Entry }> }> {
  const yauzl = await import('yauzl');
  let zip: ZipFile;
  try {
    // Names are decoded here rather than by yauzl, which would stop at the first unsafe one.
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: false });
  } catch (err) {
    throw new DataError('zip-unreadable', { path, why: err as Error });
  }
  const files: Array<{ inner: string; entry: Entry }> = [];
  try {
    for await (const entry of zip.eachEntry()) {
      const inner = await safeName(entry);
      if (inner !== null) files.push({ inner, entry });
    }
  } catch (err) {
    zip.close();
    throw new DataError('zip-broken', { path, why: err as Error });
  }
  return { zip, files };
}

/** The same file name in two folders (two PMData participants, two exports) cannot be told apart. */
function refuseTwins(path: string, found: ReadonlyArray<{ inner: string }>): void {
  const seen = new Map<string, string>();
  for (const { inner } of found) {
    const name = basename(inner);
    const first = seen.get(name);
    if (first !== undefined) throw new DataError('file-twice', { path, name, first, second: inner });
    seen.set(name, inner);
  }
}

function noneFound(path: string, names: string[], wanted: Wanted): DataError {
  const sig = otherSource(names, wanted.source);
  if (sig) return new DataError('files-not-found-other-source', { path, files: wanted.files, other: sig.source, otherFile: sig.file });
  return new DataError('files-not-found', { path, files: wanted.files });
}

/**
 * Finds a source's files in what the user passed: a file, a zip (entries streamed, never unpacked
 * to disk), or a folder searched downwards (Google Takeout nests Fitbit in Takeout/Fitbit/…).
 * `use` runs while a zip is open; it is closed afterwards.
 */
export async function locate<T>(path: string, wanted: Wanted, use: (files: Located[]) => Promise<T>): Promise<T> {
  let stat;
  try {
    stat = statSync(path);
  } catch (err) {
    throw cannotRead(path, err);
  }
  if (stat.isDirectory()) {
    const all = walk(path);
    const found = all.filter((f) => wanted.matches(basename(f.inner)));
    if (found.length === 0) throw noneFound(path, all.map((f) => basename(f.inner)), wanted);
    refuseTwins(path, found);
    return use(found.map((f) => fileAt(join(path, f.inner), basename(f.inner), f.size)));
  }
  if (!isZip(path)) return use([fileAt(path, basename(path), stat.size)]);
  const { zip, files } = await zipEntries(path);
  try {
    const found = files.filter((f) => wanted.matches(basename(f.inner))).sort((a, b) => a.inner.localeCompare(b.inner));
    if (found.length === 0) throw noneFound(path, files.map((f) => basename(f.inner)), wanted);
    refuseTwins(path, found);
    return await use(
      found.map(({ inner, entry }) => ({
        where: `${path}!${inner}`,
        name: basename(inner),
        size: entry.uncompressedSize,
        open: async () => {
          try {
            return crcChecked(await zip.openReadStreamPromise(entry), entry.crc32, `${path}!${inner}`);
          } catch (err) {
            throw new DataError('zip-entry-unreadable', { path, inner, why: err as Error });
          }
        },
      })),
    );
  } finally {
    zip.close();
  }
}

/**
 * The entry's bytes, checked against the CRC-32 in the zip: yauzl does not check it, and a
 * damaged download would otherwise import wrong numbers (a changed digit) without a word.
 */
function crcChecked(source: Readable, expected: number, where: string): Readable {
  let crc = 0;
  const check = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      crc = crc32(chunk, crc);
      done(null, chunk);
    },
    flush(done) {
      done(crc >>> 0 === expected >>> 0 ? null : new DataError('zip-entry-damaged', { where }));
    },
  });
  source.on('error', (err) => check.destroy(err));
  return source.pipe(check);
}

/** A located file's text, refusing one too large to hold in memory. */
export async function readLocated(file: Located): Promise<string> {
  if (file.size > MAX_TEXT_BYTES) {
    throw new DataError('zip-entry-too-big', { where: file.where, mb: Math.round(file.size / 2 ** 20), max: MAX_TEXT_BYTES / 2 ** 20 });
  }
  const chunks: Buffer[] = [];
  let bytes = 0;
  try {
    for await (const chunk of await file.open()) {
      bytes += (chunk as Buffer).length;
      if (bytes > MAX_TEXT_BYTES) throw new DataError('file-over-limit', { where: file.where, max: MAX_TEXT_BYTES / 2 ** 20 });
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    if (err instanceof DataError) throw err;
    throw cannotRead(file.where, err);
  }
  return utf8Text(file.where, Buffer.concat(chunks));
}

/** The texts of a source's files, in path order; a single file given by hand is checked for being the wrong one. */
export async function readSourceTexts(path: string, wanted: Wanted): Promise<Array<{ where: string; name: string; text: string }>> {
  return locate(path, wanted, async (files) => {
    const out: Array<{ where: string; name: string; text: string }> = [];
    for (const file of files) {
      const text = await readLocated(file);
      checkFile(file.where, file.name, text.slice(0, 200).replace(/^\uFEFF/, ''), wanted);
      out.push({ where: file.where, name: file.name, text });
    }
    return out;
  });
}

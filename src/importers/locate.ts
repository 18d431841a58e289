import { closeSync, createReadStream, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import type { Entry, ZipFile } from 'yauzl';
import { DataError, type ErrorCode, type Phrase } from '../errors.js';
import { cannotRead } from './common.js';

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
  /**
   * The same bytes in pieces, each valid only until the next is asked for: a plain file is read
   * into one reused buffer, so reading a large file allocates (and leaves behind) no memory.
   */
  chunks: () => AsyncIterable<Buffer>;
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
  return { where: path, name, size, open: () => Promise.resolve(createReadStream(path, { highWaterMark: READ_CHUNK })), chunks: () => fileChunks(path) };
}

/** A file in 1 MB pieces read into one buffer: a stream's new buffer a piece left 30 MB more resident after 200 MB. */
async function* fileChunks(path: string): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** A stream's pieces (a zip entry's, inflated), for `chunks`. */
async function* streamChunks(open: () => Promise<Readable>): AsyncGenerator<Buffer> {
  for await (const chunk of await open()) yield chunk as Buffer;
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
      found
        .map(({ inner, entry }) => ({
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
      }))
        .map((file) => ({ ...file, chunks: () => streamChunks(file.open) })),
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

/** The first characters of a file, to tell what it is. */
export async function head(file: Located): Promise<string> {
  for await (const chunk of file.chunks()) return chunk.toString('utf8', 0, Math.min(chunk.length, 2000)).replace(/^\uFEFF/, '');
  return '';
}

/**
 * A source's files in all the paths given, open together while `use` reads them (zips stay open
 * until it is done); a file whose name is not the source's is checked for being the wrong one.
 */
export async function locateAll<T>(paths: readonly string[], wanted: Wanted, use: (files: Located[]) => Promise<T>): Promise<T> {
  const from = async (i: number, found: Located[]): Promise<T> =>
    i === paths.length
      ? use(found)
      : locate(paths[i] ?? '', wanted, async (files) => {
          for (const file of files) if (!wanted.matches(file.name)) checkFile(file.where, file.name, await head(file), wanted);
          return from(i + 1, [...found, ...files]);
        });
  return from(0, []);
}

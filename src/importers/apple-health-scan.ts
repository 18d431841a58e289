// The byte-level pre-filter of Apple Health's export.xml. Nearly all of an export is records
// recover never uses (heart rate, steps, energy: 97% of a real one) and their metadata. This
// walks the file from one '<' to the next with one native search a tag, tells those tags from
// their first bytes without making a string, and parses only the elements that matter, from the
// bytes. Whenever the file is not as simple as Apple's (a comment, CDATA, a processing
// instruction, text between elements, a <Correlation>, a reference the scan does not know, a
// record read whose attributes are not plain, another encoding, a broken nesting or end), it
// gives up and the full XML parser reads the file instead: the two give the same results, which
// the tests hold them to.
//
// What makes a walk from '<' to '<' exact: in XML a '<' can only start markup (it may not stand
// in text or in an attribute value), and with no comment, CDATA or processing instruction (each
// starts '<!' or '<?', and each hands over) every '<' starts a tag. A tag ends at the last '>'
// before the next '<' when only white space lies between them; anything else there is text,
// and hands over too. Line ends are white space like any other: the scan does not count lines
// (the import asks the full parser where an element is when it has to say).

import { isUtf8 } from 'node:buffer';

/** An element's attribute by name, as XML reads it (references resolved); valid during `open` only. */
export type Attribute = (name: string) => string | undefined;

/**
 * What a reader reports, in document order: the start of every element the import reads
 * (HealthData, the workout elements, the records of the types asked for) and the end of
 * HealthData and the workout elements. `line` is the element's line where the reader knows it.
 */
export interface ElementSink {
  open(name: string, attribute: Attribute, line: number | undefined): void;
  close(name: string): void;
}

/** The scan met a layout it does not read: use the full parser. */
export const FALLBACK = Symbol('fallback');

const [NL, CR, SP, TAB, LT, GT, SLASH, BANG, QUESTION, QUOTE, APOS, AMP, EQ, HASH, SEMICOLON] = [10, 13, 32, 9, 60, 62, 47, 33, 63, 34, 39, 38, 61, 35, 59];
const isSpace = (c: number | undefined) => c === SP || c === NL || c === CR || c === TAB;
/** Per byte: 1 for a byte an XML name may start with, 2 for one it may go on with (ASCII only: Apple's names are). */
const NAME_BYTES = new Uint8Array(256);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58;
  NAME_BYTES[c] = letter ? 3 : (c >= 48 && c <= 57) || c === 45 || c === 46 ? 2 : 0;
}

/** Elements whose start and end are reported, beyond the records asked for. */
const READ = new Set(['HealthData', 'Workout', 'WorkoutActivity', 'WorkoutStatistics']);
/** Element names met in exports, compared as bytes so that no string is made for them. */
const NAMES = [
  'Record', 'MetadataEntry', 'Workout', 'WorkoutStatistics', 'WorkoutActivity', 'WorkoutEvent', 'WorkoutRoute', 'FileReference', 'HealthData',
  'HeartRateVariabilityMetadataList', 'InstantaneousBeatsPerMinute', 'ActivitySummary', 'ExportDate', 'Me', 'Correlation',
].map((name) => ({ name, bytes: Buffer.from(name), length: name.length }));
const RECORD_TYPE = Buffer.from('<Record type="');
const RECORD_END = Buffer.from('</Record>');
const METADATA = Buffer.from('<MetadataEntry ');
const ROOT = Buffer.from('<HealthData');
const LT_BYTE = Buffer.from('<');
/** The first bytes of those tags as little-endian 32- and 16-bit numbers, for DataView reads. */
const [REC, ORD_, TYPE, EQ_QUOTE] = [RECORD_TYPE.readInt32LE(0), RECORD_TYPE.readInt32LE(4), RECORD_TYPE.readInt32LE(8), RECORD_TYPE.readInt16LE(12)];
const [END_RE, CORD] = [RECORD_END.readInt32LE(0), RECORD_END.readInt32LE(4)];
const [MET, ADAT, AENT, RY] = [METADATA.readInt32LE(0), METADATA.readInt32LE(4), METADATA.readInt32LE(8), METADATA.readInt16LE(12)];
/** Their lengths, as literals for the walk's arithmetic (a Buffer's length is not known there to be a small integer). */
const [RECORD_LENGTH, RECORD_TYPE_LENGTH, RECORD_END_LENGTH, METADATA_LENGTH] = [7, 14, 9, 15];
/** A prolog longer than this is not Apple's (its DTD is about 10 KB). */
const MAX_PROLOG = 1 << 20;
/** A tag, with the white space after it, longer than this is not Apple's layout either (theirs are under 1 KB). */
const MAX_TAG = 1 << 20;

/** Whether buf holds `bytes` at `at`: a loop, cheaper than a call into C++ for a few bytes. */
function bytesAt(buf: Buffer, at: number, bytes: Uint8Array): boolean {
  for (let k = 0; k < bytes.length; k++) if (buf[at + k] !== bytes[k]) return false;
  return true;
}

/** Whether buf[from, to) is an XML name of ASCII letters, digits and _:.- (Apple's are; anything else is the parser's to judge). */
function plainName(buf: Buffer, from: number, to: number): boolean {
  if (to <= from || ((NAME_BYTES[buf[from] ?? 0] ?? 0) & 1) === 0) return false;
  for (let i = from + 1; i < to; i++) if (NAME_BYTES[buf[i] ?? 0] === 0) return false;
  return true;
}

/** An element's name: a known one without making a string; undefined when it is not a plain name. */
function nameAt(buf: Buffer, from: number, to: number): string | undefined {
  // Indexed loops here and below: a for…of makes an iterator result a step, garbage on every tag read.
  for (let k = 0; k < NAMES.length; k++) {
    const known = NAMES[k];
    if (known && known.length === to - from && bytesAt(buf, from, known.bytes)) return known.name;
  }
  return plainName(buf, from, to) ? buf.toString('latin1', from, to) : undefined;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY_BYTES = Object.keys(ENTITIES).map((name) => ({ bytes: Buffer.from(`${name};`), length: name.length + 1 }));

/** The length of the reference at buf[amp] ('&lt;', '&#x2019;'), or 0 when XML would not read it (an unknown entity, a bad code point). */
function referenceAt(buf: Buffer, amp: number, end: number): number {
  let i = amp + 1;
  if (buf[i] !== HASH) {
    for (let k = 0; k < ENTITY_BYTES.length; k++) {
      const entity = ENTITY_BYTES[k];
      if (entity && amp + entity.length < end && bytesAt(buf, i, entity.bytes)) return entity.length + 1;
    }
    return 0;
  }
  const hex = buf[i + 1] === 120;
  i += hex ? 2 : 1;
  const digits = i;
  let code = 0;
  for (; i < end && i - digits < 8; i++) {
    const c = buf[i] ?? 0;
    const digit = c >= 48 && c <= 57 ? c - 48 : hex && c >= 97 && c <= 102 ? c - 87 : hex && c >= 65 && c <= 70 ? c - 55 : -1;
    if (digit === -1) break;
    code = code * (hex ? 16 : 10) + digit;
  }
  // A character XML allows, other than the white space it would keep unnormalised.
  const valid = code >= 0x20 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) && code !== 0xfffe && code !== 0xffff;
  return i > digits && buf[i] === SEMICOLON && valid ? i + 1 - amp : 0;
}

/** A value's references resolved: each was checked by referenceAt. */
function resolve(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (_, ref: string) =>
    ref.startsWith('#') ? String.fromCodePoint(ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)) : (ENTITIES[ref] ?? ''),
  );
}

/**
 * Where the next '&' is in a piece, from a position on: pieces are read front to back, so one
 * search serves every tag up to that '&' (in a file without one, a search a tag would read the
 * rest of the piece each time).
 */
class Ampersands {
  private buf: Buffer | undefined;
  private next = 0;

  from(buf: Buffer, at: number): number {
    if (buf !== this.buf || this.next < at) {
      this.buf = buf;
      const found = buf.indexOf(AMP, at);
      this.next = found === -1 ? buf.length : found;
    }
    return this.next;
  }
}

/** The scan met something inside an element read that the full parser must read (thrown from an Attribute, caught by the scan). */
const NOT_PLAIN = new Error('not plain');
/** Values up to this long (Apple's types, dates, numbers, units and names) are read a byte at a time (6% fewer instructions than searching for their end, counted). */
const SHORT_VALUE = 64;
const [PLAIN, REFERENCES, UNCHECKED] = [0, 1, 2];

/**
 * The attributes of one start tag, as places in the bytes; a value becomes a string only when
 * asked for. One is reused for every tag read: nothing is made for the attributes not read.
 */
class TagAttributes {
  private buf: Buffer = Buffer.alloc(0);
  private readonly keyStarts: number[] = [];
  private readonly keyEnds: number[] = [];
  private readonly valueStarts: number[] = [];
  private readonly valueEnds: number[] = [];
  /** Per attribute: PLAIN (no reference or control character), REFERENCES, or UNCHECKED (a long value, not looked at byte by byte). */
  private readonly kinds: number[] = [];
  private count = 0;

  constructor(private readonly ampersands: Ampersands) {}

  /**
   * Reads the attributes between the name's end and the '>' at `gt`; false when they are not
   * as simple as Apple's: each name="value" or name='value', apart, once, with references XML knows.
   */
  read(buf: Buffer, nameEnd: number, gt: number): boolean {
    this.buf = buf;
    this.count = 0;
    const end = buf[gt - 1] === SLASH ? gt - 1 : gt;
    let i = nameEnd;
    for (;;) {
      let at = i;
      while (at < end && isSpace(buf[at])) at++;
      if (at === end) return true;
      if (at === i || ((NAME_BYTES[buf[at] ?? 0] ?? 0) & 1) === 0) return false;
      let eq = at + 1;
      while (NAME_BYTES[buf[eq] ?? 0] !== 0) eq++;
      const keyEnd = eq;
      // An attribute given twice is not XML (the full parser refuses it), whether it is read or not.
      for (let k = 0; k < this.count; k++) {
        const start = this.keyStarts[k] ?? 0;
        if ((this.keyEnds[k] ?? 0) - start !== keyEnd - at) continue;
        let j = 0;
        while (j < keyEnd - at && buf[start + j] === buf[at + j]) j++;
        if (j === keyEnd - at) return false;
      }
      while (isSpace(buf[eq])) eq++;
      let open = eq + 1;
      while (isSpace(buf[open])) open++;
      const quote = buf[open] ?? 0;
      if (buf[eq] !== EQ || (quote !== QUOTE && quote !== APOS)) return false;
      // A short value is read byte by byte, cheaper than two native searches (its end, and any '&').
      let close = open + 1;
      let plain = true;
      const short = Math.min(end, open + SHORT_VALUE);
      for (let c = buf[close] ?? 0; close < short && c !== quote; c = buf[++close] ?? 0) if (c < SP || c === AMP) plain = false;
      if (close === short) {
        close = buf.indexOf(quote, short);
        if (close === -1 || close >= end) return false;
        // Not looked at byte by byte: the value is checked when it is read.
        plain = false;
      }
      const references = !plain && this.ampersands.from(buf, open + 1) < close;
      for (let amp = references ? this.ampersands.from(buf, open + 1) : close; amp < close; ) {
        const length = referenceAt(buf, amp, close);
        if (length === 0) return false;
        amp = this.ampersands.from(buf, amp + length);
      }
      this.keyStarts[this.count] = at;
      this.keyEnds[this.count] = keyEnd;
      this.valueStarts[this.count] = open + 1;
      this.valueEnds[this.count] = close;
      this.kinds[this.count] = plain ? PLAIN : references ? REFERENCES : UNCHECKED;
      this.count++;
      i = close + 1;
    }
  }

  /**
   * A value as XML reads it. Throws NOT_PLAIN for a tab, line end or other control character in
   * the value, which XML turns into a space or refuses.
   */
  readonly attribute: Attribute = (name) => {
    const buf = this.buf;
    let found = -1;
    for (let k = 0; found === -1 && k < this.count; k++) {
      const start = this.keyStarts[k] ?? 0;
      if ((this.keyEnds[k] ?? 0) - start !== name.length) continue;
      let same = true;
      for (let j = 0; same && j < name.length; j++) same = buf[start + j] === name.charCodeAt(j);
      if (same) found = k;
    }
    if (found === -1) return undefined;
    const from = this.valueStarts[found] ?? 0;
    const to = this.valueEnds[found] ?? 0;
    const kind = this.kinds[found];
    if (kind !== PLAIN) for (let i = from; i < to; i++) if ((buf[i] ?? 0) < SP) throw NOT_PLAIN;
    const text = buf.toString('utf8', from, to);
    return kind === REFERENCES ? resolve(text) : text;
  };
}

/** The prolog as Apple writes it: an XML declaration in UTF-8 and a DTD without entities. */
function plainProlog(text: string): boolean {
  const declaration = /^<\?xml\s[^?]*\?>/.exec(text);
  if (!declaration) return false;
  const encoding = /\bencoding\s*=\s*["']([^"']*)["']/.exec(declaration[0])?.[1];
  if (encoding !== undefined && encoding.toLowerCase() !== 'utf-8') return false;
  const rest = text.slice(declaration[0].length).trim();
  return !rest.includes('<!ENTITY') && (rest === '' || /^<!DOCTYPE HealthData\s*\[[\s\S]*\]>$/.test(rest));
}

/**
 * Streams export.xml and reports to `sink` what a record import reads (see ElementSink), the
 * records only of the `types` given. Returns FALLBACK, having reported part of the file, as
 * soon as the file is not as simple as Apple's.
 */
export async function scanHealthXml(input: AsyncIterable<Buffer>, types: ReadonlySet<string>, sink: ElementSink, onBytes: (n: number) => void): Promise<typeof FALLBACK | undefined> {
  let state = 'prolog' as 'prolog' | 'body' | 'end';
  /** The open elements, as the end tags must close them. */
  const stack: string[] = [];
  const ampersands = new Ampersands();
  const attributes = new TagAttributes(ampersands);
  // The types asked for by byte length: most records' type has a length none of them has.
  const wantedByLength = new Map<number, Buffer[]>();
  for (const type of types) {
    const bytes = Buffer.from(type);
    wantedByLength.set(bytes.length, [...(wantedByLength.get(bytes.length) ?? []), bytes]);
  }
  // Whether some type asked for has a length, by length (read with an integer index: a read with
  // Math.min's result, a float, made garbage on every record).
  const longest = Math.max(...wantedByLength.keys());
  const lengths = new Uint8Array(longest + 1);
  for (const length of wantedByLength.keys()) lengths[length] = 1;
  const wanted = (buf: Buffer, from: number, to: number): boolean => {
    const length = to - from;
    if (length > longest || lengths[length] !== 1) return false;
    const candidates = wantedByLength.get(length) ?? [];
    for (let k = 0; k < candidates.length; k++) if (bytesAt(buf, from, candidates[k] ?? ROOT)) return true;
    return false;
  };
  /** A type shorter than this is not one asked for, whatever references it holds (each is longer than what it stands for). */
  const shortest = Math.min(...wantedByLength.keys());

  /** A start tag read, from the end of its name: its attributes to the sink. */
  const open = (buf: Buffer, name: string, nameEnd: number, gt: number, record: boolean): boolean => {
    if (!attributes.read(buf, nameEnd, gt)) return false;
    try {
      if (!record || types.has(attributes.attribute('type') ?? '')) sink.open(name, attributes.attribute, undefined);
      else return true;
    } catch (err) {
      if (err === NOT_PLAIN) return false;
      throw err;
    }
    if (buf[gt - 1] === SLASH && READ.has(name)) sink.close(name);
    return true;
  };

  /** Any tag: its name decides, and the attributes of the elements read. */
  const general = (buf: Buffer, lt: number, gt: number): boolean => {
    const second = buf[lt + 1];
    if (second === BANG || second === QUESTION || state === 'end') return false;
    if (second === SLASH) {
      let end = gt;
      while (isSpace(buf[end - 1])) end--;
      const name = nameAt(buf, lt + 2, end);
      if (name === undefined || stack.pop() !== name) return false;
      if (READ.has(name)) sink.close(name);
      if (stack.length === 0) state = 'end';
      return true;
    }
    let nameEnd = lt + 1;
    while (nameEnd < gt && buf[nameEnd] !== SLASH && !isSpace(buf[nameEnd])) nameEnd++;
    const name = nameAt(buf, lt + 1, nameEnd);
    if (name === undefined || name === 'Correlation' || (stack.length === 0) !== (name === 'HealthData')) return false;
    if ((READ.has(name) || name === 'Record') && !open(buf, name, nameEnd, gt, name === 'Record')) return false;
    if (buf[gt - 1] !== SLASH) stack.push(name);
    else if (stack.length === 0) state = 'end';
    return true;
  };

  /**
   * The tags of buf from the '<' at `lt` whose end is in buf. Returns where the last tag
   * starts (its end may be in the next piece), or -1 to fall back.
   */
  const tags = (buf: Buffer, lt: number): number => {
    // Four bytes at a time: a DataView read is one load where a byte loop is four.
    const view = new DataView(buf.buffer, buf.byteOffset, buf.length);
    for (;;) {
      const next = buf.indexOf(LT, lt + 1);
      if (next === -1) return lt;
      let gt = next - 1;
      let c = buf[gt];
      while (c === SP || c === NL || c === CR || c === TAB) c = buf[--gt];
      if (c !== GT) return -1;
      // The tags nearly all of an export is made of, told by their first bytes (as `general` would take them):
      // a record (of a type not asked for, or of one asked for with its attributes read), its metadata and its end.
      const length = gt - lt;
      if (stack.length === 0) {
        if (!general(buf, lt, gt)) return -1;
      } else if (length > RECORD_TYPE_LENGTH && view.getInt32(lt, true) === REC && view.getInt32(lt + 4, true) === ORD_ && view.getInt32(lt + 8, true) === TYPE && view.getInt16(lt + 12, true) === EQ_QUOTE) {
        const typeAt = lt + RECORD_TYPE_LENGTH;
        const quote = buf.indexOf(QUOTE, typeAt);
        if (quote === -1 || quote > gt || (quote - typeAt >= shortest && ampersands.from(buf, typeAt) < quote)) {
          if (!general(buf, lt, gt)) return -1;
        } else {
          if (wanted(buf, typeAt, quote) && !open(buf, 'Record', lt + RECORD_LENGTH, gt, false)) return -1;
          if (buf[gt - 1] !== SLASH) stack.push('Record');
        }
      } else if (length === RECORD_END_LENGTH - 1 && view.getInt32(lt, true) === END_RE && view.getInt32(lt + 4, true) === CORD) {
        if (stack.pop() !== 'Record') return -1;
      } else if (length > METADATA_LENGTH && view.getInt32(lt, true) === MET && view.getInt32(lt + 4, true) === ADAT && view.getInt32(lt + 8, true) === AENT && view.getInt16(lt + 12, true) === RY && buf[lt + 14] === SP && buf[gt - 1] === SLASH) {
        // A self-closing <MetadataEntry …/>: nothing to do.
      } else if (!general(buf, lt, gt)) return -1;
      lt = next;
    }
  };

  /** The last tag of the file, and what follows it: white space only. */
  const last = (buf: Buffer): boolean => {
    let gt = buf.length - 1;
    while (isSpace(buf[gt])) gt--;
    return buf[gt] === GT && isUtf8(buf) && tags(Buffer.concat([buf.subarray(0, gt + 1), LT_BYTE]), 0) !== -1;
  };

  // A piece may be reused by the reader once the next is asked for: what is kept over is copied.
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of input) {
    onBytes(chunk.length);
    let buf = chunk;
    let from: number;
    if (state === 'prolog') {
      buf = Buffer.concat([carry, buf]);
      const root = buf.indexOf(ROOT);
      if (root === -1) {
        if (buf.length > MAX_PROLOG) return FALLBACK;
        carry = buf;
        continue;
      }
      if (!isUtf8(buf.subarray(0, root)) || !plainProlog(buf.toString('utf8', 0, root))) return FALLBACK;
      state = 'body';
      from = root;
    } else {
      // The tag cut at the piece's start, made whole: copies one tag, not the piece.
      from = buf.indexOf(LT);
      if (from === -1) {
        carry = Buffer.concat([carry, buf]);
        if (carry.length > MAX_TAG) return FALLBACK;
        continue;
      }
      const joined = Buffer.concat([carry, buf.subarray(0, from + 1)]);
      if (!isUtf8(joined) || tags(joined, 0) === -1) return FALLBACK;
    }
    const rest = tags(buf, from);
    // All of the file must be UTF-8, as the full parser holds it to (one native pass, about 10 ms for 200 MB).
    if (rest === -1 || buf.length - rest > MAX_TAG || !isUtf8(buf.subarray(from, rest))) return FALLBACK;
    carry = Buffer.from(buf.subarray(rest));
  }
  return state !== 'prolog' && last(carry) && state === 'end' ? undefined : FALLBACK;
}

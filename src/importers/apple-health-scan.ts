// The byte-level pre-filter of Apple Health's export.xml. Apple writes one element a line; nearly
// all lines are records recover never uses (heart rate, steps, energy: 97% of a real export).
// This reads lines as bytes, looks at a record's type before decoding anything, and parses only
// the elements that matter. Whenever a line breaks that layout (an element across lines, two on a
// line, text, a comment, CDATA, a processing instruction, an entity other than the XML ones, a
// <Correlation>, another encoding, a broken nesting or end), it gives up and the full XML parser
// reads the file instead: the two give the same results, which the tests hold them to.

/** What the scan reports, in document order; `line` is the element's line, as the XML parser counts. */
export interface ElementSink {
  open(name: string, attributes: Record<string, string>, line: number): void;
  close(name: string): void;
}

/** The scan met a layout it does not read: use the full parser. */
export const FALLBACK = Symbol('fallback');

const [NL, CR, SP, TAB, LT, GT, SLASH, BANG, QUESTION, QUOTE, AMP] = [10, 13, 32, 9, 60, 62, 47, 33, 63, 34, 38];
/** Elements whose attributes matter beyond a record's type (HealthData is the root). */
const READ = new Set(['HealthData', 'Workout', 'WorkoutActivity', 'WorkoutStatistics']);
const ROOT = Buffer.from('<HealthData');
/** Names met on most lines, compared as bytes so no string is made for them. */
const NAMES = ['Record', 'MetadataEntry', 'Workout', 'WorkoutStatistics', 'WorkoutActivity', 'WorkoutEvent', 'HealthData'].map((name) => ({ name, bytes: Buffer.from(name) }));

/** Whether buf holds `bytes` at `at`: a loop, cheaper than a call into C++ for a few bytes. */
function bytesAt(buf: Buffer, at: number, bytes: Uint8Array): boolean {
  for (let k = 0; k < bytes.length; k++) if (buf[at + k] !== bytes[k]) return false;
  return true;
}

function nameAt(buf: Buffer, from: number, to: number): string {
  for (const { name, bytes } of NAMES) if (bytes.length === to - from && bytesAt(buf, from, bytes)) return name;
  return buf.toString('latin1', from, to);
}

/** The record types wanted, by byte length: most lines' type has a length none of them has. */
function byLength(types: ReadonlySet<string>): Map<number, Buffer[]> {
  const map = new Map<number, Buffer[]>();
  for (const type of types) {
    const bytes = Buffer.from(type);
    map.set(bytes.length, [...(map.get(bytes.length) ?? []), bytes]);
  }
  return map;
}
const TYPE_FIRST = Buffer.from(' type="');
const RECORD_TYPE = Buffer.from('<Record type="');
const RECORD_END = Buffer.from('</Record>');
const METADATA = Buffer.from('<MetadataEntry ');
/** A prolog longer than this is not Apple's (its DTD is about 10 KB). */
const MAX_PROLOG = 1 << 20;
/** A line longer than this is not Apple's layout either. */
const MAX_LINE = 1 << 20;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /^(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-z]+));/;
const NAME = /^[A-Za-z_:][\w.:-]*$/;
const NOT_PLAIN = /[\t\r<]/;
/**
 * Apple's attribute names, known good without the test of NAME, each to its one copy: a property
 * named by a string just cut from the tag costs V8 a lookup in its string table, three times
 * what a known string costs.
 */
const KNOWN = new Map(
  ['type', 'sourceName', 'sourceVersion', 'device', 'unit', 'creationDate', 'startDate', 'endDate', 'value', 'key', 'workoutActivityType', 'duration', 'durationUnit', 'average', 'minimum', 'maximum', 'sum', 'locale', 'uuid'].map((k) => [k, k]),
);
const LT_REF = REFERENCE.exec('lt;') as RegExpExecArray;
const GT_REF = REFERENCE.exec('gt;') as RegExpExecArray;

/** An attribute value as XML reads it, or FALLBACK for a reference the scan does not know or a tab/CR (normalised by XML). */
function attributeValue(raw: string): string | typeof FALLBACK {
  if (NOT_PLAIN.test(raw)) return FALLBACK;
  let amp = raw.indexOf('&');
  if (amp === -1) return raw;
  let value = raw.slice(0, amp);
  while (amp !== -1) {
    // &lt; and &gt; (in every device="…") without a regular expression.
    const m = raw.startsWith('lt;', amp + 1) ? LT_REF : raw.startsWith('gt;', amp + 1) ? GT_REF : REFERENCE.exec(raw.slice(amp + 1, amp + 12));
    if (!m) return FALLBACK;
    const [whole, hex, dec, named] = m;
    let text: string | undefined;
    if (named !== undefined) text = ENTITIES[named];
    else {
      const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec ?? '', 10);
      if (code >= 0x20 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)) text = String.fromCodePoint(code);
    }
    if (text === undefined) return FALLBACK;
    const next = raw.indexOf('&', amp + 1 + whole.length);
    value += text + raw.slice(amp + 1 + whole.length, next === -1 ? undefined : next);
    amp = next;
  }
  return value;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** The attributes of one start tag `<name …>` or `<name …/>`, or FALLBACK when it is not that simple. */
export function tagAttributes(tag: string, name: string): Record<string, string> | typeof FALLBACK {
  const attributes: Record<string, string> = {};
  const end = tag.length - (tag.endsWith('/>') ? 2 : 1);
  let i = name.length + 1;
  for (;;) {
    let at = i;
    while (at < end && isSpace(tag.charCodeAt(at))) at++;
    if (at === end) return attributes;
    if (at === i) return FALLBACK; // attributes are apart
    const eq = tag.indexOf('=', at);
    if (eq === -1 || eq >= end) return FALLBACK;
    const cut = tag.slice(at, eq);
    const key = KNOWN.get(cut) ?? cut.trimEnd();
    let open = eq + 1;
    while (open < end && isSpace(tag.charCodeAt(open))) open++;
    const quote = tag[open];
    const close = quote === '"' || quote === "'" ? tag.indexOf(quote, open + 1) : -1;
    if (close === -1 || close >= end || !(KNOWN.has(key) || NAME.test(key)) || key in attributes) return FALLBACK;
    const value = attributeValue(tag.slice(open + 1, close));
    if (value === FALLBACK) return FALLBACK;
    attributes[key] = value;
    i = close + 1;
  }
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
 * Streams export.xml and reports to `sink` every element a record import reads: HealthData,
 * the workout elements and the records whose type is in `types`. Returns FALLBACK, having
 * reported part of the file, as soon as the layout is not Apple's one element a line.
 */
export async function scanHealthXml(input: AsyncIterable<Buffer>, types: ReadonlySet<string>, sink: ElementSink, onBytes: (n: number) => void): Promise<typeof FALLBACK | undefined> {
  let line = 1;
  let state: 'prolog' | 'body' | 'end' = 'prolog';
  const stack: string[] = [];
  const ended = () => state === 'end';
  const wantedBytes = byLength(types);
  // What is parsed must be UTF-8, as the full parser holds it to: a wrong byte hands the file over.
  const utf8 = new TextDecoder('utf-8', { fatal: true });

  /** One element line, from its `<` to its `>`. */
  const element = (buf: Buffer, from: number, to: number): boolean => {
    // The lines nearly all of an export is made of, told by their first bytes: a record of a
    // type not wanted, its metadata and its end tag (the same outcome as the general path below).
    if (state === 'body' && stack.length > 0) {
      if (bytesAt(buf, from, RECORD_TYPE)) {
        const typeAt = from + RECORD_TYPE.length;
        let quote = typeAt;
        let c = buf[quote];
        while (quote < to && c !== QUOTE && c !== AMP) c = buf[++quote];
        const sameLength = c === QUOTE && quote < to ? wantedBytes.get(quote - typeAt) : null;
        if (sameLength === undefined || (sameLength && !sameLength.some((t) => bytesAt(buf, typeAt, t)))) {
          if (buf[to - 2] !== SLASH) stack.push('Record');
          return true;
        }
      } else if (to - from === RECORD_END.length && bytesAt(buf, from, RECORD_END)) {
        if (stack.pop() !== 'Record') return false;
        sink.close('Record');
        return true;
      } else if (buf[to - 2] === SLASH && bytesAt(buf, from, METADATA)) return true;
    }
    const second = buf[from + 1];
    if (second === BANG || second === QUESTION) return false;
    if (second === SLASH) {
      let end = to - 1;
      while (buf[end - 1] === SP || buf[end - 1] === TAB) end--;
      const name = nameAt(buf, from + 2, end);
      if (stack.pop() !== name) return false;
      sink.close(name);
      if (stack.length === 0) state = 'end';
      return true;
    }
    let end = from + 1;
    while (end < to) {
      const c = buf[end];
      if (c === SP || c === TAB || c === SLASH || c === GT) break;
      end++;
    }
    const name = nameAt(buf, from + 1, end);
    if (name === 'Correlation' || state === 'end' || (stack.length === 0) !== (name === 'HealthData')) return false;
    const selfClosing = buf[to - 2] === SLASH;
    let wanted = READ.has(name);
    if (name === 'Record') {
      // ` type="…"` first, as Apple writes it: the type's bytes decide; else read the tag to know.
      let typeFirst = end + TYPE_FIRST.length < to;
      for (let k = 0; typeFirst && k < TYPE_FIRST.length; k++) typeFirst = buf[end + k] === TYPE_FIRST[k];
      const typeAt = end + TYPE_FIRST.length;
      let quote = typeAt;
      let plain = typeFirst;
      while (plain && quote < to && buf[quote] !== QUOTE) plain = buf[quote++] !== AMP;
      const sameLength = plain && quote < to ? wantedBytes.get(quote - typeAt) : undefined;
      wanted = !plain || quote >= to || (sameLength !== undefined && sameLength.some((t) => bytesAt(buf, typeAt, t)));
    }
    if (wanted) {
      let tag: string;
      try {
        tag = utf8.decode(buf.subarray(from, to));
      } catch {
        return false;
      }
      const attributes = tagAttributes(tag, name);
      if (attributes === FALLBACK) return false;
      if (name !== 'Record' || types.has(attributes.type ?? '')) sink.open(name, attributes, line);
    }
    if (selfClosing) {
      if (wanted) sink.close(name);
      if (name === 'HealthData') state = 'end';
    } else stack.push(name);
    return true;
  };

  /** The complete lines of buf from `from`; returns where the unread rest starts, or -1 to fall back. */
  let blanks = 0;
  const lines = (buf: Buffer, from: number, final: boolean): number => {
    let i = from;
    for (;;) {
      let c = buf[i];
      const blankFrom = i;
      while (c === SP || c === TAB || c === CR || c === NL) {
        if (c === NL) line++;
        c = buf[++i];
      }
      // A megabyte of blanks is no layout of Apple's either (and must not be read to its end).
      blanks += i - blankFrom;
      if (blanks > MAX_LINE) return -1;
      if (i >= buf.length) return i;
      if (c !== LT) return -1;
      let nl = buf.indexOf(NL, i);
      if (nl === -1) {
        if (!final) return buf.length - i > MAX_LINE ? -1 : i;
        nl = buf.length;
      }
      const next = buf.indexOf(LT, i + 1);
      if (next !== -1 && next < nl) return -1;
      let to = nl;
      while (to > i && (buf[to - 1] === SP || buf[to - 1] === TAB || buf[to - 1] === CR)) to--;
      if (buf[to - 1] !== GT || !element(buf, i, to)) return -1;
      blanks = 0;
      i = nl;
    }
  };

  // A piece may be reused by the reader once the next is asked for: what is kept over is copied.
  let carry: Buffer | undefined;
  for await (const chunk of input) {
    onBytes(chunk.length);
    let buf = chunk;
    if (carry && state === 'body') {
      // The line cut at the chunk's start, made whole: copies one line, not the chunk.
      const nl = buf.indexOf(NL);
      if (nl === -1) {
        carry = Buffer.concat([carry, buf]);
        if (carry.length > MAX_LINE) return FALLBACK;
        continue;
      }
      if (lines(Buffer.concat([carry, buf.subarray(0, nl + 1)]), 0, false) === -1) return FALLBACK;
      buf = buf.subarray(nl + 1);
      carry = undefined;
    } else if (carry) buf = Buffer.concat([carry, buf]);
    let from = 0;
    if (state === 'prolog') {
      const root = buf.indexOf(ROOT);
      if (root === -1) {
        if (buf.length > MAX_PROLOG) return FALLBACK;
        carry = Buffer.from(buf);
        continue;
      }
      const prolog = buf.toString('utf8', 0, root);
      if (!plainProlog(prolog)) return FALLBACK;
      line += prolog.split('\n').length - 1;
      state = 'body';
      from = root;
    }
    const rest = lines(buf, from, false);
    if (rest === -1) return FALLBACK;
    carry = rest < buf.length ? Buffer.from(buf.subarray(rest)) : undefined;
  }
  if (carry && lines(carry, 0, true) === -1) return FALLBACK;
  return ended() ? undefined : FALLBACK;
}

// Name lists of the person detector: read from the rule's data files on first use; generated lists are
// searched in place (NameList), the hand-written stop words kept as a Set.
import { isAscii } from 'node:buffer';

/** Folded (lower-case, accent-free) entries of the name data files. */
export interface Lexicon {
  /** Known first names. */
  first: NameList;
  /** Known surnames. */
  surnames: NameList;
  /** Capitalised words that are never part of a name (places, roles, months, brands…). */
  stop: Set<string>;
  /** Function words (le, pour, will…): not a name unless a title precedes them. */
  func: NameList;
}

/** Data files named by the rule's `options`, relative to the rule file. */
export interface LexiconFiles {
  firstNames?: string;
  surnames?: string;
  stopWords?: string;
  functionWords?: string;
}

// Accented letters of Latin-1 and Latin Extended-A and their base letters (no String.normalize:
// its first call loads Unicode data and costs milliseconds at start-up).
const ACCENTED = 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňŉōŏőŕŗřśŝşšţťŧũūŭůűųŵŷźżžșțøœæß\u2019\u2018';
const BASES = ['a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', 'n', 'o', 'o', 'o', 'o', 'o', 'u', 'u', 'u', 'u', 'y', 'y',
  'a', 'a', 'a', 'c', 'c', 'c', 'c', 'd', 'd', 'e', 'e', 'e', 'e', 'e', 'g', 'g', 'g', 'g', 'h', 'h', 'i', 'i', 'i', 'i', 'i', 'j', 'k', 'l', 'l', 'l', 'l', 'l',
  'n', 'n', 'n', 'n', 'o', 'o', 'o', 'r', 'r', 'r', 's', 's', 's', 's', 't', 't', 't', 'u', 'u', 'u', 'u', 'u', 'u', 'w', 'y', 'z', 'z', 'z', 's', 't',
  'o', 'oe', 'ae', 'ss', "'", "'"];
const FOLD = new Map<string, string>([...ACCENTED].map((c, i) => [c, BASES[i] ?? c]));
const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_G = /[^\x00-\x7f]/g;

/** Lower-case, accent-free copy of a short string (fast path for ASCII; œ → oe, æ → ae). */
export function foldWord(s: string): string {
  const lower = s.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.replace(NON_ASCII_G, (c) => FOLD.get(c) ?? c);
}

/** Parses a one-entry-per-line list (`#` comments and blank lines ignored) into a folded Set. */
export function parseList(text: string, into = new Set<string>()): Set<string> {
  const lines = foldWord(text).split('\n');
  // An index loop: at start-up (cold code) for…of allocates an iterator result per line, ~100 KB
  // for the built-in lists, and every such 100 KB brings the next garbage collection nearer.
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '' || line.startsWith('#')) continue;
    into.add(line);
  }
  return into;
}

/** First line of a generated list: entries folded, one per line, sorted (JavaScript string order). */
export const SORTED_HEADER = '# sorted folded list';

const HEADER_BYTES = Buffer.from(`${SORTED_HEADER}\n`);

/**
 * A large list of folded names. A generated list (first line SORTED_HEADER) is searched in place by
 * bisection over its lines: loading it is a plain read, whatever the number of names, and a short
 * text pays a few microseconds per lookup. Given as bytes and all ASCII (the shipped lists), it is
 * searched as bytes, never decoded: no 100 KB strings on the heap, for the garbage collector to
 * copy, at every start. Any other list is parsed into a Set.
 */
export class NameList {
  private readonly set: Set<string> | undefined;
  private readonly text: string = '';
  private readonly bytes: Buffer | undefined;
  private readonly from: number = 0;
  private readonly memo = new Map<string, boolean>();

  constructor(data: string | Uint8Array) {
    if (typeof data !== 'string') {
      const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      if (bytes.subarray(0, HEADER_BYTES.length).equals(HEADER_BYTES) && isAscii(bytes)) {
        this.bytes = bytes;
        this.from = HEADER_BYTES.length;
        return;
      }
      data = bytes.toString('utf8');
    }
    if (data.startsWith(SORTED_HEADER)) {
      this.text = data;
      const nl = data.indexOf('\n');
      this.from = nl < 0 ? data.length : nl + 1;
    } else {
      this.set = parseList(data);
    }
  }

  has(key: string): boolean {
    if (this.set) return this.set.has(key);
    let found = this.memo.get(key);
    if (found === undefined) {
      // An ASCII list has no non-ASCII key.
      found = this.bytes ? !NON_ASCII.test(key) && this.bisectBytes(this.bytes, key) : this.bisect(key);
      if (this.memo.size < 50_000) this.memo.set(key, found);
    }
    return found;
  }

  private bisect(key: string): boolean {
    const text = this.text;
    let lo = this.from;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = text.lastIndexOf('\n', mid - 1) + 1;
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const line = text.slice(start, end).trimEnd();
      if (line === key) return true;
      if (line < key) lo = end + 1; else hi = start;
    }
    return false;
  }

  /** bisect over ASCII bytes for an ASCII key: byte order is then JavaScript string order. */
  private bisectBytes(bytes: Buffer, key: string): boolean {
    let lo = this.from;
    let hi = bytes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = bytes.lastIndexOf(NEWLINE, mid - 1) + 1;
      let end = bytes.indexOf(NEWLINE, start);
      if (end < 0) end = bytes.length;
      let last = end;
      while (last > start && isAsciiSpace(bytes[last - 1] as number)) last--; // as trimEnd()
      const order = compareAscii(bytes, start, last, key);
      if (order === 0) return true;
      if (order < 0) lo = end + 1; else hi = start;
    }
    return false;
  }
}

const NEWLINE = 10;
const isAsciiSpace = (b: number): boolean => b === 32 || (b >= 9 && b <= 13);

/** The sign of bytes[start, end) compared with an ASCII string. */
function compareAscii(bytes: Buffer, start: number, end: number, key: string): number {
  const n = Math.min(end - start, key.length);
  for (let i = 0; i < n; i++) {
    const d = (bytes[start + i] as number) - key.charCodeAt(i);
    if (d !== 0) return d;
  }
  return end - start - key.length;
}

/**
 * Loads the lists a rule names; `read` and `readBytes` are the rule's data readers (bytes, when
 * the caller has no reader of its own: the text, encoded). Missing options give empty lists.
 */
export function loadLexicon(files: LexiconFiles, read: (rel: string) => string, readBytes = (rel: string): Uint8Array => Buffer.from(read(rel))): Lexicon {
  const names = (file: string | undefined): NameList => new NameList(file ? readBytes(file) : '');
  return {
    first: names(files.firstNames),
    surnames: names(files.surnames),
    stop: files.stopWords ? parseList(read(files.stopWords)) : new Set(),
    func: names(files.functionWords),
  };
}

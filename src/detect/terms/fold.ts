// Case- and accent-folding of single UTF-16 code units, by table: the view term matching runs on.
import { LETTER_OR_DIGIT } from '../text.js';

/** Folded code of a separator (white space or hyphen): runs of them match one space. */
export const SEPARATOR = 0x20;
/** Folded code of a character that is skipped (combining marks of decomposed text). */
export const SKIP = 0;

let foldTable: Uint16Array | undefined;
let wordTable: Uint8Array | undefined;

function build(): void {
  const fold = new Uint16Array(65536);
  const word = new Uint8Array(65536);
  const sep = /[\s\-\u2010-\u2015\u2212]/u;
  const mark = /\p{M}/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) { fold[c] = c; continue; }
    if (c < 128) {
      const upper = c >= 65 && c <= 90;
      fold[c] = c === 0x2d || c === 0x20 || (c >= 9 && c <= 13) ? SEPARATOR : upper ? c + 32 : c;
      word[c] = (c >= 48 && c <= 57) || upper || (c >= 97 && c <= 122) ? 1 : 0;
      continue;
    }
    const s = String.fromCharCode(c);
    if (mark.test(s)) { fold[c] = SKIP; word[c] = 1; continue; }
    if (sep.test(s)) { fold[c] = SEPARATOR; continue; }
    word[c] = LETTER_OR_DIGIT.test(s) ? 1 : 0;
    const base = s.normalize('NFD').charAt(0).toLowerCase().charCodeAt(0);
    fold[c] = base;
  }
  // Typographic apostrophes are `'` (the normalised text keeps them: APOSTROPHE in text.ts).
  fold[0x2018] = 0x27;
  fold[0x2019] = 0x27;
  foldTable = fold;
  wordTable = word;
}

/** code unit → folded code unit (lower case, accents removed; SEPARATOR; SKIP). Built once, lazily. */
export function foldTableOf(): Uint16Array {
  if (!foldTable) build();
  return foldTable as Uint16Array;
}

/** code unit → 1 for letters, digits and combining marks (what a whole-word match may not touch). */
export function wordTableOf(): Uint8Array {
  if (!wordTable) build();
  return wordTable as Uint8Array;
}

let buf = new Uint16Array(256);

/** The folded form of a term: case and accents dropped, runs of separators as one space, trimmed. */
export function foldTerm(term: string): string {
  const fold = foldTableOf();
  if (buf.length < term.length) buf = new Uint16Array(term.length * 2);
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < term.length; i++) {
    const f = fold[term.charCodeAt(i)] as number;
    if (f === SKIP) continue;
    if (f === SEPARATOR) { pendingSpace = n > 0; continue; }
    if (pendingSpace) { buf[n++] = SEPARATOR; pendingSpace = false; }
    buf[n++] = f;
  }
  return String.fromCharCode(...buf.subarray(0, n));
}

/** Number of code units of a term's folded form that are not separators (letters, digits, signs). */
export function foldedLength(term: string): number {
  const fold = foldTableOf();
  let n = 0;
  for (let i = 0; i < term.length; i++) {
    const f = fold[term.charCodeAt(i)] as number;
    if (f !== SKIP && f !== SEPARATOR) n++;
  }
  return n;
}

/** Folded terms in one flat buffer: term i is `buf[from[i] … from[i] + len[i])`. */
export interface FoldedTerms {
  buf: Uint16Array;
  from: Int32Array;
  len: Int32Array;
}

/**
 * Folds every line of a text into one buffer, each line as foldTerm would fold it, in one pass:
 * on 100,000 lines much cheaper than making a string per term. `from`/`len` are indexed by line.
 */
export function foldLinesToBuffer(text: string): FoldedTerms {
  const fold = foldTableOf();
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  const buf = new Uint16Array(text.length);
  const from = new Int32Array(lines);
  const len = new Int32Array(lines);
  let n = 0;
  let line = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      len[line] = n - (from[line] as number);
      line++;
      from[line] = n;
      pendingSpace = false;
      continue;
    }
    const f = fold[c] as number;
    if (f === SKIP) continue;
    if (f === SEPARATOR) { pendingSpace = n > (from[line] as number); continue; }
    if (pendingSpace) { buf[n++] = SEPARATOR; pendingSpace = false; }
    buf[n++] = f;
  }
  len[line] = n - (from[line] as number);
  return { buf, from, len };
}

/** Folds a few terms (YAML lists, inline terms) into the flat form. */
export function foldTerms(terms: readonly string[]): FoldedTerms {
  return foldLinesToBuffer(terms.map((t) => t.replace(/\n/g, ' ')).join('\n'));
}

/** Term i of a folded buffer as a string. */
export function foldedAt(t: FoldedTerms, i: number): string {
  const from = t.from[i] as number;
  return String.fromCharCode(...t.buf.subarray(from, from + (t.len[i] as number)));
}

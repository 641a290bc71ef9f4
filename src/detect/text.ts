// Small text helpers for French-aware matching (\b is ASCII-only in JavaScript: reference §0.3).

const COMBINING = /[\u0300-\u036f]/g;

/**
 * Any apostrophe, as a regex class source. The normalised view keeps typographic apostrophes, `’`
 * (U+2019, what word processors type) and `‘` (U+2018): folding them would copy the whole text.
 * Every matcher treats them as `'` instead: pattern sources are rewritten (regex-source.ts,
 * apostropheTransparent), the keyword pass folds them, and hand-written detectors use isApostrophe
 * and this class.
 */
export const APOSTROPHE = "['\u2018\u2019]";
/** Whether a UTF-16 code unit is an apostrophe: `'`, `’` or `‘`. */
export const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2018;
const TYPOGRAPHIC = /[\u2018\u2019]/g;
/** A short string (a value, a word) with its apostrophes as `'`; returns `s` itself when it has none. */
export function foldApostrophes(s: string): string {
  return s.includes('\u2019') || s.includes('\u2018') ? s.replace(TYPOGRAPHIC, "'") : s;
}

/** Lower-case, accent-free copy (may differ in length from the input: compare, never index). */
export function foldForCompare(s: string): string {
  return (MAY_DECOMPOSE.test(s) ? s.normalize('NFD').replace(COMBINING, '') : s).toLowerCase();
}

/** Characters that may have a canonical decomposition (none below U+00C0, nor in U+2002–U+20FF). */
const MAY_DECOMPOSE = /[\u00C0-\u2001\u2100-\uFFFF]/;

/** Letters a folded letter stands for, so that text needs no folding at match time. */
const VARIANTS: Record<string, string> = {
  a: 'aàâäáã', c: 'cç', e: 'eéèêë', i: 'iîïí', n: 'nñ', o: 'oôöóõ', u: 'uùûüú', y: 'yÿ',
};

/** The characters escapeRegExp escapes, as a regex class source. */
const REGEX_SPECIAL = '[.*+?^${}()|[\\]\\\\/]';
const REGEX_SPECIALS = new RegExp(REGEX_SPECIAL, 'g');

/** Escapes a literal for use inside a RegExp source. */
export function escapeRegExp(s: string): string {
  return s.replace(REGEX_SPECIALS, '\\$&');
}

/**
 * A function that turns a literal into a regex source character by character: a character of
 * `table` becomes its entry, any other is escaped as escapeRegExp does. One regex pass with a
 * callback: a letter-by-letter loop runs in V8's interpreter at start-up, ~1 µs a character, and
 * the built-in phrase and context-word lists that a snippet wakes have thousands (~5 ms).
 */
export function phraseSourceBuilder(table: Readonly<Record<string, string>>): (literal: string) => string {
  const entries = new Map(Object.entries(table));
  const re = new RegExp([...[...entries.keys()].map(escapeRegExp), REGEX_SPECIAL].join('|'), 'g');
  return (literal) => literal.replace(re, (c) => entries.get(c) ?? `\\${c}`);
}

const accentTolerant = phraseSourceBuilder({
  ' ': String.raw`\s+`,
  "'": `${APOSTROPHE}\\s*`,
  '-': String.raw`[-\u2010-\u2015\s]`,
  ...Object.fromEntries(Object.entries(VARIANTS).map(([letter, forms]) => [letter, `[${forms}]`])),
});

/**
 * Regex source matching a word or phrase with or without accents (use with the `i` flag): each
 * letter becomes the class of its accented forms, a space any run of spaces, an apostrophe any
 * apostrophe, a hyphen a hyphen, dash or space.
 */
export function accentTolerantSource(phrase: string): string {
  return accentTolerant(foldForCompare(phrase).trim());
}

const ALNUM_ASCII = /^[A-Za-z0-9]*$/;

/** Keeps only letters and digits, upper-cased: the canonical form of an identifier. */
export function alnumUpper(s: string): string {
  if (ALNUM_ASCII.test(s)) return s.toUpperCase();
  // ASCII with separators (`FR76 3000 6000…`, `06.39.98.12.34`), the usual case: one pass, one
  // string. Anything else takes the Unicode classes.
  const out = shortString();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return s.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) out.push(c);
    else if (c >= 97 && c <= 122) out.push(c - 32);
  }
  return out.toString();
}

/**
 * Short strings (a finding's key or preview) built code unit by code unit, in one allocation: the
 * string. Regex replaces and joins made several per finding. The units go into one scratch array
 * that only grows, then into an array of exactly their number (kept per length), which
 * String.fromCharCode reads.
 */
export class CodeBuilder {
  private readonly scratch: number[] = [];
  private readonly exact: number[][] = [];
  length = 0;

  push(c: number): void {
    this.scratch[this.length++] = c;
  }

  toString(): string {
    const n = this.length;
    if (n > 64) return String.fromCharCode.apply(null, this.scratch.slice(0, n));
    const units = (this.exact[n] ??= new Array<number>(n).fill(0));
    for (let i = 0; i < n; i++) units[i] = this.scratch[i] as number;
    return String.fromCharCode.apply(null, units);
  }
}

const BUILDER = new CodeBuilder();
/** The shared builder, emptied (single-threaded, and no caller builds two strings at once). */
export function shortString(): CodeBuilder {
  BUILDER.length = 0;
  return BUILDER;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * A text rewritten UTF-16 unit by unit in a typed array, the way to fold a whole text at the cost
 * of one pass whatever the number of changes (a global replace costs ~0.4 µs a match): `edit`
 * receives the units (in the platform's byte order), changes them in place and returns how many
 * to keep from the start.
 */
export function rewriteUnits(text: string, edit: (units: Uint16Array) => number): string {
  const bytes = Buffer.from(text, 'utf16le');
  if (!LITTLE_ENDIAN) bytes.swap16();
  const kept = edit(new Uint16Array(bytes.buffer, bytes.byteOffset, text.length));
  if (!LITTLE_ENDIAN) bytes.swap16();
  return bytes.toString('utf16le', 0, kept * 2);
}

/**
 * The offset one code point after `i`: past both halves of a surrogate pair. (A `u` regex never
 * starts inside a pair: stepping one code unit after an empty match would find it again, forever.)
 */
export function nextCodePoint(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return i + 2;
  }
  return i + 1;
}

/**
 * Letters and digits of Latin-script text, as the inside of a character class: what a word
 * boundary of French and English text needs. `\p{L}`/`\p{N}` would cover every script, but V8
 * compiles each use under the `u` flag in about a millisecond — most of a snippet's start-up.
 */
export const WORD_CHARS = String.raw`0-9A-Za-z\u00C0-\u024F`;
/** One Latin letter or digit (WORD_CHARS); no `g` flag, safe to share. */
export const WORD_CHAR = new RegExp(`[${WORD_CHARS}]`, 'u');
/** One letter or digit of any script; no `g` flag, safe to share. */
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/**
 * A regex made on its first use, for module-level regexes that serve only some texts (markings,
 * network validators, URLs, tender phrases): V8 parses a regex when it is created (~0.1–0.2 ms
 * with a `\p{…}` class), and a source built from a table costs its building too.
 */
export function onFirstUse(make: () => RegExp): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= make());
}
/** Latin letters, as the inside of a character class. */
export const LATIN_LETTERS = String.raw`A-Za-z\u00C0-\u024F`;

/**
 * Upper-case Latin letters (U+0000–U+024F), as the inside of a character class, written out rather
 * than derived from case mappings at every start (~0.3 ms of cold code); a test checks it against
 * \p{Lu} on every character of the range.
 */
export const LATIN_UPPER =
  String.raw`\u0041-\u005a\u00c0-\u00d6\u00d8-\u00de\u0100\u0102\u0104\u0106\u0108\u010a\u010c\u010e\u0110`
  + String.raw`\u0112\u0114\u0116\u0118\u011a\u011c\u011e\u0120\u0122\u0124\u0126\u0128\u012a\u012c\u012e\u0130`
  + String.raw`\u0132\u0134\u0136\u0139\u013b\u013d\u013f\u0141\u0143\u0145\u0147\u014a\u014c\u014e\u0150\u0152`
  + String.raw`\u0154\u0156\u0158\u015a\u015c\u015e\u0160\u0162\u0164\u0166\u0168\u016a\u016c\u016e\u0170\u0172`
  + String.raw`\u0174\u0176\u0178-\u0179\u017b\u017d\u0181-\u0182\u0184\u0186-\u0187\u0189-\u018b\u018e-\u0191`
  + String.raw`\u0193-\u0194\u0196-\u0198\u019c-\u019d\u019f-\u01a0\u01a2\u01a4\u01a6-\u01a7\u01a9\u01ac\u01ae-`
  + String.raw`\u01af\u01b1-\u01b3\u01b5\u01b7-\u01b8\u01bc\u01c4\u01c7\u01ca\u01cd\u01cf\u01d1\u01d3\u01d5`
  + String.raw`\u01d7\u01d9\u01db\u01de\u01e0\u01e2\u01e4\u01e6\u01e8\u01ea\u01ec\u01ee\u01f1\u01f4\u01f6-`
  + String.raw`\u01f8\u01fa\u01fc\u01fe\u0200\u0202\u0204\u0206\u0208\u020a\u020c\u020e\u0210\u0212\u0214\u0216`
  + String.raw`\u0218\u021a\u021c\u021e\u0220\u0222\u0224\u0226\u0228\u022a\u022c\u022e\u0230\u0232\u023a-`
  + String.raw`\u023b\u023d-\u023e\u0241\u0243-\u0246\u0248\u024a\u024c\u024e`;

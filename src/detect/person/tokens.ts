// Capitalised-word tokens of a text: the only places where a person's name can start.
import { isApostrophe } from '../text.js';
import { foldWord } from './lexicon.js';


/** One capitalised word (or initial) of the normalised text. */
export interface Token {
  start: number;
  end: number;
  /** Raw text of the word (`J.` for an initial, `D'ARBAUD`, `Jean-Pierre`). */
  raw: string;
  /** Folded form used for lookups; a leading `d'` is removed (`d'arbaud` → `arbaud`). */
  key: string;
  /** A single capital followed by '.', or `J.-P.`. */
  initial: boolean;
  /** Only capitals (at least two letters): a surname written in capitals, or an acronym. */
  caps: boolean;
}

// Capitals a name may start with: A–Z, À–Þ but ×, and the capitals of Latin Extended-A used in
// names of people living in France (Ć Č Đ Ę Ł Ń Œ Ś Š Ź Ż Ž): the class of CAPITAL below.

/** What a tokenizer knows of a word besides its position; `kind` is given by the caller's classifier. */
export interface WordInfo<K> { key: string; initial: boolean; caps: boolean; kind: K }

/** A distinct word met by a tokenizer, shared by all its occurrences. */
export type Word<K> = WordInfo<K> & { raw: string };

/**
 * The capitalised words of a text, as parallel typed arrays (no object, not even a pointer, per
 * occurrence): token `i` spans `start[i]`–`end[i]` and is the word `dict[word[i]]`. The typed
 * arrays may be longer than `count`.
 */
export interface Tokens<K> {
  count: number;
  start: Int32Array;
  end: Int32Array;
  word: Int32Array;
  dict: ReadonlyArray<Word<K>>;
}

/** The word of token `i`, or undefined out of range. */
export function wordAt<K>(tokens: Tokens<K>, i: number): Word<K> | undefined {
  return i >= 0 && i < tokens.count ? tokens.dict[tokens.word[i] as number] : undefined;
}

/** Token `i` as an object (for the few tokens of a chain being judged). */
export function tokenAt<K>(tokens: Tokens<K>, i: number): Token {
  const w = wordAt(tokens, i) as Word<K>;
  return { start: tokens.start[i] as number, end: tokens.end[i] as number, raw: w.raw, key: w.key, initial: w.initial, caps: w.caps };
}

// Where a name may start: a capital. A native regex finds the next one about twice as fast as a
// charCodeAt loop over every character of long prose; after each hit the scan resumes at the end
// of the word (read by wordEnd), so the capitals inside « TTC » or « McDonald » are not hits.
const CAPITAL = /[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0106\u010C\u0110\u0118\u0141\u0143\u0152\u015A\u0160\u0179\u017B\u017D]/g;

/** Size of the direct-mapped word cache (by hash of the characters), a power of two. */
const SLOTS = 1 << 12;
/** Distinct words a tokenizer keeps between texts; beyond, it starts afresh on the next text. */
const MAX_WORDS = 100_000;

/**
 * Makes a tokenizer that lists the capitalised words of a text that start on a word boundary, in
 * order, with their kind. Words for which `skip` is true are left out (function and stop words: their
 * absence breaks a chain of names, as their presence would). Word facts are kept in a dictionary
 * shared by all texts: a word already met is found by a hash of its characters, compared in place,
 * without slicing a new string.
 */
export function createTokenizer<K>(kindOf: (raw: string, info: Omit<WordInfo<K>, 'kind'>) => K, skip: (kind: K, beforeLowerWord: boolean) => boolean) {
  // Its own copy of the scanning regex: a global regex carries its position in lastIndex.
  const re = new RegExp(CAPITAL);
  let dict: Array<Word<K>> = [];
  let byRaw = new Map<string, number>();
  // slotId[h & (SLOTS - 1)]: id + 1 of the last word met with that hash slot (a collision replaces it).
  const slotId = new Int32Array(SLOTS);
  /** Id of the word text[start, end) in `dict`, added if new. */
  const lookUp = (text: string, start: number, end: number): number => {
    let h = 0;
    for (let q = start; q < end; q++) h = (Math.imul(h, 31) + text.charCodeAt(q)) | 0;
    const slot = h & (SLOTS - 1);
    const hit = (slotId[slot] as number) - 1;
    if (hit >= 0 && sameChars((dict[hit] as Word<K>).raw, text, start, end)) return hit;
    const raw = text.slice(start, end);
    let id = byRaw.get(raw);
    if (id === undefined) {
      const initial = raw.length >= 2 && raw.endsWith('.') && (raw.length === 2 || raw.length === 5);
      let key = foldWord(raw);
      if (key.startsWith("d'") && key.length > 2) key = key.slice(2);
      const base = { key, initial, caps: !initial && raw.length >= 2 && raw === raw.toUpperCase() };
      id = dict.length;
      dict.push({ ...base, raw, kind: kindOf(raw, base) });
      byRaw.set(raw, id);
    }
    slotId[slot] = id + 1;
    return id;
  };
  return (text: string): Tokens<K> => {
    if (dict.length > MAX_WORDS) {
      dict = [];
      byRaw = new Map();
      slotId.fill(0);
    }
    const len = text.length;
    // Sized for dense prose (a capitalised word every ~50 characters); grown if need be.
    const capacity = Math.max(1024, len >> 5);
    let starts = new Int32Array(capacity);
    let ends = new Int32Array(capacity);
    let ids = new Int32Array(capacity);
    let count = 0;
    re.lastIndex = 0;
    while (re.test(text)) {
      const start = re.lastIndex - 1;
      const end = wordEnd(text, start + 1, len);
      re.lastIndex = end;
      if (start > 0) {
        const prev = text.charCodeAt(start - 1);
        // A capital inside a word (McDonald, iPhone) or after a digit does not start a name.
        if (isAsciiWordChar(prev) || isLetter(prev) || (prev >= 0x370 && prev < 0x2000)) continue;
        // Nor does one inside an address, a path or a dotted identifier (jean@Ville.fr, /home/Karim, a.Dupont).
        if (prev === 64 || prev === 47 || prev === 92 || (prev === 46 && start > 1 && isAsciiWordChar(text.charCodeAt(start - 2)))) continue;
      }
      const next = text.charCodeAt(end);
      if (next === 64 /* @ */ || next === 95 /* _ */ || (next >= 48 && next <= 57)) continue;
      const id = lookUp(text, start, end);
      if (skip((dict[id] as Word<K>).kind, next === 32 && isLower(text.charCodeAt(end + 1)))) continue;
      if (count === starts.length) {
        starts = grow(starts);
        ends = grow(ends);
        ids = grow(ids);
      }
      starts[count] = start;
      ends[count] = end;
      ids[count] = id;
      count++;
    }
    return { count, start: starts, end: ends, word: ids, dict };
  };
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** True when text[start, end) is `raw`. */
function sameChars(raw: string, text: string, start: number, end: number): boolean {
  if (raw.length !== end - start) return false;
  for (let q = start; q < end; q++) if (raw.charCodeAt(q - start) !== text.charCodeAt(q)) return false;
  return true;
}

function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** A letter of the Latin script (ASCII, Latin-1, Extended-A/B): enough to read a name's letters. */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * End of the word whose capital is at j - 1: an initial (`J.`, `J.-P.`), or letters with inner
 * apostrophes and hyphens (`D'ARBAUD`, `Jean-Pierre`).
 */
function wordEnd(text: string, j: number, len: number): number {
  if (text.charCodeAt(j) === 46 /* . */) {
    const c = text.charCodeAt(j + 2);
    if (text.charCodeAt(j + 1) === 45 && c >= 65 && c <= 90 && text.charCodeAt(j + 3) === 46) return j + 4;
    return j + 1;
  }
  for (;;) {
    while (j < len && isLetter(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    if ((isApostrophe(c) || c === 45) && isLetter(text.charCodeAt(j + 1))) { j += 2; continue; }
    return j;
  }
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

// Capitalised-word tokens of a text: the only places where a person's name can start.
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

// Capitals of Latin Extended-A used in names of people living in France (Ł, Ś, Ż, Œ, Š, Č…).
const EXTENDED_CAPITALS = new Set([0x106, 0x10c, 0x110, 0x118, 0x141, 0x143, 0x152, 0x15a, 0x160, 0x179, 0x17b, 0x17d]);

/** True for the capitals a name may start with (A–Z, À–Þ but ×, and a few of Latin Extended-A). */
function isCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215) || (c >= 0x100 && c < 0x180 && EXTENDED_CAPITALS.has(c));
}

/** What a tokenizer knows of a word besides its position; `kind` is given by the caller's classifier. */
export interface WordInfo<K> { key: string; initial: boolean; caps: boolean; kind: K }

/**
 * Makes a tokenizer that lists the capitalised words of a text that start on a word boundary, in
 * order, with their kind. Words for which `skip` is true are left out (function and stop words: their
 * absence breaks a chain of names, as their presence would). A plain loop finds the capitals (a regex would
 * be tried at every position of long prose); a sticky regex reads the rest. Word facts are cached.
 */
export function createTokenizer<K>(kindOf: (raw: string, info: Omit<WordInfo<K>, 'kind'>) => K, skip: (kind: K, beforeLowerWord: boolean) => boolean) {
  const cache = new Map<string, WordInfo<K> & { raw: string }>();
  const byHash = new Map<number, WordInfo<K> & { raw: string }>();
  return (text: string): { tokens: Token[]; kinds: K[] } => {
    const tokens: Token[] = [];
    const kinds: K[] = [];
    const len = text.length;
    for (let i = 0; i < len; i++) {
      if (!isCapital(text.charCodeAt(i))) continue;
      const start = i;
      const end = wordEnd(text, i + 1, len);
      i = end - 1;
      if (start > 0) {
        const prev = text.charCodeAt(start - 1);
        // A capital inside a word (McDonald, iPhone) or after a digit does not start a name.
        if (isAsciiWordChar(prev) || isLetter(prev) || (prev >= 0x370 && prev < 0x2000)) continue;
        // Nor does one inside an address, a path or a dotted identifier (jean@Ville.fr, /home/Karim, a.Dupont).
        if (prev === 64 || prev === 47 || prev === 92 || (prev === 46 && start > 1 && isAsciiWordChar(text.charCodeAt(start - 2)))) continue;
      }
      const next = text.charCodeAt(end);
      if (next === 64 /* @ */ || next === 95 /* _ */ || (next >= 48 && next <= 57)) continue;
      // Cached words are found by a hash of their characters, without slicing a new string.
      let h = 0;
      for (let q = start; q < end; q++) h = (Math.imul(h, 31) + text.charCodeAt(q)) | 0;
      let info = byHash.get(h);
      if (!info || info.raw.length !== end - start || !text.startsWith(info.raw, start)) {
        const raw = text.slice(start, end);
        info = cache.get(raw);
        if (!info) {
          const initial = raw.length >= 2 && raw.endsWith('.') && (raw.length === 2 || raw.length === 5);
          let key = foldWord(raw);
          if (key.startsWith("d'") && key.length > 2) key = key.slice(2);
          const base = { key, initial, caps: !initial && raw.length >= 2 && raw === raw.toUpperCase() };
          info = { ...base, raw, kind: kindOf(raw, base) };
          if (cache.size < 100_000) cache.set(raw, info);
        }
        if (!byHash.has(h) && byHash.size < 100_000) byHash.set(h, info);
      }
      if (skip(info.kind, next === 32 && isLower(text.charCodeAt(end + 1)))) continue;
      tokens.push({ start, end, raw: info.raw, key: info.key, initial: info.initial, caps: info.caps });
      kinds.push(info.kind);
    }
    return { tokens, kinds };
  };
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
    if ((c === 39 || c === 45) && isLetter(text.charCodeAt(j + 1))) { j += 2; continue; }
    return j;
  }
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

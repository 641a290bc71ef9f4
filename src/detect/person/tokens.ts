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

// Starts on a narrow class of capitals (fast on long prose); the boundary before it is checked in code.
const WORD = /[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŒŠŽČĐ](?:\.(?:-[A-Z]\.)?|[\p{L}]*(?:['-][\p{L}]+)*)/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}_]/u;
const UPPER_ONLY = /^[^\p{Ll}]*$/u;

/** Lists the capitalised words of `text` that start on a word boundary, in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const start = m.index;
    const raw = m[0];
    const end = start + raw.length;
    const prev = start > 0 ? text.charAt(start - 1) : ' ';
    if (prev !== ' ' && prev !== '\n' && LETTER_OR_DIGIT.test(prev)) continue;
    const next = text.charAt(end);
    if (next !== '' && (next === '@' || next === '_' || (next >= '0' && next <= '9'))) continue;
    const initial = raw.length >= 2 && raw.endsWith('.') && (raw.length === 2 || raw.length === 5);
    let key = foldWord(raw);
    if (key.startsWith("d'") && key.length > 2) key = key.slice(2);
    out.push({ start, end, raw, key, initial, caps: !initial && raw.length >= 2 && UPPER_ONLY.test(raw) });
  }
  return out;
}

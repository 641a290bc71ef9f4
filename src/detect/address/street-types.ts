// Parses a street-type data file (rules/data/places/street-types-*.tsv) into fast look-up tables.
import { escapeRegExp, foldForCompare, WORD_CHAR } from '../text.js';

/** What the data file says about one street type. */
export interface StreetTypeInfo {
  /** Also an ordinary noun ("place", "cours"): a lone street line of this type needs context. */
  noun: boolean;
  /** May be the only word of an English street name ("Broadway"). */
  lead: boolean;
  /** The type is the whole street name ("Grand-Rue"); a name may still follow. */
  named: boolean;
}

/** Look-up tables; keys are folded (lower-case, accent-free) unless the table is case-sensitive. */
export interface StreetTypes {
  /** One-word types, keyed without their dot. */
  words: Map<string, StreetTypeInfo>;
  /** One-word types that are only types when written with a dot ("r.", "ch."), keyed without it. */
  dotted: Map<string, StreetTypeInfo>;
  /** Multi-word types by their first word: the rest of each phrase (with its leading space), longest first. */
  phrases: Map<string, Array<{ rest: string; info: StreetTypeInfo }>>;
  caseSensitive: boolean;
  /**
   * Regex alternation of every type's first word (accented and folded spellings), for the fast
   * non-Unicode anchor scan that finds where a precise match may start.
   */
  firstWords: string;
}

/**
 * Reads `type<TAB>flags` lines; `#` starts a comment line. With `caseSensitive`, keys keep their
 * case and an all-capitals spelling is added (English: `Street`, `STREET`, not `street`).
 */
export function parseStreetTypes(data: string, caseSensitive = false): StreetTypes {
  const out: StreetTypes = { words: new Map(), dotted: new Map(), phrases: new Map(), caseSensitive, firstWords: '' };
  const first = new Set<string>();
  const key = (s: string): string => (caseSensitive ? s : foldForCompare(s));
  const add = (w: string, info: StreetTypeInfo): void => {
    const space = w.indexOf(' ');
    if (space > 0) {
      const firstWord = key(w.slice(0, space));
      const list = out.phrases.get(firstWord) ?? [];
      list.push({ rest: key(w.slice(space)), info });
      list.sort((a, b) => b.rest.length - a.rest.length);
      out.phrases.set(firstWord, list);
    } else if (w.endsWith('.')) {
      out.dotted.set(key(w.slice(0, -1)), info);
    } else {
      out.words.set(key(w), info);
    }
  };
  // Read at a snippet's start: index loops, no destructuring, no array or Set per line (in cold code
  // each of them allocates, and every 100 KB of garbage brings the next collection nearer).
  const lines = data.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const cells = raw.split('\t');
    const word = (cells[0] as string).trim();
    if (!word) continue;
    // The flags, comma-separated, white space around them ignored: `,noun,lead,`.
    const flags = `,${(cells[1] ?? '').replace(/\s*,\s*/g, ',').trim()},`;
    const info: StreetTypeInfo = { noun: flags.includes(',noun,'), lead: flags.includes(',lead,'), named: flags.includes(',named,') };
    const head = word.split(' ')[0] as string;
    first.add(firstWordSource(head));
    first.add(firstWordSource(stripAccents(head)));
    add(word, info);
    if (caseSensitive) add(word.toUpperCase(), info);
  }
  out.firstWords = [...first].sort((a, b) => b.length - a.length).join('|');
  return out;
}

/** Lower-case, accent-free; cheap for ASCII words (most tokens). */
const foldWord = (w: string): string => {
  const l = w.toLowerCase();
  return /[^\x00-\x7f]/.test(l) ? foldForCompare(l) : l;
};

/** Without its accents (an ASCII word as it is, without two calls to ICU). */
const stripAccents = (s: string): string => (/[^\x00-\x7f]/.test(s) ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC') : s);

/** A first word as an alternative of StreetTypes.firstWords. */
const firstWordSource = (word: string): string => escapeRegExp(word).replace(/-/g, '\\-');

/**
 * Looks up the street type that starts with `token` (letters, maybe a trailing dot) at `end` in
 * `text`. Returns the type's info and where the type ends, or undefined.
 */
export function matchStreetType(types: StreetTypes, token: string, text: string, end: number): { info: StreetTypeInfo; end: number } | undefined {
  const dot = token.endsWith('.');
  const bare = dot ? token.slice(0, -1) : token;
  const k = types.caseSensitive ? bare : foldWord(bare);
  const phrases = types.phrases.get(k);
  if (phrases && !dot) {
    for (const p of phrases) {
      const slice = text.slice(end, end + p.rest.length);
      const next = text.charCodeAt(end + p.rest.length);
      const boundary = Number.isNaN(next) || !WORD_CHAR.test(String.fromCharCode(next));
      if (boundary && (types.caseSensitive ? slice : foldForCompare(slice)) === p.rest) return { info: p.info, end: end + p.rest.length };
    }
  }
  const word = types.words.get(k);
  if (word) return { info: word, end };
  if (dot) {
    const d = types.dotted.get(k);
    if (d) return { info: d, end };
  }
  return undefined;
}

/**
 * A street line starting at the number range (« 15-17 rue… ») if there is one, else at the number
 * itself: `street` is a sticky regex tried at each start not before `lastEnd`.
 */
export function streetLineAt(text: string, start: number, rangeLength: number, lastEnd: number, street: RegExp): { m: RegExpExecArray; start: number } | null {
  for (const s of rangeLength > 0 ? [start - rangeLength, start] : [start]) {
    if (s < lastEnd) continue;
    street.lastIndex = s;
    const m = street.exec(text);
    if (m) return { m, start: s };
  }
  return null;
}

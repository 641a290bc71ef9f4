// Context words around a candidate raise or lower its confidence (reference §0.1, §6).
import type { ContextSpec } from '../types.js';
import { accentTolerantSource, foldForCompare, WORD_CHARS } from './text.js';

/** Result of looking around one candidate. */
export interface ContextHit {
  /** A context word was found in the window. */
  found: boolean;
  /** An exclude (anti-context) word was found in the window. */
  excluded: boolean;
}

export type ContextCheck = (text: string, start: number, end: number) => ContextHit;

// Word characters are Latin letters and digits (WORD_CHARS); the regex has no `u` flag, whose
// case-insensitive Unicode classes cost milliseconds to compile per rule and slow every match.

/**
 * One case- and accent-insensitive whole-word regex for a list of words: each letter becomes the
 * class of its accented forms, so the text needs no folding at scan time. Made once per list (the
 * phone rules, among others, share theirs); the regex has no `g` flag, so sharing it is safe.
 */
export function wordsRegExp(words: readonly string[]): RegExp {
  const key = words.join('\n');
  let re = wordsCache.get(key);
  if (!re) {
    const alts = [...new Set(words.map((w) => foldForCompare(w).trim()))]
      .sort((a, b) => b.length - a.length)
      .map(accentTolerantSource);
    re = new RegExp(`(?<![${WORD_CHARS}])(?:${alts.join('|')})(?![${WORD_CHARS}])`, 'i');
    wordsCache.set(key, re);
  }
  return re;
}
const wordsCache = new Map<string, RegExp>();

/**
 * Builds the check for one rule. The window is `window` characters before the candidate and
 * `after` (default: `window`) after it, clipped to the text. The two sides are tested separately
 * so that a word is never formed across the candidate. The word regexes are built on the first
 * candidate: most rules that a text wakes find none (a snippet's run builds 10 lists, not 30).
 */
export function compileContext(spec: ContextSpec): ContextCheck {
  const before = spec.window ?? 60;
  const after = spec.after ?? before;
  let regexes: { words: RegExp | null; exclude: RegExp | null; either: RegExp | null } | undefined;
  return (text, start, end) => {
    regexes ??= {
      words: spec.words?.length ? wordsRegExp(spec.words) : null,
      exclude: spec.exclude?.length ? wordsRegExp(spec.exclude) : null,
      // Both lists in one regex: it matches where either does, so a window holding neither (the
      // usual case) costs two tests instead of four.
      either: spec.words?.length && spec.exclude?.length ? wordsRegExp([...spec.words, ...spec.exclude]) : null,
    };
    const left = text.slice(Math.max(0, start - before), start);
    const right = text.slice(end, end + after);
    const test = (re: RegExp | null): boolean => !!re && (re.test(left) || re.test(right));
    if (regexes.either && !test(regexes.either)) return { found: false, excluded: false };
    return { found: test(regexes.words), excluded: test(regexes.exclude) };
  };
}

/** Applies a context check to a base confidence; returns null when the candidate must be dropped. */
export function applyContext(spec: ContextSpec, hit: ContextHit, confidence: number): number | null {
  if (spec.required && !hit.found) return null;
  let c = confidence;
  if (hit.found) c += spec.boost ?? 0.3;
  if (hit.excluded) c -= spec.penalty ?? 0.4;
  return Math.max(0, Math.min(1, c));
}

// Context words around a candidate raise or lower its confidence (reference §0.1, §6).
import type { ContextSpec } from '../types.js';
import { escapeRegExp, foldForCompare } from './text.js';

/** Result of looking around one candidate. */
export interface ContextHit {
  /** A context word was found in the window. */
  found: boolean;
  /** An exclude (anti-context) word was found in the window. */
  excluded: boolean;
}

export type ContextCheck = (text: string, start: number, end: number) => ContextHit;

/** Compiles a list of words into one accent- and case-insensitive whole-word regex. */
export function wordsRegExp(words: readonly string[]): RegExp {
  const alts = [...new Set(words.map(foldForCompare))]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'));
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alts.join('|')})(?![\p{L}\p{N}])`, 'u');
}

/**
 * Builds the check for one rule. The window is `window` characters before the candidate and
 * `after` (default: `window`) after it, clipped to the text; both are folded before comparison.
 */
export function compileContext(spec: ContextSpec): ContextCheck {
  const before = spec.window ?? 60;
  const after = spec.after ?? before;
  const words = spec.words?.length ? wordsRegExp(spec.words) : null;
  const exclude = spec.exclude?.length ? wordsRegExp(spec.exclude) : null;
  return (text, start, end) => {
    const left = foldForCompare(text.slice(Math.max(0, start - before), start));
    const right = foldForCompare(text.slice(end, end + after));
    // The two sides are tested separately so that a word is never formed across the candidate.
    const test = (re: RegExp | null): boolean => !!re && (re.test(left) || re.test(right));
    return { found: test(words), excluded: test(exclude) };
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

// Small text helpers for French-aware matching (\b is ASCII-only in JavaScript: reference §0.3).

const COMBINING = /[\u0300-\u036f]/g;

/** Lower-case, accent-free copy (may differ in length from the input: compare, never index). */
export function foldForCompare(s: string): string {
  return s.normalize('NFD').replace(COMBINING, '').toLowerCase();
}

/** Escapes a literal for use inside a RegExp source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Keeps only letters and digits, upper-cased: the canonical form of an identifier. */
export function alnumUpper(s: string): string {
  return s.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
}

// Builds the normalised view the detectors match on, with a map back to original offsets.
import { rewriteUnits } from '../detect/text.js';

/**
 * The normalised text: no-break and thin spaces folded to U+0020, typographic hyphens to `-`,
 * full-width ASCII folded, zero-width characters and soft hyphens removed. Typographic apostrophes
 * stay: matchers treat them as `'` (see APOSTROPHE in src/detect/text.ts), so that French text
 * with nothing else to fold, most of it, is scanned without a copy. Folds are one-to-one; only
 * removals shift offsets. `shifts[k]` is the normalised offset at which the k-th removed character
 * stood (non-decreasing), or null when nothing was removed.
 */
export interface NormalizedText {
  original: string;
  text: string;
  shifts: Int32Array | null;
}

// Two paths. Most texts have nothing to fold: one regex test, no copy. (A copy of a long text
// costs more than making it: the first pass over a new 20 MB string, 10 MB of French text, takes
// ~60 ms more than the next, as fresh memory is mapped.) A text with folds (no-break spaces
// everywhere in French typography, zero-width characters) goes through one pass over its UTF-16
// code units in a typed array, whose cost does not grow with the number of folds (a global
// replace costs about 0.4 µs per match).
const ANY = /[\u00A0\u00AD\u2000-\u200F\u2010-\u2015\u202F\u205F\u2060\u2212\u3000\uFEFF\uFF01-\uFF5E]/;

/** What each UTF-16 code unit becomes: itself, another code unit, or -1 (removed). Built once. */
let TABLE: Int32Array | undefined;
function table(): Int32Array {
  if (TABLE) return TABLE;
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (const c of [0xa0, 0x202f, 0x205f, 0x3000]) t[c] = 0x20;
  for (let c = 0x2000; c <= 0x200a; c++) t[c] = 0x20;
  for (let c = 0x2010; c <= 0x2015; c++) t[c] = 0x2d;
  t[0x2212] = 0x2d;
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  for (const c of [0xad, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff]) t[c] = -1;
  TABLE = t;
  return t;
}

/** Normalises `original`; cheap (no copy when clean, one pass otherwise, a sparse offset map). */
export function normalize(original: string): NormalizedText {
  if (!ANY.test(original)) return { original, text: original, shifts: null };
  const t = table();
  const removed: number[] = [];
  const text = rewriteUnits(original, (units) => {
    let w = 0;
    for (let i = 0; i < units.length; i++) {
      const f = t[units[i] as number] as number;
      if (f < 0) { removed.push(w); continue; }
      units[w++] = f;
    }
    return w;
  });
  return { original, text, shifts: removed.length ? Int32Array.from(removed) : null };
}

/** Number of removed characters standing at normalised offsets ≤ i. */
function removedUpTo(shifts: Int32Array, i: number): number {
  let lo = 0;
  let hi = shifts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((shifts[mid] as number) <= i) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Original offset of a start position in the normalised text (removed characters before it are skipped). */
export function toOriginalStart(nt: NormalizedText, i: number): number {
  return nt.shifts ? i + removedUpTo(nt.shifts, i) : i;
}

/**
 * Original offset of an end position (exclusive). Removed characters inside the span are covered;
 * those right after its last character are not pulled in.
 */
export function toOriginalEnd(nt: NormalizedText, i: number): number {
  if (!nt.shifts || i === 0) return i;
  return i + removedUpTo(nt.shifts, i - 1);
}

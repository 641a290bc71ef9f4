// Builds the normalised view the detectors match on, with a map back to original offsets.

/**
 * The normalised text: no-break and thin spaces folded to U+0020, typographic hyphens to `-`,
 * typographic apostrophes to `'`, full-width ASCII folded, zero-width characters and soft hyphens
 * removed. Folds are one-to-one; only removals shift offsets. `shifts[k]` is the normalised offset
 * at which the k-th removed character stood (non-decreasing), or null when nothing was removed.
 */
export interface NormalizedText {
  original: string;
  text: string;
  shifts: Int32Array | null;
}

// Character classes are kept either all-Latin-1 or all above U+00FF (V8 scans a class that mixes
// both an order of magnitude slower), and each fold is a plain string replacement (a replacer
// function costs a call per match, and typographic apostrophes are everywhere in French).
const SPACES_HIGH = /[\u2000-\u200A\u202F\u205F\u3000]/g;
const HYPHENS = /[\u2010-\u2015\u2212]/g;
const QUOTES = /[\u2018\u2019]/g;
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const REMOVED_HIGH = /[\u200B-\u200F\u2060\uFEFF]/g;
const ANY_HIGH = /[\u2000-\u200F\u2010-\u2015\u2018\u2019\u202F\u205F\u2060\u2212\u3000\uFEFF\uFF01-\uFF5E]/;

/** Normalises `original`; cheap (native scans, no copy when clean, a sparse offset map). */
export function normalize(original: string): NormalizedText {
  const nbsp = original.includes('\u00A0');
  const shy = original.includes('\u00AD');
  if (!nbsp && !shy && !ANY_HIGH.test(original)) return { original, text: original, shifts: null };
  let text = nbsp ? original.replace(/\u00A0/g, ' ') : original;
  text = text.replace(SPACES_HIGH, ' ').replace(HYPHENS, '-').replace(QUOTES, "'");
  FULL_WIDTH.lastIndex = 0;
  if (FULL_WIDTH.test(text)) text = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  // Removed characters, in original order: soft hyphens and zero-width characters.
  const removed: number[] = [];
  if (shy) for (let i = text.indexOf('\u00AD'); i !== -1; i = text.indexOf('\u00AD', i + 1)) removed.push(i);
  REMOVED_HIGH.lastIndex = 0;
  for (let m = REMOVED_HIGH.exec(text); m !== null; m = REMOVED_HIGH.exec(text)) removed.push(m.index);
  if (removed.length === 0) return { original, text, shifts: null };
  if (shy) removed.sort((a, b) => a - b);
  text = (shy ? text.replace(/\u00AD/g, '') : text).replace(REMOVED_HIGH, '');
  return { original, text, shifts: Int32Array.from(removed, (o, k) => o - k) };
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

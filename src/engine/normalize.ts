// Builds the normalised view the detectors match on, with a map back to original offsets.

/**
 * The normalised text: no-break and thin spaces folded to U+0020, typographic hyphens to `-`,
 * typographic apostrophes to `'`, full-width ASCII folded, zero-width characters and soft hyphens
 * removed. `map[i]` is the original offset of normalised code unit `i` (null when no character was
 * removed, so offsets are identical); `map[text.length]` is the original length.
 */
export interface NormalizedText {
  original: string;
  text: string;
  map: Int32Array | null;
}

// Characters that change (1:1) or disappear. Keep this in sync with foldChar/REMOVED.
const NEEDS_WORK = /[\u00A0\u00AD\u2000-\u200F\u2010-\u2015\u2018\u2019\u202F\u205F\u2060\u2212\u3000\uFEFF\uFF01-\uFF5E]/;
const REMOVED = /[\u00AD\u200B-\u200F\u2060\uFEFF]/;

function foldChar(c: number): number {
  if (c === 0x00a0 || c === 0x202f || c === 0x205f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) return 0x20;
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return 0x2d;
  if (c === 0x2018 || c === 0x2019) return 0x27;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  return c;
}

/** Normalises `original`; cheap (no copy, no map) when it holds nothing to fold. */
export function normalize(original: string): NormalizedText {
  if (!NEEDS_WORK.test(original)) return { original, text: original, map: null };
  const removes = REMOVED.test(original);
  const out: string[] = [];
  const map = removes ? new Int32Array(original.length + 1) : null;
  let n = 0;
  let chunkStart = 0;
  let buf = '';
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    const isRemoved = c === 0xad || (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff;
    if (isRemoved) {
      buf += original.slice(chunkStart, i);
      chunkStart = i + 1;
      continue;
    }
    const f = foldChar(c);
    if (f !== c) {
      buf += original.slice(chunkStart, i) + String.fromCharCode(f);
      chunkStart = i + 1;
    }
    if (map) map[n] = i;
    n++;
    if (buf.length > 65536) { out.push(buf); buf = ''; }
  }
  buf += original.slice(chunkStart);
  out.push(buf);
  const text = out.join('');
  if (map) map[n] = original.length;
  return { original, text, map: map ? map.subarray(0, n + 1) : null };
}

/** Original offset of a start position in the normalised text. */
export function toOriginalStart(nt: NormalizedText, i: number): number {
  return nt.map ? (nt.map[i] ?? nt.original.length) : i;
}

/**
 * Original offset of an end position. Removed characters (zero-width, soft hyphen) lying right
 * before the next kept character are not pulled in, but those inside the span are covered.
 */
export function toOriginalEnd(nt: NormalizedText, i: number): number {
  if (!nt.map) return i;
  if (i === 0) return 0;
  return (nt.map[i - 1] ?? nt.original.length - 1) + 1;
}

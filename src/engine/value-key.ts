// The normalised value of a finding: equal values get the same placeholder and fingerprint.
import { alnumUpper, foldForCompare, shortString } from '../detect/text.js';

/** Types compared as words (case- and accent-insensitive, spaces collapsed) rather than as codes. */
const WORDY = new Set(['PERSON', 'POSTAL_ADDRESS', 'CUSTOM_TERM', 'CLASSIFICATION', 'AMOUNT']);
/** Types compared exactly (secrets are case-sensitive; URLs keep their punctuation). */
const EXACT = new Set(['SECRET', 'INTERNAL_URL']);

export function valueKey(type: string, value: string): string {
  if (EXACT.has(type)) return value.trim();
  if (type === 'EMAIL') return value.trim().toLowerCase();
  if (type === 'IP_ADDRESS') return value.trim().toLowerCase();
  if (WORDY.has(type)) return wordsKey(value);
  return alnumUpper(value);
}

/**
 * Folded (foldForCompare), runs of spaces, hyphens, apostrophes, dots and commas as one space, no
 * space at either end. One pass and one string when no character may decompose (below U+00C0, or
 * punctuation and currency signs up to U+20FF: « 12 450,00 € », « Jean-Luc d’Arbaud » in ASCII).
 */
function wordsKey(value: string): string {
  const out = shortString();
  let space = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xc0 && (c < 0x2002 || c > 0x20ff)) return slowWordsKey(value);
    if (isWordSeparator(c)) { space = out.length > 0; continue; }
    if (space) { out.push(32); space = false; }
    out.push(c >= 65 && c <= 90 ? c + 32 : c);
  }
  return out.toString();
}

// \u2019: ’ (see BUNDLE_CHARSET in src/build/bundle.mjs)
const slowWordsKey = (value: string): string => foldForCompare(value).replace(/[\s\-'\u2019.,]+/g, ' ').trim();

/** `\s`, `-`, `'`, `’`, `.` and `,`, below U+00C0 and in U+2002–U+20FF. */
function isWordSeparator(c: number): boolean {
  if (c < 0xc0) return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 45 || c === 39 || c === 46 || c === 44;
  return (c >= 0x2002 && c <= 0x200a) || c === 0x2019 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}

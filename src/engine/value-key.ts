// The normalised value of a finding: equal values get the same placeholder and fingerprint.
import { alnumUpper, foldForCompare } from '../detect/text.js';

/** Types compared as words (case- and accent-insensitive, spaces collapsed) rather than as codes. */
const WORDY = new Set(['PERSON', 'POSTAL_ADDRESS', 'CUSTOM_TERM', 'CLASSIFICATION', 'AMOUNT']);
/** Types compared exactly (secrets are case-sensitive; URLs keep their punctuation). */
const EXACT = new Set(['SECRET', 'INTERNAL_URL']);

export function valueKey(type: string, value: string): string {
  if (EXACT.has(type)) return value.trim();
  if (type === 'EMAIL') return value.trim().toLowerCase();
  if (type === 'IP_ADDRESS') return value.trim().toLowerCase();
  // \u2019: ’ (see BUNDLE_CHARSET in src/build/bundle.mjs)
  if (WORDY.has(type)) return foldForCompare(value).replace(/[\s\-'\u2019.,]+/g, ' ').trim();
  return alnumUpper(value);
}

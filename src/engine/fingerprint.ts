// Stable fingerprints: rule id + hash of the normalised value (design §6).
import { shortString, type CodeBuilder } from '../detect/text.js';

/** The hex digits, as code units. */
const HEX = Array.from('0123456789abcdef', (d) => d.charCodeAt(0));

/**
 * `ruleId:` + 16 hex digits: both 32-bit lanes of one cyrb53-style pass over `ruleId \0 key`.
 * Fast and well spread; not cryptographic — a fingerprint names a finding.
 */
export function fingerprint(ruleId: string, key: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  // One loop over the code units of `ruleId \0 key`, with no closure: a closure here would be
  // allocated for every finding.
  const split = ruleId.length;
  for (let i = 0, n = split + 1 + key.length; i < n; i++) {
    const c = i < split ? ruleId.charCodeAt(i) : i === split ? 0 : key.charCodeAt(i - split - 1);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  // Built code unit by code unit (one flat string): a concatenation would leave each fingerprint a
  // tree of small strings, which every young-generation GC copies as long as the findings live.
  const out = shortString();
  for (let i = 0; i < split; i++) out.push(ruleId.charCodeAt(i));
  out.push(58); // :
  pushHex(out, h2);
  pushHex(out, h1);
  return out.toString();
}

/** The 8 hex digits of a 32-bit number, most significant first. */
function pushHex(out: CodeBuilder, h: number): void {
  for (let shift = 28; shift >= 0; shift -= 4) out.push(HEX[(h >>> shift) & 15] as number);
}

// Stable fingerprints: rule id + hash of the normalised value (design §6).

/** The two hex digits of every byte: Number#toString(16) costs a run-time call per fingerprint. */
const HEX_BYTE = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

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
  // Joined, not concatenated: one flat string. A concatenation would leave each fingerprint a tree
  // of five small strings, which every young-generation GC copies as long as the findings live.
  return [ruleId, ':',
    HEX_BYTE[h2 >>> 24], HEX_BYTE[(h2 >>> 16) & 255], HEX_BYTE[(h2 >>> 8) & 255], HEX_BYTE[h2 & 255],
    HEX_BYTE[h1 >>> 24], HEX_BYTE[(h1 >>> 16) & 255], HEX_BYTE[(h1 >>> 8) & 255], HEX_BYTE[h1 & 255]].join('');
}

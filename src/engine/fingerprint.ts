// Stable fingerprints: rule id + hash of the normalised value (design §6).

const HEX_DIGITS = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
/** Scratch space for the code units of one fingerprint (reused: no garbage per finding). */
const units: number[] = [];

/**
 * `ruleId:` + 16 hex digits: both 32-bit lanes of one cyrb53-style pass over `ruleId \0 key`.
 * Fast and well spread; not cryptographic — a fingerprint names a finding.
 */
export function fingerprint(ruleId: string, key: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const mix = (c: number): void => {
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  };
  for (let i = 0; i < ruleId.length; i++) mix(ruleId.charCodeAt(i));
  mix(0);
  for (let i = 0; i < key.length; i++) mix(key.charCodeAt(i));
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  // Built from code units: one flat string. Concatenation would leave each fingerprint a tree of
  // five small strings, which every young-generation GC copies while the findings live.
  units.length = 0;
  for (let i = 0; i < ruleId.length; i++) units.push(ruleId.charCodeAt(i));
  units.push(0x3a);
  for (let shift = 28; shift >= 0; shift -= 4) units.push(HEX_DIGITS[(h2 >>> shift) & 15]!);
  for (let shift = 28; shift >= 0; shift -= 4) units.push(HEX_DIGITS[(h1 >>> shift) & 15]!);
  return String.fromCharCode.apply(null, units);
}

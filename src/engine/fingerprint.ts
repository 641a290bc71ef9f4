// Stable fingerprints: rule id + hash of the normalised value (design §6).

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');

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
  return `${ruleId}:${hex8(h2)}${hex8(h1)}`;
}

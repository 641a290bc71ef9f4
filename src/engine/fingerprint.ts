// Stable fingerprints: rule id + hash of the normalised value (design §6).

/** 53-bit string hash (cyrb53): fast, well spread; not cryptographic — a fingerprint names a finding. */
function hash53(s: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** `ruleId:` + 16 hex digits of the normalised value's hash. */
export function fingerprint(ruleId: string, key: string): string {
  const s = `${ruleId}\0${key}`;
  return `${ruleId}:${(hash53(s, 1) % 0x100000000).toString(16).padStart(8, '0')}${(hash53(s, 2) % 0x100000000).toString(16).padStart(8, '0')}`;
}

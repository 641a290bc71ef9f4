// Stable fingerprints: rule id + hash of the normalised value (design §6).
import { createHash } from 'node:crypto';

export function fingerprint(ruleId: string, key: string): string {
  return `${ruleId}:${createHash('sha256').update(`${ruleId}\0${key}`).digest('hex').slice(0, 16)}`;
}

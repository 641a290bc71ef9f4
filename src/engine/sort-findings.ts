// Findings in reading order: by start, then longest first, then rule id.
import type { Finding } from '../types.js';

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.start - b.start || b.end - a.end || a.ruleId.localeCompare(b.ruleId));
}

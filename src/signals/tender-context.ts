// Tender context (issue 5): a text that reads as a tender document raises its risk and the severity
// of what identifies bidders and their prices in it (reference §4.6).
import type { DocumentSignal } from '../engine/analyze.js';
import { tenderEvidence } from '../detect/tender/tender-vocabulary.js';
import { SEVERITIES, severityRank, type Finding, type RiskReason, type Severity } from '../types.js';

/** Points added to the risk when a text reads as a tender document (medium on its own: 1 − e^(−20/50) ≈ 33). */
export const TENDER_CONTEXT_POINTS = 20;

/** Types whose severity is raised in tender context: bidders' identities, people, prices. */
export const TENDER_RAISED_TYPES: ReadonlySet<string> = new Set(['FR_SIREN', 'FR_SIRET', 'FR_VAT', 'PERSON', 'AMOUNT']);

/** Severity a raised finding gets: one level up, at most `high` (a bidder's name is not a NIR). */
export function raisedSeverity(s: Severity): Severity {
  if (severityRank(s) >= severityRank('high')) return s;
  return SEVERITIES[severityRank(s) + 1] ?? s;
}

/** Shows at most this many signal names in the reason. */
const SHOWN = 6;

export const tenderContext: DocumentSignal = (text: string, findings: Finding[]): RiskReason[] => {
  const evidence = tenderEvidence(text);
  if (!evidence.isTender) return [];
  let raised = 0;
  for (const f of findings) {
    if (!TENDER_RAISED_TYPES.has(f.type)) continue;
    const s = raisedSeverity(f.severity);
    if (s !== f.severity) { f.severity = s; raised++; }
  }
  const names = evidence.signals.slice(0, SHOWN).join(', ') + (evidence.signals.length > SHOWN ? ', …' : '');
  return [{
    code: 'tender-context',
    message: `tender context: ${evidence.signals.length} signals (${names}); ${raised} company, person or amount finding(s) raised one severity level`,
    points: TENDER_CONTEXT_POINTS,
  }];
};

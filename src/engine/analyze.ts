// One input, end to end in the core: findings, then document-level signals, then the risk score.
import type { RuleSet } from '../rules/compile.js';
import { scoreRisk } from '../score/risk.js';
import type { Finding, Risk, RiskReason } from '../types.js';
import { scanText, type ScanOptions } from './scan.js';

export interface Analysis {
  findings: Finding[];
  risk: Risk;
}

/**
 * A document-level signal: looks at the whole text and its findings, may adjust findings
 * (e.g. raise severities in a tender document) and returns extra risk reasons.
 */
export type DocumentSignal = (text: string, findings: Finding[]) => RiskReason[];

const signals: DocumentSignal[] = [];

/** Adds a document-level signal (run in registration order, after scanning). */
export function registerSignal(signal: DocumentSignal): void {
  signals.push(signal);
}

export function analyzeText(text: string, ruleset: RuleSet, options: ScanOptions = {}): Analysis {
  const findings = scanText(text, ruleset, options);
  const extra = signals.flatMap((s) => s(text, findings));
  return { findings, risk: scoreRisk(findings, extra) };
}

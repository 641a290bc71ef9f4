// One input, end to end in the core: findings, then document-level signals, then the risk score.
import type { RuleSet } from '../rules/compile.js';
import { scoreRisk } from '../score/risk.js';
import type { Finding, Risk, RiskReason } from '../types.js';
import { defaultSignals } from '../signals/index.js';
import { scanText, type ScanOptions } from './scan.js';

export interface Analysis {
  findings: Finding[];
  risk: Risk;
}

/**
 * A document-level signal: looks at the whole text and its findings, may adjust findings
 * (e.g. raise severities in a tender document) and returns extra risk reasons (points may be
 * negative). The default list lives in src/signals/index.ts.
 */
export type DocumentSignal = (text: string, findings: Finding[]) => RiskReason[];

export interface AnalyzeOptions extends ScanOptions {
  /** Document-level signals; default: src/signals/index.ts. */
  signals?: readonly DocumentSignal[];
}

export function analyzeText(text: string, ruleset: RuleSet, options: AnalyzeOptions = {}): Analysis {
  const findings = scanText(text, ruleset, options);
  const extra = (options.signals ?? defaultSignals).flatMap((s) => s(text, findings));
  return { findings, risk: scoreRisk(findings, extra) };
}

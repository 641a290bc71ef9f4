// The report every output format is drawn from (design §6).
import type { Finding, Risk, RiskLevel, Severity } from '../types.js';

/** One input's outcome. `error` inputs make the run exit 2: a gate never passes what it could not read. */
export interface InputReport {
  path: string;
  status: 'scanned' | 'skipped' | 'error';
  /** Why an input was skipped or failed (binary file, unreadable…). */
  reason?: string;
  findings: Finding[];
  risk: Risk | null;
  /** The input reached the --fail-on threshold. */
  failed: boolean;
}

export interface Report {
  version: 1;
  tool: { name: 'caviard'; version: string };
  failOn: Severity | 'off';
  inputs: InputReport[];
}

export interface Summary {
  inputs: number;
  scanned: number;
  skipped: number;
  errors: number;
  findings: number;
  failed: number;
  maxLevel: RiskLevel;
}

const ORDER: RiskLevel[] = ['none', 'low', 'medium', 'high', 'critical'];

export function summarize(report: Report): Summary {
  const ins = report.inputs;
  const maxLevel = ins.reduce<RiskLevel>((m, i) => (i.risk && ORDER.indexOf(i.risk.level) > ORDER.indexOf(m) ? i.risk.level : m), 'none');
  return {
    inputs: ins.length,
    scanned: ins.filter((i) => i.status === 'scanned').length,
    skipped: ins.filter((i) => i.status === 'skipped').length,
    errors: ins.filter((i) => i.status === 'error').length,
    findings: ins.reduce((n, i) => n + i.findings.length, 0),
    failed: ins.filter((i) => i.failed).length,
    maxLevel,
  };
}

/** Whether a risk level reaches the threshold. */
export function reaches(level: RiskLevel, failOn: Severity | 'off'): boolean {
  return failOn !== 'off' && ORDER.indexOf(level) >= ORDER.indexOf(failOn);
}

// The versioned JSON report: the machine contract (design §6). Fields are picked, never spread,
// so that internal fields holding values (entityKey) can never leak.
import type { Finding } from '../types.js';
import { summarize, type Report } from './model.js';

export function findingJson(f: Finding): Record<string, unknown> {
  return {
    ruleId: f.ruleId, type: f.type, severity: f.severity, confidence: f.confidence,
    start: f.start, end: f.end, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn,
    preview: f.preview, fingerprint: f.fingerprint, blocking: f.blocking,
    ...(f.tag ? { tag: f.tag } : {}),
    ...(f.redact === false ? { redact: false } : {}),
    ...(f.value !== undefined ? { value: f.value } : {}),
  };
}

export function jsonReport(report: Report): string {
  return `${JSON.stringify({
    version: report.version,
    tool: report.tool,
    failOn: report.failOn,
    summary: summarize(report),
    inputs: report.inputs.map((i) => ({
      path: i.path,
      status: i.status,
      ...(i.reason ? { reason: i.reason } : {}),
      failed: i.failed,
      risk: i.risk,
      findings: i.findings.map(findingJson),
    })),
  }, null, 2)}\n`;
}

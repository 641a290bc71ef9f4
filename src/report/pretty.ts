// Human report for terminals: file:line:col, severity, type, masked preview, risk per input.
import type { ChalkInstance } from 'chalk';
import type { Severity } from '../types.js';
import { summarize, type Report } from './model.js';

export interface PrettyOptions {
  /** A chalk instance, or null for plain text. */
  chalk: ChalkInstance | null;
  explain: boolean;
  quiet: boolean;
  /** How many reasons --explain shows per input. */
  explainTop?: number;
}

export function prettyReport(report: Report, o: PrettyOptions): string {
  const c = o.chalk;
  const paint = (s: string, f?: (x: string) => string): string => (c && f ? f(s) : s);
  const sev = (s: Severity | 'none', text: string): string => {
    if (!c) return text;
    return s === 'critical' ? c.bold.red(text) : s === 'high' ? c.red(text) : s === 'medium' ? c.yellow(text) : s === 'low' ? c.cyan(text) : c.green(text);
  };
  const lines: string[] = [];
  for (const input of report.inputs) {
    if (input.status !== 'scanned') {
      lines.push(`${paint(input.path, c?.bold)}  ${paint(input.status === 'skipped' ? 'skipped' : 'ERROR', input.status === 'error' ? c?.red : c?.dim)}: ${input.reason ?? ''}`);
      continue;
    }
    const risk = input.risk;
    if (o.quiet && !input.failed) continue;
    if (!risk || (input.findings.length === 0 && !o.explain)) {
      if (!o.quiet) lines.push(`${paint(input.path, c?.bold)}  ${sev('none', 'clean')}`);
      continue;
    }
    lines.push(paint(input.path, c?.bold));
    for (const f of input.findings) {
      const loc = `${input.path}:${f.line}:${f.column}`;
      lines.push(`  ${paint(loc, c?.dim)}  ${sev(f.severity, f.severity.padEnd(8))} ${f.type.padEnd(15)} ${f.value ?? f.preview}  ${paint(`${f.ruleId} ${Math.round(f.confidence * 100)}%`, c?.dim)}${f.blocking ? paint('  BLOCKING', c?.bold.red) : ''}`);
    }
    lines.push(`  risk ${sev(risk.level, `${risk.score}/100 ${risk.level}`)}${risk.blocking ? sev('critical', ' — blocking: do not paste this text') : ''}${input.failed ? paint(`  (reaches --fail-on ${report.failOn})`, c?.dim) : ''}`);
    if (o.explain) {
      for (const r of risk.reasons.slice(0, o.explainTop ?? 5)) lines.push(`    ${paint(`+${r.points}`.padStart(7), c?.dim)}  ${r.message}`);
    }
  }
  const s = summarize(report);
  if (!o.quiet || s.failed > 0 || s.errors > 0) {
    lines.push('');
    lines.push(`${s.scanned} scanned, ${s.skipped} skipped, ${s.errors} unreadable; ${s.findings} finding(s); highest risk ${sev(s.maxLevel, s.maxLevel)}; ${s.failed} input(s) reach --fail-on ${report.failOn}`);
  }
  return `${lines.join('\n')}\n`;
}

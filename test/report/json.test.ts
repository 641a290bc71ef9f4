import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyze.js';
import { jsonReportChunks, reportJson } from '../../src/report/json.js';
import type { InputReport, Report } from '../../src/report/model.js';
import { builtinRuleSet } from '../../src/rules/builtin.js';

const report = (inputs: InputReport[]): Report => ({ version: 1, tool: { name: 'caviard', version: '9.9.9' }, failOn: 'high', inputs });
const scanned = (path: string, text: string): InputReport => {
  const { findings, risk } = analyzeText(text, builtinRuleSet());
  return { path, status: 'scanned', findings, risk, failed: risk.level === 'high' || risk.level === 'critical' };
};
const jsonReport = (r: Report): string => [...jsonReportChunks(r)].join('');
const skipped: InputReport = { path: 'photo.png', status: 'skipped', reason: 'binary file', findings: [], risk: null, failed: false };

describe('JSON report', () => {
  const text = 'Virement sur FR76 3000 6000 0112 3456 7890 189, NIR 2 84 05 2A 004 012 76 « guillemets » \\ "x"\n';
  const cases: [string, Report][] = [
    ['no input', report([])],
    ['an input without findings', report([scanned('clean.txt', 'Bonjour, rien à signaler.')])],
    ['a skipped input and an input with findings', report([skipped, scanned('a.txt', text)])],
    // More findings than one chunk holds: the chunks' seams must not show.
    ['an input with thousands of findings', report([scanned('big.txt', text.repeat(800)), scanned('b.txt', text)])],
  ];

  it.each(cases)('written in chunks is, to the byte, the pretty-printed report object (%s)', (_name, r) => {
    const chunks = [...jsonReportChunks(r)];
    expect(chunks.join('')).toBe(`${JSON.stringify(reportJson(r), null, 2)}\n`);
  });

  it('parses back to the versioned report: summary, inputs, findings without values', () => {
    const r = report([skipped, scanned('a.txt', text.repeat(600))]);
    const parsed = JSON.parse(jsonReport(r));
    expect(parsed).toMatchObject({ version: 1, failOn: 'high', summary: { inputs: 2, scanned: 1, skipped: 1 } });
    expect(parsed.inputs[1].findings).toHaveLength(r.inputs[1]!.findings.length);
    expect(parsed.inputs[1].findings.length).toBeGreaterThan(1000);
    expect(jsonReport(r)).not.toContain('3000 6000');
  });
});

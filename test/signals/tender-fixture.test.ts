// End to end on fixtures/tender: a rapport d'analyse des offres with a price table (fake companies).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { analyzeText } from '../../src/engine/analyze.js';
import { builtinRuleSet } from '../../src/rules/builtin.js';
import { raisedSeverity } from '../../src/signals/tender-context.js';
import { runCli } from '../helpers/cli.js';

const FIXTURE = resolve('fixtures/tender/rapport-analyse-offres.txt');
const text = readFileSync(FIXTURE, 'utf8');
const PRICES = ['410 000,00 €', '92,50', '111 000,00', '78,40', '66 640,00', '3,15', '13 545,00',
  '382 415,20 €', '397 880,00 €', '455 102,75 €', '397 880,00 €', '477 456,00 €'];

interface JsonFinding { ruleId: string; type: string; severity: string; value?: string }
interface JsonInput { findings: JsonFinding[]; risk: { level: string; reasons: { code: string; points: number }[] } }
const scanJson = async (extra: string[] = [], cwd = process.cwd()): Promise<{ code: number; input: JsonInput }> => {
  const r = await runCli(['scan', FIXTURE, '--format', 'json', '--show-values', ...extra], { cwd });
  return { code: r.code, input: (JSON.parse(r.stdout) as { inputs: JsonInput[] }).inputs[0] as JsonInput };
};

describe('tender fixture', () => {
  it('finds the references, the amounts (prices, not scores or ranks) and the tender context', () => {
    const { findings, risk } = analyzeText(text, builtinRuleSet(), { withValues: true });
    const of = (type: string) => findings.filter((f) => f.type === type).map((f) => f.value);
    expect(of('TENDER_REF')).toEqual(['2025-DCP-0117', '25-48213', 'VDO-2025-VOIRIE-04', '2']);
    expect(of('AMOUNT')).toEqual(PRICES);
    expect(of('FR_SIRET')).toEqual(['123 456 782 00010', '404 833 048 00022', '732 829 320 00074']);
    expect(risk.reasons.some((r) => r.code === 'tender-context' && r.points > 0)).toBe(true);
    expect(risk.level).toBe('critical');
  });

  it('raises the severity of bidders\' identifiers and of prices one level', () => {
    const set = builtinRuleSet();
    const { findings } = analyzeText(text, set);
    for (const f of findings.filter((x) => ['FR_SIRET', 'FR_VAT', 'AMOUNT'].includes(x.type))) {
      const rule = set.rules.find((r) => r.id === f.ruleId);
      expect(f.severity).toBe(raisedSeverity(rule?.severity ?? 'low'));
    }
  });

  it('scan exits 1 and reports the tender-context reason', async () => {
    const { code, input } = await scanJson();
    expect(code).toBe(1);
    expect(input.risk.reasons.map((r) => r.code)).toContain('tender-context');
    expect(input.findings.filter((f) => f.type === 'AMOUNT')).toHaveLength(PRICES.length);
  });

  it('redacts the prices by default', async () => {
    const r = await runCli(['redact', FIXTURE, '-q']);
    expect(r.code).toBe(0);
    for (const p of PRICES) expect(r.stdout).not.toContain(p);
    expect(r.stdout).toMatch(/\[AMOUNT_1\]/);
    expect(r.stdout).not.toContain('VDO-2025-VOIRIE-04');
  });

  it.each([
    ['report', PRICES.length, true],
    ['off', 0, true],
    ['redact', PRICES.length, false],
  ] as const)('tender.amounts: %s', async (mode, amounts, pricesLeft) => {
    const dir = tempDir('caviard-tender-');
    writeFileSync(join(dir, '.caviard.yaml'), `tender:\n  amounts: ${mode}\n`);
    const { input } = await scanJson([], dir);
    const found = input.findings.filter((f) => f.type === 'AMOUNT');
    expect(found).toHaveLength(amounts);
    expect(found.every((f) => (f as { redact?: boolean }).redact === (mode === 'report' ? false : undefined))).toBe(true);
    const out = (await runCli(['redact', FIXTURE, '-q'], { cwd: dir })).stdout;
    expect(out.includes('382 415,20 €')).toBe(pricesLeft);
    expect(out).not.toContain('123 456 782 00010');
  });

  it('rejects an unknown tender.amounts value', async () => {
    const dir = tempDir('caviard-tender-');
    writeFileSync(join(dir, '.caviard.yaml'), 'tender:\n  amounts: hide\n');
    expect((await runCli(['scan', FIXTURE], { cwd: dir })).code).toBe(2);
  });
});

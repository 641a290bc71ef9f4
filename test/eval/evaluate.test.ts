import { describe, expect, it } from 'vitest';
import { evaluate, parseCorpus, type CorpusCase } from '../../src/eval/evaluate.js';
import type { Finding, Risk } from '../../src/types.js';

const finding = (type: string, start: number, end: number): Finding => ({
  ruleId: 'x', type, severity: 'high', confidence: 1, start, end, line: 1, column: 1, endLine: 1, endColumn: 1,
  preview: '', fingerprint: '', entityKey: '', blocking: false,
});
const risk = (score: number): Risk => ({ score, level: score >= 50 ? 'high' : 'none', blocking: false, reasons: [] });

const cases: CorpusCase[] = [
  { id: 'fr-a-1', lang: 'fr', sensitive: true, text: 'Jean Dupont 0639981234', entities: [
    { type: 'PERSON', start: 0, end: 11, text: 'Jean Dupont' }, { type: 'PHONE', start: 12, end: 22, text: '0639981234' }] },
  { id: 'fr-neg-x-1', lang: 'fr', sensitive: false, text: 'rien ici', entities: [] },
];

describe('evaluate', () => {
  it('counts overlap of the same type, leak-recall over letters and digits, and the gate', () => {
    const found: Record<string, Finding[]> = {
      'Jean Dupont 0639981234': [finding('PERSON', 5, 11), finding('PHONE', 12, 20), finding('EMAIL', 0, 4)],
      'rien ici': [finding('PERSON', 0, 4)],
    };
    const r = evaluate(cases, (t) => ({ findings: found[t] ?? [], risk: risk(t.startsWith('Jean') ? 90 : 0) }), (x) => x.score >= 50);
    const by = Object.fromEntries(r.types.map((t) => [t.type, t]));
    expect(by['PERSON']).toMatchObject({ gold: 1, found: 2, truePositives: 1, goldFound: 1, precision: 0.5, recall: 1, leakRecall: 1 }); // EMAIL covers « Jean », PERSON « Dupont »
    expect(by['PHONE']).toMatchObject({ recall: 1, precision: 1, leakRecall: 0 });
    expect(by['EMAIL']).toMatchObject({ gold: 0, found: 1, precision: 0 });
    expect(r.gate).toEqual({ sensitive: 1, blocked: 1, clean: 1, falseAlarms: 0 });
    expect(r.negativeRedaction.other).toBeCloseTo(4 / 7);
    expect(r.negativeRedaction.public).toBeNull();
    expect(r.errors.filter((e) => e.kind === 'false-positive').map((e) => e.type).sort()).toEqual(['EMAIL', 'PERSON']);
    expect(r.errors.every((e) => e.value === undefined)).toBe(true);
  });

  it('gives full leak-recall when every letter and digit of an entity is covered', () => {
    const r = evaluate([cases[0]!], () => ({ findings: [finding('PERSON', 0, 11), finding('PHONE', 12, 22)], risk: risk(90) }), () => true);
    expect(r.overall.leakRecall).toBe(1);
  });

  it('names the line of invalid JSON', () => {
    expect(() => parseCorpus('{"id":1}\n{oops\n')).toThrow(/line 2/);
  });
});

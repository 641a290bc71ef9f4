// The public-communiqué signal: names in a public role in a published text weigh as low.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyze.js';
import { builtinRuleSet } from '../../src/rules/builtin.js';
import { isPublicCommunique } from '../../src/signals/public-communique.js';

const set = builtinRuleSet();

describe('isPublicCommunique', () => {
  it.each([
    ['Communiqué – La présidente du conseil départemental a signé la convention.', true],
    ['COMMUNIQUÉ DE PRESSE\nLa ville inaugure la médiathèque.', true],
    ['Council news: Councillor Marcus Everleigh welcomed the approval.', true],
    ['FOR IMMEDIATE RELEASE\nThe council approved the plan.', true],
    ['Je vous ai communiqué le dossier de M. Dupont hier.', false],
    ['Note interne : M. Dupont est en arrêt maladie.', false],
  ])('%s → %s', (text, expected) => {
    expect(isPublicCommunique(text)).toBe(expected);
  });
});

describe('publicCommunique signal', () => {
  it('lowers officials named in a press release to low, keeps them as findings and adds a negative reason', () => {
    const text = 'Communiqué – La présidente du conseil départemental, Sylviane Roubaud, a signé hier la convention.';
    const { findings, risk } = analyzeText(text, set);
    const person = findings.find((f) => f.type === 'PERSON');
    expect(person?.severity).toBe('low');
    expect(person?.tag).toBe('public-role');
    expect(risk.level).toBe('low');
    const reason = risk.reasons.find((r) => r.code === 'public-communique');
    expect(reason?.points).toBeLessThan(0);
    expect(risk.score).toBeGreaterThan(0);
  });

  it('does not apply to an internal note', () => {
    const { findings, risk } = analyzeText('Note interne : la présidente Sylviane Roubaud est en arrêt maladie.', set);
    expect(findings.find((f) => f.type === 'PERSON')?.severity).toBe('medium');
    expect(risk.reasons.some((r) => r.code === 'public-communique')).toBe(false);
  });

  it('does not apply when the text also holds private data (a NIR)', () => {
    const text = 'Communiqué – Le maire Jean Dupont, NIR 1 84 12 76 451 089 46, a signé.';
    const { findings, risk } = analyzeText(text, set);
    expect(findings.find((f) => f.type === 'PERSON')?.severity).not.toBe('low');
    expect(risk.reasons.some((r) => r.code === 'public-communique')).toBe(false);
  });

  it('leaves names without a public role at their severity', () => {
    const text = 'Communiqué – La ville remercie Jean Dupont, bénévole, pour son aide.';
    const { findings } = analyzeText(text, set);
    expect(findings.find((f) => f.type === 'PERSON')?.severity).toBe('medium');
  });
});

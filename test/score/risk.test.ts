import { describe, expect, it } from 'vitest';
import { levelOf, scoreRisk } from '../../src/score/risk.js';
import type { Finding, Severity } from '../../src/types.js';

let n = 0;
const f = (type: string, severity: Severity, confidence = 0.95, key?: string, blocking = false): Finding => ({
  ruleId: `r.${type.toLowerCase()}`, type, severity, confidence, start: 0, end: 1, line: 1, column: 1, endLine: 1, endColumn: 2,
  preview: '*', fingerprint: `fp${n}`, entityKey: key ?? `${type}:${n++}`, blocking,
});

describe('scoreRisk', () => {
  it.each([
    [0, 'none'], [1, 'low'], [24, 'low'], [25, 'medium'], [49, 'medium'], [50, 'high'], [79, 'high'], [80, 'critical'], [100, 'critical'],
  ] as const)('score %i is level %s', (score, level) => expect(levelOf(score)).toBe(level));

  it('is none without findings', () => {
    expect(scoreRisk([])).toMatchObject({ score: 0, level: 'none', blocking: false });
  });

  it.each([
    ['critical', 'critical'], ['high', 'high'], ['medium', 'medium'], ['low', 'low'],
  ] as const)('one sure %s finding lands in level %s', (severity, level) => {
    expect(scoreRisk([f('X', severity)]).level).toBe(level);
  });

  it('gives diminishing returns for repeats of the same value', () => {
    const once = scoreRisk([f('EMAIL', 'medium', 0.95, 'EMAIL:a')]).score;
    const repeated = scoreRisk([1, 2, 3, 4].map(() => f('EMAIL', 'medium', 0.95, 'EMAIL:a'))).score;
    const distinct = scoreRisk([1, 2, 3, 4].map((i) => f('EMAIL', 'medium', 0.95, `EMAIL:${i}`))).score;
    expect(repeated).toBeGreaterThan(once);
    expect(repeated).toBeLessThan(distinct);
  });

  it('adds points when a name comes with data that identifies the person', () => {
    const alone = scoreRisk([f('PERSON', 'medium'), f('POSTAL_ADDRESS', 'medium')]);
    const sum = scoreRisk([f('CUSTOM_TERM', 'medium'), f('POSTAL_ADDRESS', 'medium')]);
    expect(alone.score).toBeGreaterThan(sum.score);
    expect(alone.reasons.some((r) => r.code === 'combination')).toBe(true);
  });

  it('makes a blocking finding critical and blocking, whatever its severity', () => {
    const r = scoreRisk([f('CLASSIFICATION', 'low', 0.6, undefined, true)]);
    expect(r).toMatchObject({ level: 'critical', blocking: true });
    expect(r.reasons.some((x) => x.code === 'blocking')).toBe(true);
  });

  it('sorts reasons by points, highest first', () => {
    const r = scoreRisk([f('EMAIL', 'low'), f('FR_NIR', 'critical')]);
    expect(r.reasons[0]!.type).toBe('FR_NIR');
  });
});

import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../../src/engine/resolve-overlaps.js';
import type { Finding, Severity } from '../../src/types.js';

const f = (ruleId: string, start: number, end: number, severity: Severity, confidence = 0.9): Finding => ({
  ruleId, type: ruleId.toUpperCase(), severity, confidence, start, end, line: 1, column: 1, endLine: 1, endColumn: 1,
  preview: '', fingerprint: ruleId, entityKey: ruleId, blocking: false,
});

describe('resolveOverlaps', () => {
  it('keeps the container when a less or equally severe finding lies inside it', () => {
    const kept = resolveOverlaps([f('siren', 0, 9, 'medium'), f('siret', 0, 14, 'medium')]);
    expect(kept.map((k) => k.ruleId)).toEqual(['siret']);
  });

  it('keeps a strictly more severe finding nested inside a kept one, and the container', () => {
    const kept = resolveOverlaps([f('url', 0, 40, 'medium'), f('secret', 10, 20, 'critical')]);
    expect(kept.map((k) => k.ruleId).sort()).toEqual(['secret', 'url']);
  });

  it('keeps both findings of a partial overlap, so that no part of either is left unredacted', () => {
    const kept = resolveOverlaps([f('a', 0, 10, 'high'), f('b', 5, 15, 'low')]);
    expect(kept.map((k) => k.ruleId).sort()).toEqual(['a', 'b']);
  });

  it('keeps a finding that spans two kept findings (it is not a duplicate of either)', () => {
    const kept = resolveOverlaps([f('a', 0, 10, 'high'), f('b', 10, 20, 'high'), f('c', 5, 15, 'low')]);
    expect(kept.map((k) => k.ruleId).sort()).toEqual(['a', 'b', 'c']);
  });

  it('keeps disjoint findings', () => {
    expect(resolveOverlaps([f('a', 0, 5, 'low'), f('b', 5, 10, 'low')])).toHaveLength(2);
  });
});

// Every built-in rule's own examples pass, with and without the keyword prefilter (style.md), and
// with and without shared regex passes.
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/engine/scan.js';
import { builtinRuleSet } from '../../src/rules/builtin.js';
import { testRuleExamples } from '../../src/rules/test-examples.js';

const set = builtinRuleSet();

describe('built-in rule examples', () => {
  it.each(set.rules.map((r) => [r.id, r] as const))('%s passes its examples', (_id, rule) => {
    expect(rule.spec.examples.match.length).toBeGreaterThanOrEqual(3);
    expect(rule.spec.examples['no-match'].length).toBeGreaterThanOrEqual(3);
    expect(testRuleExamples(rule)).toEqual([]);
  });

  it('the prefilter never changes the findings of the whole rule set', () => {
    const texts = set.rules.flatMap((r) => [...r.spec.examples.match, ...r.spec.examples['no-match']]);
    const all = texts.join('\n');
    for (const t of [...texts, all]) expect(scanText(t, set)).toEqual(scanText(t, set, { prefilter: false }));
  });

  it('shared regex passes never change the findings of the whole rule set', () => {
    const texts = set.rules.flatMap((r) => [...r.spec.examples.match, ...r.spec.examples['no-match']]);
    const all = texts.join('\n');
    for (const t of [...texts, all]) expect(scanText(t, set, { sharedPassMinLength: 0 })).toEqual(scanText(t, set, { prefilter: false }));
  });
});

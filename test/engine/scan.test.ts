import { describe, expect, it } from 'vitest';
import { compileAllowlist } from '../../src/engine/allowlist.js';
import { scanText } from '../../src/engine/scan.js';
import { customTermRule, rulesFromYaml } from '../helpers/rules.js';

const set = rulesFromYaml(`
- id: test.code
  type: FR_SIREN
  title: { en: code, fr: code }
  severity: medium
  keywords: [code]
  pattern: 'code (?<value>\\d{4})'
  examples: { match: [], no-match: [] }
- id: test.long
  type: FR_SIRET
  title: { en: long, fr: long }
  severity: high
  pattern: '\\d{4}-\\d{4}'
  examples: { match: [], no-match: [] }
- id: test.word
  type: CUSTOM_TERM
  title: { en: word, fr: mot }
  severity: low
  confidence: 0.3
  pattern: 'hermes'
  flags: i
  context: { words: [projet], window: 20 }
  examples: { match: [], no-match: [] }
`);

describe('scanText', () => {
  it('narrows a finding to the value group and reports 1-based lines and columns', () => {
    const [f] = scanText('ligne 1\ncode 1234 ici', set);
    expect(f).toMatchObject({ ruleId: 'test.code', start: 13, end: 17, line: 2, column: 6, endLine: 2, endColumn: 10 });
  });

  it('reports lines and columns of every finding, on any line, at its first and last column', () => {
    const text = '1111-2222 a\n\n\nb code 3333\n4444-5555';
    expect(scanText(text, set).map((f) => [f.line, f.column, f.endLine, f.endColumn])).toEqual([
      [1, 1, 1, 10], [4, 8, 4, 12], [5, 1, 5, 10],
    ]);
  });

  it('addresses original offsets when zero-width characters are removed', () => {
    const text = 'x code 12\u200B34';
    const [f] = scanText(text, set);
    expect(text.slice(f!.start, f!.end)).toBe('12\u200B34');
  });

  it('keeps the longer, more severe finding when two overlap', () => {
    const found = scanText('1234-5678', set);
    expect(found.map((f) => f.ruleId)).toEqual(['test.long']);
  });

  it('raises confidence with a context word and drops the candidate without it', () => {
    expect(scanText('Hermes', set)).toEqual([]);
    expect(scanText('le projet Hermes', set).map((f) => f.ruleId)).toEqual(['test.word']);
  });

  it('gives findings a masked preview and a fingerprint that does not depend on position', () => {
    const a = scanText('code 1234', set)[0]!;
    const b = scanText('\n\n   code 1234', set)[0]!;
    expect(a.preview).not.toContain('1234');
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.value).toBeUndefined();
    expect(scanText('code 1234', set, { withValues: true })[0]!.value).toBe('1234');
  });

  it('drops findings the allow-list accepts, by value or by fingerprint', () => {
    const f = scanText('code 1234', set)[0]!;
    expect(scanText('code 1234', set, { allowlist: compileAllowlist({ values: ['1234'] }) })).toEqual([]);
    expect(scanText('code 1234', set, { allowlist: compileAllowlist({ fingerprints: [f.fingerprint] }) })).toEqual([]);
    expect(scanText('code 1234', set, { allowlist: compileAllowlist({ values: ['9999'] }) })).toHaveLength(1);
  });

  it('skips keyword rules whose keyword is absent, without changing results', () => {
    expect(set.prefilter('nothing here').map((r) => r.id)).toEqual(['test.long', 'test.word']);
    expect(set.prefilter('CODE').map((r) => r.id)).toContain('test.code');
  });
});

describe('placeholders', () => {
  const any = customTermRule('test.anything', 'id: (?<value>\\S+)');
  it('never reports a value made only of caviard placeholders (redacted text rescans clean)', () => {
    expect(scanText('id: [TENDER_REF_1]', any)).toEqual([]);
    expect(scanText('id: "[FR_SIRET_12]"', any)).toEqual([]);
    expect(scanText('id: [X]', any)).toHaveLength(1);
    expect(scanText('id: x[SECRET_1', any)).toHaveLength(1);
  });
});

describe('patterns that may match the empty string', () => {
  const maybeEmpty = customTermRule('test.maybe-empty', 'x*');

  it('step over astral characters (no endless loop inside a surrogate pair) and find the rest', () => {
    const text = '𝒳 xx 😀x';
    expect(scanText(text, maybeEmpty).map((f) => text.slice(f.start, f.end))).toEqual(['xx', 'x']);
    expect(scanText(text.repeat(5000), maybeEmpty, { sharedPassMinLength: 0 })).toHaveLength(10000);
  });

  it('on the same span with the same weight, keeps the rule listed first, whichever it is', () => {
    const twin = (id: string): string => `
- id: ${id}
  type: FR_SIREN
  title: { en: twin, fr: jumeau }
  severity: medium
  pattern: '\\d{4}'
  examples: { match: [], no-match: [] }`;
    const text = 'a 1234 b 5678 c 9012';
    for (const order of [['test.a', 'test.b'], ['test.b', 'test.a']]) {
      const findings = scanText(text, rulesFromYaml(order.map(twin).join('')));
      expect(findings.map((f) => f.ruleId)).toEqual([order[0], order[0], order[0]]);
    }
  });
});

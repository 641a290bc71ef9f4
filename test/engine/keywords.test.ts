import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeywordAutomaton } from '../../src/engine/keywords.js';
import { escapeRegExp } from '../../src/detect/text.js';
import { readFileSync } from 'node:fs';
import { builtinRuleSpecs, PREBUILT_KEYWORDS } from '../../src/rules/builtin.js';
import { prefilterKeywords } from '../../src/rules/compile.js';
import { configuredRuleSet } from '../../src/config/build-ruleset.js';

/** Keyword positions as a plain array (the pass returns typed arrays). */
const list = (p: ArrayLike<number> | undefined): number[] | undefined => (p ? Array.from(p) : undefined);

/** The reference: every occurrence of each keyword, by a case-insensitive regex (no `u` flag). */
function reference(keywords: string[], text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const k of keywords) {
    const re = new RegExp(escapeRegExp(k), 'gi');
    const starts: number[] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) { starts.push(m.index); re.lastIndex = m.index + 1; }
    out.set(k, starts);
  }
  return out;
}

describe('keyword automaton', () => {
  it('finds keywords whatever their case and accents’ case, overlapping ones included', () => {
    const a = new KeywordAutomaton(['sécu', 'curit', 'é', 'iban']);
    const hits = a.scan('Numéro de SÉCURITÉ sociale');
    expect(hits.has('sécu')).toBe(true);
    expect(hits.has('curit')).toBe(true);
    expect(hits.has('iban')).toBe(false);
    expect(list(hits.positions('sécu'))).toEqual([10]);
    expect(list(hits.positions('curit'))).toEqual([12]);
    expect(list(hits.positions('é'))).toEqual([3, 11, 17]);
    expect(list(hits.positions('iban'))).toEqual([]);
    expect(hits.positions('absent')).toBeUndefined();
    expect(hits.has('absent')).toBe(false);
  });

  it('does not fold non-ASCII characters to ASCII (as a case-insensitive regex without u)', () => {
    const hits = new KeywordAutomaton(['sk', 'k']).scan('ſK \u212A');
    expect(hits.has('sk')).toBe(false);
    expect(hits.has('k')).toBe(true);
    expect(list(new KeywordAutomaton(['k']).scan('\u212A').positions('k'))).toEqual([]);
  });

  it('agrees with a case-insensitive regex on every keyword, on generated texts', () => {
    const alphabet = fc.constantFrom(...'aAbBéÉèsSkK-+@:/ _1ſıİ'.split(''));
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((cs) => cs.join('').toLowerCase());
    fc.assert(fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')), (keywords, text) => {
      const ref = reference(keywords, text);
      const hits = new KeywordAutomaton(keywords).scan(text);
      for (const k of keywords) {
        expect(list(hits.positions(k))).toEqual(ref.get(k));
        expect(hits.has(k)).toBe((ref.get(k) ?? []).length > 0);
      }
    }), { numRuns: 300 });
  });
});

describe('keyword automaton, built-in rules', () => {
  it("agrees with a case-insensitive regex on every built-in keyword, on the rules' examples", () => {
    const specs = builtinRuleSpecs();
    const keywords = [...new Set(specs.flatMap((s) => (s.keywords ?? []).map((k) => k.toLowerCase())))];
    const text = specs.flatMap((s) => [...s.examples.match, ...s.examples['no-match']]).join('\n');
    const hits = new KeywordAutomaton(keywords).scan(text);
    const ref = reference(keywords, text);
    expect(keywords.length).toBeGreaterThan(100);
    for (const k of keywords) expect([k, list(hits.positions(k))]).toEqual([k, ref.get(k)]);
  });
});

describe('keyword automaton, large alphabets', () => {
  it('takes keywords in any number of distinct characters (user rules may mix scripts)', () => {
    const keywords = Array.from({ length: 400 }, (_, i) => String.fromCharCode(0x4e00 + i) + 'x');
    const hits = new KeywordAutomaton(keywords).scan(`a ${keywords[399]} b ${keywords[0]}`);
    expect(list(hits.positions(keywords[399]!))).toEqual([2]);
    expect(list(hits.positions(keywords[0]!))).toEqual([7]);
    expect(hits.has(keywords[1]!)).toBe(false);
  });
});

describe('keyword automaton, prebuilt tables', () => {
  const samePasses = (a: KeywordAutomaton, b: KeywordAutomaton, keywords: readonly string[], text: string): void => {
    const [x, y] = [a.scan(text), b.scan(text)];
    for (const k of keywords) expect([k, list(x.positions(k.toLowerCase()))]).toEqual([k, list(y.positions(k.toLowerCase()))]);
  };
  const json = (a: KeywordAutomaton) => JSON.parse(JSON.stringify(a));

  it('restored from its JSON, scans as the automaton it was made from (property)', () => {
    const alphabet = fc.constantFrom(...'aAbBéÉèsSkK-+@:/ _1ſıİ’\''.split(''));
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')), (keywords, text) => {
      const built = new KeywordAutomaton(keywords);
      const restored = new KeywordAutomaton(keywords, json(built));
      samePasses(restored, built, keywords, text);
      expect(json(restored)).toEqual(json(built));
    }), { numRuns: 300 });
  });

  it('takes tables made for the same keywords as they are, without building', () => {
    const tables = json(new KeywordAutomaton(['iban', 'bic']));
    tables.terminal = tables.terminal.map(() => 0); // tables that recognise no keyword
    expect(new KeywordAutomaton(['IBAN', 'bic'], tables).scan('IBAN et BIC').has('iban')).toBe(false);
  });

  it('ignores tables made for other keywords', () => {
    const a = new KeywordAutomaton(['iban', 'siret'], json(new KeywordAutomaton(['iban', 'bic'])));
    const hits = a.scan('IBAN et SIRET, BIC');
    expect(list(hits.positions('siret'))).toEqual([8]);
    expect(list(hits.positions('iban'))).toEqual([0]);
    expect(hits.positions('bic')).toBeUndefined();
  });

  it('are the default rule set’s (npm run build writes them): a run without configuration restores them', () => {
    const tables = JSON.parse(readFileSync(PREBUILT_KEYWORDS, 'utf8'));
    const keywords = prefilterKeywords(configuredRuleSet({ config: {}, file: null, dir: process.cwd() }, [], process.cwd()).rules);
    const built = new KeywordAutomaton(keywords);
    expect(tables.keywords).toEqual(built.keywords);
    samePasses(new KeywordAutomaton(keywords, tables), built, keywords, builtinRuleSpecs().flatMap((s) => s.examples.match).join('\n'));
  });
});

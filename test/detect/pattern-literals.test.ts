// Built-in rules carry, per pattern, literals one of which every match holds (patternLiterals, set
// by the build): a short text holding none is not searched with the pattern before it first runs.
// That must never lose a match.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePatterns, holdsLiteral } from '../../src/detect/pattern.js';
import { builtinRuleSpecs, readRuleData, scanningSpec } from '../../src/rules/builtin.js';
import { compileRules } from '../../src/rules/compile.js';
import { scanText } from '../../src/engine/scan.js';
import { SNIPPET } from '../bench/corpus.js';

const specs = builtinRuleSpecs().map(scanningSpec);
const root = join(import.meta.dirname, '..', '..');
const fixtureTexts = readdirSync(join(root, 'fixtures'), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(txt|md|csv|json|yaml|env|log)$/.test(e.name))
  .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
const exampleTexts = builtinRuleSpecs().flatMap((s) => [...s.examples.match, ...s.examples['no-match']]);
/** Each text as written, in capitals, in small letters, and with the two characters that fold to ASCII letters. */
const texts = [...exampleTexts, ...fixtureTexts, SNIPPET].flatMap((t) => [
  t, t.toUpperCase(), t.toLowerCase(), t.replace(/s/g, '\u017f').replace(/k/g, '\u212a'), t.replace(/S/g, '\u017f').replace(/K/g, '\u212a'),
]);

describe('pattern literals (built-in rules)', () => {
  it('are carried by most built-in patterns', () => {
    const carried = specs.flatMap((s) => s.literals ?? []).filter((l) => l !== null);
    expect(carried.length).toBeGreaterThan(80);
  });

  it('are held by every text a pattern matches: examples, fixtures, and their case and folding variants', () => {
    const missed: string[] = [];
    let matched = 0;
    for (const spec of specs) {
      if (!spec.literals) continue;
      const regexes = compilePatterns(spec);
      const caseless = (spec.flags ?? '').includes('i');
      spec.literals.forEach((literals, i) => {
        if (!literals) return;
        const re = new RegExp((regexes[i] as RegExp).source, (regexes[i] as RegExp).flags.replace('g', ''));
        for (const text of texts) {
          if (!re.test(text)) continue;
          matched++;
          if (!holdsLiteral(text, literals, caseless)) missed.push(`${spec.id}#${i}: ${JSON.stringify(text.slice(0, 80))}`);
        }
      });
    }
    expect(missed).toEqual([]);
    expect(matched).toBeGreaterThan(1000); // the texts do exercise the patterns
  });

  it('rule out the buyer-reference patterns that a typical snippet cannot match', () => {
    const buyerRef = specs.find((s) => s.id === 'tender.buyer-ref')!;
    const held = buyerRef.literals!.map((l) => (l ? holdsLiteral(SNIPPET, l, true) : true));
    expect(held).toEqual([false, true, true, false, false]); // the `:` and `réf…` patterns run («reformuler»)
  });

  it('change no finding: a fresh rule set of the scanning rules per text finds what the full rules find', () => {
    const full = compileRules(builtinRuleSpecs(), readRuleData);
    const sample = [SNIPPET, ...fixtureTexts, ...builtinRuleSpecs().map((s) => s.examples.match.join('\n'))];
    for (const text of sample) {
      const fresh = compileRules(specs, readRuleData, { lazy: () => true }); // no pattern has run yet
      expect(scanText(text, fresh)).toEqual(scanText(text, full));
    }
  });
});

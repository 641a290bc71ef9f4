// tender.buyer-ref scans n° and nº with one pattern led by `[°º]`: it must find exactly what one
// scan per sign finds (no match holds either sign after its first character).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRuleSet } from '../../src/rules/builtin.js';

const spec = builtinRuleSet().rules.find((r) => r.id === 'tender.buyer-ref')!.spec;
const merged = spec.patterns!.find((p) => p.startsWith('[°º]'))!;
const matches = (src: string, text: string): string[] =>
  [...text.matchAll(new RegExp(src, `gu${spec.flags ?? ''}`))].map((m) => `${m.index}:${m[0]}`);

describe('tender.buyer-ref, n° and nº', () => {
  it('one scan of both signs finds what a scan of each finds, on generated texts', () => {
    const rest = merged.slice('[°º]'.length);
    const reference = fc.tuple(
      fc.constantFrom('Marché', 'marchés publics', 'consultation', 'Lot', 'MAPA', 'DSP', 'x', ''),
      fc.constantFrom(' n', ' N', 'n', ' no'),
      fc.constantFrom('°', 'º', '°º', 'ºs', '°s'),
      fc.constantFrom(' ', ': ', '', '.', ' º', '°'),
      fc.constantFrom('2024-AO-15', 'BC/2024/118', 'º2', '3', 'A1°', 'x', '12 €', ''),
      fc.constantFrom(' ', '\n', ', ', '°', 'º', ''),
    ).map((p) => p.join(''));
    let found = 0;
    fc.assert(fc.property(fc.array(reference, { maxLength: 8 }), (parts) => {
      const text = parts.join('');
      const separate = [...matches(`°${rest}`, text), ...matches(`º${rest}`, text)]
        .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
      expect(matches(merged, text)).toEqual(separate);
      found += separate.length;
    }), { numRuns: 1000 });
    expect(found).toBeGreaterThan(20);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEAD_DIGIT, LEAD_LOWER, LEAD_OTHER, LEAD_UPPER, captureCount, kindsOf, leadOf, leadWidth, unionSource } from '../../src/detect/regex-source.js';
import { scanText } from '../../src/engine/scan.js';
import { nextCodePoint } from '../../src/detect/text.js';
import { stickyOf, unionOf, walkTogether } from '../../src/engine/shared-passes.js';
import { builtinRuleSet } from '../../src/rules/builtin.js';
import { generateText } from '../bench/corpus.js';

/** The kinds of character a match of `src` may start with, or null when leadOf cannot tell. */
function leadKinds(src: string, ignoreCase = false): number | null {
  const lead = leadOf(src, ignoreCase);
  return lead && kindsOf(lead);
}

/** A regex's own global scan, as the pattern detector runs it: [index, text] of each non-empty match. */
function ownScan(re: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) { re.lastIndex = nextCodePoint(text, m.index); continue; }
    out.push([m.index, m[0]]);
  }
  return out;
}

function together(regexes: RegExp[], text: string): [number, string][][] {
  const found: [number, string][][] = regexes.map(() => []);
  walkTogether(text, unionOf(regexes.map((r) => r.source), 'gu')!, regexes.map(stickyOf), (j, m) => found[j]!.push([m.index, m[0]]));
  return found;
}

describe('walking several regexes together', () => {
  const regexes = [/\d\d/gu, /\d-\d+/gu, /(\d)\1/gu, /(?<![0-9])\d{3}(?=a)/gu, /a*/gu, /(?<x>[ab])\k<x>-?\d/gu];

  it('gives each regex exactly its own matches, overlapping ones included', () => {
    expect(together(regexes, '1123-45 aab1 999a 22-3')).toEqual(regexes.map((re) => ownScan(re, '1123-45 aab1 999a 22-3')));
  });

  it('agrees with each regex’s own scan on generated texts', () => {
    const text = fc.array(fc.constantFrom(...'0123-ab 𝒳é'.split('')), { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, (t) => {
      expect(together(regexes, t)).toEqual(regexes.map((re) => ownScan(re, t)));
    }), { numRuns: 500 });
  });
});

describe('reading regex sources', () => {
  it.each([
    ['\\d{3}', '', LEAD_DIGIT],
    ['[2-6]\\d(?<![\\p{L}\\p{N}]\\d)', '', LEAD_DIGIT],
    ['(?<![\\p{L}\\p{N}])[A-Z]{2}\\d\\d', '', LEAD_UPPER],
    ['(?:CNIe?|[Cc]arte)', '', LEAD_UPPER | LEAD_LOWER],
    ['iban', 'i', LEAD_UPPER | LEAD_LOWER | LEAD_OTHER], // with i, ſ and K (Kelvin) fold to s and k
    ['\\+33|0[67]', '', LEAD_OTHER | LEAD_DIGIT],
    ['[^a]', '', LEAD_DIGIT | LEAD_UPPER | LEAD_LOWER | LEAD_OTHER],
    ['\\p{Lu}x', '', LEAD_DIGIT | LEAD_UPPER | LEAD_LOWER | LEAD_OTHER],
    ['[\\-.]x', '', LEAD_OTHER],
    ['[\\b]x', '', LEAD_OTHER], // a backspace, in a class
    ['\\cJx', '', LEAD_DIGIT | LEAD_UPPER | LEAD_LOWER | LEAD_OTHER],
  ])('%s (flags %s) starts with kinds %i', (src, flags, kinds) => {
    expect(leadKinds(src, flags.includes('i'))).toBe(kinds);
  });

  it('tells how many characters a match may start with', () => {
    expect(leadWidth(leadOf('\\d{3}')!)).toBe(10);
    expect(leadWidth(leadOf('[A-Za-z]{2}\\d\\d')!)).toBe(52);
    expect(leadWidth(leadOf('(?:[Tt]ender|RFP|°)')!)).toBe(4);
    expect(leadWidth(leadOf('[\\p{L}]x')!)).toBe(Infinity);
  });

  it.each(['s?x', 'a|', '^x', '\\bword', '(?:a|b?)c', 'x{0,2}y', '.x', ''])('cannot tell what %s starts with', (src) => {
    expect(leadKinds(src)).toBeNull();
  });

  it('counts capturing groups, named ones included, not other groups or brackets in classes', () => {
    expect(captureCount('(a)(?:b)(?<n>c)(?=d)(?<!e)[(]\\(')).toBe(2);
  });

  it('gives no alternation, rather than an error, for sources that cannot sit side by side', () => {
    expect(unionOf(['a(', 'b'], 'gu')).toBeNull();
    expect(unionOf(['a', 'b'], 'gu')?.flags).toBe('gu');
  });

  it('puts sources side by side without their groups colliding', () => {
    const u = new RegExp(unionSource(['(\\d)-\\1(?<x>a)\\k<x>', '([a-z])\\1(?<x>b)\\k<x>']), 'u');
    expect(u.exec('zz 1-1aa')?.[0]).toBe('1-1aa');
    expect(u.exec('cc1bb')).toBeNull();
    expect(u.exec('ccbb')?.[0]).toBe('ccbb');
  });
});

describe('leads of the built-in patterns', () => {
  it('contain the first character of every match of every pattern on its rule’s examples', () => {
    let checked = 0;
    for (const spec of builtinRuleSet().rules.map((r) => r.spec)) {
      if ((spec.detector ?? 'pattern') !== 'pattern') continue;
      const texts = [...spec.examples.match, ...spec.examples['no-match']];
      (spec.patterns ?? [spec.pattern as string]).forEach((src) => {
        const lead = leadOf(src, (spec.flags ?? '').includes('i'));
        if (!lead) return;
        const re = new RegExp(src, `gu${spec.flags ?? ''}`);
        for (const t of texts) {
          for (const m of t.matchAll(re)) {
            if (m[0].length === 0) continue;
            const c = m[0].charCodeAt(0);
            expect([spec.id, m[0], c < 128 ? Boolean((lead.ascii >> BigInt(c)) & 1n) : lead.others > 0]).toEqual([spec.id, m[0], true]);
            checked++;
          }
        }
      });
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe('shared passes in a scan', () => {
  const set = builtinRuleSet();
  it('never change the findings of a long text dense with values', () => {
    const text = generateText(120_000, { seed: 5 });
    const shared = scanText(text, set);
    expect(shared.length).toBeGreaterThan(100);
    expect(shared).toEqual(scanText(text, set, { sharedPassMinLength: Infinity }));
    expect(shared).toEqual(scanText(text, set, { prefilter: false }));
  });
});

// Keyword-led patterns: a pattern whose every match starts with a literal holding one of its rule's
// keywords is tried only where the keyword pass found that keyword, instead of walking the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalPrefixes } from '../../src/detect/regex-source.js';
import { keywordLead } from '../../src/detect/pattern.js';
import { KeywordAutomaton } from '../../src/engine/keywords.js';
import { builtinRuleSet } from '../../src/rules/builtin.js';
import type { Candidate } from '../../src/types.js';

const sorted = (cs: Candidate[]): Candidate[] => [...cs].sort((a, b) => a.start - b.start || a.end - b.end || a.confidence - b.confidence);

describe('literal prefixes of a regex source', () => {
  it.each([
    ['abc\\d+', ['abc']],
    ['(?:[Kk]ey|KEY)s?=', ['Keys=', 'keys=', 'KEYs=', 'Key=', 'key=', 'KEY=']],
    ['g(?<![A-Za-z0-9_-]g)h[pousr]_[A-Za-z0-9]{36}', ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']],
    ['\\bx(?=y)z', ['xz']],
    ['--(?:pass|pwd)[ =]["\']?\\S', ['--pass "', "--pass '", '--pass="', "--pass='", '--pwd "', "--pwd '", '--pwd="', "--pwd='", '--pass ', '--pass=', '--pwd ', '--pwd=']],
    ['ab+c', ['ab']],
    ['ab{2}c', ['ab']],
    ['ab*c', ['a']],
    ['a(?:b|c\\d)d', ['ab', 'ac']],
    ['a(?:x|)b', ['a']],
    ['x?y', ['xy', 'y']],
    ['\\d{3}', null],
    ['[^a]b', null],
  ] as const)('%s', (src, expected) => {
    const got = literalPrefixes(src);
    expect(got && [...got].sort()).toEqual(expected && [...expected].sort());
  });

  it('starts every match of every built-in pattern on its rule’s examples', () => {
    let checked = 0;
    for (const spec of builtinRuleSet().rules.map((r) => r.spec)) {
      if ((spec.detector ?? 'pattern') !== 'pattern' || (spec.flags ?? '').includes('i')) continue;
      const texts = [...spec.examples.match, ...spec.examples['no-match']];
      for (const src of spec.patterns ?? [spec.pattern as string]) {
        const prefixes = literalPrefixes(src);
        if (!prefixes) continue;
        for (const t of texts) {
          for (const m of t.matchAll(new RegExp(src, `gu${spec.flags ?? ''}`))) {
            expect([spec.id, m[0], prefixes.some((p) => m[0].startsWith(p))]).toEqual([spec.id, m[0], true]);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('keyword leads', () => {
  it('find the keyword a prefix holds, and where', () => {
    expect(keywordLead('(?:[Tt]oken|TOKEN)s?:', ['key', 'token'], '')).toEqual([{ keyword: 'token', offset: 0 }]);
    expect(keywordLead('--(?:password|pass)=', ['pass', 'pwd'], '')).toEqual([{ keyword: 'pass', offset: 2 }]);
    expect(keywordLead('[Cc]l[ée] :', ['clé', 'cle'], '')).toEqual([{ keyword: 'clé', offset: 0 }, { keyword: 'cle', offset: 0 }]);
    // The longest keyword wins (fewer hits to try).
    expect(keywordLead('sk-ant-\\d', ['sk-', 'sk-ant-'], '')).toEqual([{ keyword: 'sk-ant-', offset: 0 }]);
  });

  it('are refused when a prefix holds no keyword, or with the i flag', () => {
    expect(keywordLead('(?:token|jeton)=', ['token'], '')).toBeNull();
    expect(keywordLead('token=', ['token'], 'i')).toBeNull();
    expect(keywordLead('\\d+token', ['token'], '')).toBeNull();
    // A capital that folds otherwise than the keyword pass does (Kelvin sign, capital sharp s) holds no keyword.
    expect(keywordLead('\u212Aey=', ['key'], '')).toBeNull();
    expect(keywordLead('\u1E9E=', ['\u00DF'], '')).toBeNull();
  });
});

describe('keyword-led rules', () => {
  const set = builtinRuleSet();
  const rules = set.rules.filter((r) => (r.spec.detector ?? 'pattern') === 'pattern' && (r.spec.patterns ?? [r.spec.pattern as string])
    .some((src) => keywordLead(src, r.keywords, r.spec.flags ?? '') !== null));
  const automaton = new KeywordAutomaton(set.rules.flatMap((r) => r.keywords));
  const labels = [
    'token', 'TOKEN', 'Token', 'tokens', 'key', 'KEY', 'api_key', 'public_key', 'clé', 'Cle', 'jeton', 'secret', 'SECRET_KEY',
    'password', 'PASSWORD', 'pass', 'pwd', 'mdp', 'mot de passe', '--password', 'mysql -u root', 'sshpass', 'machine', 'login',
    'ghp_', 'gho_', 'sk-', 'sk-ant-api03-', 'SK', 'AKIA', 'AIza', 'hf_', 'xoxb-', 'é', 'K', 'ſ',
  ];
  const separators = ['', ' ', '\n', ':', ' = ', '=', '"', "'", ': ', '-', ' -p', '=>'];
  const values = [
    'EXAMPLEexample0123FAKEfake', '0123456789abcdef0123456789abcdef', 'aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5hJ7',
    'xxxxxxxxxxxxxxxx', 'Az9', 'S3cr3t!', '', 'word',
  ];
  const piece = fc.tuple(fc.constantFrom(...labels), fc.constantFrom(...separators), fc.constantFrom(...values), fc.constantFrom(...separators))
    .map((p) => p.join(''));
  const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));

  it('cover the secret rules', () => {
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['secret.generic-api-key', 'secret.github-token', 'secret.password']));
  });

  it('find what a scan of the whole text finds, on generated texts', () => {
    let found = 0;
    fc.assert(fc.property(text, (t) => {
      const hits = automaton.scan(t);
      for (const r of rules) {
        const led = r.detect(t, { prefilter: true, keywordHits: hits, walkTogether: true });
        expect(sorted(led)).toEqual(sorted(r.detect(t, { prefilter: false })));
        found += led.length;
      }
    }), { numRuns: 300 });
    expect(found).toBeGreaterThan(50);
  });
});

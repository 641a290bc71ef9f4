// Keyword-led patterns: a pattern whose every match starts with a literal holding one of its rule's
// keywords is tried only where the keyword pass found that keyword, instead of walking the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalPrefixes } from '../../src/detect/regex-source.js';
import { keywordLead, patternDetector } from '../../src/detect/pattern.js';
import { KeywordAutomaton } from '../../src/engine/keywords.js';
import { builtinRuleSet } from '../../src/rules/builtin.js';
import type { Candidate, RuleSpec } from '../../src/types.js';

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
    // Characters beyond one UTF-16 unit end the literal (written, escaped or in a class).
    ['a😀b', ['a']],
    ['a\\u{1F600}b', ['a']],
    ['a[\\u{1F600}x]b', ['a']],
    ['a\\uD83D\\uDE00', ['a']],
  ] as const)('%s', (src, expected) => {
    const got = literalPrefixes(src);
    expect(got?.every((l) => l.before === 0)).not.toBe(false);
    expect(got && got.map((l) => l.text).sort()).toEqual(expected && [...expected].sort());
  });

  it('widen whole literals backwards with the look-behind that follows them', () => {
    const sorted = (src: string): string[] | undefined => literalPrefixes(src)?.map((l) => `${l.before}:${l.text}`).sort();
    expect(sorted('ultation(?<=(?<![a-z])consultation)\\s')).toEqual(['4:consultation']);
    // A literal the look-behind cannot end with is dropped (OJ alone, FORMS); one it ends with stays.
    expect(sorted('(?:OJ(?: ?S)?|[Ff]orms|FORMS)(?<=OJ ?S|[Ee]Forms|eforms)\\d')).toEqual(['0:OJ S', '0:OJS', '1:EForms', '1:eForms', '1:eforms']);
    expect(sorted('(?<=ab)c')).toEqual(['2:abc']);
    expect(sorted('abc(?<=\\dbc)d')).toEqual(['0:abcd']);
    // Look-aheads and negative look-behinds tell nothing; a truncated look-behind still tells its end.
    expect(sorted('x(?<!y)(?=z)z')).toEqual(['0:xz']);
    expect(sorted('c(?<=\\d+bc)')).toEqual(['1:bc']);
  });

  it('hold around every match of every built-in pattern on its rule’s examples', () => {
    let checked = 0;
    for (const spec of builtinRuleSet().rules.map((r) => r.spec)) {
      if ((spec.detector ?? 'pattern') !== 'pattern' || (spec.flags ?? '').includes('i')) continue;
      const texts = [...spec.examples.match, ...spec.examples['no-match']];
      for (const src of spec.patterns ?? [spec.pattern as string]) {
        const literals = literalPrefixes(src);
        if (!literals) continue;
        for (const t of texts) {
          for (const m of t.matchAll(new RegExp(src, `gu${spec.flags ?? ''}`))) {
            const held = literals.some((l) => t.slice(m.index - l.before, m.index - l.before + l.text.length) === l.text);
            expect([spec.id, m[0], held]).toEqual([spec.id, m[0], true]);
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
    // From a look-behind: the keyword starts before the match.
    expect(keywordLead('[Ff]orms(?<=[Ee][Ff]orms)\\d', ['eforms'], '')).toEqual([{ keyword: 'eforms', offset: -1 }]);
  });

  it('follow optional atoms past a few dozen literals (« mot(s) de passe » in any spelling, mdp)', () => {
    const lead = keywordLead("[Mm](?:ots?[ _-]?de[ _-]?passe|OTS?[ _-]?DE[ _-]?PASSE|dp|DP)s?:", ['pass', 'mdp'], '');
    // « motdepasse » … « mots de passe »: pass 5 to 8 characters after the start; mdp at it.
    expect(lead?.map((k) => `${k.keyword}@${k.offset}`).sort()).toEqual(['mdp@0', 'pass@5', 'pass@6', 'pass@7', 'pass@8']);
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
    'TED', 'eForms', 'Forms', 'FORMS', 'OJ S', 'OJEU', 'JOUE', 'avis européen', 'AVIS EUROPEEN', 'BOAMP', 'Avis', 'annonce', 'IdWeb', 'n°',
  ];
  const separators = ['', ' ', '\n', ':', ' = ', '=', '"', "'", ': ', '-', ' -p', '=>', ' n° ', ' du '];
  const values = [
    'EXAMPLEexample0123FAKEfake', '0123456789abcdef0123456789abcdef', 'aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5hJ7',
    'xxxxxxxxxxxxxxxx', 'Az9', 'S3cr3t!', '', 'word', '123456-2024', '24-123456', '2024/S 123-456789',
  ];
  const piece = fc.tuple(fc.constantFrom(...labels), fc.constantFrom(...separators), fc.constantFrom(...values), fc.constantFrom(...separators))
    .map((p) => p.join(''));
  // Padded (without keywords) half of the time: keyword hits are then sparse enough to be tried
  // one by one; otherwise a walk of the text is cheaper and taken.
  const text = fc.tuple(fc.array(piece, { maxLength: 12 }), fc.boolean()).map(([p, pad]) => p.join('') + (pad ? '\n'.repeat(20_000) : ''));

  it('take the rule’s keywords in any case, as the keyword pass does', () => {
    const rule = patternDetector({ id: 'x.led', type: 'X', severity: 'low', title: { en: 'x', fr: 'x' }, keywords: ['ToKeN'], pattern: 'token=(?<value>\\d+)', examples: { match: [], 'no-match': [] } } as RuleSpec, { readData: () => '' });
    const text = `token=12 ${'\n'.repeat(4000)}`;
    const hits = new KeywordAutomaton(['token']).scan(text);
    // Hits that are not the keyword's would be found only if the pattern were led by them.
    const fake = { has: () => true, positions: (k: string) => (k === 'token' ? [] : undefined) };
    expect(rule(text, { prefilter: true, keywordHits: hits, walkTogether: true })).toHaveLength(1);
    expect(rule(text, { prefilter: true, keywordHits: fake, walkTogether: true })).toHaveLength(0);
  });

  it('cover the secret rules and the tender notices', () => {
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['secret.generic-api-key', 'secret.github-token', 'secret.password', 'tender.eforms-notice', 'tender.boamp-notice']));
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

// Typographic apostrophes stay in the normalised text (no copy of the text to fold them); every
// matcher must treat `’` and `‘` exactly as `'`, which is what folding them used to give.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writtenSources } from '../../src/detect/pattern.js';
import { apostropheTransparent } from '../../src/detect/regex-source.js';
import { KeywordAutomaton } from '../../src/engine/keywords.js';
import { scanText } from '../../src/engine/scan.js';
import { builtinRuleSet, PACKAGE_ROOT } from '../../src/rules/builtin.js';
import { generateText } from '../bench/corpus.js';

/** Keyword positions as a plain array (the pass returns typed arrays). */
const list = (p: ArrayLike<number> | undefined): number[] | undefined => (p ? Array.from(p) : undefined);

const APOSTROPHES = ["'", '\u2019', '\u2018'];

/** Whether `source` (anchored) matches each of the three apostrophes. */
const matchesEach = (source: string, flags = 'u'): boolean[] => {
  const re = new RegExp(`^(?:${source})$`, flags);
  return APOSTROPHES.map((a) => re.test(a));
};

describe('apostropheTransparent', () => {
  it.each([
    ["'", null],
    ['\\x27', null],
    ['\\u0027', null],
    ["[A-Z'-]", 'Q'],
    ['[ -~]', '~'],
    ["[^\\s\"'<>]", 'x'],
    ['[^\\s]', 'x'],
    ['\\p{Po}', '!'],
    ['\\p{Pf}', '\u00BB'],
    ['[\\u2010-\\u2027]', '\u2013'],
    ['\u2019', null],
    ['.', 'x'],
    ["[-'a]", '-'],
    ["[^-'a]", 'b'],
  ])('makes %s match `’` and `‘` exactly when it matches `\'`', (source, other) => {
    const rewritten = apostropheTransparent(source);
    const plain = new RegExp(`^(?:${source})$`, 'u').test("'");
    expect(matchesEach(rewritten)).toEqual([plain, plain, plain]);
    // What else it matched, it still matches.
    if (other !== null) expect(new RegExp(`^(?:${rewritten})$`, 'u').test(other)).toBe(true);
  });

  it('keeps a trailing hyphen of a class literal (the apostrophes go first, not into a range)', () => {
    const re = new RegExp(`^${apostropheTransparent("[a-z'-]+")}$`, 'u');
    expect(re.test('aujourd\u2019hui-l\u00E0'.replace('\u00E0', 'a'))).toBe(true);
    expect(re.test('\u2018-\u2019')).toBe(true);
    expect(re.test('\u2020')).toBe(false); // between ‘ and ’ in code order: no range was made
  });

  it('keeps a class one class: `‘’` join a class holding `\'` and a negated one leaving it out', () => {
    expect(apostropheTransparent("[A-Z'-]")).toBe("[\\u2018\\u2019A-Z'-]");
    expect(apostropheTransparent("[^\\s\"'<>]+")).toBe("[^\\u2018\\u2019\\s\"'<>]+");
    expect(apostropheTransparent("[-'a]")).toBe("[\\u2018\\u2019\\-'a]");
  });

  it('leaves sources without apostrophes, groups, look-arounds and back-references as they are', () => {
    for (const s of ['\\d{2}(?<sep>[ .-])\\d{2}\\k<sep>\\d{2}', '(?<![0-9A-Za-z])FR\\d{2}(?=\\s)', '(a|b)\\1', '\\bx\\B{1,3}'.replace('{1,3}', '')]) {
      expect(apostropheTransparent(s)).toBe(s);
    }
  });

  it('is right on every built-in pattern, checked on the three apostrophes at each atom', () => {
    // Every source compiles, and each rewritten source matches a sample with `’` exactly where the
    // original matches the same sample with `'` (the rule examples are the samples).
    for (const rule of builtinRuleSet().rules) {
      const spec = rule.spec;
      for (const source of writtenSources(spec)) {
        const flags = `gu${spec.flags ?? ''}`;
        const rewritten = new RegExp(apostropheTransparent(source, spec.flags), flags);
        const original = new RegExp(source, flags);
        for (const sample of [...spec.examples.match, ...spec.examples['no-match']]) {
          const plain = sample.replace(/[\u2018\u2019]/g, "'");
          let k = 0;
          const typographic = plain.replace(/'/g, () => APOSTROPHES[1 + (k++ % 2)] as string);
          const spans = (re: RegExp, t: string): string[] => [...t.matchAll(re)].map((m) => `${m.index}+${m[0].length}`);
          expect(spans(rewritten, typographic), `${rule.id}: ${sample}`).toEqual(spans(original, plain));
        }
      }
    }
  });
});

describe('the keyword pass', () => {
  it('finds a keyword written with `\'` where the text has `’` or `‘`', () => {
    const hits = new KeywordAutomaton(["appel d'offres", 'mot de passe']).scan('Un Appel d\u2019offres, un appel d\u2018offres.');
    expect(list(hits.positions("appel d'offres"))).toEqual([3, 22]);
  });
});

describe('scanning', () => {
  /** Texts with apostrophes: fixtures, every rule example, and generated French prose. */
  const texts: string[] = [
    generateText(60_000, { seed: 3 }),
    "Contact : Apolline d'Arbaud, a.darbaud@causses-cevennes.fr ; agent rédacteur : Josiane D'ARBAUD.",
    "Rendez-vous au 204 ter rue de l'Étang, 34830 Clapiers, chez M. Jean-Luc d'Ormesson et Marie O'Brien.",
    "nom_famille : 'Girard' ; 'Prénom' : 'Josiane' ; résidence l'Orée du Bois, bât. B, 12 allée d'Italie 34000 Montpellier",
    "Appel d'offres n° 2024-AO-015 : à l'usage exclusif de l'acheteur ; mot de passe d'accès : 'Fake1969&X'",
    "Voir http://intranet.mairie.local/d'Arbaud' et 'https://gitlab.corp/projet' puis né le 12/03/1981 à l'hôpital.",
  ];
  for (const f of readdirSync(join(PACKAGE_ROOT, 'fixtures'), { recursive: true, encoding: 'utf8' })) {
    if (/\.(txt|md|csv|json)$/.test(f)) texts.push(readFileSync(join(PACKAGE_ROOT, 'fixtures', f), 'utf8'));
  }
  const set = builtinRuleSet();
  for (const r of set.rules) texts.push(...r.spec.examples.match, ...r.spec.examples['no-match']);

  it('finds exactly what it finds once typographic apostrophes are made plain', () => {
    const row = (f: ReturnType<typeof scanText>[number]): string =>
      [f.ruleId, f.type, f.start, f.end, f.severity, f.confidence, f.blocking, f.tag, f.entityKey, f.preview, f.fingerprint].join('|');
    let compared = 0;
    for (const base of texts) {
      if (!/['\u2018\u2019]/.test(base)) continue;
      const plain = base.replace(/[\u2018\u2019]/g, "'");
      let k = 0;
      const typographic = plain.replace(/'/g, () => APOSTROPHES[1 + (k++ % 2)] as string);
      expect(scanText(typographic, set).map(row), typographic.slice(0, 200)).toEqual(scanText(plain, set).map(row));
      compared++;
    }
    expect(compared).toBeGreaterThan(30);
  });
});

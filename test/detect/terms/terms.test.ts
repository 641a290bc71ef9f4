// Organisation terms: folding, whole words, leftmost-longest, term lists and their errors.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldedLength, foldTableOf, foldTerm, foldTerms, SEPARATOR, SKIP, wordTableOf } from '../../../src/detect/terms/fold.js';
import { TermTrie } from '../../../src/detect/terms/term-trie.js';
import { parseTermList, TermListError } from '../../../src/detect/terms/term-file.js';
import { compileTerms, termsDetector } from '../../../src/detect/terms/terms-detector.js';
import { scanText } from '../../../src/engine/scan.js';
import { compileRules } from '../../../src/rules/compile.js';
import { RuleError } from '../../../src/rules/rule-error.js';
import type { RuleSpec } from '../../../src/types.js';

const spec = (options: Record<string, unknown>, extra: Partial<RuleSpec> = {}): RuleSpec => ({
  id: 'terms.test', type: 'CUSTOM_TERM', title: { en: 'Terms', fr: 'Termes' }, severity: 'high',
  detector: 'terms', options, examples: { match: [], 'no-match': [] }, source: '/virtual/.caviard.yaml', ...extra,
});
const setOf = (terms: unknown[], files: Record<string, string> = {}) =>
  compileRules([spec({ terms })], (_src, rel) => files[rel] ?? '');
const found = (terms: unknown[], text: string) => scanText(text, setOf(terms)).map((f) => text.slice(f.start, f.end));

describe('matching', () => {
  it.each([
    ['Hermès', 'Le projet HERMES avance.', ['HERMES']],
    ['Hermes', 'Le projet Hermès avance.', ['Hermès']],
    ['Hermès', 'Le projet Herme\u0300s (décomposé).', ['Herme\u0300s']],
    ['Projet Hermès', 'Voir le projet   hermès\net le Projet\nHermès.', ['projet   hermès', 'Projet\nHermès']],
    ['Saint-Étienne', 'Réunion à Saint Etienne puis à SAINT-ÉTIENNE.', ['Saint Etienne', 'SAINT-ÉTIENNE']],
    ['Hermès', 'Les hermésiens et Hermèsville ne comptent pas.', []],
    ['ACME', "Chez l'ACME, (ACME) et ACME.", ['ACME', 'ACME', 'ACME']],
    ['ACME', 'ACMES, XACME, ACME2 ne sont pas des mots entiers.', []],
    ["Val d'Orbelle", "Bâtiments du Val d'Orbelle", ["Val d'Orbelle"]],
  ])('%s in %j', (term, text, expected) => {
    expect(found([term], text)).toEqual(expected);
  });

  it('prefers the longest term at a position, then moves on (leftmost-longest)', () => {
    expect(found(['Hermès', 'Projet Hermès', 'Projet'], 'Le Projet Hermès et le projet Orion.')).toEqual(['Projet Hermès', 'projet']);
  });

  it('maps offsets back through no-break spaces and zero-width characters', () => {
    const text = 'Projet\u00a0Her\u200bmès : lancement';
    expect(found(['Projet Hermès'], text)).toEqual(['Projet\u00a0Her\u200bmès']);
  });

  it('keeps the first of duplicate terms (after folding)', () => {
    const set = setOf([{ term: 'Orion', type: 'FIRST' }, 'Orionis', { term: 'ORIÒN', type: 'SECOND' }]);
    expect(scanText('Orion et Orionis', set).map((f) => f.type)).toEqual(['FIRST', 'CUSTOM_TERM']);
  });

  it('gives the same identity to every spelling of one term (same placeholder)', () => {
    const f = scanText('HERMES, Hermès, hermes', setOf(['Hermès']));
    expect(new Set(f.map((x) => x.entityKey)).size).toBe(1);
  });

  it('handles a large list (100,000 terms)', { timeout: 60_000 }, () => {
    const terms = Array.from({ length: 100_000 }, (_, i) => `Société ${i.toString(36)} Travaux`);
    const c = compileTerms(terms.map((term, i) => ({ term, line: i + 1 })));
    const hits: number[] = [];
    c.trie.scan('La Société 2s Travaux et la SOCIÉTÉ 255R TRAVAUX, pas la Société 2s Travauxx.', (_s, _e, i) => hits.push(i));
    expect(hits).toEqual([parseInt('2s', 36), parseInt('255r', 36)]);
  });

  it('folds like the scan does', () => {
    expect(foldTerm('  Projet -  HERMÈS ')).toBe('projet hermes');
  });
});

describe('the trie', () => {
  // Each term tried on its own at each word start, as the scan walks (folded units, combining marks
  // skipped, a run of separators as one, the whole-word test at every place a term may end); the
  // longest wins, then the lowest index. The trie must find exactly this, whatever its shape.
  function reference(terms: readonly string[], text: string): Array<[number, number, number]> {
    const fold = foldTableOf();
    const word = wordTableOf();
    const folded = terms.map(foldTerm);
    const n = text.length;
    const endAt = (t: string, i: number): number => {
      if (t === '' || fold[text.charCodeAt(i)] !== t.charCodeAt(0)) return -1;
      let best = -1;
      let k = 1;
      let j = i + 1;
      let lastWord = word[text.charCodeAt(i)] as number;
      for (;;) {
        if (k === t.length && !(lastWord && j < n && word[text.charCodeAt(j)])) best = j;
        if (j >= n) break;
        const f = fold[text.charCodeAt(j)] as number;
        if (f === SKIP) { j++; continue; }
        if (f === SEPARATOR) while (j + 1 < n && fold[text.charCodeAt(j + 1)] === SEPARATOR) j++;
        if (k < t.length && t.charCodeAt(k) === f) { k++; lastWord = word[text.charCodeAt(j)] as number; j++; continue; }
        break;
      }
      return best;
    };
    const out: Array<[number, number, number]> = [];
    let prevWord = 0;
    for (let i = 0; i < n; i++) {
      const w = word[text.charCodeAt(i)] as number;
      if (w && prevWord) continue;
      prevWord = w;
      let bestEnd = -1;
      let bestTerm = -1;
      folded.forEach((t, index) => {
        const end = endAt(t, i);
        if (end > bestEnd) { bestEnd = end; bestTerm = index; }
      });
      if (bestEnd > 0) {
        out.push([i, bestEnd, bestTerm]);
        i = bestEnd - 1;
        prevWord = word[text.charCodeAt(i)] as number;
      }
    }
    return out;
  }

  it('finds what each term tried on its own finds (shared prefixes, tails, duplicates)', () => {
    const term = fc.array(fc.constantFrom('a', 'b', 'é', 'E', ' ', '-', 'x'), { minLength: 1, maxLength: 5 }).map((u) => u.join(''))
      .filter((t) => foldedLength(t) >= 1);
    const text = fc.array(fc.constantFrom('a', 'b', 'e', 'é', 'E', 'e\u0301', '\u0301', ' ', '  ', '-', 'x', '.', 'ab', 'ba'), { maxLength: 20 }).map((u) => u.join(''));
    fc.assert(fc.property(fc.array(term, { minLength: 1, maxLength: 8 }), text, (terms, t) => {
      const trie = new TermTrie(foldTerms(terms));
      const got: Array<[number, number, number]> = [];
      trie.scan(t, (start, end, index) => got.push([start, end, index]));
      expect(got).toEqual(reference(terms, t));
    }), { numRuns: 2000 });
  });
});

describe('per-term type, severity and blocking', () => {
  it('overrides the rule defaults', () => {
    const set = setOf([{ term: 'ACME Travaux', type: 'ORGANISATION', severity: 'medium' }, { term: 'Opération Phénix', severity: 'critical', blocking: true }, 'Orion']);
    const f = scanText('ACME Travaux, opération phénix et Orion', set);
    expect(f.map((x) => [x.type, x.severity, x.blocking])).toEqual([
      ['ORGANISATION', 'medium', false], ['CUSTOM_TERM', 'critical', true], ['CUSTOM_TERM', 'high', false],
    ]);
  });
});

describe('term lists', () => {
  it('reads plain text: one term a line, # comments, blank lines', () => {
    expect(parseTermList('# comment\n\n  Projet Hermès  \r\nGESTAGENT\n', 'terms.txt').map((e) => [e.term, e.line])).toEqual([['Projet Hermès', 3], ['GESTAGENT', 4]]);
  });

  it('reads plain text as trimming each line would: the same terms, lines and errors on any text', () => {
    // What readPlainTerms must match: one string per line, trimmed; blank and # lines skipped;
    // a line with fewer than two letters or digits is an error at its line.
    const reference = (text: string): Array<[string, number]> | number => {
      const out: Array<[string, number]> = [];
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const term = (lines[i] as string).trim();
        if (term === '' || term.startsWith('#')) continue;
        if (foldedLength(term) < 2) return i + 1;
        out.push([term, i + 1]);
      }
      return out;
    };
    const unit = fc.constantFrom(' ', '\t', '\r', '\u00a0', '\u2009', '\ufeff', '#', '-', '\u2013', 'a', 'B', 'é', 'e\u0301', '\u0301', '7', "'");
    fc.assert(fc.property(fc.array(fc.array(unit, { maxLength: 6 }).map((u) => u.join('')), { maxLength: 8 }), (lines) => {
      const text = lines.join('\n');
      const expected = reference(text);
      let got: Array<[string, number]> | number;
      try {
        got = parseTermList(text, 'terms.txt').map((e) => [e.term, e.line]);
      } catch (e) {
        if (!(e instanceof TermListError)) throw e;
        got = e.line ?? -1;
      }
      expect(got).toEqual(expected);
    }), { numRuns: 500 });
  });

  it('reads YAML: terms or mappings', () => {
    const e = parseTermList('- Projet Hermès\n- { term: ACME Travaux, type: PERSON, severity: low }\n', 'terms.yaml');
    expect(e).toMatchObject([{ term: 'Projet Hermès', line: 1 }, { term: 'ACME Travaux', type: 'PERSON', severity: 'low', line: 2 }]);
  });

  it.each([
    ['terms.yaml', '- Hermès\n- { term: ACME, colour: red }\n', 2, 'unknown field "colour"'],
    ['terms.yaml', '- Hermès\n- Orion\n- { term: ACME, severity: huge }\n', 3, 'severity'],
    ['terms.yaml', '- { term: ACME, type: person }\n', 1, 'type'],
    ['terms.yaml', '- { type: PERSON }\n', 1, 'missing field "term"'],
    ['terms.yaml', '- { term: ACME, blocking: yes please }\n', 1, 'blocking'],
    ['terms.yaml', 'term: ACME\n', 1, 'list'],
    ['terms.yaml', '- [unclosed\n', 2, 'invalid YAML'],
    ['terms.txt', 'Hermès\nX\n', 2, 'too short'],
  ])('%s %j → line %i', (file, text, line, problem) => {
    let err: unknown;
    try { parseTermList(text, file); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(TermListError);
    expect((err as TermListError).line).toBe(line);
    expect((err as Error).message).toContain(problem);
  });

  it('a broken term file is a rule error naming the file and the line (exit 2)', () => {
    const set = compileRules([spec({ file: 'org.yaml' })], () => '- Hermès\n- { term: ACME, severity: huge }\n');
    expect(() => scanText('texte', set)).toThrow(RuleError);
    expect(() => scanText('texte', set)).toThrow(/org\.yaml.*line 2/);
  });

  it('reads the file only on first scan', () => {
    let reads = 0;
    const set = compileRules([spec({ file: 'org.txt' })], () => { reads++; return 'Hermès\n'; });
    expect(reads).toBe(0);
    scanText('Hermès', set);
    scanText('Hermès', set);
    expect(reads).toBe(1);
  });

  it('rejects unknown options and rules without terms', () => {
    expect(() => termsDetector(spec({ terms: ['Orion'], colour: 1 }), { readData: () => '' })).toThrow(/options\.colour/);
    expect(() => termsDetector(spec({}), { readData: () => '' })).toThrow(/file/);
  });
});

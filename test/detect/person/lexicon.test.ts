// Name lists: folding, in-place bisection of generated lists, Sets for other lists; shipped data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldWord, NameList, parseList, SORTED_HEADER } from '../../../src/detect/person/lexicon.js';
import { createTokenizer, wordAt } from '../../../src/detect/person/tokens.js';
import { PACKAGE_ROOT } from '../../../src/rules/builtin.js';

describe('foldWord', () => {
  it.each([
    ['Gaëtan', 'gaetan'], ['ÉLODIE', 'elodie'], ['Œuvre', 'oeuvre'], ['d’Arbaud', "d'arbaud"],
    ['Łukasz', 'lukasz'], ['João', 'joao'], ['Nguyễn', 'nguyễn'], ['DUPONT', 'dupont'],
  ])('%s → %s', (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });
});

describe('NameList', () => {
  const names = ['aicha', 'jean', 'jean-pierre', 'karim', 'marie', 'zoe'];
  const sorted = `${SORTED_HEADER}\n${names.join('\n')}\n`;

  it.each([...names.map((n) => [n, true] as const), ['', false], ['jea', false], ['jeanne', false], ['a', false], ['zzz', false], ['# sorted folded list', false]])(
    'bisects a generated list: %s → %s', (key, expected) => {
      expect(new NameList(sorted).has(key)).toBe(expected);
    });

  it('parses any other list (unsorted, accented, with comments) into a Set', () => {
    const list = new NameList('# my names\nZoé\nAïcha\r\nJean\n');
    expect(['zoe', 'aicha', 'jean'].map((k) => list.has(k))).toEqual([true, true, true]);
    expect(list.has('# my names')).toBe(false);
  });

  it.each(['first-names.txt', 'surnames.txt'])('the shipped %s is sorted, folded and marked', (file) => {
    const text = readFileSync(join(PACKAGE_ROOT, 'rules', 'data', 'names', file), 'utf8');
    const lines = text.split('\n');
    expect(lines[0]).toBe(SORTED_HEADER);
    const entries = lines.slice(1).filter((l) => l !== '');
    expect(entries.length).toBeGreaterThan(10_000);
    for (let i = 1; i < entries.length; i++) expect((entries[i - 1] as string) < (entries[i] as string)).toBe(true);
    for (const e of entries) expect(e).toBe(foldWord(e));
  });

  it('parseList ignores comments and blank lines', () => {
    expect([...parseList('# c\n\nRue\n  Avenue \n')]).toEqual(['rue', 'avenue']);
  });
});

describe('tokenizer', () => {
  const tokenize = createTokenizer(() => 'word', () => false);
  it.each([
    ['Jean-Pierre DUPONT', ['Jean-Pierre', 'DUPONT']],
    ["Apolline d'Arbaud et D'ARBAUD", ['Apolline', 'Arbaud', "D'ARBAUD"]],
    ['J.-P. Martin et C. Dubois', ['J.-P.', 'Martin', 'C.', 'Dubois']],
    ['McDonald iPhone Jean2 Jean_x jean@Ville.fr /home/Karim a.Dupont', ['McDonald']],
    ['Łukasz Żak, Œuvre', ['Łukasz', 'Żak', 'Œuvre']],
  ])('%s', (text, expected) => {
    const tokens = tokenize(text);
    const raws = Array.from({ length: tokens.count }, (_, i) => wordAt(tokens, i)?.raw);
    expect(raws).toEqual(expected);
    // Positions agree with the words.
    expect(raws.map((_, i) => text.slice(tokens.start[i], tokens.end[i]))).toEqual(expected);
  });
});

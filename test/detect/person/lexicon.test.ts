// Name lists: folding, in-place bisection of generated lists, Sets for other lists; shipped data.
import { isAscii } from 'node:buffer';
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

  it.each([...names.map((n) => [n, true] as const), ['', false], ['jea', false], ['jeanne', false], ['a', false], ['zzz', false], ['# sorted folded list', false], ['zoé', false]])(
    'bisects a generated list given as bytes the same way: %s → %s', (key, expected) => {
      expect(new NameList(Buffer.from(sorted)).has(key)).toBe(expected);
      expect(new NameList(Buffer.from(sorted.replaceAll('\n', '\r\n'))).has(key)).toBe(expected);
    });

  it('reads a list with non-ASCII names, or any other list, given as bytes as it reads its text', () => {
    const accented = `${SORTED_HEADER}\naicha\nzoé\n`;
    expect(['aicha', 'zoé', 'zoe'].map((k) => new NameList(Buffer.from(accented)).has(k))).toEqual([true, true, false]);
    const list = new NameList(Buffer.from('# my names\nZoé\nAïcha\r\nJean\n'));
    expect(['zoe', 'aicha', 'jean'].map((k) => list.has(k))).toEqual([true, true, true]);
  });

  it('parses any other list (unsorted, accented, with comments) into a Set', () => {
    const list = new NameList('# my names\nZoé\nAïcha\r\nJean\n');
    expect(['zoe', 'aicha', 'jean'].map((k) => list.has(k))).toEqual([true, true, true]);
    expect(list.has('# my names')).toBe(false);
  });

  it.each([['first-names.txt', 10_000], ['surnames.txt', 10_000], ['function-words.txt', 1_000]] as const)('the shipped %s is sorted, folded and marked', (file, size) => {
    const text = readFileSync(join(PACKAGE_ROOT, 'rules', 'data', 'names', file), 'utf8');
    const lines = text.split('\n');
    expect(lines[0]).toBe(SORTED_HEADER);
    const entries = lines.slice(1).filter((l) => l !== '');
    expect(entries.length).toBeGreaterThan(size);
    for (let i = 1; i < entries.length; i++) expect((entries[i - 1] as string) < (entries[i] as string)).toBe(true);
    for (const e of entries) expect(e).toBe(foldWord(e));
    expect(isAscii(Buffer.from(text))).toBe(true); // so NameList searches its bytes in place
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

  it('finds the words a character-by-character scan finds, and skips what `skip` says (property)', async () => {
    // Reference: the former tokenizer, a loop over every code unit.
    const isCapital = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215)
      || [0x106, 0x10c, 0x110, 0x118, 0x141, 0x143, 0x152, 0x15a, 0x160, 0x179, 0x17b, 0x17d].includes(c);
    const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
    const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    const wordEnd = (t: string, j: number): number => {
      if (t.charCodeAt(j) === 46) {
        const c = t.charCodeAt(j + 2);
        return t.charCodeAt(j + 1) === 45 && c >= 65 && c <= 90 && t.charCodeAt(j + 3) === 46 ? j + 4 : j + 1;
      }
      for (;;) {
        while (j < t.length && isLetter(t.charCodeAt(j))) j++;
        const c = t.charCodeAt(j);
        if ((c === 39 || c === 45) && isLetter(t.charCodeAt(j + 1))) { j += 2; continue; }
        return j;
      }
    };
    const reference = (t: string): string[] => {
      const out: string[] = [];
      for (let i = 0; i < t.length; i++) {
        if (!isCapital(t.charCodeAt(i))) continue;
        const start = i;
        const end = wordEnd(t, i + 1);
        i = end - 1;
        if (start > 0) {
          const prev = t.charCodeAt(start - 1);
          if (isWordChar(prev) || isLetter(prev) || (prev >= 0x370 && prev < 0x2000)) continue;
          if (prev === 64 || prev === 47 || prev === 92 || (prev === 46 && start > 1 && isWordChar(t.charCodeAt(start - 2)))) continue;
        }
        const next = t.charCodeAt(end);
        if (next === 64 || next === 95 || (next >= 48 && next <= 57)) continue;
        const raw = t.slice(start, end);
        // skip: words of one letter before a lower-case word
        if (raw.length === 1 && next === 32 && /[a-zß-öø-ÿ]/.test(t.charAt(end + 1))) continue;
        out.push(`${start}:${raw}`);
      }
      return out;
    };
    const skipping = createTokenizer((raw) => raw.length === 1, (one, beforeLower) => one && beforeLower);
    const pieces = ['Jean', 'DUPONT', 'McDo', 'iPhone', 'J.', 'J.-P.', 'A', 'a', 'é', 'É', 'Ł', 'ł', 'Œ', '×', "d'", "D'", "'", '-', '.', '@', '/',
      '\\', '_', '1', ' ', ' ', '\n', 'Ω', '€', 'x.Y', 'Ÿ', 'Ž'];
    const fc = await import('fast-check');
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      const tokens = skipping(text);
      const got = Array.from({ length: tokens.count }, (_, i) => `${tokens.start[i]}:${wordAt(tokens, i)?.raw}`);
      expect(got).toEqual(reference(text));
    }), { numRuns: 3000 });
  });
});

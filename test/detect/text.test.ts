import { describe, expect, it } from 'vitest';
import { LATIN_LETTERS, LATIN_UPPER, WORD_CHARS, escapeRegExp, nextCodePoint, onFirstUse, phraseSourceBuilder } from '../../src/detect/text.js';

describe('Latin character classes (built-in word boundaries)', () => {
  const upper = new RegExp(`^[${LATIN_UPPER}]$`, 'u');
  const letter = new RegExp(`^[${LATIN_LETTERS}]$`, 'u');
  const word = new RegExp(`^[${WORD_CHARS}]$`, 'u');

  it('LATIN_UPPER holds exactly the upper-case letters of U+0000–U+024F', () => {
    for (let c = 0; c <= 0x24f; c++) {
      const ch = String.fromCharCode(c);
      expect([c, upper.test(ch)]).toEqual([c, /\p{Lu}/u.test(ch)]);
    }
  });

  it('words of French text are word characters; punctuation and other scripts are boundaries', () => {
    for (const ch of 'aZéÉçŒœÿ09') expect(word.test(ch)).toBe(true);
    for (const ch of ' -.\'’«»€') expect(word.test(ch)).toBe(false);
    expect(letter.test('7')).toBe(false);
    expect(word.test('Ω')).toBe(false); // Greek: a boundary (documented trade-off)
  });
});

describe('nextCodePoint', () => {
  it('steps over both halves of a surrogate pair, and one unit otherwise', () => {
    expect(nextCodePoint('a😀b', 0)).toBe(1);
    expect(nextCodePoint('a😀b', 1)).toBe(3);
    expect(nextCodePoint('\uD83D', 0)).toBe(1); // a lone high surrogate
  });
});

describe('phraseSourceBuilder', () => {
  const table = { ' ': String.raw`\s+`, '/': '[ /]', e: '[eé]' };
  const build = phraseSourceBuilder(table);

  it('replaces the characters of its table and escapes the others as escapeRegExp does (every Latin-1 character)', () => {
    for (let c = 0; c <= 0xff; c++) {
      const ch = String.fromCharCode(c);
      expect(build(ch)).toBe(table[ch as keyof typeof table] ?? escapeRegExp(ch));
    }
  });

  it('goes character by character through a phrase', () => {
    expect(build('ne le 1.2/3 (x)')).toBe(String.raw`n[eé]\s+l[eé]\s+1\.2[ /]3\s+\(x\)`);
  });
});

describe('onFirstUse', () => {
  it('makes the regex on the first call only, and hands back the same one after', () => {
    let made = 0;
    const re = onFirstUse(() => { made++; return /[\p{L}]/u; });
    expect(made).toBe(0);
    const first = re();
    expect(re()).toBe(first);
    expect(made).toBe(1);
    expect(first.test('é')).toBe(true);
  });
});

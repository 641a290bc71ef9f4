import { describe, expect, it } from 'vitest';
import { normalize, toOriginalEnd, toOriginalStart } from '../../src/engine/normalize.js';

describe('normalize', () => {
  it('returns the same string and no map when nothing needs folding', () => {
    const nt = normalize('Virement FR76 3000');
    expect(nt.text).toBe('Virement FR76 3000');
    expect(nt.shifts).toBeNull();
  });

  it.each([
    ['no-break space', 'a\u00A0b', 'a b'],
    ['narrow no-break space', '732\u202F829', '732 829'],
    ['thin space', '1\u2009000', '1 000'],
    ['non-breaking hyphen and dashes', 'a\u2011b\u2013c\u2014d\u2212e', 'a-b-c-d-e'],
    ['full-width digits and letters', '\uFF26\uFF32\uFF17\uFF16', 'FR76'],
  ])('folds %s one to one', (_name, input, expected) => {
    const nt = normalize(input);
    expect(nt.text).toBe(expected);
    expect(nt.shifts).toBeNull();
  });

  it('keeps typographic apostrophes: matchers treat them as `\'`, and a text with nothing else to fold is not copied', () => {
    const original = 'l\u2019Étang, l\u2018Orée';
    const nt = normalize(original);
    expect(nt.text).toBe(original);
    expect(nt.shifts).toBeNull();
    expect(normalize('l\u2019Étang\u00A0: 3').text).toBe('l\u2019Étang : 3');
  });

  it('removes zero-width characters and soft hyphens and maps offsets back', () => {
    const original = 'x FR76\u200B3000\u00AD6000 y';
    const nt = normalize(original);
    expect(nt.text).toBe('x FR7630006000 y');
    const s = nt.text.indexOf('FR76');
    const e = s + 'FR7630006000'.length;
    expect(toOriginalStart(nt, s)).toBe(2);
    // The span in the original covers the removed characters inside it.
    expect(original.slice(toOriginalStart(nt, s), toOriginalEnd(nt, e))).toBe('FR76\u200B3000\u00AD6000');
  });

  it('does not pull a removed character that follows the span into it', () => {
    const original = 'ab\u200Bcd';
    const nt = normalize(original);
    expect(nt.text).toBe('abcd');
    expect(toOriginalEnd(nt, 2)).toBe(2);
    expect(toOriginalStart(nt, 2)).toBe(3);
  });

  it('agrees with a code-unit-by-code-unit reference on random texts', async () => {
    // The reference: what each UTF-16 code unit becomes (itself, another unit, or removed).
    const fold = (c: number): number => {
      if (c === 0xa0 || c === 0x202f || c === 0x205f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) return 0x20;
      if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return 0x2d;
      if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
      if (c === 0xad || (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff) return -1;
      return c;
    };
    const reference = (s: string): { text: string; shifts: number[] | null } => {
      let text = '';
      const removed: number[] = [];
      for (let i = 0; i < s.length; i++) {
        const f = fold(s.charCodeAt(i));
        if (f < 0) removed.push(text.length); else text += String.fromCharCode(f);
      }
      return { text, shifts: removed.length ? removed : null };
    };
    const units = ['a', 'É', ' ', '\n', '1', '\u00A0', '\u00AD', '\u2000', '\u2009', '\u200A', '\u200B', '\u200F', '\u2010', '\u2013',
      '\u2015', '\u2016', '\u2018', '\u2019', '\u201C', '\u202F', '\u205F', '\u2060', '\u2212', '\u3000', '\uFEFF', '\uFF01', '\uFF21',
      '\uFF5E', '\uFF5F', '\uD83D', '\uDE00', '€'];
    const fc = await import('fast-check');
    fc.assert(fc.property(fc.array(fc.constantFrom(...units), { maxLength: 40 }), (parts) => {
      const s = parts.join('');
      const nt = normalize(s);
      const ref = reference(s);
      expect(nt.text).toBe(ref.text);
      expect(nt.shifts ? [...nt.shifts] : null).toEqual(ref.shifts);
    }), { numRuns: 2000 });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileContext, wordsRegExp } from '../../src/detect/context.js';

describe('context words', () => {
  it.each([
    ['Numéro de sécurité sociale :', true],
    ['NUMERO DE SECURITE SOCIALE', true],
    ['numero  de\nsecurite sociale', true],
    ['insécurité sociale', false],
    ['sécurité socialement', false],
  ])('matches %j whole-word, case- and accent-insensitively: %s', (text, expected) => {
    expect(wordsRegExp(['numéro de sécurité sociale', 'sécurité sociale']).test(text)).toBe(expected);
  });

  it('looks on each side of the candidate within the window, never across it', () => {
    const check = compileContext({ words: ['IBAN'], exclude: ['facture'], window: 10 });
    const text = 'IBAN : XXXX facture';
    expect(check(text, 7, 11)).toEqual({ found: true, excluded: true });
    expect(check('IB XXXX AN', 3, 7).found).toBe(false);
    expect(check(`IBAN ${' '.repeat(20)}XXXX`, 25, 29).found).toBe(false);
  });

  it('finds what testing each list on its own finds, on generated windows', () => {
    // Overlapping words across the lists (port / portable, EUR / euros) and words inside words.
    const words = ['port', 'tél', 'ligne directe', 'contact'];
    const exclude = ['portable', 'EUR', 'euros', 'act'];
    const check = compileContext({ words, exclude, window: 12, after: 9 });
    const one = (list: string[], left: string, right: string): boolean => wordsRegExp(list).test(left) || wordsRegExp(list).test(right);
    const piece = fc.constantFrom('port', 'Portable', 'TÉL', 'tel', 'ligne  directe', 'contacts', 'contact', 'act', 'EUR', 'euros', 'é', 'x', ' ', '\n', '-', '1');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.array(piece, { maxLength: 12 }), (l, r) => {
      const left = l.join('');
      const text = `${left}0612${r.join('')}`;
      const start = left.length;
      const [wl, wr] = [text.slice(Math.max(0, start - 12), start), text.slice(start + 4, start + 13)];
      expect(check(text, start, start + 4)).toEqual({ found: one(words, wl, wr), excluded: one(exclude, wl, wr) });
    }), { numRuns: 500 });
  });
});

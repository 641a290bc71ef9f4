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
});

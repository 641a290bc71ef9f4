// A finding's key and preview are built code unit by code unit (speed); they must stay exactly what
// the plain regex definitions give, for every string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alnumUpper, foldForCompare } from '../../src/detect/text.js';
import { maskPreview } from '../../src/engine/preview.js';
import { valueKey } from '../../src/engine/value-key.js';

/** The definitions, as they were written before the fast paths. */
const reference = {
  alnumUpper: (s: string): string => (/^[A-Za-z0-9]*$/.test(s) ? s : s.replace(/[^\p{L}\p{N}]/gu, '')).toUpperCase(),
  wordsKey: (s: string): string => foldForCompare(s).replace(/[\s\-'\u2019.,]+/g, ' ').trim(),
  preview: (value: string): string => {
    const flat = value.includes('\n') ? value.replace(/\r?\n/g, '\u23CE') : value;
    const keep = flat.length >= 12 ? 2 : flat.length >= 6 ? 1 : 0;
    return [flat.slice(0, keep), flat.slice(keep, 24).replace(/[^ \u23CE\-@.]/g, '*'), flat.length > 24 ? '\u2026' : ''].join('');
  },
};

/** Characters that each path treats specially: ASCII classes, separators, spaces, accents, astral. */
const UNITS = ['a', 'z', 'A', 'Z', '0', '9', ' ', '\t', '\n', '\r', '\v', '-', "'", '\u2019', '\u2018', '.', ',', '@', '_', '/',
  '\u00A0', '\u00B5', '\u00BF', '\u00C0', '\u00E9', '\u00C9', '\u0130', '\u01C5', '\u00DF', '\u2001', '\u2002', '\u200A', '\u200B',
  '\u2028', '\u202F', '\u205F', '\u20AC', '\u20FF', '\u2100', '\u212A', '\u23CE', '\u3000', '\uFEFF', '\uD83D', '\uDE00'];
const strings = fc.oneof(fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }).map((a) => a.join('')), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 30 }));

describe('finding keys and previews', () => {
  it('alnumUpper keeps letters and digits, upper-cased, as the Unicode classes do', () => {
    fc.assert(fc.property(strings, (s) => { expect(alnumUpper(s)).toBe(reference.alnumUpper(s)); }), { numRuns: 3000 });
  });

  it('a wordy key folds and collapses separators as the regex does', () => {
    fc.assert(fc.property(strings, (s) => {
      for (const type of ['PERSON', 'AMOUNT', 'POSTAL_ADDRESS']) expect(valueKey(type, s)).toBe(reference.wordsKey(s));
    }), { numRuns: 3000 });
    expect(valueKey('AMOUNT', ' 12 450,00\u00A0€ HT ')).toBe('12 450 00 € ht');
    expect(valueKey('PERSON', 'Jean-Luc  d\u2019ARBAUD')).toBe('jean luc d arbaud');
  });

  it('a preview masks what the regex masks', () => {
    fc.assert(fc.property(strings, (s) => { expect(maskPreview('IBAN', s)).toBe(reference.preview(s)); }), { numRuns: 3000 });
    expect(maskPreview('EMAIL', 'josiane.girard@exemple-mail.fr')).toBe('jo*****.******@*******-*…');
  });
});

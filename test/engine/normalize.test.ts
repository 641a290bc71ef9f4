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
    ['typographic apostrophe', 'l\u2019Étang', "l'Étang"],
    ['full-width digits and letters', '\uFF26\uFF32\uFF17\uFF16', 'FR76'],
  ])('folds %s one to one', (_name, input, expected) => {
    const nt = normalize(input);
    expect(nt.text).toBe(expected);
    expect(nt.shifts).toBeNull();
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
});

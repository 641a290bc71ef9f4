import { describe, expect, it } from 'vitest';
import { endsWithPlaceType, placeTypeBefore } from '../../../src/detect/person/cues.js';
import { foldWord } from '../../../src/detect/person/lexicon.js';

describe('placeTypeBefore', () => {
  it.each([
    ['rue ', true], ['avenue du Général ', true], ['Lycée ', true], ["l'école ", true], ['Hope Street. ', false],
    ['av. ', true], ['rue Haute, ', false], ['avec ', false], ['rue de la ', true], ['Grande Avenue. ', false],
  ])('%s → %s', (before, expected) => {
    expect(placeTypeBefore(before, 0, before.length)).toBe(expected);
  });

  it('agrees with endsWithPlaceType on the folded window (property)', async () => {
    const pieces = ['rue', 'Rue', 'avenue', 'du', 'de la', 'Général', 'général', 'saint', 'lycée', 'Lycée', 'St', 'st.', 'av.', 'bd',
      "l'", "d'", "'", 'des', 'the', 'of', 'Street', 'jaurès', 'abcd', 'abc', 'x1', '-', ' ', ' ', ' ', '. ', '.', ',', ';', ':',
      '\n', '«', '»', '"', '(', ')', 'é', 'É', 'œ', 'Œ', 'ß', 'æ', '’', '€', 'ǅ', '\u00A0', 'rond-point', 'marechal-des-logis', '12'];
    const fc = await import('fast-check');
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), fc.nat(8), (parts, cut) => {
      const text = parts.join(parts.length % 3 ? ' ' : '');
      const from = Math.min(cut, text.length);
      expect(placeTypeBefore(text, from, text.length)).toBe(endsWithPlaceType(foldWord(text.slice(from))));
    }), { numRuns: 5000 });
  });
});

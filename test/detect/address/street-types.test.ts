// Street-type data parsing and look-up (rules/data/places/street-types-*.tsv).
import { describe, expect, it } from 'vitest';
import { matchStreetType, parseStreetTypes } from '../../../src/detect/address/street-types.js';
import { enTypes, frTypes } from './helpers.js';

const lookup = (types: typeof frTypes, text: string) => {
  const m = /^[\p{L}-]+\.?/u.exec(text);
  return m ? matchStreetType(types, m[0], text, m[0].length) : undefined;
};

describe('parseStreetTypes', () => {
  it('reads flags, dotted abbreviations and multi-word types, skipping comments', () => {
    const t = parseStreetTypes('# comment\nrue\t\nplace\tnoun\nr.\t\nzone industrielle\t\ngrand-rue\tnamed\n');
    expect(t.words.get('rue')).toEqual({ noun: false, lead: false, named: false });
    expect(t.words.get('place')?.noun).toBe(true);
    expect(t.dotted.has('r')).toBe(true);
    expect(t.words.has('r')).toBe(false);
    expect(t.phrases.get('zone')?.[0]?.rest).toBe(' industrielle');
    expect(t.words.get('grand-rue')?.named).toBe(true);
    expect(t.firstWords.split('|')).toContain('zone');
  });
});

describe('matchStreetType (French: case- and accent-insensitive)', () => {
  it.each([
    ['rue des Lilas', 3],
    ['RUE DES LILAS', 3],
    ['Allee des Pins', 5],
    ['allée des Pins', 5],
    ['r. Voltaire', 2],
    ['bd. Foch', 3],
    ['bd Foch', 2],
    ['zone industrielle de la Lauze', 17],
    ['Zone d\'activités du Parc', 16],
    ['rond-point de l\'Europe', 10],
  ])('%s → type ends at %i', (text, end) => {
    expect(lookup(frTypes, text)?.end).toBe(end);
  });

  it.each(['rues plus loin', 'r Voltaire', 'zone bleue', 'pass Navigo', 'routes', 'placement'])('%s is not a type', (text) => {
    expect(lookup(frTypes, text)).toBeUndefined();
  });

  it('flags ordinary nouns', () => {
    expect(lookup(frTypes, 'place Royale')?.info.noun).toBe(true);
    expect(lookup(frTypes, 'cours Gambetta')?.info.noun).toBe(true);
    expect(lookup(frTypes, 'rue Haute')?.info.noun).toBe(false);
  });
});

describe('matchStreetType (English: capitalised or upper case)', () => {
  it.each([['Street', true], ['STREET', true], ['St.', true], ['Blvd', true], ['street', false], ['Streets', false]])('%s → %s', (word, ok) => {
    expect(lookup(enTypes, word) !== undefined).toBe(ok);
  });
});

// English (UK/US) street addresses (findEnglishAddresses): spans and kinds.
import { describe, expect, it } from 'vitest';
import { findEnglishAddresses } from '../../../src/detect/address/en-address.js';
import { enTypes } from './helpers.js';

const found = (text: string) => findEnglishAddresses(text, enTypes).map((a) => ({ value: text.slice(a.start, a.end), kind: a.kind }));

describe('UK and US street addresses', () => {
  it.each([
    ['residing at 189 Kingsley Road, Bristol BS6 7QT, worked', '189 Kingsley Road, Bristol BS6 7QT'],
    ['residing at Flat 38, 51 Queen Street, Glasgow G2 1DY.', 'Flat 38, 51 Queen Street, Glasgow G2 1DY'],
    ['is 1 Harbour Street, Edinburgh EH7 5JA.\r\n', '1 Harbour Street, Edinburgh EH7 5JA'],
    ['is 887 Maple Drive, Chicago, IL 60614.', '887 Maple Drive, Chicago, IL 60614'],
    ['3985 Lakeshore Blvd, Chicago, IL 60614', '3985 Lakeshore Blvd, Chicago, IL 60614'],
    ['1600 Pennsylvania Avenue NW, Washington, DC 20500', '1600 Pennsylvania Avenue NW, Washington, DC 20500'],
    ['221B Baker Street, London NW1 6XE', '221B Baker Street, London NW1 6XE'],
    ['Apt 4B, 350 Fifth Avenue, New York, NY 10118-0110', 'Apt 4B, 350 Fifth Avenue, New York, NY 10118-0110'],
    ['12 High St., Oxford OX1 4AA', '12 High St., Oxford OX1 4AA'],
    ['99 Broadway, New York, NY 10006', '99 Broadway, New York, NY 10006'],
    ['51 Queen Street\nGlasgow\nG2 1DY', '51 Queen Street\nGlasgow\nG2 1DY'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([{ value, kind: 'full' }]);
  });

  it.each([
    ['The Bank building. Top 5 Park Avenue', '5 Park Avenue'],
    ['lives at 42 Elm Road', '42 Elm Road'],
    ['In 2024 Google Drive replaced it.', '2024 Google Drive'],
  ])('street line alone: %j', (text, value) => {
    expect(found(text)).toEqual([{ value, kind: 'street' }]);
  });

  it.each([
    'We approved 240 new affordable homes.',
    'Parcel reference 7732 0914 55 was delivered.',
    'Quarterly figures: 3,482 service requests.',
    '12 Street',
    'Il reste 12 Place Royale',
    '3 Route 66 fans',
  ])('not an address: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('localities and state names', () => {
  it.each([
    ['12 Mill Lane, Histon, Cambridge CB24 9AA', '12 Mill Lane, Histon, Cambridge CB24 9AA'],
    ['123 Main St, Springfield, Illinois 62704', '123 Main St, Springfield, Illinois 62704'],
    ['123 Main St Apt 4, Springfield, IL 62704', '123 Main St Apt 4, Springfield, IL 62704'],
    ['350 5th Avenue, New York, NY 10118', '350 5th Avenue, New York, NY 10118'],
    ['1 W 42nd St, New York, NY 10036', '1 W 42nd St, New York, NY 10036'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([{ value, kind: 'full' }]);
  });
});

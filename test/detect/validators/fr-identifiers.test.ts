// Validators of French identifiers: the ✅/❌ vectors of reference §1.1–1.5, §1.10–1.13, §1.16, §A.
import { describe, expect, it } from 'vitest';
import { nirKey, nirOk } from '../../../src/detect/validators/checksums.js';
import {
  calendarOk, cnieOk, dateOfBirthCheck, documentNumberOk, euVatShape, icaoCheckDigit, mrzOk, nifOk, nirBodyOk,
  notAmount, oldCniOk, parseDate, sirenOk, siretOk, sivOk, vatAlphaShape, vatKey, vatOk,
} from '../../../src/detect/validators/fr-identifiers.js';
import { resolveValidator } from '../../../src/detect/validators/index.js';

const canon = (s: string): string => s.replace(/[^0-9A-Za-z]/g, '').toUpperCase();

describe('NIR', () => {
  it.each([
    ['2 84 05 88 321 025 32', true], ['2 84 05 2A 321 025 52', true], ['2 84 05 2B 321 025 79', true],
    ['1 85 03 75 056 123 56', true], ['1 85 20 99 109 001 55', true], ['1 78 06 971 05 012 46', true],
    ['2 95 10 99 126 111 93', true],
    ['2 84 05 88 321 025 33', false], ['2 84 05 2A 321 025 25', false], ['2 55 08 14 168 025 00', false],
    ['2 84 05 2C 321 025 52', false], ['2 84 05 88 321 025 3', false], ['2 84 13 88 321 025 63', false],
    ['9 84 05 88 321 025 70', false],
  ])('nirOk(%s) = %s', (v, ok) => expect(nirOk(canon(v))).toBe(ok));

  it('computes the Corsican key with 2A → 19 and 2B → 18', () => {
    expect(nirKey('284052A321025')).toBe(52);
    expect(nirKey('284052B321025')).toBe(79);
  });

  it.each([
    ['2 84 05 88 321 025 32', 0.1], ['1 85 20 99 109 001 55', -0.25], ['2 84 05 88 321 025 clé 32', 0.1],
    ['2 84 05 88 321 025 33', false], ['2 84 00 00 321 025 62', false],
  ])('nir validator on %s gives %s', (value, expected) => {
    const v = resolveValidator('nir')!;
    expect(v({ value, text: value, start: 0, end: value.length })).toBe(expected);
  });

  it.each([
    ['2840588321025', false, true], ['1852099109001', false, true], ['1852099109001', true, false],
    ['5840588321025', false, false], ['2841388321025', false, false],
  ])('nirBodyOk(%s, strict %s) = %s', (v, strict, ok) => expect(nirBodyOk(v, strict)).toBe(ok));
});

describe('SIREN, SIRET, VAT', () => {
  it.each([
    ['732 829 320', true], ['404 833 048', true], ['552 008 443', true], ['123 456 782', true], ['356 000 000', true],
    ['732 829 321', false], ['123 456 789', false], ['000 000 000', false], ['12345678', false],
  ])('sirenOk(%s) = %s', (v, ok) => expect(sirenOk(canon(v))).toBe(ok));

  it.each([
    ['732 829 320 00074', true], ['404 833 048 00022', true], ['123 456 782 00010', true],
    ['356 000 000 00048', true], ['356 000 000 00001', true],
    ['732 829 320 00079', false], ['356 000 000 00002', false], ['552 008 443 00013', false], ['123 456 789 00017', false],
  ])('siretOk(%s) = %s', (v, ok) => expect(siretOk(canon(v))).toBe(ok));

  it.each([
    ['FR44732829320', true], ['FR 83 404 833 048', true], ['FR40303265045', true], ['FR11123456782', true],
    ['FR45732829320', false], ['FR44732829321', false], ['FR4473282932', false], ['FRIO732829320', false],
  ])('vatOk(%s) = %s', (v, ok) => expect(vatOk(canon(v))).toBe(ok));

  it('computes the VAT key', () => {
    expect(vatKey('404833048')).toBe(83);
    expect(vatKey('732829320')).toBe(44);
  });

  it.each([['FRK7732829320', true], ['FR7A732829320', true], ['FR44732829320', false], ['FRIO732829320', false]])(
    'vatAlphaShape(%s) = %s', (v, ok) => expect(vatAlphaShape(v)).toBe(ok));
});

describe('other EU VAT numbers', () => {
  it.each([['DE123456789', true], ['BE0123456789', true], ['ESX1234567X', true], ['NL123456789B01', true], ['ATU12345678', true],
    ['IE1234567WA', true], ['DE12345678', false], ['BE2123456789', false], ['FR44732829320', false], ['ZZ123456789', false], ['DE000000000', false]])(
    'euVatShape(%s) = %s', (v, ok) => expect(euVatShape(v)).toBe(ok));
});

describe('numéro fiscal', () => {
  it.each([
    ['30 23 217 600 053', true], ['07 01 987 765 493', true], ['1234567890066', true], ['2987654321330', true],
    ['3023217600054', false], ['0701987765432', false], ['4023217600053', false], ['302321760005', false],
    ['0000000000000', false],
  ])('nifOk(%s) = %s', (v, ok) => expect(nifOk(canon(v))).toBe(ok));
});

describe('identity documents', () => {
  it('computes ICAO 9303 check digits', () => {
    expect(icaoCheckDigit('X4RTBPFW4')).toBe(6);
    expect(icaoCheckDigit('<<<<')).toBe(0);
  });

  it.each([
    ['IDFRAX4RTBPFW46<<<<<<<<<<<<<<<', true], ['IDFRAX4RTBPFW47<<<<<<<<<<<<<<<', false],
    ['P<FRADUPONT<<MARIE<<<<<<<<<<<<<<<<<<<<<<<<<', true],
    ['12AB345673FRA8503127F3001019<<<<<<<<<<<<<<04', true], ['12AB345673FRA8503128F3001019<<<<<<<<<<<<<<04', false],
    ['8806923102858JEAN<<<<<<<<<<6509088M4', true], ['8806923102857JEAN<<<<<<<<<<6509088M4', false],
  ])('mrzOk(%s) = %s', (v, ok) => expect(mrzOk(v)).toBe(ok));

  it.each([['880692310285', true], ['110675104256', true], ['150113300042', true], ['88069231028', false],
    ['0402132A000012', false], ['881392310285', false], ['880092310285', false]])(
    'oldCniOk(%s) = %s', (v, ok) => expect(oldCniOk(v)).toBe(ok));

  it.each([['X4RTBPFW4', true], ['A1B2C3D4E', true], ['ZK7Q4M2P9', true], ['ABCDEFGHI', false], ['123456789', false], ['X4RTBPFW', false]])(
    'cnieOk(%s) = %s', (v, ok) => expect(cnieOk(v)).toBe(ok));

  it.each([['H45177312', true], ['850213806903', true], ['MORGA753116SM9IJ', true], ['AAAAAAAAA', false], ['EXPIRED1', false], ['12345', false]])(
    'documentNumberOk(%s) = %s', (v, ok) => expect(documentNumberOk(v)).toBe(ok));
});

describe('licence plates', () => {
  it.each([['AB123CD', true], ['GA456HB', true], ['FZ999ZZ', true], ['WW123AB', true],
    ['AO123CD', false], ['AB123SU', false], ['AB000CD', false], ['SS123AB', false], ['AB123SS', false]])(
    'sivOk(%s) = %s', (v, ok) => expect(sivOk(v)).toBe(ok));
});

describe('dates of birth', () => {
  it.each([
    ['12/03/1985', { day: 12, month: 3, year: 1985 }], ['1985-03-12', { day: 12, month: 3, year: 1985 }],
    ['1er mars 1985', { day: 1, month: 3, year: 1985 }], ['3 déc. 1999', { day: 3, month: 12, year: 1999 }],
    ['13 December 1983', { day: 13, month: 12, year: 1983 }], ['January 16, 1958', { day: 16, month: 1, year: 1958 }],
    ['10 fevrier 1970', { day: 10, month: 2, year: 1970 }], ['12 fevrir 1985', null],
  ])('parseDate(%s)', (v, expected) => {
    const d = parseDate(v);
    if (expected === null) expect(d).toBeNull();
    else expect(d).toMatchObject(expected);
  });

  it.each([[29, 2, 2000, true], [29, 2, 1900, false], [29, 2, 1984, true], [31, 4, 1985, false], [31, 12, 1985, true]])(
    'calendarOk(%i, %i, %i) = %s', (d, m, y, ok) => expect(calendarOk(d, m, y)).toBe(ok));

  const dob = (text: string, value: string): boolean => {
    const start = text.lastIndexOf(value);
    return dateOfBirthCheck({ value, text, start, end: start + value.length });
  };
  it.each([
    ['née le 12/03/1985', '12/03/1985', true],
    ['Né(e) le : 1/3/1985', '1/3/1985', true],
    ['NE LE 12.03.1985', '12.03.1985', true],
    ['né à Saint-Jean-de-Védas (34) le 12/03/1985', '12/03/1985', true],
    ['Date de naissance (JJ/MM/AAAA) : 12/03/1985', '12/03/1985', true],
    ['DDN 31-12-2001', '31-12-2001', true],
    ['DOB 03/25/1985', '03/25/1985', true],
    ['date de naissance 03/25/1985', '03/25/1985', false],
    ['née le 12/03/85', '12/03/85', true],
    ['Date de naissance du demandeur principal : 12/03/85', '12/03/85', false],
    ['date limite : 12/03/2025', '12/03/2025', false],
    ['née le 31/02/1985', '31/02/1985', false],
    ['Date de naissance : 12/03/1850', '12/03/1850', false],
    ['Acte de naissance délivré le 12/03/2020', '12/03/2020', false],
    ['Date de naissance : 12/03/1985 – date limite : 12/03/2025', '12/03/2025', false],
    ['nom\tdate de naissance\nDupont\t12/03/1985', '12/03/1985', true],
    ['nom,prénom,date de naissance\nDupont,Jean,12/03/1985\nMartin,Léa,01/02/1990', '01/02/1990', true],
    ['nom,prénom,date de naissance\nDupont,12/03/1985,Jean', '12/03/1985', false],
    ['nom,prénom,date d\'embauche\nDupont,Jean,12/03/1985', '12/03/1985', false],
    ['Mme Dupont, née le 12/03/1985, a signé\nLa réunion, prévue le 05/06/2024, est reportée', '05/06/2024', false],
    ['people born since 1 Jan 1976', '1 Jan 1976', false],
    ['Nom : DUPONT\nDate de naissance :\n12/03/1985\nLieu : Sète', '12/03/1985', true],
    ['Date de naissance\r\n  12/03/1985', '12/03/1985', true],
    ['Date de naissance : voir pièce jointe\n12/03/1985', '12/03/1985', false],
    ['Réunion\n12/03/1985', '12/03/1985', false],
    ['Mme Claire Dupont, née MARTIN le 12/03/1985', '12/03/1985', true],
    ['Marie, née le 12/03/1985, mariée le 05/06/2010', '05/06/2010', false],
    ['enfants nés après le 01/01/2015', '01/01/2015', false],
  ])('%j → %s is a date of birth: %s', (text, value, ok) => expect(dob(text, value)).toBe(ok));
});

describe('amounts', () => {
  it.each([
    ['SIREN 732 829 320', '732 829 320', true], ['732 829 320 € HT', '732 829 320', false],
    ['732829320 EUR', '732829320', false], ['€ 732829320', '732829320', false], ['732829320 euros', '732829320', false],
  ])('notAmount(%j)', (text, value, ok) => {
    const start = text.indexOf(value);
    expect(notAmount({ value, text, start, end: start + value.length })).toBe(ok);
  });
});

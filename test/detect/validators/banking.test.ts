// Checksums and structural checks of the contact and banking packs, with the reference's ✅/❌ vectors.
import { describe, expect, it, test } from 'vitest';
import { ibanOk, luhnOk } from '../../../src/detect/validators/checksums.js';
import {
  bicOk, bicPositionOk, cardNetwork, cardOk, intlPhoneOk, nanpOk, phoneNotDegenerate, ribKey, ribOk, ribParts, splitCountryCode,
} from '../../../src/detect/validators/banking.js';
import { resolveValidator } from '../../../src/detect/validators/index.js';

const canon = (s: string): string => s.replace(/[^0-9A-Za-z]/g, '').toUpperCase();

describe('clé RIB (reference §1.6)', () => {
  test.each([
    ['20041', '01005', '0500013M026', 6],
    ['30006', '00001', '12345678901', 89],
    ['12345', '12345', '1234567891A', 16],
  ])('ribKey(%s, %s, %s) = %i', (bank, branch, account, key) => {
    expect(ribKey(bank, branch, account)).toBe(key);
  });

  test.each([
    ['20041 01005 0500013M026 06', true],
    ['30006 00001 12345678901 89', true],
    ['12345 12345 1234567891A 16', true],
    ['20041 01005 0500013M026 07', false],
    ['30006 00001 12345678901 98', false],
    ['30006 00001 12345678901 00', false],
    ['00000 00000 00000000000 97', false],
  ])('ribOk(%s) = %s', (rib, ok) => {
    expect(ribOk(canon(rib))).toBe(ok);
  });

  it('rejects malformed parts', () => {
    expect(ribKey('3000', '00001', '12345678901')).toBeNull();
    expect(ribKey('30006', '00001', '1234567890é')).toBeNull();
  });

  test.each([
    ['30006 00001 12345678901 89', '30006000011234567890189'],
    ['Code banque 30006 – guichet 00001 – N° de compte 12345678901 – clé 89', '30006000011234567890189'],
    ['30006 00001 12345678901', null],
    ['30006 0001 12345678901 89', null],
  ])('ribParts(%s)', (value, parts) => {
    expect(ribParts(value)).toBe(parts);
  });
});

describe('IBAN (reference §1.7, ibantools)', () => {
  test.each([
    ['FR14 2004 1010 0505 0001 3M02 606', true],
    ['FR76 3000 6000 0112 3456 7890 189', true],
    ['FR84 1234 5123 4512 3456 7891 A16', true],
    ['MC58 1122 2000 0101 2345 6789 030', true],
    ['DE89 3704 0044 0532 0130 00', true],
    ['NO93 8601 1117 947', true],
    ['GB29 NWBK 6016 1331 9268 19', true],
    ['FR14 2004 1010 0505 0001 3M02 607', false],
    ['FR76 3000 6000 0112 3456 7890 18', false],
    ['FR76 3000 6000 0112 3456 7890 198', false],
    ['FR00 3000 6000 0112 3456 7890 189', false],
    ['XX76 3000 6000 0112 3456 7890 189', false],
  ])('ibanOk(%s) = %s', (iban, ok) => {
    expect(ibanOk(canon(iban))).toBe(ok);
  });
});

describe('payment cards (reference §2.1)', () => {
  test.each([
    ['4111 1111 1111 1111', 'visa'],
    ['5555 5555 5555 4444', 'mastercard'],
    ['3782 822463 10005', 'amex'],
    ['2223 0000 4841 0010', 'mastercard'],
    ['4012 8888 8888 1881', 'visa'],
    ['6011 1111 1111 1117', 'discover'],
    ['3528 0007 0000 0000', 'jcb'],
    ['3056 930902 5904', 'diners'],
    ['6200 0000 0000 0005', 'unionpay'],
  ])('%s is a valid %s number', (pan, network) => {
    const d = canon(pan);
    expect(cardNetwork(d)).toBe(network);
    expect(cardOk(d)).toBe(true);
  });

  test.each([
    ['4111 1111 1111 1112', 'Luhn'],
    ['1234 5678 9012 3456', 'Luhn, no network starts with 1'],
    ['5555 5555 5555 4445', 'Luhn'],
    ['0000 0000 0000 0000', 'degenerate, no IIN'],
    ['06 39 98 12 34 56 78', 'two glued phone numbers: no IIN'],
    ['4444 4444 4444 4444', 'one repeated digit'],
    ['5105 1051 0510 515', 'Mastercard range with 15 digits (Luhn passes)'],
    ['3782 8224 6310 0051', 'Amex range with 16 digits'],
    ['4111 1111 1111 11', 'Visa with 14 digits'],
  ])('%s is rejected (%s)', (pan) => {
    expect(cardOk(canon(pan))).toBe(false);
  });

  it('Luhn itself', () => {
    expect(luhnOk('79927398713')).toBe(true);
    expect(luhnOk('79927398710')).toBe(false);
    expect(luhnOk('12a4')).toBe(false);
  });
});

describe('BIC (reference §1.8)', () => {
  test.each(['BNPAFRPP', 'BNPAFRPPXXX', 'AGRIFRPP882', 'SOGEFRPP', 'BDFEFRPP', 'DEUTDEFF500', 'ABNANL2A'])('%s is valid', (bic) => {
    expect(bicOk(bic)).toBe(true);
  });
  test.each([
    ['BNPAFRP', '7 characters'],
    ['BNPAF1PP', 'digit in the country code'],
    ['BNP1FRPP', 'digit in the institution code'],
    ['DOCUMENT', 'upper-case word (ME is Montenegro)'],
    ['BNPAXXPP', 'unknown country'],
    ['BNPAFRPPXX', '10 characters'],
  ])('%s is rejected (%s)', (bic) => {
    expect(bicOk(bic)).toBe(false);
  });
});

describe('BIC position: right after its label or an IBAN', () => {
  test.each([
    ['BIC : BNPAFRPP', true],
    ['Code BIC / SWIFT : BNPAFRPP', true],
    ['SWIFT/BIC: BNPAFRPP', true],
    ['Société Générale (BIC SOGEFRPP', true],
    ['Code BIC :\nBNPAFRPP', true],
    ['IBAN DE89 3704 0044 0532 0130 00, COBADEFFXXX', true],
    ['BIC : BNPAFRPP – Titulaire : MAIRIE DE MONTPELLIER', false],
    ['Le DOCUMENT', false],
    ['IBAN DE89 3704 0044 0532 0130 00, titulaire MONTPELLIER', false],
  ])('%j', (text, ok) => {
    const value = (text.match(/[A-Z]{8,11}$/) ?? [''])[0];
    expect(bicPositionOk(text, text.length - value.length)).toBe(ok);
  });
});

describe('phones (reference §1.9)', () => {
  test.each([
    ['442079460227', { cc: '44', nsn: '2079460227' }],
    ['12125550128', { cc: '1', nsn: '2125550128' }],
    ['262692123456', { cc: '262', nsn: '692123456' }],
    ['0', null],
  ])('splitCountryCode(%s)', (digits, split) => {
    expect(splitCountryCode(digits)).toEqual(split);
  });

  test.each([
    ['+44 20 7946 0227', true],
    ['+44 (0)20 7946 0227', true],
    ['+49 30 7361175', true],
    ['+1 (212) 555-0128', true],
    ['+34 612 34 56 78', true],
    ['+1 555 0128', false],
    ['+1 212 155 0128', false],
    ['+12 500 000 000', false],
    ['+25 000 000', false],
    ['+999 1234 5678', false],
    ['+44 1234', false],
    ['+49 1111 1111', false],
  ])('intlPhoneOk(%s) = %s', (value, ok) => {
    expect(intlPhoneOk(value)).toBe(ok);
  });

  test.each([
    ['2125550128', true],
    ['4155550115', true],
    ['1125550128', false],
    ['2121550128', false],
    ['2115550128', false],
    ['2125110128', false],
  ])('nanpOk(%s) = %s', (nsn, ok) => {
    expect(nanpOk(nsn)).toBe(ok);
  });

  test.each([
    ['06 39 98 12 34', true],
    ['01 23 45 67 89', true],
    ['06 00 00 00 00', false],
    ['+33 1 11 11 11 11', false],
    ['01 02 03 04 05', false],
  ])('phoneNotDegenerate(%s) = %s', (value, ok) => {
    expect(phoneNotDegenerate(value)).toBe(ok);
  });
});

describe('registered validators', () => {
  const run = (ref: string, value: string): boolean | number =>
    resolveValidator(ref)!({ value, text: value, start: 0, end: value.length });

  test.each([
    ['rib-key', 'RIB 30006 00001 12345678901 89', true],
    ['rib-key', 'RIB 30006 00001 12345678901 88', false],
    ['card', '4111-1111-1111-1111', true],
    ['card', '4111-1111-1111-1112', false],
    ['bic', 'bnpafrpp', true],
    ['bic', 'DOCUMENT', false],
    ['max-line-breaks', 'FR76 3000 6000 0112\n3456 7890 189', true],
    ['max-line-breaks', 'FR76 3000\n6000 0112\n3456 7890 189', false],
    ['max-line-breaks:0', 'FR76 3000 6000 0112\n3456 7890 189', false],
    ['phone-intl', '+44 20 7946 0227', true],
    ['nanp', '(212) 555-0128', true],
    ['nanp', '+1 (212) 555-0128', true],
    ['nanp', '(212) 155-0128', false],
    ['phone-not-degenerate', '07 77 77 77 77', false],
  ])('%s on %j', (ref, value, ok) => {
    expect(run(ref, value)).toBe(ok);
  });

  it('rejects a bad max-line-breaks argument', () => {
    expect(() => resolveValidator('max-line-breaks:x')).toThrow(/max-line-breaks/);
  });
});

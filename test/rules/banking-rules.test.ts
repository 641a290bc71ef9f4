// The contact and banking rule packs (phone, IBAN, BIC, card, RIB) on realistic snippets: ids, types, spans.
import { describe, expect, it, test } from 'vitest';
import { scanText } from '../../src/engine/scan.js';
import { packRuleSet } from '../helpers/rules.js';

const files = ['contact/phone.yaml', 'banking/iban.yaml', 'banking/bic.yaml', 'banking/card.yaml', 'banking/rib.yaml'];
const set = packRuleSet(...files);
const scan = (text: string) => scanText(text, set, { withValues: true }).map((f) => ({ ruleId: f.ruleId, value: f.value }));

describe('contact and banking rules find each value with its exact span', () => {
  test.each([
    // French phones: mobile vs other numbers, every separator, international forms
    ['Portable : 06 12 34 56 78.', 'contact.phone-fr-mobile', '06 12 34 56 78'],
    ['Tél. 07-88-99-00-11, merci', 'contact.phone-fr-mobile', '07-88-99-00-11'],
    ['Mobile +33 (0)6 12 34 56 78', 'contact.phone-fr-mobile', '+33 (0)6 12 34 56 78'],
    ['Portable 0033 7 88 99 00 11', 'contact.phone-fr-mobile', '0033 7 88 99 00 11'],
    ['La Réunion : +262 692 12 34 56', 'contact.phone-fr-mobile', '+262 692 12 34 56'],
    ['Bureau : 04.67.12.34.56', 'contact.phone-fr', '04.67.12.34.56'],
    ['Standard 0467123456.', 'contact.phone-fr', '0467123456'],
    ['Tél : +33 1 44 55 66 77', 'contact.phone-fr', '+33 1 44 55 66 77'],
    ['Cayenne 05 94 29 10 00', 'contact.phone-fr', '05 94 29 10 00'],
    ['Saint-Pierre +508 41 23 45', 'contact.phone-fr', '+508 41 23 45'],
    ['Saint-Denis 0262 90 00 00', 'contact.phone-fr', '0262 90 00 00'],
    ['Portable 0692 12 34 56', 'contact.phone-fr-mobile', '0692 12 34 56'],
    // foreign phones
    ['Call me on +44 20 7946 0227 today', 'contact.phone-intl', '+44 20 7946 0227'],
    ['Büro +49 30 7361175', 'contact.phone-intl', '+49 30 7361175'],
    ['Mobile 07700 900877', 'contact.phone-uk', '07700 900877'],
    ['reached on (415) 555-0115.', 'contact.phone-us', '(415) 555-0115'],
    ['Phone: 212-555-0128', 'contact.phone-us-dashed', '212-555-0128'],
    // IBAN: every grouping, never the following word or number
    ['IBAN FR76 3000 6000 0112 3456 7890 189 12 mois', 'banking.iban', 'FR76 3000 6000 0112 3456 7890 189'],
    ['iban fr7630006000011234567890189, merci', 'banking.iban', 'fr7630006000011234567890189'],
    ['RIB FR76 30006 00001 12345678901 89', 'banking.iban', 'FR76 30006 00001 12345678901 89'],
    ['IBAN FR19-4061-8535-1130-9T76-0823-952.', 'banking.iban', 'FR19-4061-8535-1130-9T76-0823-952'],
    ['IBAN : FR76 3000 6000 0112\r\n3456 7890 189\r\nBIC', 'banking.iban', 'FR76 3000 6000 0112\r\n3456 7890 189'],
    ['IBAN FR76 3000 6000 0112 \n    3456 7890 189 BIC', 'banking.iban', 'FR76 3000 6000 0112 \n    3456 7890 189'],
    ['Konto NO07.8380.08.06006 (Oslo)', 'banking.iban', 'NO07.8380.08.06006'],
    ['IBAN BE68 5390 0754 7034 BIC GKCCBEBB', 'banking.iban', 'BE68 5390 0754 7034'],
    // BIC next to a label or an IBAN
    ['IBAN BE68 5390 0754 7034 BIC GKCCBEBB', 'banking.bic', 'GKCCBEBB'],
    ['Code SWIFT : AGRIFRPP882', 'banking.bic', 'AGRIFRPP882'],
    // cards
    ['Carte 4111 1111 1111 1111 exp 12/27', 'banking.card', '4111 1111 1111 1111'],
    ['Amex 3782-822463-10005', 'banking.card', '3782-822463-10005'],
    ['Visa 4012.8888.8888.1881', 'banking.card', '4012.8888.8888.1881'],
    ['Card on file: 4012888888881881', 'banking.card-compact', '4012888888881881'],
    ['Carte 4111 1111 1111 1111, cryptogramme : 737', 'banking.card-cvv', '737'],
    // RIB
    ['RIB : 30006 00001 12345678901 89', 'banking.rib', '30006 00001 12345678901 89'],
    ['30006\t00001\t12345678901\t89', 'banking.rib', '30006\t00001\t12345678901\t89'],
  ])('%j → %s', (text, ruleId, value) => {
    expect(scan(text)).toContainEqual({ ruleId, value });
  });
});

describe('contact and banking rules stay quiet on look-alikes', () => {
  test.each([
    'Appelez le 15, le 17, le 112 ou le 3939.',
    'SIRET 732 829 320 00074, SIREN 732829320, TVA FR44732829320',
    'Le montant s’élève à 1 250 000 € HT, soit 1 500 000 € TTC.',
    'Commande n° 0612345678 du 12/03/2024.',
    'Tél. 06 39 98 12 3',
    'Référence 106 39 98 12 34',
    'Lots 01 02 03 04 05',
    'Population +12 345 habitants (+3,5 %)',
    'IBAN FR76 3000 6000 0112 3456 7890 198 (erroné)',
    'FR76 3000\n6000 0112\n3456 7890 189',
    'Veuillez signer le DOCUMENT et les CONTRATS (BIC, SWIFT).',
    'Le BIC figure sur le RIB joint – titulaire : MAIRIE DE MONTPELLIER',
    'Carte 4111 1111 1111 1112',
    'Les dates 01.02.2024 et 2024-02-01, version 1.2.3.4.',
    'Ticket 415-555-0115',
    'UUID 123e4567-e89b-12d3-a456-426614174000',
    'RIB : 30006 00001 12345678901 88',
  ])('%j', (text) => {
    expect(scan(text)).toEqual([]);
  });
});

describe('severity and overlaps', () => {
  it('rates French mobiles higher than other French numbers', () => {
    const f = scanText('Fixe 01 44 55 66 77, portable 06 12 34 56 78', set);
    expect(f.map((x) => [x.ruleId, x.type, x.severity])).toEqual([
      ['contact.phone-fr', 'PHONE', 'medium'],
      ['contact.phone-fr-mobile', 'PHONE', 'high'],
    ]);
  });

  it('reports an IBAN in RIB grouping once, as an IBAN', () => {
    const f = scanText('Coordonnées : FR76 30006 00001 12345678901 89', set);
    expect(f.map((x) => [x.ruleId, x.type])).toEqual([['banking.iban', 'IBAN']]);
  });

  it('does not read an IBAN or two glued phone numbers as a card', () => {
    expect(scan('IBAN FR76 3000 6000 0112 3456 7890 189').map((f) => f.ruleId)).toEqual(['banking.iban']);
    expect(scan('Tél. 06 39 98 12 34 56 78')).toEqual([]);
  });

  it('lowers an unseparated card number next to order words below the threshold', () => {
    expect(scan('Commande n° 4111111111111111')).toEqual([]);
    expect(scan('Carte n° 4111111111111111')).toEqual([{ ruleId: 'banking.card-compact', value: '4111111111111111' }]);
  });
});

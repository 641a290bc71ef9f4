// French identifier and personal-document rule packs (rules/fr-identifiers, rules/personal):
// spans, overlaps, tabular data and the look-alikes that must stay untouched.
import { describe, expect, it } from 'vitest';
import { packRuleSet, typedSpans } from '../helpers/rules.js';

const set = packRuleSet('fr-identifiers', 'personal');
const found = (text: string): Array<[string, string]> => typedSpans(text, set);

describe('FR_NIR', () => {
  it.each([
    ['Assurée : Mme X, n° 2 84 05 88 321 025 32.', [['FR_NIR', '2 84 05 88 321 025 32']]],
    ['2.84.05.2A.321.025.52', [['FR_NIR', '2.84.05.2A.321.025.52']]],
    ['numéro 178069710501246 ; dossier complet', [['FR_NIR', '178069710501246']]],
    ['N° SS\u00a0: 2\u00a084\u00a005\u00a088\u00a0321\u00a0025\u00a032', [['FR_NIR', '2\u00a084\u00a005\u00a088\u00a0321\u00a0025\u00a032']]],
    ['Le NIR 2 84 05 88 321 025 (clé manquante) est incomplet.', [['FR_NIR', '2 84 05 88 321 025']]],
    // Pseudo-month 20 (incomplete civil status): reported with a label only.
    ['NIR : 1 85 20 99 109 001 55', [['FR_NIR', '1 85 20 99 109 001 55']]],
    ['N° SS 2-84-05-88-321-025-32', [['FR_NIR', '2-84-05-88-321-025-32']]],
    ["Numéro d'attente (NIA) : 7 1 034 12345678", [['FR_NIR', '7 1 034 12345678']]],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'Attention : le NIR 2 73 05 75 341 476 67 ne respecte pas la clé de contrôle.',
    'Référence de transaction 185209910900155',
    'Colis suivi n° 284058832102532 livré hier',
    'Total : 1 284 058 832 102 532 unités',
    'Code EAN 2840588321025',
    'Référence 1 85 20 99 109 001 55',
  ])('not %j', (text) => expect(found(text)).toEqual([]));
});

describe('FR_SIREN, FR_SIRET, FR_VAT', () => {
  it.each([
    ['Le titulaire (SIREN 732\u202f829\u202f320) est retenu.', [['FR_SIREN', '732\u202f829\u202f320']]],
    ['SIRET 732 829 320 00074 – TVA FR 44 732 829 320', [['FR_SIRET', '732 829 320 00074'], ['FR_VAT', 'FR 44 732 829 320']]],
    ['Siège : 732.829.320.00074', [['FR_SIRET', '732.829.320.00074']]],
    ['établissement 73282932000074', [['FR_SIRET', '73282932000074']]],
    ['VAT: FR44732829320.', [['FR_VAT', 'FR44732829320']]],
    ['RCS Nîmes B 404 833 048', [['FR_SIREN', '404 833 048']]],
    ['Lieferant: USt-IdNr. DE 123 456 789', [['EU_VAT', 'DE 123 456 789']]],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'La commune compte 404 833 048 habitants selon une erreur de saisie.',
    'Le marché de la société représente 1 404 833 048 € sur dix ans.',
    'Montant attribué au titulaire : 404 833 048 € HT',
    'Commande n° 404833048',
    'SIRET 732 829 320 00079',
    'Entreprise : SIREN 123 456 789',
    'Numéro de suivi du colis : 73282932000074',
    'TVA FR45732829320',
  ])('not %j', (text) => expect(found(text)).toEqual([]));
});

describe('FR_TAX_ID', () => {
  it.each([
    ['Numéro fiscal de référence : 30 23 217 600 053', [['FR_TAX_ID', '30 23 217 600 053']]],
    ['SPI 0701987765493', [['FR_TAX_ID', '0701987765493']]],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each(['Référence article 3023217600053', 'Numéro fiscal : 3023217600054', 'Code-barres EAN 3023217600053 (numéro fiscal non requis)'])(
    'not %j', (text) => expect(found(text)).toEqual([]));
});

describe('ID_DOCUMENT', () => {
  it.each([
    ['Passeport n° 19MT57082, délivré à Montpellier', [['ID_DOCUMENT', '19MT57082']]],
    ['Passport No: 533401372', [['ID_DOCUMENT', '533401372']]],
    ["Carte d'identité : X4RTBPFW4", [['ID_DOCUMENT', 'X4RTBPFW4']]],
    ['Permis de conduire : 880775453607', [['ID_DOCUMENT', '880775453607']]],
    ['IDFRAX4RTBPFW46<<<<<<<<<<<<<<<\n', [['ID_DOCUMENT', 'IDFRAX4RTBPFW46<<<<<<<<<<<<<<<']]],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'Référence catalogue 12AB34567',
    'Permis de construire n° PC03417223M0012',
    'Le passeport est à renouveler avant le départ.',
    'CNI : en cours de renouvellement',
  ])('not %j', (text) => expect(found(text)).toEqual([]));
});

describe('LICENSE_PLATE', () => {
  it.each([
    ['Stationnement gênant : véhicule GA-456-HB verbalisé.', [['LICENSE_PLATE', 'GA-456-HB']]],
    ['Immatriculation : FZ 999 ZZ', [['LICENSE_PLATE', 'FZ 999 ZZ']]],
    ['carte grise du véhicule 1234 AB 34', [['LICENSE_PLATE', '1234 AB 34']]],
    ['The van (registration LK68 XYZ) was parked outside.', [['LICENSE_PLATE', 'LK68 XYZ']]],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'Code produit AB 123 CD',
    'Réf. article XY-123-ZW',
    'Traps: product references (XY-123-ZW), part numbers',
    'Le lot 12 AB 34 est réservé.',
    'Plaque AB-000-CD',
  ])('not %j', (text) => expect(found(text)).toEqual([]));
});

describe('DATE_OF_BIRTH', () => {
  it.each([
    ['Mme Claire Petit, née le 1er avril 1976, demeurant', [['DATE_OF_BIRTH', '1er avril 1976']]],
    ['Date et lieu de naissance : 14/07/1989 à Sète', [['DATE_OF_BIRTH', '14/07/1989']]],
    ['DDN : 02/11/54', [['DATE_OF_BIRTH', '02/11/54']]],
    ['Birthdate: 1990-02-28', [['DATE_OF_BIRTH', '1990-02-28']]],
    ['He was born on 3 Feb. 1971.', [['DATE_OF_BIRTH', '3 Feb. 1971']]],
    ['date de naissance : 5 aout 2001', [['DATE_OF_BIRTH', '5 aout 2001']]],
    [
      'Nom\tPrénom\tDate de naissance\tService\nDUPONT\tJean\t12/03/1985\tVoirie\nMARTIN\tLéa\t1990-02-01\tÉtat civil',
      [['DATE_OF_BIRTH', '12/03/1985'], ['DATE_OF_BIRTH', '1990-02-01']],
    ],
    [
      '| Nom | Né(e) le | Commune |\n|---|---|---|\n| Durand | 03/04/1962 | Agde |',
      [['DATE_OF_BIRTH', '03/04/1962']],
    ],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'Agenda : réunion de service le 5 novembre 2023 à 14h15, formation incendie le 06/07/2024.',
    'Date limite de remise des offres : 12/03/2025 à 12h00',
    'Nom;Date de notification\nMarché 12;12/03/2024',
    'Date de naissance : 31/02/1985',
    'Lot 12/03/85 livré',
    'Le projet est né le 12/03/2035 de la volonté des élus.',
  ])('not %j', (text) => expect(found(text)).toEqual([]));
});

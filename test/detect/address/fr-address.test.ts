// French street lines, box lines and postcode lines (findFrenchAddresses): spans and kinds.
import { describe, expect, it } from 'vitest';
import { findFrenchAddresses } from '../../../src/detect/address/fr-address.js';
import { frTypes } from './helpers.js';

const found = (text: string) => findFrenchAddresses(text, frTypes).map((a) => ({ value: text.slice(a.start, a.end), kind: a.kind }));

describe('street line with its postcode line', () => {
  it.each([
    ['demeurant 204 ter rue de l\'Étang, 34830 CLAPIERS\nSuite', '204 ter rue de l\'Étang, 34830 CLAPIERS'],
    ['Adresse : 207 rue du Pioch de Boutonnet, 34690 FABRÈGUES', '207 rue du Pioch de Boutonnet, 34690 FABRÈGUES'],
    ['gérante - 162 quater quai de la Fontaine - 59000 Lille', '162 quater quai de la Fontaine - 59000 Lille'],
    ['39, boulevard du Moulin à Vent - 34160 Castries', '39, boulevard du Moulin à Vent - 34160 Castries'],
    ['149 B, place de Palavas, 34690 FABRÈGUES.', '149 B, place de Palavas, 34690 FABRÈGUES'],
    ['101bis cours du Moulin à Vent\nBP 85000\n69755 Lyon CEDEX 5\n\nObjet', '101bis cours du Moulin à Vent\nBP 85000\n69755 Lyon CEDEX 5'],
    ['25, boulevard de Nîmes CS 76641 - 11761 Narbonne CEDEX 1.', '25, boulevard de Nîmes CS 76641 - 11761 Narbonne CEDEX 1'],
    ['M. Pierre GIRARD\n202, quai de Nîmes\r\n34920 Le Crès\r\n', '202, quai de Nîmes\r\n34920 Le Crès'],
    ['SIREN 409085214 - 48bis passage Jacques-Cœur CS 90317 - 69821 Lyon CEDEX 1', '48bis passage Jacques-Cœur CS 90317 - 69821 Lyon CEDEX 1'],
    ['14 bis place Frédéric-Mistral, 97400 Saint-Denis).', '14 bis place Frédéric-Mistral, 97400 Saint-Denis'],
    ['45 BD DE LA REPUBLIQUE 34000 MONTPELLIER', '45 BD DE LA REPUBLIQUE 34000 MONTPELLIER'],
    ['15-17 rue de la Paix, 75002 Paris', '15-17 rue de la Paix, 75002 Paris'],
    ['4 à 8 rue de la Paix, 75002 Paris', '4 à 8 rue de la Paix, 75002 Paris'],
    ['3 rue du 8 Mai 1945, 34000 Montpellier', '3 rue du 8 Mai 1945, 34000 Montpellier'],
    ['12 rue de la mairie, 34000 Montpellier', '12 rue de la mairie, 34000 Montpellier'],
    ['8 ZAC de la Lauze, 34430 Saint-Jean-de-Védas', '8 ZAC de la Lauze, 34430 Saint-Jean-de-Védas'],
    ['3 grande rue, 34000 Montpellier', '3 grande rue, 34000 Montpellier'],
    ['12 rue Haute\nLieu-dit Les Granges\n30000 Nîmes', '12 rue Haute\nLieu-dit Les Granges\n30000 Nîmes'],
    ['25 avenue Foch, F-34000 Montpellier', '25 avenue Foch, F-34000 Montpellier'],
    ['27 rue Jacques-Cœur - 31271 Toulouse cedex 9', '27 rue Jacques-Cœur - 31271 Toulouse cedex 9'],
    ['27 rue Jacques-Cœur - 31271 Cedexville', '27 rue Jacques-Cœur - 31271 Cedexville'],
    ['12 rue Haute, appt 3, 34000 Montpellier', '12 rue Haute, appt 3, 34000 Montpellier'],
    ['12 chemin de la Tour, Hameau de Cazevieille, 34270 Saint-Martin-de-Londres', '12 chemin de la Tour, Hameau de Cazevieille, 34270 Saint-Martin-de-Londres'],
    ['12 rue Haute\nBâtiment B, 2e étage\n34000 Montpellier', '12 rue Haute\nBâtiment B, 2e étage\n34000 Montpellier'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([{ value, kind: 'full' }]);
  });
});

describe('complements before the number are part of the span', () => {
  it.each([
    ['demeurant Résidence Le Clos des Pins, appt 14, 32 bis, esplanade de la Liberté, 34430 SAINT-JEAN-DE-VÉDAS', 'Résidence Le Clos des Pins, appt 14, 32 bis, esplanade de la Liberté, 34430 SAINT-JEAN-DE-VÉDAS'],
    ['j\'habite Le Mas Vert, bât. A, 236 route de Ganges, 34130 MAUGUIO', 'Le Mas Vert, bât. A, 236 route de Ganges, 34130 MAUGUIO'],
    ['Adresse de correspondance : Porte 4 147 place Marcel-Pagnol - 34980 Saint-Gély-du-Fesc', 'Porte 4 147 place Marcel-Pagnol - 34980 Saint-Gély-du-Fesc'],
    ['Adresse : Lotissement Les Cigales\n96 bis esplanade Jacques-Cœur\n97400 SAINT-DENIS', 'Lotissement Les Cigales\n96 bis esplanade Jacques-Cœur\n97400 SAINT-DENIS'],
    ['Appt 12\nRésidence Les Pins\n4 avenue de Toulouse\n34000 MONTPELLIER', 'Appt 12\nRésidence Les Pins\n4 avenue de Toulouse\n34000 MONTPELLIER'],
    ['Mme X, 3e étage, 12 rue Haute, 34000 Montpellier', '3e étage, 12 rue Haute, 34000 Montpellier'],
  ])('%j', (text, value) => {
    expect(found(text).map((f) => f.value)).toEqual([value]);
  });

  it.each([
    ['Pierre GIRARD, 12 rue Haute, 34000 Montpellier', '12 rue Haute, 34000 Montpellier'],
    ['Société Bâtiments du Lez - 12 rue Haute, 34000 Montpellier', '12 rue Haute, 34000 Montpellier'],
    ['Le lot 3, 12 rue Haute, 34000 Montpellier', '12 rue Haute, 34000 Montpellier'],
    ['Madame Inès MEYER\n83 rue de l\'Étang\n75019 Paris', '83 rue de l\'Étang\n75019 Paris'],
  ])('does not take a name or an ordinary word before the number: %j', (text, value) => {
    expect(found(text).map((f) => f.value)).toEqual([value]);
  });
});

describe('street line alone', () => {
  it.each([
    ['Rendez-vous au 3 av. Jean Jaurès avec le service.', '3 av. Jean Jaurès', 'street'],
    ['12 bis rue des Lilas', '12 bis rue des Lilas', 'street'],
    ['7 impasse du Moulin est fermé', '7 impasse du Moulin', 'street'],
    ['5B allée des Tilleuls', '5B allée des Tilleuls', 'street'],
    ['10, quai de la Loire', '10, quai de la Loire', 'street'],
    ['2 ter Rte de Lodève', '2 ter Rte de Lodève', 'street'],
    ['6 Grand-Rue', '6 Grand-Rue', 'street'],
    ['3 rue Haute et 5 rue Basse', '3 rue Haute', 'street'],
    ['domicilié 9 cours Gambetta', '9 cours Gambetta', 'street'],
    ['au 1 place de la Comédie.', '1 place de la Comédie', 'street'],
    ['2 Cours Magistraux', '2 Cours Magistraux', 'street-noun'],
    ['Le 1 Place de la Bourse est fermé', '1 Place de la Bourse', 'street-noun'],
    ['En 2024 Rue de Rivoli a été piétonnisée.', '2024 Rue de Rivoli', 'street-noun'],
  ])('%j', (text, value, kind) => {
    expect(found(text)[0]).toEqual({ value, kind });
  });
});

describe('box line with its postcode line', () => {
  it.each([
    ['Service des marchés, BP 123, 34064 MONTPELLIER CEDEX 2', 'BP 123, 34064 MONTPELLIER CEDEX 2'],
    ['B.P. 45 - 34000 Montpellier', 'B.P. 45 - 34000 Montpellier'],
    ['CS 70001\n34000 MONTPELLIER CEDEX', 'CS 70001\n34000 MONTPELLIER CEDEX'],
    ['TSA 12345, 75700 PARIS CEDEX 07', 'TSA 12345, 75700 PARIS CEDEX 07'],
    ['Boîte postale 12, 34000 Montpellier', 'Boîte postale 12, 34000 Montpellier'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([{ value, kind: 'box' }]);
  });
});

describe('not addresses', () => {
  it.each([
    'Il faut marcher 3 rues plus loin.',
    'Il reste 12 places de parking et 1 place disponible.',
    'en 2 cours magistraux',
    'les 3 routes et 2 chemins possibles',
    'La Rue Haute restera ouverte aux riverains.',
    'La Place de l\'Hôtel de Ville sera réaménagée.',
    'Code postal de livraison : 34000 Montpellier.',
    '34830 CLAPIERS',
    'Montant : 15000 EUR HT, lot 2, tranche ferme.',
    'sur 3 voies de circulation',
    'version 4.2.1 du logiciel',
    'réf. 2023-45 rue',
    'CS 2024 Montpellier',
    'BP 12 Paris',
    'BP 12, 15000 EUR',
    '12345 rue Haute, 34000 Montpellier',
    'Rendez-vous à 10 h 30 place de la Comédie.',
    '0 rue Haute',
    'Il y a 3 rue(s)',
    'esplanade Charles-de-Gaulle et le cours Gambetta',
    '12 rue de la paix, tout va bien, 34000 Montpellier',
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

// The built-in address rules (rules/places/*.yaml): declared policy and their own examples.
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/engine/scan.js';
import { addressRules } from '../detect/address/helpers.js';

const set = addressRules();

describe('address rules', () => {
  it('are the French and English POSTAL_ADDRESS rules, high severity, postal-address detector', () => {
    expect(set.rules.map((r) => [r.id, r.type, r.severity, r.spec.detector])).toEqual([
      ['places.fr-postal-address', 'POSTAL_ADDRESS', 'high', 'postal-address'],
      ['places.en-street-address', 'POSTAL_ADDRESS', 'high', 'postal-address'],
    ]);
  });


  it('report nothing on French prose full of numbers and street-type nouns', () => {
    const prose = [
      'Il reste 12 places de parking, 1 place disponible et 3 rues plus loin un parking de 200 places.',
      'La formation comprend 2 cours magistraux et 4 travaux dirigés ; les 3 routes départementales sont fermées.',
      'Le 1 Place Royale est un titre de chapitre. Rendez-vous le 12 mars à 10 h 30 place de la Comédie.',
      'Montant : 1 250 000 € HT pour 18 mois ; code postal de livraison : 34000 Montpellier ; lot 2, tranche ferme.',
      'La Rue Haute et l\'esplanade Charles-de-Gaulle seront fermées ; 2 chemins possibles, 5 voies de circulation.',
    ].join('\n');
    expect(scanText(prose, set)).toEqual([]);
  });

  it('grade a street line: alone medium, with its postcode line high', () => {
    const [alone] = scanText('Rendez-vous au 3 av. Jean Jaurès.', set);
    const [full] = scanText('Rendez-vous au 3 av. Jean Jaurès, 34000 Montpellier.', set);
    expect(alone?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(alone?.confidence).toBeLessThan(0.8);
    expect(full?.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

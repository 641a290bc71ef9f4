// Generated French and English addresses: found whole, and gone after redaction (property tests).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanText } from '../../../src/engine/scan.js';
import { redact } from '../../../src/redact/redact.js';
import { addressRules } from './helpers.js';

const set = addressRules();

const frAddress = fc.record({
  number: fc.integer({ min: 1, max: 2999 }),
  index: fc.constantFrom('', ' bis', 'ter', ' B', 'A', ' quater'),
  comma: fc.constantFrom('', ','),
  type: fc.constantFrom('rue', 'avenue', 'av.', 'boulevard', 'bd', 'allée', 'impasse', 'chemin', 'place', 'quai', 'cours', 'route', 'rte', 'esplanade', 'montée', 'traverse', 'square', 'passage', 'Rue', 'AVENUE'),
  name: fc.constantFrom('de la République', 'Jean Jaurès', 'du Moulin à Vent', 'des Lilas', "de l'Étang", 'Frédéric-Mistral', 'du 8 Mai 1945', 'DE LA PAIX', 'Victor Hugo'),
  sep: fc.constantFrom(', ', ' - ', '\n', '\r\n', ' '),
  box: fc.constantFrom('', 'BP 85000\n', 'CS 76641 - '),
  postcode: fc.constantFrom('34000', '97400', '20000', '75019', '01000', '98000'),
  commune: fc.constantFrom('Montpellier', 'MONTPELLIER', 'Saint-Denis', 'Le Crès', 'SAINT-JEAN-DE-VÉDAS', 'Lyon CEDEX 5', 'Aix en Provence'),
}).map((a) => `${a.number}${a.index}${a.comma} ${a.type} ${a.name}${a.sep}${a.box}${a.postcode} ${a.commune}`);

const enAddress = fc.record({
  number: fc.integer({ min: 1, max: 9999 }),
  name: fc.constantFrom('Queen', 'Kingsley', 'Maple', 'Lakeshore', 'Church', 'Old Mill'),
  type: fc.constantFrom('Street', 'Road', 'Drive', 'Blvd', 'Lane', 'Avenue', 'St'),
  tail: fc.constantFrom(', Bristol BS6 7QT', ', Chicago, IL 60614', ', Glasgow G2 1DY', '\nEdinburgh\nEH7 5JA', ', Springfield, Illinois 62704'),
}).map((a) => `${a.number} ${a.name} ${a.type}${a.tail}`);

const before = fc.constantFrom('', 'Adresse : ', 'demeurant ', 'residing at ', 'Mme Claire Dubois\n');
const after = fc.constantFrom('', '.', '\nObjet : convocation', ', worked with us.');

describe('generated addresses', () => {
  it('are found as one street-and-postcode span covering every character', () => {
    fc.assert(fc.property(before, fc.oneof(frAddress, enAddress), after, (b, address, a) => {
      const findings = scanText(b + address + a, set);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ type: 'POSTAL_ADDRESS', tag: 'street-and-postcode', start: b.length, end: b.length + address.length });
    }), { numRuns: 300 });
  });

  it('leave nothing to find once redacted, and no digit of the address survives', () => {
    fc.assert(fc.property(before, fc.oneof(frAddress, enAddress), after, (b, address, a) => {
      const text = b + address + a;
      const out = redact(text, scanText(text, set)).text;
      expect(scanText(out, set)).toEqual([]);
      expect(out).toBe(`${b}[POSTAL_ADDRESS_1]${a}`);
    }), { numRuns: 200 });
  });
});

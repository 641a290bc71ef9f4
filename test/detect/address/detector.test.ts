// The postal-address detector kind: options, lazy data, confidence grading, engine integration.
import { describe, expect, it, vi } from 'vitest';
import { postalAddressDetector } from '../../../src/detect/address/index.js';
import { scanText } from '../../../src/engine/scan.js';
import type { RuleSpec } from '../../../src/types.js';
import { addressRules } from './helpers.js';

const spec = (options: Record<string, unknown>, extra: Partial<RuleSpec> = {}): RuleSpec => ({
  id: 'places.test', type: 'POSTAL_ADDRESS', title: { en: 't', fr: 't' }, severity: 'high',
  detector: 'postal-address', options, examples: { match: [], 'no-match': [] }, ...extra,
});
const TYPES = 'rue\t\nplace\tnoun\n';

describe('options', () => {
  it.each([
    [{}, /options\.streetTypes/],
    [{ streetTypes: 'x.tsv', locale: 'de' }, /options\.locale/],
    [{ streetTypes: 'x.tsv', streetOnly: 2 }, /options\.streetOnly/],
    [{ streetTypes: 'x.tsv', colour: 'red' }, /options\.colour/],
  ])('%j is refused', (options, message) => {
    expect(() => postalAddressDetector(spec(options), { readData: () => TYPES })).toThrow(message);
  });
});

describe('data file', () => {
  it('is read on the first scan only, never at compile time', () => {
    const readData = vi.fn(() => TYPES);
    const detect = postalAddressDetector(spec({ streetTypes: 'types.tsv' }), { readData });
    expect(readData).not.toHaveBeenCalled();
    detect('12 rue Haute');
    detect('12 rue Basse');
    expect(readData).toHaveBeenCalledTimes(1);
    expect(readData).toHaveBeenCalledWith('types.tsv');
  });
});

describe('confidence grading', () => {
  const detect = postalAddressDetector(
    spec({ streetTypes: 't.tsv', streetOnly: 0.6, nounStreetOnly: 0.4 }, { confidence: 0.95, context: { words: ['adresse'], boost: 0.3 } }),
    { readData: () => TYPES },
  );
  it.each([
    ['12 rue Haute, 34000 Montpellier', 0.95, 'street-and-postcode'],
    ['BP 12, 34000 Montpellier', 0.95, 'box-and-postcode'],
    ['vers le 12 rue Haute', 0.6, 'street-only'],
    ['vers le 12 place Royale', 0.6, 'street-only'],
    ['vers le 12 Place Royale', 0.4, 'street-only'],
    ['adresse : 12 Place Royale', 0.7, 'street-only'],
  ])('%j → %f (%s)', (text, confidence, tag) => {
    const [c] = detect(text);
    expect(c?.confidence).toBeCloseTo(confidence);
    expect(c?.tag).toBe(tag);
  });
});

describe('built-in rules through the engine', () => {
  const set = addressRules();
  const scan = (text: string) => scanText(text, set, { withValues: true }).map((f) => [f.ruleId, f.type, f.value]);

  it('reports a street and postcode line as one high-severity finding', () => {
    const findings = scanText('Adresse : 12 rue Haute, 34000 Montpellier.', set);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'places.fr-postal-address', type: 'POSTAL_ADDRESS', severity: 'high', start: 10, end: 41 });
  });

  it('spans a multi-line block including its line breaks (original offsets with CRLF and NBSP)', () => {
    const text = 'M. Pierre GIRARD\r\n202,\u00a0quai de Nîmes\r\n34920\u00a0Le Crès\r\n\r\nObjet';
    const [f] = scanText(text, set, { withValues: true });
    expect(f?.value).toBe('202,\u00a0quai de Nîmes\r\n34920\u00a0Le Crès');
    expect([f?.line, f?.endLine]).toEqual([2, 3]);
  });

  it.each([
    'Code postal de livraison : 34000 Montpellier.',
    'Rue Haute',
    'La Place de l\'Hôtel de Ville sera réaménagée ; la Rue Haute restera ouverte.',
    'Il reste 1 place disponible.',
    'Le 1 Place Royale est un titre de chapitre.',
    'In 2024 Google Drive replaced the old share.',
  ])('no finding: %j', (text) => {
    expect(scan(text)).toEqual([]);
  });

  it('reports an English street line alone only near an address word', () => {
    expect(scan('Mailing address: 221B Baker Street')).toEqual([['places.en-street-address', 'POSTAL_ADDRESS', '221B Baker Street']]);
    expect(scan('The 221B Baker Street museum')).toEqual([]);
  });
});

// The tender-amount detector: amounts in tender documents only; currency, HT/TTC, labels, price tables.
import { describe, expect, it } from 'vitest';
import { findAmounts, tenderAmountDetector, tenderAmountsOverride } from '../../../src/detect/tender/amount.js';
import type { RuleSpec } from '../../../src/types.js';

const TENDER = 'Rapport d\'analyse des offres, BPU et DQE.\n';
const values = (text: string): string[] => findAmounts(text, 0.8, true).map((c) => text.slice(c.start, c.end));

describe('tender.amount', () => {
  it.each([
    ['Montant HT : 12 450,00 €', ['12 450,00 €']],
    ['soit 1 250 000 € HT, ou 1 500 000 € TTC', ['1 250 000 €', '1 500 000 €']],
    ['Offre de 45 000 euros', ['45 000 euros']],
    ['Estimation : 9,8 M€', ['9,8 M€']],
    ['Montant : 12 450,00 HT', ['12 450,00']],
    ['Prix unitaire HT : 45,50', ['45,50']],
    ['Total : 1.250.000', ['1.250.000']],
    ['Price: EUR 45,000.00 and £12,500', ['EUR 45,000.00', '£12,500']],
    ['Désignation | Quantité | Prix unitaire HT | Montant HT\nEnrobé | 1 200 | 92,50 | 111 000,00', ['92,50', '111 000,00']],
    ['Soumissionnaire\tNote prix /60\tMontant\nA\t57,67\t397 880,00', ['397 880,00']],
  ])('%s', (body, expected) => {
    expect(values(TENDER + body)).toEqual(expected);
  });

  it.each([
    'Taux de remise : 12,5 %',
    'Quantité : 120 m²',
    'Délai : 18 mois',
    'Désignation | Note technique /40 | Rang\nA | 31,50 | 1',
    'Le lot 3 comprend 12 450 mètres de réseau.',
    'Article 45 HTML',
    'Montant : 0,00 €',
  ])('no amount in «%s»', (body) => {
    expect(values(TENDER + body)).toEqual([]);
  });

  it('finds nothing when the text does not read as a tender document', () => {
    expect(values('Montant de l\'avoir : 859 378,34 € HT')).toEqual([]);
  });

  it('never takes the tail of a longer token as an amount', () => {
    expect(values(`${TENDER}REF12 450 € et 3,1 234 €`)).toEqual([]);
  });

  it('marks candidates not to redact when the policy is report', () => {
    const rule = { id: 'tender.amount', type: 'AMOUNT', title: { en: 'a', fr: 'a' }, severity: 'medium', detector: 'tender-amount', options: { redact: false }, examples: { match: [], 'no-match': [] } } as RuleSpec;
    const [c] = tenderAmountDetector(rule, { readData: () => '' })(`${TENDER}Montant : 1 200 €`);
    expect(c?.redact).toBe(false);
    const [d] = tenderAmountDetector({ ...rule, options: {} }, { readData: () => '' })(`${TENDER}Montant : 1 200 €`);
    expect(d?.redact).toBeUndefined();
    expect(() => tenderAmountDetector({ ...rule, options: { colour: 1 } }, { readData: () => '' })).toThrow(/options\.colour/);
  });

  it.each([
    [undefined, {}],
    ['redact', {}],
    ['report', { options: { redact: false } }],
    ['off', { enabled: false }],
  ] as const)('config tender.amounts = %s', (mode, expected) => {
    const spec = { id: 'tender.amount', detector: 'tender-amount' } as RuleSpec;
    expect(tenderAmountsOverride(mode, spec)).toEqual(expected);
    expect(tenderAmountsOverride(mode, { ...spec, detector: 'pattern' })).toEqual({});
  });
});

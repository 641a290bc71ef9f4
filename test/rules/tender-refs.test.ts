// TENDER_REF rules (rules/tender/references.yaml): spans and look-alikes.
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/engine/scan.js';
import { packRuleSet } from '../helpers/rules.js';

const set = packRuleSet('tender');
const refs = (text: string) => scanText(text, set, { withValues: true }).filter((f) => f.type === 'TENDER_REF');

describe('TENDER_REF: the span is the identifier without its label', () => {
  it.each([
    ['Publié au BOAMP 22-123456 le 3 mars.', '22-123456', 'tender.boamp-notice'],
    ['Voir avis n° 24-56789.', '24-56789', 'tender.boamp-notice'],
    ['idweb 26-79114', '26-79114', 'tender.boamp-notice'],
    ['Référence JOUE : 2023/S 045-123456', '2023/S 045-123456', 'tender.joue-notice'],
    ['JOUE S 00537513-2025', '00537513-2025', 'tender.eforms-notice'],
    ['Référence de la consultation : 2024-DAJ-0123', '2024-DAJ-0123', 'tender.consultation-ref'],
    ['Marché n° 2023-AO-045', '2023-AO-045', 'tender.buyer-ref'],
    ['Consultation n° 24S0012', '24S0012', 'tender.buyer-ref'],
    ['Accord-cadre n° AC-2022-017', 'AC-2022-017', undefined],
    ['Lot n° 3 : plomberie', '3', 'tender.sub-ref'],
    ['MAPA n° 2024-15', '2024-15', 'tender.buyer-ref'],
    ['Avenant n° 2', '2', 'tender.sub-ref'],
    ['Bon de commande n° BC/2024/118', 'BC/2024/118', 'tender.buyer-ref'],
    ['OS n° 5', '5', 'tender.sub-ref'],
    ['DCE n° 2024-DCE-07', '2024-DCE-07', 'tender.buyer-ref'],
    ['Marché : 2024.136.DPAT – réfection', '2024.136.DPAT', 'tender.buyer-ref'],
    ['Notification du marché MAPA-2026-005', 'MAPA-2026-005', undefined],
    ['Contrat de délégation n° 2024-EDU-0004', '2024-EDU-0004', 'tender.buyer-ref'],
    ['Tender: RFP-2023-0011', 'RFP-2023-0011', 'tender.prefixed-ref'],
    ['Tender TENDER-454-2023', 'TENDER-454-2023', 'tender.prefixed-ref'],
    ['ITT ref. CCS-2024-117', 'CCS-2024-117', 'tender.english-ref'],
    ['Tender: 2024/S 223-322790', '2024/S 223-322790', 'tender.joue-notice'],
    ['MARCHÉ N° 2023-AO-045', '2023-AO-045', 'tender.buyer-ref'],
  ])('%s → %s', (text, value, ruleId) => {
    const found = refs(text);
    expect(found.map((f) => f.value)).toEqual([value]);
    if (ruleId) expect(found[0]?.ruleId).toBe(ruleId);
    const f = found[0];
    expect(text.slice(f?.start, f?.end)).toBe(value);
  });

  it('keeps spans in original offsets when the text has no-break spaces and typographic dashes', () => {
    const text = 'Marché\u00a0n°\u202f2023\u2011AO\u2011045 — avis\u00a0n° 24\u201156789';
    const found = refs(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['2023\u2011AO\u2011045', '24\u201156789']);
  });
});

describe('TENDER_REF: legal texts, dates, amounts, orders and invoices are not references', () => {
  it.each([
    'décret n° 2016-360 relatif aux marchés publics',
    'la loi n° 2019-1271 du 2 décembre 2019',
    'article R. 2123-1 et article L. 2124-2 du code de la commande publique',
    'pour la période 2021-2024',
    'Lot unique',
    'le marché public de travaux',
    'les OS de démarrage',
    'commande n° 4500012345',
    'facture n° F-2024-118',
    'Conformément à l\'avenant n° 3, le compte a été renouvelé.',
    'retenue pour le lot 3.',
    'Montant du marché : 12 450,00 € HT',
    'Le marché n° 12 450 € HT',
    'marché du 15/03/2024',
    'Le marché 2e trimestre',
    'Avis de la période 03-2024',
    'JOUE 2021-2024',
    'La consultation 2024 est lancée.',
    'Consultation : 14/05 à 10h30, marché : 10h30 place de la mairie',
    'Procédure : L. 2124-2 du code',
    'Accord-cadre 2024-2027 et marché : 3,5 M€',
    'Tender no. 5 of the series',
    'Procédure n° 23/01234 devant le tribunal administratif',
    'Concession n° 145 du cimetière communal',
    'Arrêté n° 2024-15 et délibération n° 2024-012',
    'Permis de construire n° PC 034 172 24 M0012',
    'Market n° 5 is open on Sundays; the tender ref. will follow.',
  ])('%s', (text) => {
    expect(refs(text)).toEqual([]);
  });
});

// The tender-context signal: several distinct signals make a tender document; it raises severities and the risk.
import { describe, expect, it } from 'vitest';
import { tenderEvidence, isTenderText, PHRASE_SCAN_LIMIT } from '../../src/detect/tender/tender-vocabulary.js';
import { raisedSeverity, tenderContext, TENDER_CONTEXT_POINTS } from '../../src/signals/tender-context.js';
import type { Finding, Severity } from '../../src/types.js';

const finding = (type: string, severity: Severity): Finding => ({
  ruleId: `x.${type.toLowerCase()}`, type, severity, confidence: 0.9, start: 0, end: 1, line: 1, column: 1,
  endLine: 1, endColumn: 2, preview: '*', fingerprint: 'f', entityKey: `${type}:k`, blocking: false,
});

describe('tender vocabulary', () => {
  it.each([
    ['RAPPORT D\'ANALYSE DES OFFRES – lot 2, voir le BPU et le DQE.', true],
    ['Le DCE comprend le règlement de la consultation, le CCAP et le CCTP.', true],
    ['La CAO a procédé à l\'ouverture des plis : trois soumissionnaires.', true],
    ['Tender evaluation report: each bidder submitted a pricing schedule.', true],
    ['Procédure adaptée (MAPA), code CPV 45233140-2, marché public de travaux, accord-cadre.', true],
    // One word, or one signal spelt twice, is not enough.
    ['Merci de déposer le DCE sur le serveur.', false],
    ['Analyse des offres (RAO) prévue jeudi.', false],
    ['Le marché public de travaux a été notifié.', false],
    ['Objet : Notification du marché MAPA-2026-005. L\'offre de la société a été retenue pour le lot 3.', false],
    ['Commande n° 4534928871 – Montant : 403 338,35 € TTC. Référence interne : lot 2, tranche ferme.', false],
    ['Les marchés publics sont régis par le code de la commande publique.', false],
    // Acronyms are upper case and whole words only.
    ['dce ccap cctp bpu dqe', false],
    ['XDCE BPUS DQEX CCAPS', false],
  ])('%s → %s', (text, expected) => {
    expect(tenderEvidence(text).isTender).toBe(expected);
    expect(isTenderText(text)).toBe(expected);
  });

  it('accepts typographic apostrophes, no-break spaces and line breaks inside phrases', () => {
    expect(tenderEvidence('Rapport d’analyse\u00a0des\noffres et acte d’engagement').signals).toEqual(['analyse des offres', "acte d'engagement"]);
  });

  it('stops early when asked a yes/no question, and finds the same answer', () => {
    const text = 'BPU, DQE, DPGF, CCAP, CCTP, soumissionnaire, attributaire.';
    expect(tenderEvidence(text, true).signals.length).toBeLessThan(tenderEvidence(text).signals.length);
    expect(tenderEvidence(text, true).isTender).toBe(true);
  });

  it('looks for acronyms in the whole text and for phrases in its first part only', () => {
    const filler = 'x '.repeat(PHRASE_SCAN_LIMIT / 2);
    expect(tenderEvidence(`${filler} BPU et DQE`).isTender).toBe(true);
    expect(tenderEvidence(`${filler} analyse des offres, mémoire technique`).isTender).toBe(false);
  });
});

describe('tender-context signal', () => {
  it('raises company, person and amount findings one level (at most high) and adds a reason', () => {
    const findings = [finding('FR_SIRET', 'medium'), finding('PERSON', 'high'), finding('AMOUNT', 'medium'),
      finding('FR_VAT', 'low'), finding('EMAIL', 'medium'), finding('FR_NIR', 'critical')];
    const reasons = tenderContext('Rapport d\'analyse des offres : BPU et DQE des soumissionnaires.', findings);
    expect(findings.map((f) => f.severity)).toEqual(['high', 'high', 'high', 'medium', 'medium', 'critical']);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatchObject({ code: 'tender-context', points: TENDER_CONTEXT_POINTS });
  });

  it('does nothing outside a tender document', () => {
    const findings = [finding('FR_SIRET', 'medium')];
    expect(tenderContext('Facture n° F-2024-118 de la société.', findings)).toEqual([]);
    expect(findings[0]?.severity).toBe('medium');
  });

  it.each([['low', 'medium'], ['medium', 'high'], ['high', 'high'], ['critical', 'critical']] as const)('raisedSeverity(%s) = %s', (from, to) => {
    expect(raisedSeverity(from)).toBe(to);
  });
});

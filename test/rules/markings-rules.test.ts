// The classification-marking rules (rules/markings): own examples, prefilter safety, marking vs prose.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { markingKey } from '../../src/detect/markings/marking-detector.js';
import { scanText } from '../../src/engine/scan.js';
import { BUILTIN_RULES_DIR, readRuleData, yamlFilesUnder } from '../../src/rules/builtin.js';
import { compileRules } from '../../src/rules/compile.js';
import { loadRuleFiles } from '../../src/rules/load-rules.js';

const specs = loadRuleFiles(yamlFilesUnder(join(BUILTIN_RULES_DIR, 'markings')));
const set = compileRules(specs, readRuleData);
const scan = (text: string) => scanText(text, set).filter((f) => f.type === 'CLASSIFICATION');
const spans = (text: string) => scan(text).map((f) => text.slice(f.start, f.end));

describe('marking rules', () => {

  it.each(specs.filter((s) => s.detector === 'marking').map((s) => [s.id, s] as const))('%s: every phrase contains an accent-free keyword (conservative prefilter)', (_id, spec) => {
    const keywords = spec.keywords ?? [];
    expect(keywords.every((k) => markingKey(k) === k.toLowerCase())).toBe(true);
    const opts = spec.options as Record<string, string[]>;
    for (const phrase of Object.values(opts).flat()) {
      expect(keywords.some((k) => markingKey(phrase).includes(k)), phrase).toBe(true);
    }
  });
});

describe('used as a marking → blocking finding', () => {
  it.each([
    ['DIFFUSION RESTREINTE\nPlan de gestion de crise', 'DIFFUSION RESTREINTE', 'markings.fr-state'],
    ['Rapport\n— DIFFUSION RESTREINTE —', 'DIFFUSION RESTREINTE', 'markings.fr-state'],
    ['[CONFIDENTIEL] Note au maire', 'CONFIDENTIEL', 'markings.fr-corporate'],
    ['Classification : Confidentiel', 'Confidentiel', 'markings.fr-corporate'],
    ['Sensibilité : Usage interne', 'Usage interne', 'markings.fr-corporate'],
    ['Objet : réunion\n\nConfidentiel\n', 'Confidentiel', 'markings.fr-corporate'],
    ['CONFIDENTIEL – Note au préfet sur la sécurité', 'CONFIDENTIEL', 'markings.fr-corporate'],
    ['Note au préfet - SECRET', 'SECRET', 'markings.fr-state'],
    ['__CONFIDENTIEL__', 'CONFIDENTIEL', 'markings.fr-corporate'],
    ['**Strictement confidentiel**', 'Strictement confidentiel', 'markings.fr-corporate'],
    ['# Usage interne uniquement', 'Usage interne uniquement', 'markings.fr-corporate'],
    ['Page 2/7    Ne pas diffuser', 'Ne pas diffuser', 'markings.fr-corporate'],
    ['C3 - Confidentiel', 'C3 - Confidentiel', 'markings.c-level'],
    ['TLP:AMBER+STRICT', 'TLP:AMBER+STRICT', 'markings.tlp'],
    ['Secret des affaires\nOffre technique du candidat', 'Secret des affaires', 'markings.fr-corporate'],
    ['CONFIDENTIAL', 'CONFIDENTIAL', 'markings.en-corporate'],
    ['Quarterly plan (Confidential)', 'Confidential', 'markings.en-corporate'],
    ['Do not distribute\nPricing sheet', 'Do not distribute', 'markings.en-corporate'],
    ['Attorney-Client Privileged', 'Attorney-Client Privileged', 'markings.en-corporate'],
    ['Not for distribution', 'Not for distribution', 'markings.en-corporate'],
    ['Embargoed until 12 March 2025', 'Embargoed', 'markings.en-corporate'],
    ["Sous embargo jusqu'au 12/03/2025 10h00", 'Sous embargo', 'markings.fr-corporate'],
    ['RESTREINT UE/EU RESTRICTED', 'RESTREINT UE/EU RESTRICTED', 'markings.eu-nato'],
  ])('%j → %s (%s)', (text, value, ruleId) => {
    const found = scan(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([value]);
    expect(found[0]?.ruleId).toBe(ruleId);
    expect(found[0]?.blocking).toBe(true);
  });
});

describe('not a marking → no CLASSIFICATION finding', () => {
  it.each([
    "Le secret professionnel s'applique à l'ensemble des agents.",
    'Ce point est confidentiel.',
    "Les candidats s'engagent à garder confidentielles les informations reçues.",
    'We signed an NDA with the supplier.',
    'TLP:CLEAR',
    'TLP:WHITE – public advisory',
    'C0 - Public',
    'Anglais C1',
    'Citroën C3',
    'C4 - Interne',
    'DIFFUSION LIBRE',
    'Document diffusable sans restriction.',
    'NON CONFIDENTIEL',
    'Not confidential',
    'Les niveaux sont : public, interne, confidentiel et secret.',
    'Référence interne du dossier : lot 2',
    'Merci de garder ces éléments confidentiels.',
    'The data is restricted to HR staff and kept confidential.',
    'Secret Story revient sur les écrans.',
    'Diffusion restreinte ou pas, la question reste ouverte.',
    'export STRIPE_SECRET_KEY=sk_live_XXXXXXXX',
    'SECRET: changeme',
    'CONFIDENTIAL_FLAG=true',
  ])('%j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('levels', () => {
  it('TLP:GREEN is a low, non-blocking finding', () => {
    const [f] = scan('Bulletin TLP:GREEN');
    expect(f).toMatchObject({ ruleId: 'markings.tlp-green', severity: 'low', blocking: false });
  });
  it('a draft marking is reported but not blocking', () => {
    const [f] = scan('Document de travail\nStratégie');
    expect(f).toMatchObject({ ruleId: 'markings.draft', blocking: false });
  });
  it('two markings on one line are both found', () => {
    expect(spans('CONFIDENTIEL - NE PAS DIFFUSER')).toEqual(['CONFIDENTIEL', 'NE PAS DIFFUSER']);
    expect(spans('SECRET // SPÉCIAL FRANCE')).toEqual(['SECRET', 'SPÉCIAL FRANCE']);
  });
  it('normalised dashes and no-break spaces are handled', () => {
    expect(spans('\u2014\u00a0DIFFUSION\u00a0RESTREINTE\u00a0\u2014')).toEqual(['DIFFUSION\u00a0RESTREINTE']);
  });
});

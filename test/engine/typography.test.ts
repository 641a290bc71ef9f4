// Text pasted from Word has typographic apostrophes and no-break spaces: same findings as plain text.
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/engine/scan.js';
import { builtinRuleSet } from '../../src/rules/builtin.js';

const set = builtinRuleSet();
const plain = [
  "Carte d'identité n° X4RTBPFW4 délivrée le 12/03/2021.",
  "Madame Apolline d'Arbaud, demeurant 204 ter rue de l'Étang, 34830 CLAPIERS.",
  "N° d'assuré : 2 84 05 88 321 025 32 ; carte 4111 1111 1111 1111.",
  "Jean-Luc d'Ormesson et Marie O'Brien ont signé l'avenant.",
  "Appel d'offres n° 2024-AO-015 ; mot de passe d'accès : Fake1969&X",
  "SIRET 732 829 320 00074, montant 12 450,00 €.",
].join('\n');
const typographic = plain.replace(/'/g, '\u2019').replace(/(\d) (\d)/g, '$1\u202F$2');

describe('typography', () => {
  it('finds the same values, at the same places, in typographic and plain text', () => {
    const a = scanText(plain, set).map((f) => [f.ruleId, f.start, f.end]);
    const b = scanText(typographic, set).map((f) => [f.ruleId, f.start, f.end]);
    expect(a.length).toBeGreaterThanOrEqual(9);
    expect(b).toEqual(a);
  });
});

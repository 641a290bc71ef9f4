// A labelled NIR with a wrong key is still redacted (issue example); a text saying it is invalid is not.
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/engine/scan.js';
import { redact } from '../../src/redact/redact.js';
import { builtinRuleSet } from '../../src/rules/builtin.js';

const set = builtinRuleSet();

describe('fr.nir-wrong-key', () => {
  it('redacts the issue example: a labelled NIR whose key is wrong', () => {
    const text = 'Virement sur FR76 3000 6000 0112 3456 7890 189, NIR 2 84 05 2A 004 012 76\n';
    expect(redact(text, scanText(text, set)).text).toBe('Virement sur [IBAN_1], NIR [FR_NIR_1]\n');
  });

  it.each([
    ['a valid NIR is the main rule', 'NIR 2 84 05 2A 004 012 69', 'fr.nir'],
    ['no label', 'Référence 2 84 05 88 321 025 33', null],
    ['the text says the key is wrong', 'Le NIR 2 73 05 75 341 476 67 ne respecte pas la clé de contrôle.', null],
  ])('%s', (_what, text, ruleId) => {
    const nir = scanText(text, set).filter((f) => f.type === 'FR_NIR');
    expect(nir.map((f) => f.ruleId)).toEqual(ruleId ? [ruleId] : []);
  });
});

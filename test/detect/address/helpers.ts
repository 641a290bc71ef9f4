// Loads the built-in address rules and street-type data for the address tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_RULES_DIR, readRuleData } from '../../../src/rules/builtin.js';
import { compileRules, type RuleSet } from '../../../src/rules/compile.js';
import { loadRuleFiles } from '../../../src/rules/load-rules.js';
import { parseStreetTypes, type StreetTypes } from '../../../src/detect/address/street-types.js';

export const frTypes: StreetTypes = parseStreetTypes(readFileSync(join(BUILTIN_RULES_DIR, 'data', 'places', 'street-types-fr.tsv'), 'utf8'));
export const enTypes: StreetTypes = parseStreetTypes(readFileSync(join(BUILTIN_RULES_DIR, 'data', 'places', 'street-types-en.tsv'), 'utf8'), true);

/** The built-in address rules only (rules/places/*.yaml). */
export function addressRules(): RuleSet {
  const files = ['address-fr.yaml', 'address-en.yaml'].map((f) => join(BUILTIN_RULES_DIR, 'places', f));
  return compileRules(loadRuleFiles(files), readRuleData);
}

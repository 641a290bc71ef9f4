// Builds rule sets for tests: inline YAML, or built-in packs by folder or file under rules/.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { scanText } from '../../src/engine/scan.js';
import { BUILTIN_RULES_DIR, readRuleData, yamlFilesUnder } from '../../src/rules/builtin.js';
import { compileRules, type RuleSet } from '../../src/rules/compile.js';
import { loadRuleFiles, parseRuleFile } from '../../src/rules/load-rules.js';

export function rulesFromYaml(yamlText: string): RuleSet {
  return compileRules(parseRuleFile(yamlText, 'inline.yaml'), () => {
    throw new Error('no data files in inline rules');
  });
}

/** One low-severity CUSTOM_TERM rule with the given pattern (YAML single quotes escaped). */
export function customTermRule(id: string, pattern: string): RuleSet {
  return rulesFromYaml(`
- id: ${id}
  type: CUSTOM_TERM
  title: { en: ${id}, fr: ${id} }
  severity: low
  pattern: '${pattern.replace(/'/g, "''")}'
  examples: { match: [], no-match: [] }
`);
}

/** The built-in rules of some packs: folders (`secrets`) or files (`contact/phone.yaml`) under rules/. */
export function packRuleSet(...paths: string[]): RuleSet {
  const files = paths.flatMap((p) => {
    const abs = join(BUILTIN_RULES_DIR, p);
    return statSync(abs).isDirectory() ? yamlFilesUnder(abs) : [abs];
  });
  return compileRules(loadRuleFiles(files), readRuleData);
}

/** `[type, matched text]` of every finding: what case tables of rule tests compare. */
export function typedSpans(text: string, set: RuleSet): Array<[string, string]> {
  return scanText(text, set).map((f) => [f.type, text.slice(f.start, f.end)]);
}

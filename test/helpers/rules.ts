// Builds small rule sets from inline YAML for engine tests.
import { compileRules, type RuleSet } from '../../src/rules/compile.js';
import { parseRuleFile } from '../../src/rules/load-rules.js';

export function rulesFromYaml(yamlText: string): RuleSet {
  return compileRules(parseRuleFile(yamlText, 'inline.yaml'), () => {
    throw new Error('no data files in inline rules');
  });
}

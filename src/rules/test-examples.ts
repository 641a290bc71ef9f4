// Runs rules' own examples (design §5): each `match` must yield a finding of the rule, each
// `no-match` none — once with the keyword prefilter and once without, and the two must agree.
import { scanText } from '../engine/scan.js';
import { buildPrefilter, type CompiledRule, type RuleSet } from './compile.js';

export interface ExampleFailure {
  ruleId: string;
  kind: 'match' | 'no-match' | 'prefilter';
  example: string;
}

function singleRuleSet(rule: CompiledRule): RuleSet {
  return { rules: [rule], ...buildPrefilter([rule]) };
}

export function testRuleExamples(rule: CompiledRule): ExampleFailure[] {
  const set = singleRuleSet(rule);
  const failures: ExampleFailure[] = [];
  const check = (example: string, kind: 'match' | 'no-match'): void => {
    const on = scanText(example, set).filter((f) => f.ruleId === rule.id);
    const off = scanText(example, set, { prefilter: false }).filter((f) => f.ruleId === rule.id);
    if (JSON.stringify(on) !== JSON.stringify(off)) failures.push({ ruleId: rule.id, kind: 'prefilter', example });
    else if ((kind === 'match') !== (off.length > 0)) failures.push({ ruleId: rule.id, kind, example });
  };
  for (const ex of rule.spec.examples.match) check(ex, 'match');
  for (const ex of rule.spec.examples['no-match']) check(ex, 'no-match');
  return failures;
}

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { compileRules } from '../../src/rules/compile.js';
import { loadRuleFiles, parseRuleFile } from '../../src/rules/load-rules.js';
import { RuleError } from '../../src/rules/rule-error.js';

const base = `id: test.rule
type: EMAIL
title: { en: T, fr: T }
severity: low
pattern: 'x'
examples: { match: [x], no-match: [y] }
`;

const problem = (yaml: string, compile = false): RuleError => {
  try {
    const specs = parseRuleFile(yaml, 'pack.yaml');
    if (compile) compileRules(specs, () => '');
  } catch (e) {
    expect(e).toBeInstanceOf(RuleError);
    return e as RuleError;
  }
  throw new Error('expected a RuleError');
};

describe('rule files', () => {
  it('accepts a single rule or a list', () => {
    expect(parseRuleFile(base, 'a.yaml')).toHaveLength(1);
    expect(parseRuleFile(`- ${base.replace(/\n(?=.)/g, '\n  ')}`, 'a.yaml')).toHaveLength(1);
  });

  it.each([
    ['an unknown field', `${base}colour: red\n`, 'colour'],
    ['a missing field', base.replace("severity: low\n", ''), 'severity'],
    ['a bad severity', base.replace('severity: low', 'severity: huge'), 'severity'],
    ['a bad id', base.replace('test.rule', 'Test Rule'), 'id'],
  ])('names the file, the rule and the field for %s', (_what, yaml, field) => {
    const e = problem(yaml);
    expect(e.file).toBe('pack.yaml');
    expect(e.message).toContain(field);
  });

  it.each([
    ['an invalid regex', base.replace("pattern: 'x'", "pattern: '(x'"), 'pattern'],
    ['an unknown validator', `${base}validate: [nope]\n`, 'validate'],
    ['an unknown detector', `${base}detector: magic\n`, 'detector'],
    ['a duplicate id', `- ${base.replace(/\n(?=.)/g, '\n  ')}- ${base.replace(/\n(?=.)/g, '\n  ')}`, 'duplicate'],
  ])('reports %s at compile time with the rule id', (_what, yaml, word) => {
    const e = problem(yaml, true);
    expect(e.ruleId).toBe('test.rule');
    expect(e.message).toContain(word);
  });

  it('reports invalid YAML and unreadable files as rule errors', () => {
    expect(problem('a: [').problem).toMatch(/YAML/);
    const dir = tempDir('caviard-');
    expect(() => loadRuleFiles([join(dir, 'missing.yaml')])).toThrow(RuleError);
    writeFileSync(join(dir, 'ok.yaml'), base);
    expect(loadRuleFiles([join(dir, 'ok.yaml')])[0]!.source).toBe(join(dir, 'ok.yaml'));
  });

  it('compiles patterns with the Unicode flag', () => {
    const set = compileRules(parseRuleFile(base.replace("pattern: 'x'", "pattern: '\\p{Lu}'"), 'a.yaml'), () => '');
    expect(set.rules[0]!.detect('É')).toHaveLength(1);
  });
});

// Reads YAML rule files and validates them against the rule schema (design §5).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv as AjvClass } from 'ajv';
import type jsYaml from 'js-yaml';
import type { RuleSpec } from '../types.js';
import { RuleError } from './rule-error.js';
import { ruleSchema } from './schema.js';

// Ajv and js-yaml are loaded on first use only: built-in rules come prebuilt, so a plain `redact`
// never pays for them (the bundle turns each `createRequire(import.meta.url)(…)` into a `require`).
let validateRule: ReturnType<AjvClass['compile']> | undefined;

function schemaCheck(raw: unknown, file: string, index: number): RuleSpec {
  if (!validateRule) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as { Ajv: typeof AjvClass };
    validateRule = new Ajv({ allErrors: false, strict: true }).compile(ruleSchema);
  }
  const id = typeof raw === 'object' && raw && typeof (raw as { id?: unknown }).id === 'string'
    ? (raw as { id: string }).id : `#${index + 1}`;
  if (!validateRule(raw)) {
    const e = validateRule.errors?.[0];
    const field = e ? (e.instancePath.replace(/^\//, '').replace(/\//g, '.') || (e.params as { additionalProperty?: string }).additionalProperty || (e.params as { missingProperty?: string }).missingProperty || '(rule)') : '(rule)';
    const extra = e?.keyword === 'additionalProperties' ? `unknown field "${(e.params as { additionalProperty: string }).additionalProperty}"`
      : e?.keyword === 'required' ? `missing field "${(e.params as { missingProperty: string }).missingProperty}"`
        : `field "${field}" ${e?.message ?? 'is invalid'}`;
    throw new RuleError(file, id, extra);
  }
  return raw as unknown as RuleSpec;
}

/** Parses the YAML text of one rule file: a single rule, or a list of rules. */
export function parseRuleFile(text: string, file: string): RuleSpec[] {
  let doc: unknown;
  try {
    doc = (createRequire(import.meta.url)('js-yaml') as typeof jsYaml).load(text, { filename: file });
  } catch (e) {
    throw new RuleError(file, undefined, `invalid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const list = Array.isArray(doc) ? doc : [doc];
  if (list.length === 0 || list.some((r) => r === null || typeof r !== 'object')) {
    throw new RuleError(file, undefined, 'expected a rule (mapping) or a list of rules');
  }
  return list.map((raw, i) => ({ ...schemaCheck(raw, file, i), source: file }));
}

/** Reads and validates rule files; an unreadable file is a RuleError too. */
export function loadRuleFiles(files: readonly string[]): RuleSpec[] {
  return files.flatMap((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new RuleError(file, undefined, `cannot read rule file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    return parseRuleFile(text, file);
  });
}

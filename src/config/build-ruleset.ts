// Applies a configuration to the rule packs: built-in + extra files, disabled rules, severities.
import { resolve } from 'node:path';
import { tenderAmountsOverride } from '../detect/tender/amount.js';
import { termRuleSpecs } from '../detect/terms/term-rules.js';
import { builtinRuleSpecs, isBuiltin, prebuiltKeywords, readRuleData, readRuleDataBytes, type SpecDetail } from '../rules/builtin.js';
import { compileRules, type RuleSet } from '../rules/compile.js';
import { loadRuleFiles } from '../rules/load-rules.js';
import { RuleError } from '../rules/rule-error.js';
import type { RuleSpec } from '../types.js';
import type { LoadedConfig } from './load-config.js';

/**
 * Rule specs after configuration (disabled rules keep `enabled: false` so `rules list` can show
 * them); `detail` applies to the built-in rules (see SpecDetail).
 */
export function configuredSpecs(loaded: LoadedConfig, extraRuleFiles: readonly string[], cwd: string, detail: SpecDetail = 'full'): RuleSpec[] {
  const { config, dir } = loaded;
  const files = [...(config.rules ?? []).map((f) => resolve(dir, f)), ...extraRuleFiles.map((f) => resolve(cwd, f))];
  const specs = [...(config.extends === 'none' ? [] : builtinRuleSpecs(detail)), ...loadRuleFiles(files), ...termRuleSpecs(config.terms, dir, loaded.file)];
  const ids = new Set(specs.map((s) => s.id));
  for (const id of [...(config.disable ?? []), ...Object.keys(config.severity ?? {})]) {
    if (!ids.has(id)) throw new RuleError(loaded.file ?? 'configuration', id, 'no such rule (in disable/severity)');
  }
  const disabled = new Set(config.disable ?? []);
  return specs.map((s) => {
    const changes: Partial<RuleSpec> = {
      ...(disabled.has(s.id) ? { enabled: false } : {}),
      ...(config.severity?.[s.id] ? { severity: config.severity[s.id] } : {}),
      ...tenderAmountsOverride(config.tender?.amounts, s),
      ...(s.detector === 'internal-url' && config.internalDomains?.length
        ? { options: { ...s.options, domains: [...((s.options?.['domains'] as string[] | undefined) ?? []), ...config.internalDomains] } } : {}),
    };
    // A rule that the configuration leaves alone is not copied (100 copies at every start otherwise).
    return Object.keys(changes).length === 0 ? s : { ...s, ...changes };
  });
}

/** The rule set a scan runs (built-in rules without their descriptions and examples). */
export function configuredRuleSet(loaded: LoadedConfig, extraRuleFiles: readonly string[], cwd: string): RuleSet {
  return compileRules(configuredSpecs(loaded, extraRuleFiles, cwd, 'scanning'), readRuleData, { lazy: isBuiltin, readBytes: readRuleDataBytes, prebuiltKeywords });
}

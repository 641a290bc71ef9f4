// Library API: the pure core (scan, score, redact) and the rule loading it needs.
export * from './types.js';
export { normalize, type NormalizedText } from './engine/normalize.js';
export { scanText, type ScanOptions } from './engine/scan.js';
export { analyzeText, type AnalyzeOptions, type Analysis, type DocumentSignal } from './engine/analyze.js';
export { compileAllowlist, type Allowlist } from './engine/allowlist.js';
export { scoreRisk, levelOf } from './score/risk.js';
export { redact, type RedactOptions, type RedactStyle, type Redacted, type Replacement } from './redact/redact.js';
export { Placeholders } from './redact/placeholders.js';
export { compileRules, type CompiledRule, type RuleSet } from './rules/compile.js';
export { parseRuleFile, loadRuleFiles } from './rules/load-rules.js';
export { builtinRuleSet, builtinRuleSpecs } from './rules/builtin.js';
export { RuleError } from './rules/rule-error.js';
export { run } from './cli/run.js';

// Build step: validates every built-in YAML rule and writes dist/builtin-rules.json (fast start-up),
// and dist/builtin-rules-scanning.json, the same rules as scanning needs them.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT, PREBUILT_RULES, PREBUILT_SCANNING_RULES, readRuleData, scanningSpec, yamlFilesUnder } from './builtin.js';
import { compileRules } from './compile.js';
import { loadRuleFiles } from './load-rules.js';

const specs = loadRuleFiles(yamlFilesUnder(BUILTIN_RULES_DIR)).map((r) => ({ ...r, source: relative(PACKAGE_ROOT, r.source ?? '') }));
compileRules(specs, readRuleData); // throws on any broken rule: the build fails, not the user's run
writeFileSync(PREBUILT_RULES, JSON.stringify(specs));
writeFileSync(PREBUILT_SCANNING_RULES, JSON.stringify(specs.map(scanningSpec)));
console.log(`built ${specs.length} rules into ${relative(PACKAGE_ROOT, PREBUILT_RULES)} and ${relative(PACKAGE_ROOT, PREBUILT_SCANNING_RULES)}`);

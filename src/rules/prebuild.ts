// Build step: validates every built-in YAML rule and writes dist/builtin-rules.json (fast start-up),
// dist/builtin-rules-scanning.json, the same rules as scanning needs them, and
// dist/builtin-keywords.json, their keyword automaton.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { KeywordAutomaton } from '../engine/keywords.js';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT, PREBUILT_KEYWORDS, PREBUILT_RULES, PREBUILT_SCANNING_RULES, readRuleData, scanningSpec, yamlFilesUnder } from './builtin.js';
import { compileRules, prefilterKeywords } from './compile.js';
import { loadRuleFiles } from './load-rules.js';

/**
 * JSON with every non-ASCII character written as a `\u` escape (JSON.parse gives back the same
 * strings): read at start-up, an ASCII file becomes a one-byte V8 string and takes the fast paths of
 * UTF-8 decoding and of JSON.parse, where a single `€` made the whole text a two-byte string.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const specs = loadRuleFiles(yamlFilesUnder(BUILTIN_RULES_DIR)).map((r) => ({ ...r, source: relative(PACKAGE_ROOT, r.source ?? '') }));
const { rules } = compileRules(specs, readRuleData); // throws on any broken rule: the build fails, not the user's run
writeFileSync(PREBUILT_RULES, asciiJson(specs));
writeFileSync(PREBUILT_SCANNING_RULES, asciiJson(specs.map(scanningSpec)));
writeFileSync(PREBUILT_KEYWORDS, asciiJson(new KeywordAutomaton(prefilterKeywords(rules))));
console.log(`built ${specs.length} rules into ${[PREBUILT_RULES, PREBUILT_SCANNING_RULES, PREBUILT_KEYWORDS].map((f) => relative(PACKAGE_ROOT, f)).join(', ')}`);

// Finds the built-in rule packs: the prebuilt JSON when running from dist/, else the YAML files.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { PACKAGE_ROOT, RUNNING_FROM_DIST } from '../package-root.js';
import type { RuleSpec } from '../types.js';
import { transparentSpec } from '../detect/pattern.js';
import type { AutomatonJson } from '../engine/keywords.js';
import { compileRules, type DataBytesReader, type DataReader, type RuleSet } from './compile.js';
import { loadRuleFiles } from './load-rules.js';
import { RuleError } from './rule-error.js';

export { PACKAGE_ROOT };
export const BUILTIN_RULES_DIR = join(PACKAGE_ROOT, 'rules');
/** Written by `npm run build` (src/rules/prebuild.ts): every built-in rule, validated, as JSON. */
export const PREBUILT_RULES = join(PACKAGE_ROOT, 'dist', 'builtin-rules.json');
/** The same rules as scanning needs them (see scanningSpec), read by every scan and redaction. */
export const PREBUILT_SCANNING_RULES = join(PACKAGE_ROOT, 'dist', 'builtin-rules-scanning.json');
/** Written by `npm run build` too: the keyword automaton of the built-in rules (see AutomatonJson). */
export const PREBUILT_KEYWORDS = join(PACKAGE_ROOT, 'dist', 'builtin-keywords.json');

/** A file the build wrote into dist/, parsed; undefined when not running from dist/ or not built. */
function readPrebuilt<T>(path: string): T | undefined {
  return RUNNING_FROM_DIST && existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) as T : undefined;
}

/** The built-in rules' keyword automaton tables, when running from dist/ (else built at run time). */
export const prebuiltKeywords = (): AutomatonJson | undefined => readPrebuilt<AutomatonJson>(PREBUILT_KEYWORDS);

/**
 * How much of each rule a caller needs: `full` (the `rules` commands, the library API) or
 * `scanning` (scan, redact, eval: no description and no examples, half the file read and parsed
 * at every start).
 */
export type SpecDetail = 'full' | 'scanning';

/**
 * A rule as scanning needs it: without its description, with no examples, and with its pattern
 * sources already apostrophe-transparent (rewriting them costs start-up time).
 */
export function scanningSpec({ description: _description, examples: _examples, ...rest }: RuleSpec): RuleSpec {
  return transparentSpec({ ...rest, examples: { match: [], 'no-match': [] } });
}

/** Every `.yaml`/`.yml` file under a folder, sorted, recursively. */
export function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Built-in rule specs; `source` paths are relative to the package root. With `scanning`, they may
 * lack descriptions and examples (see SpecDetail); from the YAML files they are always full.
 */
export function builtinRuleSpecs(detail: SpecDetail = 'full'): RuleSpec[] {
  const prebuilt = readPrebuilt<RuleSpec[]>(detail === 'scanning' ? PREBUILT_SCANNING_RULES : PREBUILT_RULES);
  if (prebuilt) return prebuilt;
  return loadRuleFiles(yamlFilesUnder(BUILTIN_RULES_DIR)).map((r) => ({ ...r, source: relative(PACKAGE_ROOT, r.source ?? '') }));
}

/** Reads a rule data file relative to the rule file (built-in sources are package-relative). */
function readRuleFile<T>(source: string, rel: string, read: (path: string) => T): T {
  const base = source.startsWith('/') ? source : join(PACKAGE_ROOT, source);
  try {
    return read(resolve(dirname(base), rel));
  } catch (e) {
    throw new RuleError(source, undefined, `cannot read data file ${rel} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** Reads rule data files relative to the rule file, as text. */
export const readRuleData: DataReader = (source, rel) => readRuleFile(source, rel, (path) => readFileSync(path, 'utf8'));

/** Reads rule data files relative to the rule file, as bytes. */
export const readRuleDataBytes: DataBytesReader = (source, rel) => readRuleFile(source, rel, (path) => readFileSync(path));

/** Built-in rules come from the prebuilt JSON, validated and compiled at build time. */
export const isBuiltin = (spec: RuleSpec): boolean => RUNNING_FROM_DIST && spec.source !== undefined && !isAbsolute(spec.source);

let cached: RuleSet | undefined;
/** The compiled built-in rule set (compiled once per process). */
export function builtinRuleSet(): RuleSet {
  cached ??= compileRules(builtinRuleSpecs(), readRuleData, { lazy: isBuiltin, readBytes: readRuleDataBytes, prebuiltKeywords });
  return cached;
}

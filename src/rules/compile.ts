// Turns validated rule specs into a rule set: detect functions and the keyword prefilter.
import { detectors } from '../detect/index.js';
import type { DetectFn } from '../detect/detector.js';
import type { RuleSpec, Severity, Title } from '../types.js';
import { RuleError } from './rule-error.js';
import { KeywordAutomaton, type AutomatonJson, type KeywordHits } from '../engine/keywords.js';
import { SharedPasses } from '../engine/shared-passes.js';

/** A rule ready to run. */
export interface CompiledRule {
  id: string;
  type: string;
  title: Title;
  severity: Severity;
  blocking: boolean;
  /** Lower-cased literals of which at least one occurs (case-insensitively) in every match; empty: always runs. */
  keywords: string[];
  spec: RuleSpec;
  detect: DetectFn;
}

/** Rules plus the one-pass keyword prefilter that picks which of them can match a text. */
export interface RuleSet {
  rules: CompiledRule[];
  /** Rules that may match `text` (all rules without keywords, plus those whose keyword occurs). */
  prefilter(text: string): CompiledRule[];
  /** The same, plus where keywords occur (for anchored rules); a hand-made set may omit it. */
  select?(text: string): Selection;
  /** Shared passes of pattern rules over long texts; a hand-made set may omit them. */
  shared?: SharedPasses;
}

/** The rules worth running on a text, and the keyword occurrences found while choosing them. */
export interface Selection {
  rules: CompiledRule[];
  hits?: KeywordHits;
}

/** Reads a data file that a rule names, relative to the rule's own file. */
export type DataReader = (ruleSource: string, relativePath: string) => string;
/** The same, as bytes (see CompileEnv.readDataBytes). */
export type DataBytesReader = (ruleSource: string, relativePath: string) => Uint8Array;

export interface CompileOptions {
  /**
   * Rules whose detector may be built on first use instead of now. Built-in rules were compiled
   * and tested at build time, and most are skipped by the prefilter on any given text: building
   * them lazily keeps start-up short. User rules are always built now, so errors show at once.
   */
  lazy?: (spec: RuleSpec) => boolean;
  /** Reads data files as bytes; default: the text that `readData` gives, encoded as UTF-8. */
  readBytes?: DataBytesReader;
  /** Keyword automaton tables written at build time, read on first use (taken if for the same keywords). */
  prebuiltKeywords?: () => AutomatonJson | undefined;
}

export function compileRules(specs: readonly RuleSpec[], readData: DataReader, options: CompileOptions = {}): RuleSet {
  const seen = new Map<string, string>();
  const rules: CompiledRule[] = [];
  const readBytes = options.readBytes ?? ((source: string, rel: string) => Buffer.from(readData(source, rel)));
  for (const spec of specs) {
    const file = spec.source ?? '(inline)';
    if (seen.has(spec.id)) throw new RuleError(file, spec.id, `duplicate rule id (also in ${seen.get(spec.id)})`);
    seen.set(spec.id, file);
    if (spec.enabled === false) continue;
    const kind = spec.detector ?? 'pattern';
    const factory = detectors[kind];
    if (!factory) throw new RuleError(file, spec.id, `field "detector": unknown detector "${kind}" (known: ${Object.keys(detectors).join(', ')})`);
    const build = (): DetectFn => {
      try {
        return factory(spec, { readData: (rel) => readData(file, rel), readDataBytes: (rel) => readBytes(file, rel) });
      } catch (e) {
        throw new RuleError(file, spec.id, (e as Error).message);
      }
    };
    let built: DetectFn | undefined;
    const detect: DetectFn = options.lazy?.(spec) ? (text, env) => (built ??= build())(text, env) : build();
    rules.push({
      id: spec.id, type: spec.type, title: spec.title, severity: spec.severity,
      blocking: spec.blocking ?? false,
      keywords: (spec.keywords ?? []).map((k) => k.toLowerCase()),
      spec, detect,
    });
  }
  return { rules, ...buildPrefilter(rules, options.prebuiltKeywords), shared: new SharedPasses(rules.map((r) => r.spec)) };
}

/**
 * One case-insensitive pass over the text (a keyword automaton) collects which keywords occur.
 * Conservative by construction: a rule is skipped only if none of its keywords occurs anywhere in
 * the text. The pass also records where keywords occur, for the rules anchored on them.
 */
export function buildPrefilter(rules: CompiledRule[], prebuilt?: () => AutomatonJson | undefined): Pick<RuleSet, 'prefilter' | 'select'> {
  if (!rules.some((r) => r.keywords.length > 0)) return { prefilter: () => rules, select: () => ({ rules }) };
  let automaton: KeywordAutomaton | undefined;
  const select = (text: string): Selection => {
    automaton ??= new KeywordAutomaton(prefilterKeywords(rules), prebuilt?.());
    const hits = automaton.scan(text);
    return { rules: rules.filter((r) => r.keywords.length === 0 || r.keywords.some((k) => hits.has(k))), hits };
  };
  return { prefilter: (text) => select(text).rules, select };
}

/** Every keyword the prefilter looks for, in rule order (the keyword automaton's input). */
export function prefilterKeywords(rules: readonly CompiledRule[]): string[] {
  return rules.flatMap((r) => r.keywords);
}

// Turns validated rule specs into a rule set: detect functions and the keyword prefilter.
import { detectors } from '../detect/index.js';
import type { DetectFn } from '../detect/detector.js';
import type { RuleSpec, Severity, Title } from '../types.js';
import { RuleError } from './rule-error.js';
import { escapeRegExp } from '../detect/text.js';

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
}

/** Reads a data file that a rule names, relative to the rule's own file. */
export type DataReader = (ruleSource: string, relativePath: string) => string;

export interface CompileOptions {
  /**
   * Rules whose detector may be built on first use instead of now. Built-in rules were compiled
   * and tested at build time, and most are skipped by the prefilter on any given text: building
   * them lazily keeps start-up short. User rules are always built now, so errors show at once.
   */
  lazy?: (spec: RuleSpec) => boolean;
}

export function compileRules(specs: readonly RuleSpec[], readData: DataReader, options: CompileOptions = {}): RuleSet {
  const seen = new Map<string, string>();
  const rules: CompiledRule[] = [];
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
        return factory(spec, { readData: (rel) => readData(file, rel) });
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
  return { rules, prefilter: buildPrefilter(rules) };
}

/**
 * One combined, case-insensitive pass over the text collects which keywords occur. Conservative by
 * construction: a rule is skipped only if none of its keywords occurs anywhere in the text.
 * Keywords found inside a longer keyword's occurrence count as found; the search restarts one
 * character after each occurrence, so overlapping keywords are seen. (Rebuilding the alternation
 * without the keywords already found was measured: it made short texts 30 % slower and long ones
 * no faster.) No `u` flag: with it, case-insensitive alternations run about 7× slower in V8;
 * without it, `i` still folds accented letters (É/é) by simple upper-casing.
 */
export function buildPrefilter(rules: CompiledRule[]): RuleSet['prefilter'] {
  const always = rules.filter((r) => r.keywords.length === 0);
  const keyed = rules.filter((r) => r.keywords.length > 0);
  const all = [...new Set(keyed.flatMap((r) => r.keywords))].sort((a, b) => b.length - a.length);
  if (all.length === 0) return () => rules;
  const re = new RegExp(all.map(escapeRegExp).join('|'), 'gi');
  const implied = new Map(all.map((k) => [k, all.filter((o) => o !== k && k.includes(o))]));
  return (text) => {
    const found = new Set<string>();
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const k = m[0].toLowerCase();
      if (!found.has(k)) {
        found.add(k);
        for (const o of implied.get(k) ?? []) found.add(o);
        if (found.size === all.length) break;
      }
      re.lastIndex = m.index + 1;
    }
    if (found.size === 0) return always;
    return rules.filter((r) => r.keywords.length === 0 || r.keywords.some((k) => found.has(k)));
  };
}

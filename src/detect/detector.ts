// The detector contract: a compiled rule turns normalised text into candidates.
import type { KeywordHits } from '../engine/keywords.js';
import type { SharedMatches } from '../engine/shared-passes.js';
import type { Candidate, RuleSpec } from '../types.js';

/** How a scan runs; detectors may ignore it. */
export interface DetectEnv {
  /**
   * Shortcuts allowed (keyword prefilter, anchored windows). A detector must return the same
   * candidates either way; the rule-example tests check it.
   */
  prefilter: boolean;
  /** Keyword occurrences found by the prefilter's pass, when it ran. */
  keywordHits?: KeywordHits | undefined;
  /** Where matches of pattern rules found by shared passes start, by `ruleId#index`. */
  shared?: SharedMatches | undefined;
  /** The text is long enough for a rule's patterns to share one walk (see engine/shared-passes); shorter ones are scanned regex by regex. */
  walkTogether?: boolean;
}

/** Finds candidates in normalised text (offsets are in that text). Pure and synchronous. */
export type DetectFn = (text: string, env?: DetectEnv) => Candidate[];

/** What a detector factory may use while compiling a rule. */
export interface CompileEnv {
  /** Reads a data file named by the rule, relative to the rule file (lazily, on first scan). */
  readData(relativePath: string): string;
  /** The same, as bytes: for large lists searched in place, never decoded to a string. */
  readDataBytes?(relativePath: string): Uint8Array;
}

/** Builds a rule's detect function; throws an Error naming the faulty field on a bad rule. */
export type DetectorFactory = (rule: RuleSpec, env: CompileEnv) => DetectFn;

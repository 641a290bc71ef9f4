// Core data types shared by every stage: rules, findings, risk.

/** Severity of a rule or a finding, lowest first. */
export type Severity = 'low' | 'medium' | 'high' | 'critical';
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];
export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

/** Risk level of an input (design §7): none 0, low 1–24, medium 25–49, high 50–79, critical 80–100. */
export type RiskLevel = 'none' | Severity;

/** An entity type: the canonical ones of design §4 (PERSON, EMAIL, IBAN…) or one a rule adds (FR_RIB, AMOUNT…). */
export type EntityType = string;

/** A rule's bilingual title. */
export interface Title { en: string; fr: string }

/** Context words that raise (words) or lower (exclude) a candidate's confidence. */
export interface ContextSpec {
  /** Words or phrases (case- and accent-insensitive, whole words). */
  words?: string[];
  /** Words whose presence lowers confidence (anti-context: amounts, versions, page numbers…). */
  exclude?: string[];
  /** Characters looked at on each side of the candidate; default 60. */
  window?: number;
  /** Characters looked at after the candidate, when different from `window`. */
  after?: number;
  /** Added to the confidence when a word is present; default 0.3. */
  boost?: number;
  /** Subtracted when an exclude word is present; default 0.4. */
  penalty?: number;
  /** When true, a candidate without any context word is dropped. */
  required?: boolean;
}

/** A rule as written in a YAML file (design §5), after schema validation. */
export interface RuleSpec {
  id: string;
  type: EntityType;
  title: Title;
  severity: Severity;
  /** Base confidence 0..1 before validation and context; default 0.8. */
  confidence?: number;
  /** Detector kind; default `pattern`. */
  detector?: string;
  pattern?: string;
  patterns?: string[];
  /** Extra regex flags besides the mandatory `g` and `u` (only `i`, `m`, `s`). */
  flags?: string;
  keywords?: string[];
  validate?: string[];
  context?: ContextSpec;
  allow?: string[];
  blocking?: boolean;
  /** Detector-specific options (data files, thresholds…). */
  options?: Record<string, unknown>;
  description?: string;
  enabled?: boolean;
  examples: { match: string[]; 'no-match': string[] };
  /** File the rule came from (set by the loader). */
  source?: string;
  /**
   * Set by the build on the prebuilt rules scans read: `pattern`, `patterns` and `options.anchor`
   * are already apostrophe-transparent (apostropheTransparent). Never in a rule file.
   */
  apostrophes?: 'transparent';
  /**
   * Set by the build on the same rules: for each pattern, literals one of which every match holds
   * around its start (lower-case under the `i` flag), or null (see patternLiterals). Never in a rule file.
   */
  literals?: (string[] | null)[];
}

/** One candidate produced by a detector, in offsets of the normalised text. */
export interface Candidate {
  start: number;
  end: number;
  confidence: number;
  /** Optional identity shared by several mentions of one entity (e.g. one person). */
  entityKey?: string;
  /** Overrides the rule's severity for this candidate. */
  severity?: Severity;
  /** Overrides the rule's type for this candidate (dictionary terms with their own type). */
  type?: EntityType;
  /** Overrides the rule's blocking flag for this candidate. */
  blocking?: boolean;
  /** A short machine-readable note (e.g. `test-pan`, `checksum-failed`). */
  tag?: string;
  /** false: report the finding but leave it in the redacted copy (e.g. `tender.amounts: report`). */
  redact?: boolean;
}

/**
 * A finding. Offsets are UTF-16 code units in the ORIGINAL text, `end` exclusive.
 * Lines and columns are 1-based (column counted in UTF-16 code units), computed once by the engine.
 */
export interface Finding {
  ruleId: string;
  type: EntityType;
  severity: Severity;
  /** 0..1 */
  confidence: number;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Already masked: safe to print. */
  preview: string;
  /** Rule id + hash of the normalised value: stable when lines move. */
  fingerprint: string;
  /** Identity used for numbering placeholders and for repeats in the risk score. */
  entityKey: string;
  blocking: boolean;
  tag?: string;
  /** false: reported but not redacted (copied from the candidate); absent: redacted. */
  redact?: boolean;
  /** Raw value: present only when the caller asked for values (`--show-values`). */
  value?: string;
}

/** Risk of one input (design §7). */
export interface Risk {
  score: number;
  level: RiskLevel;
  blocking: boolean;
  reasons: RiskReason[];
}

/** One contribution to a risk score. */
export interface RiskReason {
  /** Machine-readable code: `finding`, `combination`, `blocking`, `tender-context`… */
  code: string;
  message: string;
  /** Points added to the raw sum before saturation. */
  points: number;
  ruleId?: string;
  type?: EntityType;
}

// The scanning pipeline: normalise → prefilter → detect → allow-list → overlaps → sort → positions.
import type { DetectEnv } from '../detect/detector.js';
import type { RuleSet } from '../rules/compile.js';
import type { Finding } from '../types.js';
import type { CompiledAllowlist } from './allowlist.js';
import { fingerprint } from './fingerprint.js';
import { setPositions } from './line-index.js';
import { normalize, toOriginalEnd, toOriginalStart } from './normalize.js';
import { maskPreview } from './preview.js';
import { resolveOverlaps } from './resolve-overlaps.js';
import { SHARED_PASS_MIN_LENGTH } from './shared-passes.js';
import { sortFindings } from './sort-findings.js';
import { valueKey } from './value-key.js';
import { foldApostrophes, LETTER_OR_DIGIT } from '../detect/text.js';

export interface ScanOptions {
  /** Run the keyword prefilter (default true). Turning it off never changes the findings, only speed. */
  prefilter?: boolean;
  /** Candidates below this confidence are dropped; default 0.5. */
  minConfidence?: number;
  /** Global allow-list from the configuration. */
  allowlist?: CompiledAllowlist;
  /**
   * Texts at least this long share regex passes among pattern rules (default 32 KiB); tests lower
   * it to compare both ways. Never changes the findings, only speed.
   */
  sharedPassMinLength?: number;
  /** Copy raw values into findings (`--show-values`, redaction, evaluation). */
  withValues?: boolean;
}

const PLACEHOLDER = /\[[A-Z][A-Z0-9_]*_\d+\]/g;

/**
 * Text already redacted is never a finding again: a candidate none of whose letters and digits
 * lies outside caviard placeholders (`[IBAN_1]`) is dropped. Returns null when the text holds none.
 */
function placeholderMask(text: string): Uint8Array | null {
  if (!text.includes('_') || !text.includes(']')) return null;
  let mask: Uint8Array | null = null;
  for (const m of text.matchAll(PLACEHOLDER)) (mask ??= new Uint8Array(text.length)).fill(1, m.index, m.index + m[0].length);
  return mask;
}

function onlyPlaceholders(text: string, start: number, end: number, mask: Uint8Array): boolean {
  for (let i = start; i < end; i++) if (!mask[i] && LETTER_OR_DIGIT.test(text[i] as string)) return false;
  return true;
}

/** Scans one text. Pure: no I/O. Findings are sorted; duplicates inside a finding are dropped (resolveOverlaps). */
export function scanText(text: string, ruleset: RuleSet, options: ScanOptions = {}): Finding[] {
  const nt = normalize(text);
  const selection = options.prefilter === false ? { rules: ruleset.rules }
    : ruleset.select?.(nt.text) ?? { rules: ruleset.prefilter(nt.text) };
  const rules = selection.rules;
  const minConfidence = options.minConfidence ?? 0.5;
  const walkTogether = options.prefilter !== false && nt.text.length >= (options.sharedPassMinLength ?? SHARED_PASS_MIN_LENGTH);
  const shared = walkTogether ? ruleset.shared?.run(nt.text, new Set(rules.map((r) => r.id))) : undefined;
  const env: DetectEnv = { prefilter: options.prefilter !== false, keywordHits: selection.hits, shared, walkTogether };
  const placeholders = placeholderMask(nt.text);
  const found: Finding[] = [];
  for (const rule of rules) {
    for (const c of rule.detect(nt.text, env)) {
      if (c.confidence < minConfidence || c.end <= c.start) continue;
      const type = c.type ?? rule.type;
      // The value as rules have always seen it, apostrophes as `'`: previews, keys and allow-lists.
      const normValue = foldApostrophes(nt.text.slice(c.start, c.end));
      if (placeholders && onlyPlaceholders(nt.text, c.start, c.end, placeholders)) continue;
      const key = c.entityKey ?? valueKey(type, normValue);
      const f: Finding = {
        ruleId: rule.id, type, severity: c.severity ?? rule.severity,
        confidence: Math.round(c.confidence * 100) / 100,
        start: toOriginalStart(nt, c.start), end: toOriginalEnd(nt, c.end),
        line: 0, column: 0, endLine: 0, endColumn: 0,
        preview: maskPreview(type, normValue),
        fingerprint: fingerprint(rule.id, key),
        entityKey: [type, ':', key].join(''), // flat: see fingerprint()
        blocking: c.blocking ?? rule.blocking,
      };
      if (c.tag) f.tag = c.tag;
      if (c.redact === false) f.redact = false;
      if (options.allowlist?.allows(f, normValue)) continue;
      found.push(f);
    }
  }
  // Detection order sorted by position. `found` holds each rule's findings in rule order and the
  // sort is stable, so on the same span the rule listed first stays first (it decides ties in
  // overlap resolution). Overlap resolution keeps this order: the last sort runs in linear time.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const findings = sortFindings(resolveOverlaps(found));
  setPositions(text, findings);
  if (options.withValues) for (const f of findings) f.value = text.slice(f.start, f.end);
  return findings;
}

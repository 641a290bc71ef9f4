// The pattern detector: regex candidates → allow-list → validators → context (reference §0.1).
import type { Candidate, RuleSpec } from '../types.js';
import { anchorWindows, matchInWindows, windowsAround, windowsPayOff, type Occurrences, type Window } from './anchors.js';
import { applyContext, compileContext } from './context.js';
import { escapeRegExp, nextCodePoint } from './text.js';
import type { DetectEnv, DetectFn, DetectorFactory } from './detector.js';
import { patternKey, stickyOf, unionOf, walkTogether } from '../engine/shared-passes.js';
import { resolveValidator, type Validator } from './validators/index.js';

/** Compiles a rule's pattern(s); `(?<value>…)` narrows the finding to that group. */
export function compilePatterns(rule: RuleSpec): RegExp[] {
  const sources = rule.patterns ?? (rule.pattern !== undefined ? [rule.pattern] : []);
  if (sources.length === 0) throw new Error('field "pattern": a pattern rule needs `pattern` or `patterns`');
  const extra = rule.flags ?? '';
  if (/[^ims]/.test(extra)) throw new Error(`field "flags": only i, m and s may be added (got "${extra}")`);
  return sources.map((src, i) => {
    const d = src.includes('(?<value>') ? 'd' : '';
    try {
      return new RegExp(src, `gu${extra}${d}`);
    } catch (e) {
      throw new Error(`field "${rule.patterns ? `patterns[${i}]` : 'pattern'}": ${(e as Error).message}`);
    }
  });
}

export function compileValidators(rule: RuleSpec): Validator[] {
  return (rule.validate ?? []).map((ref) => {
    const v = resolveValidator(ref);
    if (!v) throw new Error(`field "validate": unknown validator "${ref}"`);
    return v;
  });
}

export function compileAllow(rule: RuleSpec): RegExp[] {
  return (rule.allow ?? []).map((src) => {
    try {
      return new RegExp(src, 'u');
    } catch (e) {
      throw new Error(`field "allow": ${(e as Error).message}`);
    }
  });
}

/**
 * `options.anchor`: regex source of something every match contains (or `keywords`: the rule's own
 * keywords, case-insensitive); `options.reach`: how far from it a match may start or end
 * (default 64). Only used when the prefilter is on; the rule-example tests compare both ways.
 */
function anchorOption(rule: RuleSpec): { anchor: string; reach: number; flags: string; keywords?: string[] } | null {
  const o = rule.options ?? {};
  if (o['anchor'] === undefined) return null;
  if (typeof o['anchor'] !== 'string') throw new Error('field "options.anchor": expected a regex source or "keywords"');
  const reach = o['reach'] ?? 64;
  if (typeof reach !== 'number' || !Number.isInteger(reach) || reach < 1) throw new Error('field "options.reach": expected a positive integer');
  if (o['anchor'] === 'keywords') {
    if (!rule.keywords?.length) throw new Error('field "options.anchor": "keywords" needs the rule to have keywords');
    return { anchor: rule.keywords.map(escapeRegExp).join('|'), reach, flags: 'gi', keywords: rule.keywords.map((k) => k.toLowerCase()) };
  }
  try { new RegExp(o['anchor'], 'u'); } catch (e) { throw new Error(`field "options.anchor": ${(e as Error).message}`); }
  return { anchor: o['anchor'], reach, flags: 'gu' };
}

export const patternDetector: DetectorFactory = (rule) => {
  const regexes = compilePatterns(rule);
  const anchored = anchorOption(rule);
  // The same regexes with the `y` flag, for windows and shared passes; made when first needed.
  let stickyCopies: RegExp[] | undefined;
  const stickies = (): RegExp[] => (stickyCopies ??= regexes.map(stickyOf));
  const checks = compileValidators(rule);
  const allow = compileAllow(rule);
  const context = rule.context ? compileContext(rule.context) : null;
  const base = rule.confidence ?? 0.8;
  /** Where the rule is worth running, when anchored: from the prefilter's keyword hits, or one anchor pass. */
  function windowsOf(text: string, env: DetectEnv): Window[] | null {
    if (!anchored || !env.prefilter) return null;
    const hits = env.keywordHits;
    if (anchored.keywords && hits) {
      const occurrences = anchored.keywords.map((k) => ({ starts: hits.positions(k), length: k.length }));
      if (occurrences.every((o) => o.starts)) return windowsAround(occurrences as Occurrences[], anchored.reach, text.length);
    }
    return anchorWindows(text, anchored.anchor, anchored.reach, anchored.flags);
  }
  const consider = (m: RegExpExecArray, text: string, out: Candidate[]): void => {
    const span = m.indices?.groups?.['value'];
    if (m.indices && !span) return; // optional value group did not take part
    const start = span ? span[0] : m.index;
    const end = span ? span[1] : m.index + m[0].length;
    const value = text.slice(start, end);
    if (allow.length > 0 && allow.some((a) => a.test(value))) return;
    let confidence = base;
    for (const check of checks) {
      const r = check({ value, text, start, end });
      if (r === false) return;
      if (typeof r === 'number') confidence += r;
    }
    if (rule.context && context) {
      const c = applyContext(rule.context, context(text, start, end), confidence);
      if (c === null) return;
      confidence = c;
    }
    out.push({ start, end, confidence: Math.max(0, Math.min(1, confidence)) });
  };
  let union: RegExp | null | undefined;
  const detect: DetectFn = (text, env = { prefilter: true }) => {
    const out: Candidate[] = [];
    const windows = windowsOf(text, env);
    const windowed = windows !== null && windowsPayOff(windows, text.length);
    if (!windowed && anchored && regexes.length > 1 && env.walkTogether) {
      // Anchors everywhere: the rule's own patterns share one walk of the text.
      if (union === undefined) union = unionOf(regexes.map((r) => r.source), (regexes[0] as RegExp).flags);
      if (union) {
        walkTogether(text, union, stickies(), (_j, m) => consider(m, text, out));
        return out;
      }
    }
    regexes.forEach((re, i) => {
      if (windowed) {
        matchInWindows(text, windows, re, stickies()[i] as RegExp, (m) => consider(m, text, out));
        return;
      }
      const shared = env.shared?.get(patternKey(rule.id, i));
      if (shared) {
        const sticky = stickies()[i] as RegExp;
        for (const p of shared) {
          sticky.lastIndex = p;
          consider(sticky.exec(text) as RegExpExecArray, text, out);
        }
        return;
      }
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        if (m[0].length === 0) { re.lastIndex = nextCodePoint(text, m.index); continue; }
        consider(m, text, out);
      }
    });
    return out;
  };
  return detect;
};

// The pattern detector: regex candidates → allow-list → validators → context (reference §0.1).
import type { Candidate, RuleSpec } from '../types.js';
import { anchorWindows, matchInWindows, windowsAround, windowsPayOff, type Occurrences, type Window } from './anchors.js';
import { applyContext, compileContext } from './context.js';
import { APOSTROPHE, escapeRegExp, foldApostrophes, nextCodePoint } from './text.js';
import { apostropheTransparent, literalPrefixes } from './regex-source.js';
import type { KeywordHits, Positions } from '../engine/keywords.js';
import type { DetectEnv, DetectFn, DetectorFactory } from './detector.js';
import { patternKey, stickyOf, unionOf, walkTogether } from '../engine/shared-passes.js';
import { resolveValidator, type Validator } from './validators/index.js';

/** A rule's pattern sources as written. */
export const writtenSources = (rule: RuleSpec): string[] => rule.patterns ?? (rule.pattern !== undefined ? [rule.pattern] : []);

/**
 * A source as it is compiled: apostrophe-transparent. A spec made by transparentSpec (the build
 * does it for the built-in rules) has it already. Anchors compile without the rule's flags.
 */
function matchingSource(rule: RuleSpec, source: string, flags = rule.flags): string {
  return rule.apostrophes === 'transparent' ? source : apostropheTransparent(source, flags);
}

/** A rule's pattern sources as they are compiled (see matchingSource). */
export function patternSources(rule: RuleSpec): string[] {
  return writtenSources(rule).map((src) => matchingSource(rule, src));
}

/**
 * A pattern rule with its sources and anchor already apostrophe-transparent, and marked so: what
 * the build writes for scans, as rewriting them costs start-up time. Other rules as they are.
 */
export function transparentSpec(spec: RuleSpec): RuleSpec {
  if ((spec.detector ?? 'pattern') !== 'pattern' || spec.apostrophes === 'transparent') return spec;
  const sources = patternSources(spec);
  const out: RuleSpec = { ...spec, apostrophes: 'transparent', literals: patternLiterals(sources, spec.flags ?? '') };
  if (spec.patterns) out.patterns = sources;
  else if (spec.pattern !== undefined) out.pattern = sources[0] as string;
  const anchor = spec.options?.['anchor'];
  if (typeof anchor === 'string' && anchor !== 'keywords') out.options = { ...spec.options, anchor: matchingSource(spec, anchor, '') };
  return out;
}

/** Longer lists of literals are not kept: they would cost more to read at every start than they spare. */
const MAX_LITERALS = 16;

/**
 * For each pattern, literals one of which every match holds around its start (literalPrefixes);
 * under the `i` flag, lower-cased, and only when they are Latin-1 but `µ` (whose case folding,
 * to Greek mu, lower-casing does not follow). Null where there are none to tell.
 */
function patternLiterals(sources: readonly string[], flags: string): (string[] | null)[] {
  const caseless = flags.includes('i');
  return sources.map((src) => {
    const found = literalPrefixes(src)?.map((l) => l.text);
    const literals = !found || !caseless ? found
      : found.every((l) => /^[\x00-\xb4\xb6-\xff]*$/.test(l)) ? [...new Set(found.map((l) => l.toLowerCase()))] : undefined;
    return literals && literals.length <= MAX_LITERALS ? literals : null;
  });
}

/**
 * Whether a text holds one of a pattern's literals (patternLiterals): if not, the pattern cannot
 * match it. Under the `i` flag the text is lower-cased, with the two characters that simple case
 * folding maps to ASCII letters, long s and the Kelvin sign, as `s` and `k`.
 */
export function holdsLiteral(text: string, literals: readonly string[], caseless: boolean): boolean {
  const t = caseless ? foldedForLiterals(text) : text;
  return literals.some((l) => t.includes(l));
}

let lastLiteralsText: string | undefined;
let lastLiteralsFolded = '';
function foldedForLiterals(text: string): string {
  if (text !== lastLiteralsText) {
    lastLiteralsFolded = text.toLowerCase().replace(/[\u017f\u212a]/g, (c) => (c === '\u017f' ? 's' : 'k'));
    lastLiteralsText = text;
  }
  return lastLiteralsFolded;
}

/** Compiles a rule's pattern(s); `(?<value>…)` narrows the finding to that group. */
export function compilePatterns(rule: RuleSpec): RegExp[] {
  const extra = rule.flags ?? '';
  if (/[^ims]/.test(extra)) throw new Error(`field "flags": only i, m and s may be added (got "${extra}")`);
  let sources: string[];
  try {
    sources = patternSources(rule);
  } catch {
    sources = writtenSources(rule); // invalid: the compile below says where
  }
  if (sources.length === 0) throw new Error('field "pattern": a pattern rule needs `pattern` or `patterns`');
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
    const anchor = rule.keywords.map((k) => escapeRegExp(k).replace(/'/g, APOSTROPHE)).join('|');
    return { anchor, reach, flags: 'gi', keywords: rule.keywords.map((k) => k.toLowerCase()) };
  }
  try { new RegExp(o['anchor'], 'u'); } catch (e) { throw new Error(`field "options.anchor": ${(e as Error).message}`); }
  return { anchor: matchingSource(rule, o['anchor'], ''), reach, flags: 'gu' };
}

/** Where a keyword occurs relative to a match's start: `offset` characters after it (before it when negative). */
interface KeywordAt { keyword: string; offset: number }

/**
 * A character as the keyword pass compares it with a (lower-case) keyword: ASCII and Latin-1
 * capitals become lower case, other characters stay as they are, and a capital that folds in any
 * other way is null (a keyword is never looked for across it).
 */
function keywordFold(ch: string): string | null {
  const c = ch.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) return String.fromCharCode(c + 32);
  return ch.toLowerCase() === ch ? ch : null;
}

/**
 * When every match of a pattern has a literal around its start (literalPrefixes) that holds one of
 * the rule's keywords at a fixed place, the keywords a match is found from and where: matches can
 * then start only at the keyword pass's hits, moved by the offset. Null otherwise, or with the `i`
 * flag (whose Unicode case folding the keyword pass does not follow).
 */
export function keywordLead(source: string, keywords: readonly string[], flags: string): KeywordAt[] | null {
  if (flags.includes('i') || keywords.length === 0) return null;
  const literals = literalPrefixes(source);
  if (!literals) return null;
  const out = new Map<string, KeywordAt>();
  // Longest keywords first: fewer hits to try.
  const byLength = [...keywords].sort((a, b) => b.length - a.length);
  for (const { text, before } of literals) {
    // A character that folds otherwise becomes U+0000, which no keyword holds.
    let folded = '';
    for (const ch of text) folded += keywordFold(ch) ?? '\u0000';
    const keyword = byLength.find((k) => folded.includes(k));
    if (keyword === undefined) return null;
    const offset = folded.indexOf(keyword) - before;
    out.set(`${offset}\u0000${keyword}`, { keyword, offset });
  }
  return [...out.values()];
}

/**
 * A sticky try costs about as much as walking this many characters: past one try per MAX_TRY_SPACING
 * characters of text, a walk of the whole text is cheaper (a frequent keyword, « pass », looked for
 * at four offsets).
 */
const MAX_TRY_SPACING = 512;

/**
 * The offsets where a keyword-led pattern may match, ascending; null when the keyword pass did not
 * look for one of the keywords, or when there are so many that walking the text costs less.
 */
function leadStarts(lead: readonly KeywordAt[], hits: KeywordHits, textLength: number): ArrayLike<number> | null {
  const lists: { starts: Positions; offset: number }[] = [];
  let n = 0;
  for (const { keyword, offset } of lead) {
    const starts = hits.positions(keyword);
    if (!starts) return null;
    lists.push({ starts, offset });
    n += starts.length;
  }
  if (n * MAX_TRY_SPACING > textLength) return null;
  if (lists.length === 1 && lists[0]?.offset === 0) return lists[0].starts;
  const all = new Int32Array(n);
  n = 0;
  for (const l of lists) for (const p of l.starts) all[n++] = p - l.offset;
  return all.sort();
}

/**
 * Calls `onMatch` with exactly the matches a global scan of `sticky`'s source would find, given
 * every offset where one may start (ascending): each is tried, sticky, from the end of the
 * previous match on.
 */
function matchAt(text: string, starts: ArrayLike<number>, sticky: RegExp, onMatch: (m: RegExpExecArray) => void): void {
  let next = 0;
  for (let k = 0; k < starts.length; k++) {
    const p = starts[k] as number;
    if (p < next) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m === null) continue;
    if (m[0].length === 0) { next = nextCodePoint(text, p); continue; }
    next = p + m[0].length;
    onMatch(m);
  }
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
    const value = foldApostrophes(text.slice(start, end));
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
  // Per pattern: the keywords its matches start from (keywordLead), read on first use.
  let leads: (KeywordAt[] | null)[] | undefined;
  // Per pattern: whether it has run yet. Until then (V8 compiles a regex on its first run), a text
  // scanned regex by regex (not a long one: see DetectEnv.walkTogether) is first searched for the
  // pattern's literals, which built-in rules carry (a snippet wakes rules whose patterns mostly
  // cannot match it: ~2 ms of compiling on the benchmark's snippet).
  const ran = new Uint8Array(regexes.length);
  const caseless = (rule.flags ?? '').includes('i');
  const all = regexes.map((_, i) => i);
  // The alternation of the patterns left to walk, by their indices.
  const unions = new Map<string, RegExp | null>();
  const detect: DetectFn = (text, env = { prefilter: true }) => {
    const out: Candidate[] = [];
    let todo = all;
    // Long texts only: on a snippet a walk costs less than reading the patterns' leads.
    const hits = env.prefilter && env.walkTogether ? env.keywordHits : undefined;
    if (hits) {
      // Keywords as the keyword pass knows them: lower-cased (a rule may write them otherwise).
      leads ??= regexes.map((re) => keywordLead(re.source, (rule.keywords ?? []).map((k) => k.toLowerCase()), rule.flags ?? ''));
      // A pattern a shared pass has already walked takes its starts from there (below).
      const starts = leads.map((lead, i) => lead && !env.shared?.has(patternKey(rule.id, i)) && leadStarts(lead, hits, text.length));
      todo = all.filter((i) => !starts[i]);
      starts.forEach((s, i) => { if (s) matchAt(text, s, stickies()[i] as RegExp, (m) => consider(m, text, out)); });
      if (todo.length === 0) return out;
    }
    const windows = windowsOf(text, env);
    const windowed = windows !== null && windowsPayOff(windows, text.length);
    if (!windowed && anchored && todo.length > 1 && env.walkTogether) {
      // Anchors everywhere: the rule's own patterns share one walk of the text.
      const key = todo.join(' ');
      let union = unions.get(key);
      if (union === undefined) unions.set(key, union = unionOf(todo.map((i) => (regexes[i] as RegExp).source), (regexes[0] as RegExp).flags));
      if (union) {
        walkTogether(text, union, todo.map((i) => stickies()[i] as RegExp), (_j, m) => consider(m, text, out));
        return out;
      }
    }
    for (const i of todo) {
      const re = regexes[i] as RegExp;
      if (windowed) {
        matchInWindows(text, windows, re, stickies()[i] as RegExp, (m) => consider(m, text, out));
        continue;
      }
      const shared = env.shared?.get(patternKey(rule.id, i));
      if (shared) {
        // The starts of exactly this pattern's matches: each is found again, sticky.
        matchAt(text, shared, stickies()[i] as RegExp, (m) => consider(m, text, out));
        continue;
      }
      if (!ran[i]) {
        const literals = rule.literals?.[i];
        if (literals && env.prefilter && !env.walkTogether && !holdsLiteral(text, literals, caseless)) continue;
        ran[i] = 1;
      }
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        if (m[0].length === 0) { re.lastIndex = nextCodePoint(text, m.index); continue; }
        consider(m, text, out);
      }
    }
    return out;
  };
  return detect;
};

// Shared passes: on long texts, pattern rules whose matches start with the same kind of character
// (a digit, a capital…) are scanned together. One alternation of their regexes walks the text and
// stops wherever any of them matches; only there is each regex tried, sticky. Every regex gets
// exactly the matches its own global scan would have found — the alternation stops at every
// position where one of them matches, and each regex is tried at the positions in order, from the
// end of its previous match — but the text is walked once per group instead of once per regex:
// about 3× less work for twenty identifier patterns led by a digit.
import { compilePatterns, patternSources } from '../detect/pattern.js';
import { kindsOf, leadOf, leadWidth, unionSource, type Lead } from '../detect/regex-source.js';
import { nextCodePoint } from '../detect/text.js';
import type { RuleSpec } from '../types.js';

/** Texts shorter than this are scanned regex by regex (compiling the alternations costs more). */
export const SHARED_PASS_MIN_LENGTH = 32 * 1024;

/** Regexes that may start with more characters than this (digits and capitals: 36) walk alone. */
const MAX_LEAD_WIDTH = 40;

/**
 * Where the matches found by shared passes start, by pattern key (`ruleId#index`). Only offsets
 * are kept (a match is found again, sticky, when used): thousands of match arrays kept alive
 * until their rule runs cost more in garbage collection than the second exec.
 */
export type SharedMatches = ReadonlyMap<string, readonly number[]>;

export const patternKey = (ruleId: string, index: number): string => `${ruleId}#${index}`;

interface Member { key: string; ruleId: string; source: string; sticky?: RegExp; spec: RuleSpec; index: number; lead: Lead }
/** The alternation of a group's active members, and which ASCII characters each may start with (see startTable). */
interface Union { union: RegExp; mayStart: Uint8Array }
interface Group { flags: string; members: Member[]; unions: Map<string, Union | null> }

/** Rules that may take part: pattern rules not anchored on windows of their own. */
function eligible(spec: RuleSpec): boolean {
  return (spec.detector ?? 'pattern') === 'pattern' && spec.options?.['anchor'] === undefined;
}

export class SharedPasses {
  private groupsCache: Group[] | undefined;

  /** The groups are read from the rules when a long text first comes (never for a snippet). */
  constructor(private readonly specs: readonly RuleSpec[]) {}

  private get groups(): Group[] {
    if (this.groupsCache) return this.groupsCache;
    const byKey = new Map<string, Group>();
    for (const spec of this.specs) {
      if (!eligible(spec) || spec.enabled === false) continue;
      const sources = patternSources(spec);
      const extra = spec.flags ?? '';
      sources.forEach((source, index) => {
        const lead = leadOf(source, extra.includes('i'));
        // A regex that may start at most letters (an IBAN's [A-Za-z]) would stop the walk everywhere.
        if (lead === null || leadWidth(lead) > MAX_LEAD_WIDTH) return;
        const groupKey = `${extra}/${kindsOf(lead)}`;
        let g = byKey.get(groupKey);
        if (!g) byKey.set(groupKey, g = { flags: `gu${extra}`, members: [], unions: new Map() });
        g.members.push({ key: patternKey(spec.id, index), ruleId: spec.id, source, spec, index, lead });
      });
    }
    return this.groupsCache = [...byKey.values()].filter((g) => g.members.length > 1);
  }

  /** The matches of every grouped pattern of the active rules, when at least two share a group. */
  run(text: string, activeRuleIds: ReadonlySet<string>): SharedMatches {
    const out = new Map<string, number[]>();
    for (const g of this.groups) {
      const active = g.members.filter((m) => activeRuleIds.has(m.ruleId));
      if (active.length < 2) continue;
      // The alternation of the active members only: an inactive one would only slow the walk.
      const which = active.map((m) => m.key).join(' ');
      let u = g.unions.get(which);
      if (u === undefined) {
        const union = unionOf(active.map((m) => m.source), g.flags);
        g.unions.set(which, u = union && { union, mayStart: startTable(active.map((m) => m.lead)) });
      }
      if (u === null) continue; // its members then scan one by one
      for (const m of active) m.sticky ??= stickyOf(compilePatterns(m.spec)[m.index] as RegExp);
      const starts = startsTogether(text, u.union, active.map((m) => m.sticky as RegExp), u.mayStart);
      active.forEach((m, j) => out.set(m.key, starts[j] as number[]));
    }
    return out;
  }
}

/**
 * One walk of an alternation of `stickies`' sources (same flags, plus `g`): each sticky regex is
 * tried where the alternation stops. `onMatch(j, m)` receives, for each regex j, exactly the
 * matches of its own global scan, in order.
 */
export function walkTogether(text: string, union: RegExp, stickies: readonly RegExp[], onMatch: (j: number, m: RegExpExecArray) => void): void {
  walkUnion(text, union, stickies.length, undefined, (j, p) => {
    const sticky = stickies[j] as RegExp;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m === null) return -1;
    if (m[0].length > 0) onMatch(j, m);
    return p + m[0].length;
  });
}

/**
 * Where each regex's matches start, as walkTogether finds them (regex j is not tried where
 * `mayStart` says it cannot start); tried with `test`, which builds no match array (nor, with the
 * `d` flag, its indices): the matches are found again when used.
 */
export function startsTogether(text: string, union: RegExp, stickies: readonly RegExp[], mayStart?: Uint8Array): number[][] {
  const starts = stickies.map((): number[] => []);
  walkUnion(text, union, stickies.length, mayStart, (j, p) => {
    const sticky = stickies[j] as RegExp;
    sticky.lastIndex = p;
    if (!sticky.test(text)) return -1;
    if (sticky.lastIndex > p) (starts[j] as number[]).push(p);
    return sticky.lastIndex;
  });
  return starts;
}

/**
 * mayStart[j * 128 + c]: regex j may start with ASCII character c (any other character is tried).
 * Made once per alternation: its BigInt reads took ~0.4 ms, at every call.
 */
function startTable(leads: readonly Lead[]): Uint8Array {
  const mayStart = new Uint8Array(leads.length * 128);
  leads.forEach((lead, j) => { for (let c = 0; c < 128; c++) mayStart[j * 128 + c] = (lead.ascii >> BigInt(c)) & 1n ? 1 : 0; });
  return mayStart;
}

/**
 * The walk: at each stop of the alternation, `tryAt(j, p)` for every regex j that may start there
 * (by `mayStart`; all when omitted) and whose own scan would have reached p; it returns where regex
 * j's match ends, or -1.
 */
function walkUnion(text: string, union: RegExp, count: number, mayStart: Uint8Array | undefined, tryAt: (j: number, p: number) => number): void {
  const next = new Int32Array(count); // where each regex's own scan would resume
  union.lastIndex = 0;
  let hit: RegExpExecArray | null;
  while ((hit = union.exec(text)) !== null) {
    const p = hit.index;
    const c = text.charCodeAt(p);
    for (let j = 0; j < count; j++) {
      if ((next[j] as number) > p || (mayStart && c < 128 && !mayStart[j * 128 + c])) continue;
      const end = tryAt(j, p);
      if (end >= 0) next[j] = end > p ? end : nextCodePoint(text, p);
    }
    union.lastIndex = nextCodePoint(text, p);
  }
}

/**
 * The global alternation of several sources (each keeps its own groups), or null if it cannot be
 * compiled — a source our reading got wrong must cost speed, never a scan.
 */
export function unionOf(sources: readonly string[], flags: string): RegExp | null {
  try {
    return new RegExp(unionSource(sources), `g${flags.replace(/[gyd]/g, '')}`);
  } catch {
    return null;
  }
}

export const stickyOf = (re: RegExp): RegExp => new RegExp(re.source, `${re.flags.replace('g', '')}y`);

// One pass over a text finds every rule keyword, case-insensitively: an Aho–Corasick automaton
// compiled to a table (a state × character-class array), walked with charCodeAt. It replaces a
// 150-way regex alternation that re-entered the regex engine at every hit (single characters such
// as `@`, `+` or `-` are keywords): about 3× faster on long text. It records where every keyword
// occurs (that costs nothing measurable), so that rules anchored on their keywords share this pass
// instead of each making its own.
import { isApostrophe } from '../detect/text.js';

/** Start offsets, ascending: an array or a typed array. */
export type Positions = ArrayLike<number> & Iterable<number>;

/** What one pass over a text found. */
export interface KeywordHits {
  /** Whether the keyword (lower-case, as the rule gives it) occurs. */
  has(keyword: string): boolean;
  /**
   * Start offsets of the keyword's occurrences, ascending (overlapping ones included); undefined
   * for a keyword the automaton was not built with.
   */
  positions(keyword: string): Positions | undefined;
}

/**
 * Case folding as a case-insensitive regex without the `u` flag does it (ECMAScript Canonicalize):
 * a character and its simple upper-case form are the same, except that nothing non-ASCII folds to
 * ASCII.
 */
function canon(c: number): number {
  if (isApostrophe(c)) return 39;
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  const u = String.fromCharCode(c).toUpperCase();
  if (u.length !== 1) return c;
  const k = u.charCodeAt(0);
  return k < 128 ? c : k;
}

/**
 * Every character that folds to the same as `c`: its simple lower- and upper-case forms, and
 * theirs (ÿ, Ÿ; µ, Μ, μ). That is every such character in the Latin scripts keywords are written
 * in; a fold that no case mapping reaches (Greek final sigma) is not followed.
 */
function variants(c: number): number[] {
  // Typographic apostrophes are `'` (the normalised text keeps them: APOSTROPHE in text.ts).
  if (isApostrophe(c)) return [39, 0x2018, 0x2019];
  // ASCII (nearly every keyword character): the character and its other case, without the search.
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? [c, c ^ 32] : [c];
  const k = canon(c);
  const out = new Set<number>([c]);
  for (let changed = true; changed;) {
    changed = false;
    for (const x of [...out]) {
      const s = String.fromCharCode(x);
      for (const v of [s.toLowerCase(), s.toUpperCase()]) {
        const code = v.charCodeAt(0);
        if (v.length === 1 && !out.has(code) && canon(code) === k) { out.add(code); changed = true; }
      }
    }
  }
  return [...out];
}

/** Marks a delta entry as known (row offsets stay below it: 2^30 entries would be 4 GB). */
const KNOWN = 1 << 30;
/** The row offset in a delta entry (without KNOWN and the output bit). */
const ROW = KNOWN - 2;

/** The child of state `s` by an edge of class `a`, 0 for none (the root is nobody's child). */
function childOf(rootChild: Int32Array, firstChild: Int32Array, nextSibling: Int32Array, via: Int32Array, s: number, a: number): number {
  if (s === 0) return rootChild[a]!;
  for (let c = firstChild[s]!; c !== 0; c = nextSibling[c]!) if (via[c] === a) return c;
  return 0;
}

/**
 * What building an automaton makes, before the delta table that texts fill; each an array of
 * integers:
 * - `classes`: [character code, class]… for every character in a class (all others are class 0);
 * - `rootChild`, `firstChild`, `nextSibling`, `via`: the trie's edges as lists, the root's children
 *   by class, every other state's first child and each child's next sibling, and the class of the
 *   edge into each state (see childOf);
 * - `fail`: each state's failure link;
 * - `terminal`: the keyword a state recognises, + 1 (0: none);
 * - `nextOutput`: the nearest state down the failure links that recognises a keyword (0: none).
 */
const TABLE_NAMES = ['classes', 'rootChild', 'firstChild', 'nextSibling', 'via', 'fail', 'terminal', 'nextOutput'] as const;
type TableName = typeof TABLE_NAMES[number];

/** The tables (TABLE_NAMES); delta has a row of `stride` entries per state, one per class; `stride` is even. */
interface Tables extends Record<TableName, Int32Array> { stride: number }

/**
 * An automaton's tables as JSON, for the keywords they were built for (src/rules/prebuild.ts writes
 * the built-in rules'): restoring them takes a fraction of what building them takes at every start
 * (~2 ms, in code that runs once and so is never optimised).
 */
export interface AutomatonJson extends Record<TableName, number[]> {
  /** The keywords the tables are for: lower-case, without duplicates, in order. */
  keywords: string[];
  stride: number;
}

/** The keywords an automaton is built with: lower-case, without duplicates or empty ones, in order. */
function keywordList(keywords: readonly string[]): string[] {
  return [...new Set(keywords.map((k) => k.toLowerCase()))].filter((k) => k.length > 0);
}

/**
 * The trie of `keywords` and its failure links, in typed arrays indexed by state. The trie's
 * ~1,500 edges are lists (a state has a few children): a state × class table (330 KB) was written
 * all over at every start, and a Map of the edges allocated ~110 KB of young-generation garbage.
 * The first version, with a Map and an array per state, took ~6 ms of a snippet's start-up.
 */
function buildTables(keywords: readonly string[]): Tables {
  // Character classes: one per folded character that occurs in a keyword.
  const classOfCanon = new Map<number, number>();
  const classes: number[] = [];
  const classOf = new Map<number, number>();
  for (const k of keywords) {
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      const key = canon(c);
      if (classOfCanon.has(key)) continue;
      classOfCanon.set(key, classOfCanon.size + 1);
      for (const v of variants(c)) { classes.push(v, classOfCanon.size); classOf.set(v, classOfCanon.size); }
    }
  }
  // Classes 1…n and 0; rows of even width, so that a row offset leaves its lowest bit free.
  const A = (classOfCanon.size + 2) & ~1;

  // The trie; at most one state per keyword character, plus the root.
  const maxStates = keywords.reduce((n, k) => n + k.length, 1);
  const rootChild = new Int32Array(A);
  const firstChild = new Int32Array(maxStates);
  const nextSibling = new Int32Array(maxStates);
  const terminal = new Int32Array(maxStates);
  const parent = new Int32Array(maxStates);
  const via = new Int32Array(maxStates);
  const depth = new Int32Array(maxStates);
  let states = 1;
  let deepest = 0;
  keywords.forEach((k, id) => {
    let s = 0;
    for (let i = 0; i < k.length; i++) {
      const a = classOf.get(k.charCodeAt(i))!;
      let next = childOf(rootChild, firstChild, nextSibling, via, s, a);
      if (next === 0) {
        next = states++;
        if (s === 0) rootChild[a] = next;
        else { nextSibling[next] = firstChild[s]!; firstChild[s] = next; }
        parent[next] = s;
        via[next] = a;
        depth[next] = i + 1;
      }
      s = next;
    }
    terminal[s] = id + 1;
    deepest = Math.max(deepest, k.length);
  });

  // Failure links, shallowest states first (a state's link is shallower than the state): the
  // states in order of depth, by a counting sort (first[d]: where depth d starts in byDepth).
  const first = new Int32Array(deepest + 2);
  for (let s = 1; s < states; s++) first[(depth[s] as number) + 1]!++;
  for (let d = 1; d < first.length; d++) first[d]! += first[d - 1] as number;
  const byDepth = new Int32Array(states - 1);
  for (let s = 1; s < states; s++) byDepth[first[depth[s] as number]!++] = s;
  const fail = new Int32Array(states);
  const nextOutput = new Int32Array(states);
  // An index loop: for…of over a typed array took ~4 ms here at start-up (cold code), this ~0.1 ms.
  for (let q = 0; q < byDepth.length; q++) {
    const s = byDepth[q] as number;
    const a = via[s] as number;
    let f = 0;
    if (parent[s] !== 0) {
      f = fail[parent[s] as number] as number;
      while (f !== 0 && childOf(rootChild, firstChild, nextSibling, via, f, a) === 0) f = fail[f] as number;
      f = childOf(rootChild, firstChild, nextSibling, via, f, a);
    }
    fail[s] = f;
    nextOutput[s] = terminal[f] !== 0 ? f : nextOutput[f] as number;
  }
  const used = (t: Int32Array): Int32Array => t.subarray(0, states);
  return {
    stride: A, classes: Int32Array.from(classes), rootChild,
    firstChild: used(firstChild), nextSibling: used(nextSibling), via: used(via), fail, terminal: used(terminal), nextOutput,
  };
}

function tablesFromJson(j: AutomatonJson): Tables {
  const t = { stride: j.stride } as Tables;
  for (const name of TABLE_NAMES) t[name] = Int32Array.from(j[name]);
  return t;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export class KeywordAutomaton {
  readonly keywords: readonly string[];
  private readonly index = new Map<string, number>();
  /** Character code → character class (0: in no keyword). */
  private readonly classOf = new Uint16Array(65536);
  private readonly tables: Tables;
  /**
   * delta[state * stride + class]: 0 until first needed, then KNOWN | the next state's row offset
   * (state * stride, even) | 1 if entering that state recognises a keyword. The walk reads one
   * entry per character and tests one bit; it looks at outputs only where a keyword ends. Memory
   * never written is never touched: a snippet visits a few dozen of the ~80,000 transitions.
   */
  private readonly delta: Int32Array;
  private readonly lengths: Int32Array;

  /** `prebuilt`: tables from toJSON(), taken when they are for the same keywords (else built). */
  constructor(keywords: readonly string[], prebuilt?: AutomatonJson) {
    this.keywords = keywordList(keywords);
    this.keywords.forEach((k, i) => this.index.set(k, i));
    this.lengths = Int32Array.from(this.keywords, (k) => k.length);
    const t = this.tables = prebuilt && sameList(prebuilt.keywords, this.keywords) ? tablesFromJson(prebuilt) : buildTables(this.keywords);
    for (let j = 0; j < t.classes.length; j += 2) this.classOf[t.classes[j]!] = t.classes[j + 1]!;
    this.delta = new Int32Array(t.fail.length * t.stride);
  }

  /** The tables as JSON, for `prebuilt`. */
  toJSON(): AutomatonJson {
    const json = { keywords: [...this.keywords], stride: this.tables.stride } as AutomatonJson;
    for (const name of TABLE_NAMES) json[name] = Array.from(this.tables[name]);
    return json;
  }

  /** The state after reading a character of class `a` in state `s` (memoised in delta). */
  private transition(s: number, a: number): number {
    const t = this.tables;
    const at = s * t.stride + a;
    const known = this.delta[at]!;
    if (known !== 0) return (known & ROW) / t.stride;
    const child = childOf(t.rootChild, t.firstChild, t.nextSibling, t.via, s, a);
    const next = a === 0 ? 0 : child !== 0 ? child : s === 0 ? 0 : this.transition(t.fail[s]!, a);
    const emits = t.terminal[next] !== 0 || t.nextOutput[next] !== 0;
    this.delta[at] = KNOWN | (next * t.stride) | (emits ? 1 : 0);
    return next;
  }

  /** One pass over `text`. */
  scan(text: string): KeywordHits {
    return hitsByKeyword(this.walk(text), this.keywords.length, this.index);
  }

  /**
   * The walk itself: (keyword, start) pairs in one typed array, nothing allocated per hit. Kept
   * apart from what follows it: V8 optimises this loop while it runs (on-stack replacement), and
   * code after the loop that has never run yet would throw that code away at the end of every scan.
   */
  private walk(text: string): Int32Array {
    const { classOf, delta, lengths } = this;
    const { stride, terminal, nextOutput } = this.tables;
    let hits = new Int32Array(256);
    let n = 0;
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const a = classOf[text.charCodeAt(i)]!;
      let v = delta[row + a]!;
      if (v === 0) { this.transition(row / stride, a); v = delta[row + a]!; }
      row = v & ROW;
      if ((v & 1) === 0) continue;
      const s = row / stride;
      for (let o = terminal[s] !== 0 ? s : nextOutput[s]!; o !== 0; o = nextOutput[o]!) {
        if (n === hits.length) { const grown = new Int32Array(n * 2); grown.set(hits); hits = grown; }
        const k = terminal[o]! - 1;
        hits[n++] = k;
        hits[n++] = i + 1 - lengths[k]!;
      }
    }
    return hits.subarray(0, n);
  }
}

/** (keyword, start) pairs sorted by keyword, by counting (stable: each keyword's starts stay ascending). */
function hitsByKeyword(hits: Int32Array, keywords: number, index: ReadonlyMap<string, number>): KeywordHits {
  const offsets = new Int32Array(keywords + 1);
  for (let j = 0; j < hits.length; j += 2) offsets[hits[j]! + 1]!++;
  for (let k = 0; k < keywords; k++) offsets[k + 1]! += offsets[k]!;
  const starts = new Int32Array(hits.length >> 1);
  const fill = offsets.slice(0, -1);
  for (let j = 0; j < hits.length; j += 2) starts[fill[hits[j]!]!++] = hits[j + 1]!;
  const at = (k: string): number => index.get(k) ?? -1;
  return {
    has: (k) => { const x = at(k); return x >= 0 && offsets[x + 1]! > offsets[x]!; },
    positions: (k) => { const x = at(k); return x < 0 ? undefined : starts.subarray(offsets[x], offsets[x + 1]); },
  };
}

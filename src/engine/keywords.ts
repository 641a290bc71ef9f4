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

export class KeywordAutomaton {
  readonly keywords: readonly string[];
  private readonly index = new Map<string, number>();
  /** Character code → character class (0: in no keyword). */
  private readonly classOf = new Uint16Array(65536);
  /** delta has a row of `stride` entries per state, one per class; `stride` is even. */
  private readonly stride: number;
  /**
   * Trie edges, as lists: the root's children by class, every other state's first child and each
   * child's next sibling, and the class of the edge into each state (see childOf).
   */
  private readonly rootChild: Int32Array;
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  private readonly via: Int32Array;
  /**
   * delta[state * stride + class]: 0 until first needed, then KNOWN | the next state's row offset
   * (state * stride, even) | 1 if entering that state recognises a keyword. The walk reads one
   * entry per character and tests one bit; it looks at outputs only where a keyword ends.
   */
  private readonly delta: Int32Array;
  private readonly fail: Int32Array;
  /** The keyword a state recognises, + 1 (0: none). */
  private readonly terminal: Int32Array;
  /** The nearest state down the failure links that recognises a keyword (0: none). */
  private readonly nextOutput: Int32Array;
  private readonly lengths: Int32Array;

  // The tables are typed arrays indexed by state (and class), and delta, which a text fills on
  // demand, uses 0 for "not known yet": memory that is never written is never touched (a snippet
  // visits a few dozen of the ~80,000 transitions). Building makes no array nor Map per state (the
  // first version, with Maps, took ~6 ms of a snippet's start-up). The trie's ~1,500 edges are
  // lists (a state has a few children): a state × class table (330 KB) was written all over at every
  // start, and a Map of the edges allocated ~110 KB, one more young-generation collection.
  constructor(keywords: readonly string[]) {
    this.keywords = [...new Set(keywords.map((k) => k.toLowerCase()))].filter((k) => k.length > 0);
    this.keywords.forEach((k, i) => this.index.set(k, i));
    this.lengths = Int32Array.from(this.keywords, (k) => k.length);

    // Character classes: one per folded character that occurs in a keyword.
    const classOfCanon = new Map<number, number>();
    for (const k of this.keywords) {
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i);
        const key = canon(c);
        if (classOfCanon.has(key)) continue;
        classOfCanon.set(key, classOfCanon.size + 1);
        for (const v of variants(c)) this.classOf[v] = classOfCanon.size;
      }
    }
    // Classes 1…n and 0; rows of even width, so that a row offset leaves its lowest bit free.
    const A = this.stride = (classOfCanon.size + 2) & ~1;
    const classOf = this.classOf;

    // The trie; at most one state per keyword character, plus the root.
    const maxStates = this.lengths.reduce((n, l) => n + l, 1);
    const rootChild = new Int32Array(A);
    const firstChild = new Int32Array(maxStates);
    const nextSibling = new Int32Array(maxStates);
    const terminal = new Int32Array(maxStates);
    const parent = new Int32Array(maxStates);
    const via = new Int32Array(maxStates);
    const depth = new Int32Array(maxStates);
    let states = 1;
    this.keywords.forEach((k, id) => {
      let s = 0;
      for (let i = 0; i < k.length; i++) {
        const a = classOf[k.charCodeAt(i)] as number;
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
    });

    // Failure links, shallowest states first (a state's link is shallower than the state): the
    // states in order of depth, by a counting sort (first[d]: where depth d starts in byDepth).
    const first = new Int32Array(this.lengths.reduce((m, l) => Math.max(m, l), 0) + 2);
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
    this.rootChild = rootChild;
    this.firstChild = firstChild;
    this.nextSibling = nextSibling;
    this.via = via;
    this.fail = fail;
    this.terminal = terminal;
    this.nextOutput = nextOutput;
    this.delta = new Int32Array(states * A);
  }

  /** The state after reading a character of class `a` in state `s` (memoised in delta). */
  private transition(s: number, a: number): number {
    const at = s * this.stride + a;
    const known = this.delta[at]!;
    if (known !== 0) return (known & ROW) / this.stride;
    const child = childOf(this.rootChild, this.firstChild, this.nextSibling, this.via, s, a);
    const next = a === 0 ? 0 : child !== 0 ? child : s === 0 ? 0 : this.transition(this.fail[s]!, a);
    const emits = this.terminal[next] !== 0 || this.nextOutput[next] !== 0;
    this.delta[at] = KNOWN | (next * this.stride) | (emits ? 1 : 0);
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
    const { classOf, delta, stride, terminal, nextOutput, lengths } = this;
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

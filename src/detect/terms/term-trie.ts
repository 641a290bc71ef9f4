// A compact trie over folded terms, scanned at word starts: leftmost-longest whole-word matches.
import { foldTableOf, SEPARATOR, SKIP, wordTableOf, type FoldedTerms } from './fold.js';

/**
 * Built once by a radix partition of the folded terms into flat typed arrays: each node's outgoing
 * edges are contiguous and sorted by character (binary search when there are many), the root's
 * children sit in a direct 64K table. No hashing, no string comparison: 100,000 terms build in a
 * fraction of the 300 ms budget, and a scan touches one or two array slots per character. Where
 * only one term is left below a node, the rest of that term is not a chain of nodes but a tail:
 * the node points into the folded buffer (most of a list's characters are in tails; 100,000
 * company names make 0.18 million nodes instead of 1.1 million: a sixth of the memory to touch).
 */
export class TermTrie {
  private readonly root = new Int32Array(65536);
  private readonly first: Int32Array;
  private readonly count: Int32Array;
  private readonly edgeCode: Uint16Array;
  private readonly edgeChild: Int32Array;
  /** 1 + index of the term ending at a node (at the end of its tail, if it has one), 0 if none. */
  private readonly terminal: Int32Array;
  /** A node's tail: the rest of its only term, `buf[tailFrom … tailTo)` (empty: no tail). */
  private readonly tailFrom: Int32Array;
  private readonly tailTo: Int32Array;
  private readonly buf: Uint16Array;
  readonly nodes: number;

  /** Term i is `folded` entry i (see foldLinesToBuffer); among duplicates the lowest index wins. */
  constructor(folded: FoldedTerms) {
    // An MSD radix partition of the terms builds the trie directly: no string comparison, each
    // character looked at once, stable so that the lowest index of duplicates stays first.
    const { buf, from, len } = folded;
    const count = len.length;
    let total = 1;
    let n = 0;
    for (let i = 0; i < count; i++) { const l = len[i] as number; total += l; if (l > 0) n++; }
    this.first = new Int32Array(total);
    this.count = new Int32Array(total);
    this.edgeCode = new Uint16Array(total);
    this.edgeChild = new Int32Array(total);
    this.terminal = new Int32Array(total);
    this.tailFrom = new Int32Array(total);
    this.tailTo = new Int32Array(total);
    this.buf = buf;
    const ids = new Int32Array(n);
    for (let i = 0, j = 0; i < count; i++) if ((len[i] as number) > 0) ids[j++] = i;
    const tmp = new Int32Array(n);
    const codes = new Int32Array(n);
    const counts = new Int32Array(65537);
    const touched = new Int32Array(65537);
    let made = 1;
    let edges = 0;
    const addEdge = (node: number, c: number): number => {
      const child = made++;
      this.edgeCode[edges] = c;
      this.edgeChild[edges] = child;
      edges++;
      if (node === 0) this.root[c] = child;
      return child;
    };
    const stack: number[] = [0, n, 0, 0];
    while (stack.length > 0) {
      const node = stack.pop() as number;
      const d = stack.pop() as number;
      const hi = stack.pop() as number;
      const lo = stack.pop() as number;
      this.first[node] = edges;
      if (hi - lo === 1 && node !== 0) {
        // A single term left: the rest of it is the node's tail (the root has none: a scan starts
        // at its children).
        const id = ids[lo] as number;
        const f = from[id] as number;
        this.terminal[node] = id + 1;
        this.tailFrom[node] = f + d;
        this.tailTo[node] = f + (len[id] as number);
        continue;
      }
      // Stable counting sort of [lo, hi) by the character at d (end of term = bucket 0).
      let t = 0;
      for (let i = lo; i < hi; i++) {
        const id = ids[i] as number;
        const c = len[id] === d ? 0 : (buf[(from[id] as number) + d] as number) + 1;
        codes[i] = c;
        const seen = counts[c] as number;
        counts[c] = seen + 1;
        if (seen === 0) touched[t++] = c;
      }
      if (t === 1) {
        // One character for the whole range (a shared prefix): nothing to move.
        counts[touched[0] as number] = hi;
      } else {
        // Few distinct characters as a rule: insertion sort, no comparator calls.
        for (let x = 1; x < t; x++) {
          const v = touched[x] as number;
          let y = x - 1;
          for (; y >= 0 && (touched[y] as number) > v; y--) touched[y + 1] = touched[y] as number;
          touched[y + 1] = v;
        }
        let pos = lo;
        for (let x = 0; x < t; x++) { const c = touched[x] as number; const m = counts[c] as number; counts[c] = pos; pos += m; }
        for (let i = lo; i < hi; i++) {
          const c = codes[i] as number;
          const to = counts[c] as number;
          counts[c] = to + 1;
          tmp[to] = ids[i] as number;
        }
        ids.set(tmp.subarray(lo, hi), lo);
      }
      let g = lo;
      for (let x = 0; x < t; x++) {
        const c = touched[x] as number;
        const end = counts[c] as number;
        counts[c] = 0;
        if (c === 0) this.terminal[node] = (ids[g] as number) + 1;
        else stack.push(g, end, d + 1, addEdge(node, c - 1));
        g = end;
      }
      this.count[node] = edges - (this.first[node] as number);
    }
    this.nodes = made;
  }

  private next(node: number, code: number): number {
    let lo = this.first[node] as number;
    let hi = lo + (this.count[node] as number);
    const codes = this.edgeCode;
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) {
        const c = codes[lo] as number;
        if (c === code) return this.edgeChild[lo] as number;
        if (c > code) return 0;
      }
      return 0;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = codes[mid] as number;
      if (c === code) return this.edgeChild[mid] as number;
      if (c < code) lo = mid + 1; else hi = mid;
    }
    return 0;
  }

  /**
   * Calls `emit(start, end, index)` for each leftmost-longest whole-word match in `text`. Case and
   * accents are ignored, runs of white space and hyphens match one space, combining marks are skipped.
   */
  scan(text: string, emit: (start: number, end: number, index: number) => void): void {
    const fold = foldTableOf();
    const word = wordTableOf();
    const root = this.root;
    const terminal = this.terminal;
    const { tailFrom, tailTo, buf } = this;
    const n = text.length;
    let prevWord = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const w = word[c] as number;
      if (w && prevWord) continue;
      prevWord = w;
      let node = root[fold[c] as number] as number;
      if (node === 0) continue;
      let bestEnd = -1;
      let bestTerm = 0;
      let lastWord = w;
      let j = i + 1;
      // Where the walk is in the node's tail (tp === te: at its end, or no tail).
      let tp = tailFrom[node] as number;
      let te = tailTo[node] as number;
      for (;;) {
        const t = tp === te ? terminal[node] as number : 0;
        if (t && !(lastWord && j < n && word[text.charCodeAt(j)])) { bestEnd = j; bestTerm = t; }
        if (j >= n) break;
        const cj = text.charCodeAt(j);
        const f = fold[cj] as number;
        if (f === SKIP) { j++; continue; }
        if (f === SEPARATOR) {
          while (j + 1 < n && fold[text.charCodeAt(j + 1)] === SEPARATOR) j++;
        }
        if (tp < te) {
          if (buf[tp] !== f) break;
          tp++;
        } else {
          node = this.next(node, f);
          if (node === 0) break;
          tp = tailFrom[node] as number;
          te = tailTo[node] as number;
        }
        lastWord = word[cj] as number;
        j++;
      }
      if (bestEnd > 0) {
        emit(i, bestEnd, bestTerm - 1);
        i = bestEnd - 1;
        prevWord = word[text.charCodeAt(i)] as number;
      }
    }
  }
}

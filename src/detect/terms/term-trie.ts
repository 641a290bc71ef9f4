// A compact trie over folded terms, scanned at word starts: leftmost-longest whole-word matches.
import { foldTableOf, SEPARATOR, SKIP, wordTableOf } from './fold.js';

/**
 * Children live in one open-addressing hash table keyed by (node, folded code unit); the root's
 * children in a direct 64K table. Typed arrays only: 100,000 terms load in well under 300 ms and
 * the scan touches a few table slots per character.
 */
export class TermTrie {
  private root = new Int32Array(65536);
  private keyNode: Int32Array;
  private keyCode: Uint16Array;
  private child: Int32Array;
  private mask: number;
  /** 1 + index of the term ending at a node, 0 if none. */
  private terminal: Int32Array;
  private nodes = 1;

  /** `capacity`: an upper bound on the total number of folded characters of all terms. */
  constructor(capacity: number) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.keyNode = new Int32Array(size).fill(-1);
    this.keyCode = new Uint16Array(size);
    this.child = new Int32Array(size);
    this.mask = size - 1;
    this.terminal = new Int32Array(capacity + 2);
  }

  private slot(node: number, code: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code + 1, 0x85ebca77)) >>> 0 & this.mask;
  }

  private next(node: number, code: number): number {
    if (node === 0) return this.root[code] as number;
    for (let s = this.slot(node, code); ; s = (s + 1) & this.mask) {
      const k = this.keyNode[s] as number;
      if (k === -1) return 0;
      if (k === node && this.keyCode[s] === code) return this.child[s] as number;
    }
  }

  /** Adds a folded term (from foldTerm); returns false when it was already present. */
  add(folded: string, index: number): boolean {
    let node = 0;
    for (let i = 0; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      let n = this.next(node, code);
      if (n === 0) {
        n = this.nodes++;
        if (node === 0) this.root[code] = n;
        else {
          let s = this.slot(node, code);
          while (this.keyNode[s] !== -1) s = (s + 1) & this.mask;
          this.keyNode[s] = node; this.keyCode[s] = code; this.child[s] = n;
        }
      }
      node = n;
    }
    if (this.terminal[node]) return false;
    this.terminal[node] = index + 1;
    return true;
  }

  /**
   * Calls `emit(start, end, index)` for each leftmost-longest whole-word match in `text`. Case and
   * accents are ignored, runs of white space and hyphens match one space, combining marks are skipped.
   */
  scan(text: string, emit: (start: number, end: number, index: number) => void): void {
    const fold = foldTableOf();
    const word = wordTableOf();
    const root = this.root;
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
      for (;;) {
        const t = this.terminal[node] as number;
        if (t && !(lastWord && j < n && word[text.charCodeAt(j)])) { bestEnd = j; bestTerm = t; }
        if (j >= n) break;
        const cj = text.charCodeAt(j);
        let f = fold[cj] as number;
        if (f === SKIP) { j++; continue; }
        if (f === SEPARATOR) {
          while (j + 1 < n && fold[text.charCodeAt(j + 1)] === SEPARATOR) j++;
          f = SEPARATOR;
        }
        node = this.next(node, f);
        if (node === 0) break;
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

// Anchored windows: a rule whose every match contains an "anchor" (a digit, an `@`…) need only be
// run near anchors. One pass per anchor finds them (shared by all rules with that anchor); the rule's
// regex then runs on the merged windows instead of the whole text — a large saving on long prose.
import { nextCodePoint } from './text.js';
import type { Positions } from '../engine/keywords.js';

/** A window [start, end) of the text worth running a rule on. */
export type Window = readonly [number, number];

const cache = new Map<string, Window[]>();
let cachedText: string | null = null;

/**
 * Windows of `reach` characters around each run of anchor matches, merged when they touch.
 * Cached for the last text seen, so every rule sharing the anchor reuses one pass.
 */
export function anchorWindows(text: string, anchor: string, reach: number, flags = 'gu'): Window[] {
  if (cachedText !== text) { cache.clear(); cachedText = text; }
  const key = `${reach}\u0000${flags}\u0000${anchor}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const spans: [number, number][] = [];
  const re = new RegExp(anchor, flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    addSpan(spans, Math.max(0, m.index - reach), Math.min(text.length, m.index + Math.max(1, m[0].length) + reach));
    if (m[0].length === 0) re.lastIndex = nextCodePoint(text, m.index);
  }
  cache.set(key, spans);
  return spans;
}

/** Where one anchor string occurs: ascending start offsets, and its length. */
export interface Occurrences { starts: Positions; length: number }

/**
 * Windows of `reach` characters around occurrences found elsewhere (the prefilter's keyword pass),
 * merged; each occurrence counts as long as the longest anchor string (windows may only grow).
 */
export function windowsAround(occurrences: readonly Occurrences[], reach: number, textLength: number): Window[] {
  let count = 0;
  let longest = 1;
  for (const o of occurrences) { count += o.starts.length; longest = Math.max(longest, o.length); }
  const starts = new Int32Array(count);
  let n = 0;
  for (const o of occurrences) for (const p of o.starts) starts[n++] = p;
  if (occurrences.length > 1) starts.sort();
  const windows: [number, number][] = [];
  // An index loop: for…of over a typed array is slow in cold code (see KeywordAutomaton).
  for (let i = 0; i < starts.length; i++) {
    const p = starts[i] as number;
    addSpan(windows, Math.max(0, p - reach), Math.min(textLength, p + longest + reach));
  }
  return windows;
}

/** Adds a span (starts ascending) to merged windows: it joins the last window when they touch. */
function addSpan(windows: [number, number][], start: number, end: number): void {
  const last = windows[windows.length - 1];
  if (last && start <= last[1]) last[1] = Math.max(last[1], end);
  else windows.push([start, end]);
}

/** Each window costs about as much as scanning this many characters (a slice, a fresh exec). */
const WINDOW_COST = 2000;

/**
 * Whether scanning the windows is cheaper than scanning the whole text: anchors pay off on long
 * prose where they are rare, not on text dense with them.
 */
export function windowsPayOff(windows: readonly Window[], length: number): boolean {
  let covered = windows.length * WINDOW_COST;
  for (const [s, e] of windows) {
    covered += e - s;
    if (covered >= length) return false;
  }
  return true;
}

/**
 * Calls `onMatch` with every match of `re` (global) whose start lies in a window, each confirmed
 * by `sticky` (the same source with the `y` flag) on the full text, so that look-arounds at window
 * edges see the real neighbours. Matches starting more than `reach` before their anchor are not found: pick `reach`
 * accordingly.
 */
export function matchInWindows(text: string, windows: readonly Window[], re: RegExp, sticky: RegExp, onMatch: (m: RegExpExecArray) => void): void {
  for (const [ws, we] of windows) {
    const slice = text.slice(ws, we);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      if (m[0].length === 0) { re.lastIndex = nextCodePoint(slice, m.index); continue; }
      sticky.lastIndex = ws + m.index;
      const full = sticky.exec(text);
      if (full) {
        onMatch(full);
        re.lastIndex = Math.max(re.lastIndex, full.index + full[0].length - ws);
      }
    }
  }
}

// Small, conservative readings of a regex source: which characters may start a match, and how to
// put several sources side by side in one alternation without their groups colliding.

/** Character kinds a match may start with, as bits. */
export const LEAD_DIGIT = 1;
export const LEAD_UPPER = 2;
export const LEAD_LOWER = 4;
export const LEAD_OTHER = 8;

/**
 * The characters a match may start with: a set of ASCII characters (bit c of a bigint) and how
 * many others at most (Infinity: too many to tell).
 */
export interface Lead { ascii: bigint; others: number }

const ALL_ASCII = (1n << 128n) - 1n;
const ANY: Lead = { ascii: ALL_ASCII, others: Infinity };
const NONE: Lead = { ascii: 0n, others: 0 };
const DIGITS = ((1n << 10n) - 1n) << 48n;
const UPPER = ((1n << 26n) - 1n) << 65n;
const LOWER = ((1n << 26n) - 1n) << 97n;

const union = (a: Lead, b: Lead): Lead => ({ ascii: a.ascii | b.ascii, others: a.others + b.others });

/** Characters lo..hi, and their other case with `i` (which may also fold a non-ASCII letter to ASCII). */
function rangeLead(lo: number, hi: number, ignoreCase: boolean): Lead {
  let ascii = 0n;
  const top = Math.min(hi, 127);
  if (lo <= top) ascii = ((1n << BigInt(top - lo + 1)) - 1n) << BigInt(lo);
  let others = hi >= 128 ? hi - Math.max(lo, 128) + 1 : 0;
  if (ignoreCase) {
    if (hi >= 128) return ANY;
    const letters = ascii & (UPPER | LOWER);
    if (letters) { ascii |= ((letters & UPPER) << 32n) | ((letters & LOWER) >> 32n); others += 2; } // ſ, K (Kelvin)
  }
  return { ascii, others };
}

/** Kinds (LEAD_*) of a lead. */
export function kindsOf(lead: Lead): number {
  return (lead.ascii & DIGITS ? LEAD_DIGIT : 0) | (lead.ascii & UPPER ? LEAD_UPPER : 0) | (lead.ascii & LOWER ? LEAD_LOWER : 0)
    | (lead.ascii & ~(DIGITS | UPPER | LOWER) || lead.others > 0 ? LEAD_OTHER : 0);
}

/** How many characters a lead allows (Infinity when it cannot be told). */
export function leadWidth(lead: Lead): number {
  let n = 0;
  for (let a = lead.ascii; a; a &= a - 1n) n++;
  return n + lead.others;
}

/**
 * The character an escape `\x` (at src[i] === '\\') stands for — null for a class (`\d`, `\p{L}`),
 * a back-reference or `\cX` — and the index after it. Reads no lead: cheap enough to skip classes.
 */
function escapeCode(src: string, i: number): { code: number | null; next: number } {
  const e = src[i + 1] ?? '';
  if (e === 'd' || 'DwWsS'.includes(e)) return { code: null, next: i + 2 };
  if (e === 'p' || e === 'P') {
    const close = src.indexOf('}', i);
    return { code: null, next: close < 0 ? src.length : close + 1 };
  }
  if (e === 'u' && src[i + 2] === '{') {
    const close = src.indexOf('}', i);
    return { code: parseInt(src.slice(i + 3, close), 16), next: close + 1 };
  }
  if (e === 'u' || e === 'x') {
    const len = e === 'u' ? 4 : 2;
    return { code: parseInt(src.slice(i + 2, i + 2 + len), 16), next: i + 2 + len };
  }
  // \b inside a class is a backspace (outside, sequenceLead never gets here); \cX: any, to be safe.
  if (e === 'c') return { code: null, next: i + 3 };
  const controls: Record<string, number> = { t: 9, n: 10, r: 13, f: 12, v: 11, b: 8, '0': 0 };
  if (e in controls) return { code: controls[e] as number, next: i + 2 };
  if (/[1-9k]/.test(e)) return { code: null, next: i + 2 }; // a back-reference: anything
  return { code: e.charCodeAt(0), next: i + 2 };
}

/** The lead of an escape `\x` (at src[i] === '\\'), the index after it, and its code if one character. */
function escapeLead(src: string, i: number, ignoreCase: boolean): { lead: Lead; next: number; code: number | null } {
  const { code, next } = escapeCode(src, i);
  if (code !== null) return { lead: rangeLead(code, code, ignoreCase), next, code };
  return { lead: src[i + 1] === 'd' ? { ascii: DIGITS, others: 0 } : ANY, next, code };
}

/** One item of a class: a character or a range; `lo` null: the class escape at `at` (`\d`); `hi` null: a range to one. */
interface ClassItem { lo: number | null; hi: number | null; at: number }

/** The items of the class starting at src[i] === '[', whether it is negated, and the index after it. */
function classItems(src: string, i: number): { items: ClassItem[]; negated: boolean; next: number } {
  let j = i + 1;
  const negated = src[j] === '^';
  if (negated) j++;
  const items: ClassItem[] = [];
  while (j < src.length && src[j] !== ']') {
    const at = j;
    let lo: number | null;
    if (src[j] === '\\') ({ code: lo, next: j } = escapeCode(src, j));
    else lo = src.charCodeAt(j++);
    let hi = lo;
    if (src[j] === '-' && src[j + 1] !== ']' && lo !== null) {
      if (src[j + 1] === '\\') ({ code: hi, next: j } = escapeCode(src, j + 1));
      else { hi = src.charCodeAt(j + 1); j += 2; }
    }
    items.push({ lo, hi, at });
  }
  return { items, negated, next: j + 1 };
}

/** The index after the class starting at src[i] === '['. */
const classEnd = (src: string, i: number): number => classItems(src, i).next;

/** A look-around's opening at the start of a string: `(?=`, `(?!`, `(?<=` or `(?<!` (group 1: which). */
const LOOK_AROUND = /^\(\?(<[=!]|[=!])/;

/** The body of the group src[open..end) opens: without `(` and its `?:` or `?<name>`. */
const groupBody = (src: string, open: number, end: number): string => src.slice(open, end).replace(/^\((?:\?:|\?<[A-Za-z_]\w*>)?/, '');

/** The lead of the class starting at src[i] === '['; index after it. */
function classLead(src: string, i: number, ignoreCase: boolean): { lead: Lead; next: number } {
  const { items, negated, next } = classItems(src, i);
  if (negated) return { lead: ANY, next };
  let lead = NONE;
  for (const { lo, hi, at } of items) {
    lead = union(lead, lo === null ? escapeLead(src, at, ignoreCase).lead : hi === null ? ANY : rangeLead(lo, hi, ignoreCase));
  }
  return { lead, next };
}

/** Index of the `)` closing the group opened at src[open] === '(' (or src.length). */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { i = classEnd(src, i) - 1; continue; }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return src.length;
}

/** Splits a sequence at its top-level `|`. */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { i = classEnd(src, i) - 1; continue; }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(src.slice(last, i)); last = i + 1; }
  }
  out.push(src.slice(last));
  return out;
}

/** Whether the atom ending before src[i] may be repeated zero times (`?`, `*`, `{0,…}`). */
function optionalAt(src: string, i: number): boolean {
  return src[i] === '?' || src[i] === '*' || /^\{0(?:,\d*)?\}/.test(src.slice(i));
}

/**
 * The characters a match of `src` may start with, or null when it cannot be told simply (an
 * optional first atom, an empty alternative, an anchor). Conservative: never too narrow.
 */
export function leadOf(src: string, ignoreCase = false): Lead | null {
  let lead = NONE;
  for (const alt of alternatives(src)) {
    const l = sequenceLead(alt, ignoreCase);
    if (l === null) return null;
    lead = union(lead, l);
  }
  return lead;
}

function sequenceLead(src: string, ignoreCase: boolean): Lead | null {
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    let lead: Lead | null;
    let next: number;
    if (c === '(') {
      const end = groupEnd(src, i);
      if (LOOK_AROUND.test(src.slice(i, i + 4))) { i = end + 1; continue; } // a look-around consumes nothing
      lead = leadOf(groupBody(src, i, end), ignoreCase);
      next = end + 1;
    } else if (c === '[') {
      ({ lead, next } = classLead(src, i, ignoreCase));
    } else if (c === '\\') {
      const e = src[i + 1];
      if (e === 'b' || e === 'B') return null;
      ({ lead, next } = escapeLead(src, i, ignoreCase));
    } else if (c === '^' || c === '$' || c === '.' || c === ')' || c === '|') {
      return null;
    } else {
      lead = rangeLead(src.charCodeAt(i), src.charCodeAt(i), ignoreCase);
      next = i + 1;
    }
    if (lead === null || optionalAt(src, next)) return null;
    return lead;
  }
  return null; // empty: matches the empty string
}

/**
 * A literal known around the start of every match: the text has `text` from `before` characters
 * before the match's start (0: from the start; more when a look-behind tells what precedes it).
 */
export interface Literal { text: string; before: number }

/** Strings a match may start (or end) with; `whole`: each is a whole match of the part read. */
interface Strings { strings: string[]; whole: boolean }

/** Most strings a reading lists before it stops extending them. */
const MAX_STRINGS = 256;

/** One atom of a sequence: an assertion (consumes nothing), characters, or a group; with its quantifier. */
type Atom =
  | { kind: 'assertion'; quantified: boolean; behind: string | null }
  | { kind: 'chars'; chars: string[] | null; min: number; max: number }
  | { kind: 'group'; body: string; min: number; max: number };

/**
 * Literals one of which is found around the start of every match of `src` (read without the `i`
 * flag: characters as written), as far as they can be told simply: literal characters, small
 * classes, groups and alternations of them, optional atoms; they stop before anything wider (`\d`,
 * `.`, a large class, a repeat). A positive look-behind right after whole literals widens them
 * backwards (`ultation(?<=consultation)`). Null when a match may start with anything (an empty
 * literal among them). Conservative: the literals may be shorter than they could be, never wrong.
 */
export function literalPrefixes(src: string): Literal[] | null {
  const out = new Map<string, Literal>();
  for (const alt of alternatives(src)) {
    for (const lit of readSequence(atomsOf(alt), false, true).lits) {
      if (lit.text === '') return null;
      out.set(`${lit.before}\u0000${lit.text}`, lit);
    }
  }
  return out.size > MAX_STRINGS ? null : [...out.values()];
}

/** The atoms of a sequence (a source without top-level `|`), read as they are asked for. */
function* atomsOf(src: string): Generator<Atom> {
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    // Look-arounds and \b consume nothing.
    const look = c === '(' ? LOOK_AROUND.exec(src.slice(i, i + 4)) : null;
    if (look || (c === '\\' && (src[i + 1] === 'b' || src[i + 1] === 'B'))) {
      const next = look ? groupEnd(src, i) + 1 : i + 2;
      const q = quantifierAt(src, next);
      const behind = look?.[1] === '<=' ? src.slice(i + 4, next - 1) : null;
      yield { kind: 'assertion', quantified: q.next > next, behind };
      i = q.next;
      continue;
    }
    let next: number;
    let atom: { kind: 'chars'; chars: string[] | null } | { kind: 'group'; body: string };
    if (c === '(') {
      const end = groupEnd(src, i);
      atom = { kind: 'group', body: groupBody(src, i, end) };
      next = end + 1;
    } else {
      const a = atomChars(src, i);
      atom = { kind: 'chars', chars: a.chars };
      next = a.next;
    }
    const q = quantifierAt(src, next);
    yield { ...atom, min: q.min, max: q.max };
    i = q.next;
  }
}

/** The strings a match of `src` starts with (`fromEnd`: ends with); see readSequence. */
function alternationStrings(src: string, fromEnd: boolean): Strings {
  const strings = new Set<string>();
  let whole = true;
  for (const alt of alternatives(src)) {
    const p = readSequence(atomsOf(alt), fromEnd, false);
    p.lits.forEach((x) => strings.add(x.text));
    whole &&= p.whole;
  }
  return strings.size > MAX_STRINGS ? { strings: [''], whole: false } : { strings: [...strings], whole };
}

/**
 * Literals one of which starts (`fromEnd`: ends) every match of a sequence, read atom by atom from
 * that side; `whole` when the sequence was read to its other end. Look-arounds are skipped (one
 * that is quantified ends the reading, to be safe). With `widen` (reading forwards from a match's
 * start, where the literals are exactly the text read so far), a positive look-behind keeps the
 * literals it allows, widened backwards to what it says precedes them.
 */
function readSequence(atoms: Iterable<Atom>, fromEnd: boolean, widen: boolean): { lits: Literal[]; whole: boolean } {
  let lits: Literal[] = [{ text: '', before: 0 }];
  const order = fromEnd ? [...atoms].reverse() : atoms;
  const join = (l: Literal, a: string): Literal => ({ text: fromEnd ? a + l.text : l.text + a, before: l.before });
  for (const atom of order) {
    if (atom.kind === 'assertion') {
      if (atom.quantified) return { lits, whole: false };
      if (widen && atom.behind !== null) lits = widenBehind(lits, alternationStrings(atom.behind, true).strings);
      continue;
    }
    let part: Strings;
    if (atom.kind === 'chars') {
      if (atom.chars === null) return { lits, whole: false };
      part = { strings: atom.chars, whole: true };
    } else part = alternationStrings(atom.body, fromEnd);
    const product = lits.length * (part.strings.length + (atom.min === 0 ? 1 : 0)); // an optional atom keeps the literals without it too
    if (atom.min > 1 || atom.max > 1 || part.strings.includes('') || product > MAX_STRINGS) {
      // Repeated (once at least when min ≥ 1): the literals so far, or with one copy of the atom, start every match.
      if (atom.min === 0 || product > MAX_STRINGS || part.strings.includes('')) return { lits, whole: false };
      return { lits: lits.flatMap((l) => part.strings.map((a) => join(l, a))), whole: false };
    }
    const joined = lits.flatMap((l) => part.strings.map((a) => join(l, a)));
    if (atom.min === 0) joined.push(...lits); // optional: with or without it
    if (!part.whole) return { lits: joined, whole: false };
    lits = joined;
  }
  return { lits, whole: true };
}

/**
 * The literals (each the whole text from `before` characters before a match's start up to a
 * look-behind) that a look-behind allows, given strings one of which ends the text there: a literal
 * that ends with one stays; one that a longer string ends with becomes that string, starting
 * earlier; the others cannot match. Unchanged when the look-behind tells nothing (an empty string).
 */
function widenBehind(lits: Literal[], ends: readonly string[]): Literal[] {
  if (ends.includes('')) return lits;
  const out: Literal[] = [];
  for (const lit of lits) {
    for (const e of ends) {
      if (lit.text.endsWith(e)) { out.push(lit); break; }
      if (e.endsWith(lit.text)) out.push({ text: e, before: lit.before + e.length - lit.text.length });
    }
  }
  return out.length > 0 && out.length <= MAX_STRINGS ? out : lits;
}

/** A character of one UTF-16 unit that is not half of a pair (the only kind a literal lists). */
const bmpChar = (code: number): boolean => code <= 0xffff && (code < 0xd800 || code > 0xdfff);

/** The characters of an atom (a literal, an escape, a small class), or null when not listed simply. */
function atomChars(src: string, i: number): { chars: string[] | null; next: number } {
  const c = src[i] as string;
  if (c === '[') {
    const { items, negated, next } = classItems(src, i);
    let chars: string[] | null = negated ? null : [];
    for (const { lo, hi } of items) {
      if (chars === null || lo === null || hi === null || !bmpChar(lo) || !bmpChar(hi) || hi - lo + chars.length > 8) { chars = null; break; }
      for (let x = lo; x <= hi; x++) chars.push(String.fromCharCode(x));
    }
    return { chars, next };
  }
  if (c === '\\') {
    const e = escapeCode(src, i);
    return { chars: e.code === null || !bmpChar(e.code) ? null : [String.fromCharCode(e.code)], next: e.next };
  }
  if (c === '.' || c === '^' || c === '$' || c === '|' || c === ')') return { chars: null, next: i + 1 };
  const code = src.codePointAt(i) as number;
  return { chars: bmpChar(code) ? [c] : null, next: i + 1 };
}

const QUANTIFIER = /(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/y;

/** The quantifier at src[i], if any: its least and most counts and the index after it (lazy `?` included). */
function quantifierAt(src: string, i: number): { min: number; max: number; next: number } {
  QUANTIFIER.lastIndex = i;
  const q = QUANTIFIER.exec(src);
  if (!q) return { min: 1, max: 1, next: i };
  const next = i + q[0].length;
  if (q[1] === '?') return { min: 0, max: 1, next };
  if (q[1] === '*') return { min: 0, max: Infinity, next };
  if (q[1] === '+') return { min: 1, max: Infinity, next };
  const min = Number(q[2]);
  return { min, max: q[3] === undefined ? min : q[4] ? Number(q[4]) : Infinity, next };
}

/** Number of capturing groups in a source. */
export function captureCount(src: string): number {
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { i = classEnd(src, i) - 1; continue; }
    if (c === '(' && (src[i + 1] !== '?' || /^\(\?<[A-Za-z_]/.test(src.slice(i)))) n++;
  }
  return n;
}

/**
 * One alternation of several sources, each wrapped in `(?:…)`: named groups get a unique suffix
 * and numbered back-references are shifted, so every source keeps its own meaning.
 */
export function unionSource(sources: readonly string[]): string {
  let offset = 0;
  return sources.map((src, k) => {
    let out = '';
    for (let i = 0; i < src.length; i++) {
      const c = src[i] as string;
      if (c === '[') { const end = classEnd(src, i); out += src.slice(i, end); i = end - 1; continue; }
      if (c === '\\') {
        const ref = /^\\([1-9]\d*)/.exec(src.slice(i));
        if (ref) { out += `\\${Number(ref[1]) + offset}`; i += ref[0].length - 1; continue; }
        const named = /^\\k<([A-Za-z_]\w*)>/.exec(src.slice(i));
        if (named) { out += `\\k<${named[1]}_u${k}>`; i += named[0].length - 1; continue; }
        out += src.slice(i, i + 2);
        i++;
        continue;
      }
      const group = /^\(\?<([A-Za-z_]\w*)>/.exec(src.slice(i));
      if (group) { out += `(?<${group[1]}_u${k}>`; i += group[0].length - 1; continue; }
      out += c;
    }
    offset += captureCount(src);
    return `(?:${out})`;
  }).join('|');
}

/** The three apostrophes a pattern may meet: `'`, `’`, `‘`. */
const APOSTROPHES = ["'", '\u2019', '\u2018'] as const;
/** Group openings: `(`, `(?:`, look-arounds, `(?<name>`. */
const GROUP_OPEN = /\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/y;
const BACK_REFERENCE = /\\(?:[1-9]\d*|k<[^>]*>)/y;

/**
 * The pattern source rewritten so that `’` and `‘` match exactly where `'` does (the normalised
 * text keeps typographic apostrophes: see APOSTROPHE in text.ts). Each atom that
 * matches one character (a literal, an escape, a class, `.`) is tested on the three apostrophes;
 * one that does not treat them alike becomes `['’‘]` (a literal apostrophe), gets `’‘` added (a
 * class holding `'`), or is wrapped so that it matches them all or none of them. Other atoms are
 * left as they are, so most sources come back unchanged. A back-reference compares characters as
 * they are: `(['"])…\1` does not take `‘…’` for a pair.
 */
export function apostropheTransparent(src: string, flags = ''): string {
  const testFlags = flags.replace(/[gyd]/g, '').replace('u', '') + 'u';
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    let next: number;
    if (c === '(') {
      GROUP_OPEN.lastIndex = i;
      next = i + (GROUP_OPEN.exec(src) as RegExpExecArray)[0].length;
      out += src.slice(i, next);
      i = next;
      continue;
    }
    if (c === '\\') {
      BACK_REFERENCE.lastIndex = i;
      const ref = BACK_REFERENCE.exec(src);
      if (ref || src[i + 1] === 'b' || src[i + 1] === 'B') {
        next = ref ? i + ref[0].length : i + 2;
        out += src.slice(i, next);
        i = next;
        continue;
      }
      next = escapeCode(src, i).next;
    } else if (c === '[') {
      next = classEnd(src, i);
    } else if (c === '{') {
      const q = quantifierAt(src, i);
      next = q.next > i ? q.next : i + 1;
      out += src.slice(i, next);
      i = next;
      continue;
    } else if ('|)^$*+?'.includes(c)) {
      out += c;
      i++;
      continue;
    } else {
      next = i + String.fromCodePoint(src.codePointAt(i) as number).length;
    }
    const atom = src.slice(i, next);
    out += apostropheAtom(atom, c, testFlags);
    i = next;
  }
  return out;
}

/** One atom (see apostropheTransparent), rewritten when it does not treat the apostrophes alike. */
function apostropheAtom(atom: string, first: string, flags: string): string {
  // Only a literal apostrophe, an escape or a class can tell them apart (`.`, `\S` cannot).
  if (atom.length === 1 && first !== "'" && first !== '\u2019' && first !== '\u2018') return atom;
  if (/^\\[dDwWsS]$/.test(atom)) return atom;
  const key = `${flags}/${atom}`;
  let rewritten = atomMemo.get(key);
  if (rewritten === undefined) atomMemo.set(key, rewritten = rewriteAtom(atom, first, flags));
  return rewritten;
}

/**
 * Rewritten atoms by flags and source: the same classes come back in most patterns (word
 * boundaries), and each test compiles a regex.
 */
const atomMemo = new Map<string, string>();

function rewriteAtom(atom: string, first: string, flags: string): string {
  const re = new RegExp(`^(?:${atom})$`, flags);
  const [plain, right, left] = APOSTROPHES.map((a) => re.test(a));
  if (plain === right && right === left) return atom;
  const typographic = String.raw`\u2018\u2019`;
  if (first === '[') {
    // A class that holds `'` gets them too, and a negated one that leaves `'` out leaves them out:
    // still one class, as fast to match.
    const negated = atom[1] === '^';
    if (plain !== negated) return withTypographic(atom, negated);
  }
  if (!plain) return `(?:(?![${typographic}])${atom})`;
  if (atom === "'" || (first === '\\' && escapeCode(atom, 0).code === 39)) return `['${typographic}]`;
  return `(?:${atom}|[${typographic}])`;
}

/**
 * The class `[…]` (or `[^…]`) with `‘’` added first, as escapes. A leading `-` is escaped so that
 * it does not make a range with them (`[-a']`); after them, any other item reads as before.
 */
function withTypographic(atom: string, negated: boolean): string {
  const open = negated ? 2 : 1;
  const body = atom.slice(open);
  return `${atom.slice(0, open)}\\u2018\\u2019${body.startsWith('-') ? `\\-${body.slice(1)}` : body}`;
}

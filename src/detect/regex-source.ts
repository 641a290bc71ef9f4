// Small, conservative readings of a regex source: which characters may start a match, and how to
// put several sources side by side in one alternation without their groups colliding.

/** Character kinds a match may start with, as bits. */
export const LEAD_DIGIT = 1;
export const LEAD_UPPER = 2;
export const LEAD_LOWER = 4;
export const LEAD_OTHER = 8;
const LEAD_ANY = LEAD_DIGIT | LEAD_UPPER | LEAD_LOWER | LEAD_OTHER;

function kindOf(c: number, ignoreCase: boolean): number {
  if (c >= 48 && c <= 57) return LEAD_DIGIT;
  if (c >= 65 && c <= 90) return ignoreCase ? LEAD_UPPER | LEAD_LOWER : LEAD_UPPER;
  if (c >= 97 && c <= 122) return ignoreCase ? LEAD_UPPER | LEAD_LOWER : LEAD_LOWER;
  return c >= 128 && ignoreCase ? LEAD_ANY : LEAD_OTHER;
}

/** Kinds of the characters in [lo, hi]. */
function kindsOfRange(lo: number, hi: number, ignoreCase: boolean): number {
  let k = 0;
  if (lo <= 57 && hi >= 48) k |= LEAD_DIGIT;
  if (lo <= 90 && hi >= 65) k |= ignoreCase ? LEAD_UPPER | LEAD_LOWER : LEAD_UPPER;
  if (lo <= 122 && hi >= 97) k |= ignoreCase ? LEAD_UPPER | LEAD_LOWER : LEAD_LOWER;
  if (lo < 48 || hi > 122 || (lo <= 64 && hi >= 58) || (lo <= 96 && hi >= 91)) k |= LEAD_OTHER;
  if (hi >= 128 && ignoreCase) k = LEAD_ANY;
  return k;
}

/** Kinds matched by an escape `\x` (at src[i] === '\\'), and the index after it. */
function escapeKinds(src: string, i: number, ignoreCase: boolean): { kinds: number; next: number; code: number | null } {
  const e = src[i + 1] ?? '';
  if (e === 'd') return { kinds: LEAD_DIGIT, next: i + 2, code: null };
  if ('DwWsS'.includes(e)) return { kinds: LEAD_ANY, next: i + 2, code: null };
  if (e === 'p' || e === 'P') {
    const close = src.indexOf('}', i);
    return { kinds: LEAD_ANY, next: close < 0 ? src.length : close + 1, code: null };
  }
  if (e === 'u' && src[i + 2] === '{') {
    const close = src.indexOf('}', i);
    const code = parseInt(src.slice(i + 3, close), 16);
    return { kinds: kindOf(code, ignoreCase), next: close + 1, code };
  }
  if (e === 'u' || e === 'x') {
    const len = e === 'u' ? 4 : 2;
    const code = parseInt(src.slice(i + 2, i + 2 + len), 16);
    return { kinds: kindOf(code, ignoreCase), next: i + 2 + len, code };
  }
  if ('tnrfv0'.includes(e)) return { kinds: LEAD_OTHER, next: i + 2, code: 0 };
  if (/[1-9k]/.test(e)) return { kinds: LEAD_ANY, next: i + 2, code: null }; // a back-reference: anything
  return { kinds: kindOf(e.charCodeAt(0), ignoreCase), next: i + 2, code: e.charCodeAt(0) };
}

/** Kinds matched by the class starting at src[i] === '['; index after it. */
function classKinds(src: string, i: number, ignoreCase: boolean): { kinds: number; next: number } {
  let j = i + 1;
  const negated = src[j] === '^';
  if (negated) j++;
  let kinds = 0;
  while (j < src.length && src[j] !== ']') {
    let lo: number | null;
    if (src[j] === '\\') {
      const e = escapeKinds(src, j, ignoreCase);
      kinds |= e.kinds;
      lo = e.code;
      j = e.next;
    } else {
      lo = src.charCodeAt(j);
      kinds |= kindOf(lo, ignoreCase);
      j++;
    }
    if (src[j] === '-' && src[j + 1] !== ']' && lo !== null) {
      let hi: number | null;
      if (src[j + 1] === '\\') {
        const e = escapeKinds(src, j + 1, ignoreCase);
        hi = e.code;
        j = e.next;
      } else {
        hi = src.charCodeAt(j + 1);
        j += 2;
      }
      kinds |= hi === null ? LEAD_ANY : kindsOfRange(lo, hi, ignoreCase);
    }
  }
  return { kinds: negated ? LEAD_ANY : kinds, next: j + 1 };
}

/** Index of the `)` closing the group opened at src[open] === '(' (or src.length). */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { i = classKinds(src, i, false).next - 1; continue; }
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
    if (c === '[') { i = classKinds(src, i, false).next - 1; continue; }
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
 * The kinds of character a match of `src` may start with, or null when it cannot be told simply
 * (an optional first atom, an empty alternative, an anchor). Conservative: never too narrow.
 */
export function leadKinds(src: string, ignoreCase = false): number | null {
  let kinds = 0;
  for (const alt of alternatives(src)) {
    const k = sequenceLead(alt, ignoreCase);
    if (k === null) return null;
    kinds |= k;
  }
  return kinds;
}

function sequenceLead(src: string, ignoreCase: boolean): number | null {
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    let kinds: number | null;
    let next: number;
    if (c === '(') {
      const end = groupEnd(src, i);
      const head = /^\(\?(?:<[=!]|[=!])/.exec(src.slice(i));
      if (head) { i = end + 1; continue; } // a look-around consumes nothing
      const body = src.slice(i, end).replace(/^\((?:\?:|\?<[A-Za-z_]\w*>)?/, '');
      kinds = leadKinds(body, ignoreCase);
      next = end + 1;
    } else if (c === '[') {
      ({ kinds, next } = classKinds(src, i, ignoreCase));
    } else if (c === '\\') {
      const e = src[i + 1];
      if (e === 'b' || e === 'B') return null;
      ({ kinds, next } = escapeKinds(src, i, ignoreCase));
    } else if (c === '^' || c === '$' || c === '.' || c === ')' || c === '|') {
      return null;
    } else {
      kinds = kindOf(src.charCodeAt(i), ignoreCase);
      next = i + 1;
    }
    if (kinds === null || optionalAt(src, next)) return null;
    return kinds;
  }
  return null; // empty: matches the empty string
}

/** Number of capturing groups in a source. */
export function captureCount(src: string): number {
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { i = classKinds(src, i, false).next - 1; continue; }
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
      if (c === '[') { const end = classKinds(src, i, false).next; out += src.slice(i, end); i = end - 1; continue; }
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

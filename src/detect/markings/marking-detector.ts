// The `marking` detector: classification phrases count only where they are used AS a marking.
import type { Candidate, RuleSpec } from '../../types.js';
import type { KeywordHits } from '../../engine/keywords.js';
import type { DetectFn, DetectorFactory } from '../detector.js';
import { APOSTROPHE, escapeRegExp, foldForCompare, LETTER_OR_DIGIT, onFirstUse, phraseSourceBuilder } from '../text.js';

/**
 * Phrase classes (rule `options`), weakest last:
 * - `strong`: a marking whenever written in capitals (`DIFFUSION RESTREINTE`, `NE PAS DIFFUSER`),
 *   and in any case in a marking position;
 * - `positional`: a marking only in a marking position, in any case but all-lower-case
 *   (`Confidentiel` alone on its line, `[Confidentiel]`, `Classification : confidentiel`);
 * - `label`: a marking only after a label, in brackets, or in capitals alone on its line or
 *   beside a separator (`SECRET`, `INTERNE`, `DRAFT`: everyday words otherwise).
 * Marking positions: alone on the line (decoration, page numbers and other marking words allowed),
 * in brackets, between dashes/asterisks, after a label (`Classification :`, `Sensitivity:`), or
 * at the start/end of a line set off by a separator (`CONFIDENTIEL – Note au préfet`).
 * A phrase inside a sentence (`le secret professionnel`, `ce point est confidentiel`) is no
 * candidate at all, and a negated one (`non confidentiel`, `not restricted`) never is.
 */
export interface MarkingOptions {
  strong?: string[];
  positional?: string[];
  label?: string[];
}

type PhraseClass = 'strong' | 'positional' | 'label';
const CLASSES: readonly PhraseClass[] = ['strong', 'positional', 'label'];

const ACCENTS: Record<string, string> = { a: 'aàâä', e: 'eéèêë', i: 'iîï', o: 'oôö', u: 'uùûü', c: 'cç', y: 'yÿ' };

/** Canonical key of a phrase or a matched value: folded, words joined by single spaces. */
export function markingKey(s: string): string {
  return foldForCompare(s).replace(/[^\p{L}\p{N}&/+]+/gu, ' ').trim();
}

const markingPhrase = phraseSourceBuilder({
  ' ': '[ \\t]+',
  "'": APOSTROPHE,
  '-': '(?:[ \\t]*-[ \\t]*|[ \\t]+)',
  '/': '[ \\t]*/[ \\t]*',
  '&': '[ \\t]*&[ \\t]*',
  ...Object.fromEntries(Object.entries(ACCENTS).map(([letter, forms]) => [letter, `[${forms}]`])),
});
/** Regex source of one phrase: accent-tolerant letters, flexible spaces, hyphens and slashes. */
export function phraseSource(phrase: string): string {
  return markingPhrase(foldForCompare(phrase).trim().replace(/\s+/g, ' ')).replace(/\[ \\t\]\+\[ \\t\]\*/g, '[ \\t]*');
}

/** Phrases by canonical key, with their class and their first written form. */
function readOptions(rule: RuleSpec): Map<string, { cls: PhraseClass; phrase: string }> {
  const opts = (rule.options ?? {}) as Record<string, unknown>;
  for (const k of Object.keys(opts)) {
    if (!(CLASSES as readonly string[]).includes(k)) throw new Error(`field "options.${k}": unknown option (known: ${CLASSES.join(', ')})`);
  }
  const phrases = new Map<string, { cls: PhraseClass; phrase: string }>();
  for (const cls of CLASSES) {
    const list = opts[cls];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.some((p) => typeof p !== 'string' || markingKey(p) === '')) {
      throw new Error(`field "options.${cls}": expected a list of non-empty phrases`);
    }
    for (const p of list as string[]) if (!phrases.has(markingKey(p))) phrases.set(markingKey(p), { cls, phrase: p });
  }
  if (phrases.size === 0) throw new Error('field "options": a marking rule needs `strong`, `positional` or `label` phrases');
  return phrases;
}

// Characters that decorate a marking: `— DIFFUSION RESTREINTE —`, `**[CONFIDENTIEL]**`, `# Secret`.
const DECOR = /[\s*_#=~+|<>"'\u2018\u2019«»()[\]{}.:!/\\-]/gu;
// Words that may share a marking line without making it prose (folded).
const FILLER = new Set(`document documents doc note piece pieces annexe fichier rapport copie exemplaire page p sur of de du des d la le l les a au aux et and ou or
  uniquement only seulement strictement strictly tres highly usage use for pour internal interne internes version v n no jusqu au until ne pas do not
  diffuser distribute confidentiel confidentielle confidential restreint restreinte restricted secret diffusion limitee classification mention marquage niveau
  sensibilite protection tlp draft brouillon rh hr janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
  january february march april may june july august september october november december`.split(/\s+/));
const LABEL = onFirstUse(() => /(?:^|[^\p{L}\p{N}])(?:niveau de classification|classification level|security classification|classification|classement|niveau de sensibilite|sensibilite|niveau de protection|mention de protection|protection|marquage|niveau de confidentialite|confidentialite|diffusion|statut|sensitivity label|sensitivity|protective marking|marking|handling|distribution|status|label|etiquette|caveat)\s*:\s*$/u);
const NEGATION = onFirstUse(() => /(?:^|[^\p{L}\p{N}])(?:non|not|pas|no|un)[\s-]*$/u);
const BULLET = /^\s*[-*\u2022·]\s+$/u; // \u2022: • (see BUNDLE_CHARSET in src/build/bundle.mjs)
const SEP_AFTER = /^\s*[-|/]/u;
const SEP_BEFORE = onFirstUse(() => /[\p{L}\p{N})\]]\s*[-|/]\s*$/u);

function fillerOnly(s: string): boolean {
  const rest = foldForCompare(s).replace(DECOR, ' ').trim();
  if (rest === '') return true;
  return rest.split(/\s+/).every((w) => FILLER.has(w) || /^\d+$/.test(w) || /^\d+h\d*$/.test(w) || /^v?\d+(?:[.,]\d+)*$/.test(w)
    || /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(w));
}
const decorOnly = (s: string): boolean => s.replace(DECOR, '') === '';
const isCaps = (v: string): boolean => /\p{Lu}/u.test(v) && !/\p{Ll}/u.test(v);
const isLower = (v: string): boolean => !/\p{Lu}/u.test(v);

/** `STRIPE_SECRET_KEY`: underscores joining the phrase to letters make it part of an identifier. */
function inIdentifier(text: string, from: number, dir: 1 | -1): boolean {
  let j = from;
  while (text[j] === '_') j += dir;
  return j !== from && LETTER_OR_DIGIT.test(text[j] ?? '');
}

interface Hit { start: number; end: number; key: string; cls: PhraseClass }

/** The nearest non-blank character before (dir −1) or after (dir 1) a hit on its line, other hits skipped. */
function neighbour(text: string, hit: Hit, lineHits: readonly Hit[], ls: number, le: number, dir: 1 | -1): string {
  let j = dir < 0 ? hit.start - 1 : hit.end;
  while (j >= ls && j < le) {
    const c = text[j] as string;
    if (c === ' ' || c === '\t') { j += dir; continue; }
    const other = lineHits.find((h) => h !== hit && h.start <= j && j < h.end);
    if (!other) return c;
    j = dir < 0 ? other.start - 1 : other.end;
  }
  return '';
}

/** How sure we are that a hit is used as a marking; null: not a marking. */
export function markingConfidence(text: string, hit: Hit, lineHits: readonly Hit[], ls: number, le: number): number | null {
  const value = text.slice(hit.start, hit.end);
  const prev = neighbour(text, hit, lineHits, ls, le, -1);
  const next = neighbour(text, hit, lineHits, ls, le, 1);
  const bracketed = (prev === '[' || prev === '{') && (next === ']' || next === '}');
  const caps = isCaps(value);
  const lower = isLower(value);
  // A label-class phrase needs capitals (or a label, or brackets); others must not be all lower-case.
  const styled = hit.cls === 'label' ? caps : !lower;
  // Cheap exit for prose: an unstyled phrase inside a sentence, with no label before it.
  if (!styled && !bracketed && prev !== ':' && (LETTER_OR_DIGIT.test(prev) || LETTER_OR_DIGIT.test(next))) return null;
  const tail = foldForCompare(text.slice(Math.max(ls, hit.start - 48), hit.start));
  if (NEGATION().test(tail)) return null;
  if (prev === ':' && LABEL().test(tail)) return 0.95;
  if (bracketed) return 0.95;
  if (prev === '(' && next === ')' && styled) return 0.9;
  if (!styled && (LETTER_OR_DIGIT.test(prev) || LETTER_OR_DIGIT.test(next))) return null;
  // Alone on its line, other markings of the line blanked out first.
  let line = text.slice(ls, le);
  for (const h of lineHits) if (h !== hit) line = line.slice(0, h.start - ls) + ' '.repeat(h.end - h.start) + line.slice(h.end - ls);
  const lb = line.slice(0, hit.start - ls);
  const la = line.slice(hit.end - ls);
  if (fillerOnly(lb) && fillerOnly(la)) {
    const listItem = BULLET.test(lb) && decorOnly(la) && !/[-*\u2022·]/u.test(la);
    if (!listItem && (styled || decorOnly(lb + la))) return 0.95;
  }
  if (!styled) return null;
  if (/[-*=#~]\s*$/u.test(lb) && /^\s*[-*=#~]/u.test(la)) return 0.9;
  if (hit.cls === 'strong' && caps) return 0.85;
  if (caps && decorOnly(lb) && !BULLET.test(lb) && SEP_AFTER.test(la)) return 0.85;
  if (caps && decorOnly(la) && SEP_BEFORE().test(lb)) return 0.85;
  // The first line of a document, opening with a marking set off by a separator.
  if (ls === 0 && decorOnly(lb) && SEP_AFTER.test(la)) return 0.85;
  return null;
}

/** Letter or digit, by code unit (ASCII by table; others by the Unicode classes). */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/**
 * One anchor keyword: the phrases that hold it, as one sticky regex; how far back they may start;
 * the ASCII characters they may start with (lower-cased: a start with another ASCII character is
 * not tried; one beyond ASCII always is, since the regex folds case and accents).
 */
interface AnchorGroup { sticky: RegExp; lookBack: number; asciiStarts: Set<number> }

function asciiStarts(phrases: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const p of phrases) {
    const c = foldForCompare(p).trim().charCodeAt(0);
    if (c < 128) out.add(c);
  }
  return out;
}

/** Whether a phrase of the group may start with the character `c`. */
function mayStartWith(group: AnchorGroup, c: number): boolean {
  return c >= 128 || group.asciiStarts.has(c >= 65 && c <= 90 ? c + 32 : c);
}

const stickyOf = (phrases: readonly string[]): RegExp =>
  new RegExp(`(?:${phrases.map(phraseSource).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'iuy');

/**
 * Per keyword: the phrases whose folded form holds it, and twice the keyword's largest offset in
 * them plus a little (runs of spaces may be longer in the text than in the phrase).
 */
function anchorGroups(keywords: readonly string[], phrases: Map<string, { cls: PhraseClass; phrase: string }>): Map<string, AnchorGroup> {
  const out = new Map<string, AnchorGroup>();
  for (const k of keywords) {
    const lk = k.toLowerCase();
    let off = 0;
    const holding: string[] = [];
    for (const [key, p] of phrases) {
      if (!key.includes(lk)) continue;
      holding.push(p.phrase);
      for (let i = key.indexOf(lk); i >= 0; i = key.indexOf(lk, i + 1)) off = Math.max(off, i);
    }
    if (holding.length) out.set(lk, { sticky: stickyOf(holding), lookBack: 2 * off + 4, asciiStarts: asciiStarts(holding) });
  }
  return out;
}

/**
 * Finds phrase occurrences. With keywords (every phrase contains one, accent-free: tested), only
 * the phrases holding a keyword found are tried, sticky, at the word starts just before it: many
 * times faster on long prose than running the whole accent-tolerant alternation everywhere. The
 * keyword occurrences come from the prefilter's pass (`known`), or else from a case-insensitive
 * scan for the keywords.
 */
function findHits(text: string, phrases: Map<string, { cls: PhraseClass; phrase: string }>, all: RegExp, anchors: RegExp | null, groups: Map<string, AnchorGroup>, known: [number, string][] | null): Hit[] {
  const hits: Hit[] = [];
  const tryAt = (start: number, sticky: RegExp): number => {
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (!m || m[0].length === 0) return -1;
    const end = start + m[0].length;
    if (inIdentifier(text, start - 1, -1) || inIdentifier(text, end, 1)) return -1;
    const key = markingKey(m[0]);
    const p = phrases.get(key);
    if (!p) return -1;
    hits.push({ start, end, key, cls: p.cls });
    return end;
  };
  const wordStart = (j: number): boolean => isWordChar(text.charCodeAt(j)) && (j === 0 || !isWordChar(text.charCodeAt(j - 1)));
  if (!anchors) {
    for (let j = 0; j < text.length; j++) if (wordStart(j)) { const e = tryAt(j, all); if (e > 0) j = e - 1; }
    return hits;
  }
  let done = 0;
  const visit = (at: number, keyword: string): void => {
    const group = groups.get(keyword);
    if (at < done || !group) return;
    // A phrase never spans a line break, so a start before one simply fails the sticky regex.
    for (let j = Math.max(done, at - group.lookBack); j <= at; j++) {
      if (!wordStart(j) || !mayStartWith(group, text.charCodeAt(j))) continue;
      const e = tryAt(j, group.sticky);
      if (e > 0) { done = e; j = e - 1; }
    }
  };
  if (known) {
    for (const [at, keyword] of known) visit(at, keyword);
    return hits;
  }
  anchors.lastIndex = 0;
  let a: RegExpExecArray | null;
  while ((a = anchors.exec(text)) !== null) {
    visit(a.index, a[0].toLowerCase());
    if (anchors.lastIndex < done) anchors.lastIndex = done;
  }
  return hits;
}

/** The keyword occurrences the prefilter's pass found, in text order; null if it did not run. */
function knownAnchors(keywords: readonly string[], hits: KeywordHits | undefined): [number, string][] | null {
  if (!hits) return null;
  const out: [number, string][] = [];
  for (const k of keywords) {
    const starts = hits.positions(k);
    if (!starts) return null;
    for (const at of starts) out.push([at, k]);
  }
  return out.sort((x, y) => x[0] - y[0]);
}

export const markingDetector: DetectorFactory = (rule) => {
  const phrases = readOptions(rule);
  let compiled: { all: RegExp; anchors: RegExp | null; groups: Map<string, AnchorGroup> } | undefined;
  const keywords = (rule.keywords ?? []).map((k) => k.toLowerCase());
  const detect: DetectFn = (text, env) => {
    compiled ??= {
      all: stickyOf([...phrases.values()].map((p) => p.phrase)),
      anchors: rule.keywords?.length ? new RegExp(rule.keywords.map(escapeRegExp).join('|'), 'gi') : null,
      groups: anchorGroups(rule.keywords ?? [], phrases),
    };
    const known = env?.prefilter && keywords.length ? knownAnchors(keywords, env.keywordHits) : null;
    const hits = findHits(text, phrases, compiled.all, compiled.anchors, compiled.groups, known);
    const out: Candidate[] = [];
    for (let i = 0; i < hits.length;) {
      const first = hits[i] as Hit;
      const ls = text.lastIndexOf('\n', first.start - 1) + 1;
      let le = text.indexOf('\n', first.end);
      if (le < 0) le = text.length;
      if (text[le - 1] === '\r') le--;
      let j = i;
      while (j < hits.length && (hits[j] as Hit).start < le) j++;
      const lineHits = hits.slice(i, j);
      for (const h of lineHits) {
        const c = markingConfidence(text, h, lineHits, ls, le);
        if (c === null) continue;
        out.push({ start: h.start, end: h.end, confidence: c, tag: h.key.replace(/[^a-z0-9+]+/g, '-') });
      }
      i = j;
    }
    return out;
  };
  return detect;
};

// The `marking` detector: classification phrases count only where they are used AS a marking.
import type { Candidate, RuleSpec } from '../../types.js';
import type { DetectFn, DetectorFactory } from '../detector.js';
import { escapeRegExp, foldForCompare } from '../text.js';

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

/** Regex source of one phrase: accent-tolerant letters, flexible spaces, hyphens and slashes. */
export function phraseSource(phrase: string): string {
  let out = '';
  for (const ch of foldForCompare(phrase).trim().replace(/\s+/g, ' ')) {
    if (ch === ' ') out += '[ \\t]+';
    else if (ch === '-') out += '(?:[ \\t]*-[ \\t]*|[ \\t]+)';
    else if (ch === '/') out += '[ \\t]*/[ \\t]*';
    else if (ch === '&') out += '[ \\t]*&[ \\t]*';
    else if (ACCENTS[ch]) out += `[${ACCENTS[ch]}]`;
    else out += escapeRegExp(ch);
  }
  return out.replace(/\[ \\t\]\+\[ \\t\]\*/g, '[ \\t]*');
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
const DECOR = /[\s*_#=~+|<>"'«»()[\]{}.:!/\\-]/gu;
// Words that may share a marking line without making it prose (folded).
const FILLER = new Set(`document documents doc note piece pieces annexe fichier rapport copie exemplaire page p sur of de du des d la le l les a au aux et and ou or
  uniquement only seulement strictement strictly tres highly usage use for pour internal interne internes version v n no jusqu au until ne pas do not
  diffuser distribute confidentiel confidentielle confidential restreint restreinte restricted secret diffusion limitee classification mention marquage niveau
  sensibilite protection tlp draft brouillon rh hr`.split(/\s+/));
const LABEL = /(?:^|[^\p{L}\p{N}])(?:niveau de classification|classification level|security classification|classification|classement|niveau de sensibilite|sensibilite|niveau de protection|mention de protection|protection|marquage|niveau de confidentialite|confidentialite|diffusion|statut|sensitivity label|sensitivity|protective marking|marking|handling|distribution|status|label|etiquette|caveat)\s*:\s*$/u;
const NEGATION = /(?:^|[^\p{L}\p{N}])(?:non|not|pas|no|un)[\s-]*$/u;
const BULLET = /^\s*[-*•·]\s+$/u;
const SEP_AFTER = /^\s*[-:|/,]/u;
const SEP_BEFORE = /[\p{L}\p{N})\]]\s*[-|/]\s*$/u;

function fillerOnly(s: string): boolean {
  const rest = foldForCompare(s).replace(DECOR, ' ').trim();
  if (rest === '') return true;
  return rest.split(/\s+/).every((w) => FILLER.has(w) || /^\d+$/.test(w) || /^\d+h\d*$/.test(w) || /^v?\d+(?:[.,]\d+)*$/.test(w)
    || /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(w));
}
const decorOnly = (s: string): boolean => s.replace(DECOR, '') === '';
const isCaps = (v: string): boolean => /\p{Lu}/u.test(v) && !/\p{Ll}/u.test(v);
const isLower = (v: string): boolean => !/\p{Lu}/u.test(v);

interface Hit { start: number; end: number; key: string; cls: PhraseClass }

/** How sure we are that a hit is used as a marking; null: not a marking. */
export function markingConfidence(text: string, hit: Hit, lineHits: readonly Hit[], ls: number, le: number): number | null {
  const value = text.slice(hit.start, hit.end);
  const before = text.slice(ls, hit.start);
  const after = text.slice(hit.end, le);
  if (NEGATION.test(foldForCompare(before))) return null;
  const caps = isCaps(value);
  const lower = isLower(value);
  // A label class needs capitals except after a label or in brackets.
  const styled = hit.cls === 'label' ? caps : !lower;
  if (LABEL.test(foldForCompare(before))) return 0.95;
  if (/[[{]\s*$/u.test(before) && /^\s*[\]}]/u.test(after)) return 0.95;
  if (/\(\s*$/u.test(before) && /^\s*\)/u.test(after) && styled) return 0.9;
  // Alone on its line, other markings of the line blanked out first.
  let line = text.slice(ls, le);
  for (const h of lineHits) if (h !== hit) line = line.slice(0, h.start - ls) + ' '.repeat(h.end - h.start) + line.slice(h.end - ls);
  const lb = line.slice(0, hit.start - ls);
  const la = line.slice(hit.end - ls);
  if (fillerOnly(lb) && fillerOnly(la)) {
    const listItem = BULLET.test(lb) && decorOnly(la) && !/[-*•·]/u.test(la);
    if (!listItem && (hit.cls !== 'label' || caps) && (hit.cls === 'label' || !lower || decorOnly(lb + la))) return 0.95;
  }
  if (/[-*=#~_]\s*$/u.test(lb) && /^\s*[-*=#~_]/u.test(la) && styled) return 0.9;
  if (hit.cls === 'strong' && caps) return 0.85;
  if (caps && decorOnly(lb) && !BULLET.test(lb) && SEP_AFTER.test(la)) return 0.85;
  if (caps && decorOnly(la) && SEP_BEFORE.test(lb)) return 0.85;
  // The first line of a document, opening with a marking set off by a separator.
  if (styled && ls === 0 && decorOnly(lb) && SEP_AFTER.test(la)) return 0.85;
  return null;
}

export const markingDetector: DetectorFactory = (rule) => {
  const phrases = readOptions(rule);
  let re: RegExp | undefined;
  const detect: DetectFn = (text) => {
    re ??= new RegExp(`(?:${[...phrases.values()].map((p) => phraseSource(p.phrase)).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    const hits: Hit[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = m.index;
      if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] as string)) { re.lastIndex = start + 1; continue; }
      const p = phrases.get(markingKey(m[0]));
      if (p) hits.push({ start, end: start + m[0].length, key: markingKey(m[0]), cls: p.cls });
    }
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

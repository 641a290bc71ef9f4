// Address complements written before the street number (AFNOR lines 2–3): "appt 14", "bât. A",
// "Résidence Le Clos des Pins", "Flat 38". They belong to the address span, so the span is
// extended backwards over them (same line after a comma or space, or whole previous lines).
import { foldApostrophes, foldForCompare, LATIN_LETTERS, LATIN_UPPER } from '../text.js';

/** Delivery-point and building complements followed by a short number or letter: `appt 14`, `bât. A`. */
const UNIT_WORDS = new Set([
  'appt', 'apt', 'app', 'appart', 'appartement', 'bat', 'batiment', 'escalier', 'esc', 'etage',
  'porte', 'entree', 'immeuble', 'imm', 'bloc', 'tour', 'logement', 'lgt', 'log', 'chambre',
  'pavillon', 'boite', 'bal', 'flat', 'apartment', 'unit', 'suite', 'floor', 'building', 'block',
  'room',
]);

/** Named places before the street line: `Résidence Les Pins`, `Le Mas Vert`, `Lotissement Les Cigales`. */
const PLACE_WORDS = new Set([
  'residence', 'res', 'lotissement', 'lot', 'domaine', 'hameau', 'mas', 'villa', 'clos', 'cite',
  'parc', 'quartier', 'lieu-dit', 'ld', 'immeuble', 'ferme', 'bastide', 'manoir', 'chateau',
  'house', 'court', 'cottage', 'lodge', 'farm',
]);

const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'les', "l'", "d'", 'a', 'aux', 'au', 'sur', 'sous', 'en', 'et', 'of', 'the']);

// The unit's number or letter: "14", "4B", "A", "B2" (not a word: "building. Top").
const UNIT_RE = new RegExp(String.raw`^([${LATIN_LETTERS}]+)\.?(?:[ ]?n°)?[ ]?(?:\d{1,4}[ ]?[A-Za-z]?|[A-Za-z]{1,2}\d{0,3})$`, 'u');
const ORDINAL_FLOOR_RE = /^\d{1,2}(?:e|er|ère|ème|eme|è|st|nd|rd|th)[ ](?:étage|etage|floor)$/iu;
const PLACE_RE = new RegExp(String.raw`^(?:(le|la|les|l'|the)[ ]?)?([${LATIN_LETTERS}][${LATIN_LETTERS}-]*)\.?((?:[ ][^ ]+){1,6})$`, 'iu');
const UPPER_START = new RegExp(`^[${LATIN_UPPER}]`, 'u');
const LETTER = new RegExp(`[${LATIN_LETTERS}]`, 'u');
const CAP = new RegExp(`^(?:[dlDL]')?[${LATIN_UPPER}0-9]`, 'u');

function isUnit(seg: string): boolean {
  if (ORDINAL_FLOOR_RE.test(seg)) return true;
  const m = UNIT_RE.exec(seg);
  return !!m && UNIT_WORDS.has(fold(m[1] ?? ''));
}

function isPlace(seg: string): boolean {
  const m = PLACE_RE.exec(seg);
  if (!m || !PLACE_WORDS.has(fold(m[2] ?? ''))) return false;
  // The keyword must be capitalised when an article precedes it ("Le Mas Vert", not "le mas").
  if (m[1] && !UPPER_START.test(m[2] ?? '')) return false;
  const words = (m[3] ?? '').trim().split(' ');
  let sawName = false;
  for (const w of words) {
    if (PARTICLES.has(fold(w))) continue;
    if (!CAP.test(w)) return false;
    if (LETTER.test(w)) sawName = true; // "Lot 3" (a tender lot) is not a named place
  }
  return sawName;
}

const ARTICLES = new Set(['le', 'la', 'les', "l'", 'the']);
/** Lower-case, accent-free; cheap for ASCII words. */
const fold = (w: string): string => {
  const l = w.toLowerCase();
  return /[^\x00-\x7f]/.test(l) ? foldForCompare(foldApostrophes(l)) : l;
};

/** Cheap gate before the regexes: the segment must start with a complement word (or article + one). */
function mayBeComplement(seg: string): boolean {
  const sp = seg.indexOf(' ');
  if (sp < 0) return false;
  const first = fold(seg.slice(0, sp).replace(/\.$/, ''));
  if (UNIT_WORDS.has(first) || PLACE_WORDS.has(first) || /^\d/.test(first)) return true;
  if (!ARTICLES.has(first) && !/^l'./.test(first)) return false;
  const rest = seg.slice(sp + 1);
  const sp2 = rest.indexOf(' ');
  return PLACE_WORDS.has(fold((sp2 < 0 ? rest : rest.slice(0, sp2)).replace(/\.$/, '')));
}

/** Longest complement, in characters (an AFNOR line holds 38). */
const MAX_COMPLEMENT = 48;

/** A delivery-point or building complement (`appt 14`, `bât. A`, `Résidence Les Pins`, `Flat 38`). */
export const isComplement = (seg: string): boolean => {
  if (seg.length > MAX_COMPLEMENT) return false;
  const s = foldApostrophes(seg);
  return mayBeComplement(s) && (isUnit(s) || isPlace(s));
};

const ORDINAL = /^\d{1,2}(?:e|er|ère|ème|eme|è|st|nd|rd|th)$/;

/**
 * Whether a complement may start with the word `w` (a unit or place word, an article, an ordinal),
 * memoised: complementSuffix asks it of every word before every address found (« Rendez-vous avec
 * M. Karim Benali, 12 bis rue… »), and the same words come back; a look-up by string is several
 * times cheaper than folding the word again.
 */
const startsMemo = new Map<string, boolean>();
function mayStartComplement(w: string): boolean {
  let yes = startsMemo.get(w);
  if (yes === undefined) {
    const f = fold(w.replace(/\.$/, ''));
    yes = UNIT_WORDS.has(f) || PLACE_WORDS.has(f) || ARTICLES.has(f) || ORDINAL.test(f);
    if (startsMemo.size >= 10_000) startsMemo.clear();
    startsMemo.set(w, yes);
  }
  return yes;
}

/**
 * The start of the longest complement that ends the segment `text[from, to)`. `whole`: it is the
 * entire segment, so the caller may keep going left; a suffix ("…j'habite Le Mas Vert") ends the walk.
 */
function complementSuffix(text: string, from: number, to: number): { start: number; whole: boolean } | undefined {
  // Complements are at most MAX_COMPLEMENT characters: look only at the end of a long segment.
  const cut = Math.max(from, to - MAX_COMPLEMENT - 1);
  const seg = text.slice(cut, to);
  const words = seg.split(' ');
  let offset = 0;
  let blank = text.slice(from, cut).trim() === ''; // only spaces before `offset`
  for (const w of words) {
    if (w !== '' && (offset > 0 || cut === from)) {
      if (mayStartComplement(w) && isComplement(seg.slice(offset))) return { start: cut + offset, whole: blank };
    }
    if (w !== '') blank = false;
    offset += w.length + 1;
  }
  return undefined;
}

/** Characters that end a segment before a complement: , ; : ( « " newline return | */
const isSegmentStop = (c: number): boolean => c === 44 || c === 59 || c === 58 || c === 40 || c === 0xab || c === 34 || c === 10 || c === 13 || c === 124;
/** Longest stretch looked at before a separator (complements are short: AFNOR lines hold 38 characters). */
const MAX_SEGMENT = 120;

/**
 * Extends an address start backwards over complements; returns the new start. A complement may
 * end the previous line ("Adresse : Lotissement Les Cigales⏎96 bis …") only as a whole segment.
 */
export function extendOverComplements(text: string, start: number): number {
  let s = start;
  for (let step = 0; step < 4; step++) {
    // Skip the separator between the complement and what follows it: ", ", spaces, a line break.
    let e = s;
    while (e > 0 && text[e - 1] === ' ') e--;
    if (e > 0 && text[e - 1] === ',') { e--; while (e > 0 && text[e - 1] === ' ') e--; }
    const newLine = e > 0 && text[e - 1] === '\n';
    if (newLine) {
      e--;
      if (e > 0 && text[e - 1] === '\r') e--;
      while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t' || text[e - 1] === ',')) e--;
    } else if (e === s) {
      break; // no separator: the number is glued to the previous word
    }
    // Every complement ends with a number, a capitalised name or "étage": else stop right away.
    let ws = e;
    while (ws > 0 && ws > e - 12 && text[ws - 1] !== ' ' && text[ws - 1] !== '\n') ws--;
    const lastWord = text.slice(ws, e);
    const c0 = lastWord[0] ?? '';
    if (!(c0 !== c0.toLowerCase() || (c0 >= '0' && c0 <= '9') || /^(?:[ée]tage|floor)$/i.test(lastWord))) break;
    let from = e;
    const limit = Math.max(0, e - MAX_SEGMENT);
    // A code-unit test, not a regex per character: this walk is up to MAX_SEGMENT characters long
    // for every address found.
    while (from > limit && !isSegmentStop(text.charCodeAt(from - 1))) from--;
    // A spaced dash also separates segments ("Société X - Résidence …").
    const dash = text.slice(from, e).lastIndexOf(' - ');
    if (dash >= 0) from += dash + 3;
    const found = complementSuffix(text, from, e);
    if (!found || (newLine && !found.whole)) break;
    s = found.start;
    if (!found.whole) break;
  }
  return s;
}

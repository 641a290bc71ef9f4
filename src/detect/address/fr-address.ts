// French postal addresses (reference §3): a numbered street line with its postcode line, or a
// BP/CS/TSA box with its postcode line; a street line alone is a weaker candidate.
import { extendOverComplements, isComplement } from './complements.js';
import { isApostrophe, LATIN_LETTERS, LATIN_UPPER, WORD_CHARS } from '../text.js';
import { matchStreetType, streetLineAt, type StreetTypes } from './street-types.js';

/** How an address candidate was built; the detector maps each kind to a confidence. */
export type AddressKind = 'full' | 'box' | 'street' | 'street-noun';

export interface AddressMatch {
  start: number;
  end: number;
  kind: AddressKind;
}

// Number (1–4 digits, never 0…), optional range (15-17, 15/17, 4 à 8), repetition index (bis, ter,
// B, 12bis, 149 B), optional comma, then the word that may be a street type. Run sticky, only where
// the fast anchor scan (below) found a digit followed by a street-type word.
const STREET_AT = new RegExp(
  `[1-9](?<![${WORD_CHARS}.,/:-][1-9])\\d{0,3}(?!\\d)`
  + String.raw`(?:(?:[ ]?[-/][ ]?|[ ]à[ ])[1-9]\d{0,3}(?!\d))?`
  + String.raw`(?:[ ]?(?:bis|ter|quater|quinquies|BIS|TER|QUATER|QUINQUIES|Bis|Ter|Quater)|[ ]?[A-DTQ]|[a-d])?(?![${WORD_CHARS}])`
  + `[ ]?,?[ ]{1,3}([${LATIN_LETTERS}][${LATIN_LETTERS}-]*\\.?)`,
  'uy',
);
/** What may come between the last digit of the number and the street type (superset of STREET_AT). */
const ANCHOR_MIDDLE = String.raw`\d(?:[ ]?(?:bis|ter|quater|quinquies|[a-dtq]))?[ ]?,?[ ]{1,3}`;
/** Hours right before the number: "10 h 30", "10 h. 30". */
const TIME_BEFORE = /\d[ ]?h\.?[ ]$/i;
/** The start of a range ("15-", "15/", "4 à ") right before the last number. */
const RANGE_BEFORE = /\d{1,4}(?:[ ]?[-/][ ]?|[ ]à[ ])$/;

// The fast scans are non-Unicode regexes: V8 runs them about ten times faster than `u` ones on
// long prose (the anchor finds a few thousand positions in 10 MB; the precise check runs there).
const anchors = new WeakMap<StreetTypes, RegExp>();
function streetAnchor(types: StreetTypes): RegExp {
  let re = anchors.get(types);
  if (!re) {
    // The type word must end there (not "places", "routes"); accented letters are listed by hand
    // because the scan is not a Unicode regex.
    re = new RegExp(`${ANCHOR_MIDDLE}(?:${types.firstWords})(?![a-z\u00e0-\u00ff])`, 'gi');
    anchors.set(types, re);
  }
  return re;
}
const BOX_ANCHOR = /(?:B\.?[ ]?P\.?|CS|TSA|[Bb]o[iî]te[ ][Pp]ostale|BO[IÎ]TE[ ]POSTALE)[ ]?\d/g;

const SEP = String.raw`(?:[ ]*,[ ]*|[ ]+-[ ]+|[ ]*\r?\n[ \t]*|[ ]+)`;
const BOX = String.raw`(?:B\.?[ ]?P\.?|CS|TSA|[Bb]o[iî]te[ ][Pp]ostale|BO[IÎ]TE[ ]POSTALE)[ ]?\d{1,6}(?!\d)`;
const LIEU_DIT_LINE = String.raw`[ \t]*\r?\n[ \t]*(?:[Ll]ieu-dit|LIEU-DIT|[Ll]ieu[ ]dit|LIEU[ ]DIT|LD)[ ]+[${LATIN_UPPER}][^\n,]{0,36}`;
const COMMUNE_WORD = String.raw`(?!CEDEX(?![${LATIN_LETTERS}])|Cedex(?![${LATIN_LETTERS}]))[${LATIN_UPPER}][${LATIN_LETTERS}'\u2018\u2019-]*`;
const COMMUNE = String.raw`${COMMUNE_WORD}(?:[ ](?:(?:de|du|des|la|le|les|sur|sous|en|et|lès|lez|aux|au)[ ])?${COMMUNE_WORD}){0,5}`;
// Postcode: no French code starts with 00 or 99; the optional F- is an old international prefix.
const POSTCODE_LINE = String.raw`(?:F-|FR-)?(?:0[1-9]|[1-8]\d|9[0-8])\d{3}(?!\d)[ ]+(?<commune>${COMMUNE})(?:[ ]+(?:CEDEX|[Cc]edex)(?:[ ]+\d{1,3}(?!\d))?)?`;

/** After a street name: [box] [lieu-dit line] postcode + commune [+ CEDEX n]. */
const STREET_TAIL = new RegExp(`(?:${SEP}${BOX})?(?:${LIEU_DIT_LINE})?${SEP}${POSTCODE_LINE}`, 'uy');
/** A box with its postcode line (an address even without a street line); run sticky at a box anchor. */
const BOX_LINE = new RegExp(`(?<![${WORD_CHARS}])${BOX}${SEP}${POSTCODE_LINE}`, 'uy');
/** Words that follow amounts and measures, never a commune (reference §1.15). */
const NOT_COMMUNE = /^(?:EUR|EUROS?|Euros?|HT|TTC|KM|Km|M2|KG|Kg|USD|GBP|CHF)$/;

const PARTICLE_WORDS = ['de', 'du', 'des', 'la', 'le', 'les', 'à', 'aux', 'au', 'sur', 'sous', 'en', 'et', 'lès', 'lez'];
/** Particles inside street names, in lower case or (in all-capitals lines) upper case; "De" is a name. */
const PARTICLES = new Set([...PARTICLE_WORDS, ...PARTICLE_WORDS.map((w) => w.toUpperCase())]);
const BOX_WORDS = new Set(['BP', 'CS', 'TSA', 'CEDEX', 'Cedex']);
const NAME_TOKEN = new RegExp(`[${WORD_CHARS}][${WORD_CHARS}'\u2018\u2019-]*`, 'uy');
const MAX_NAME_TOKENS = 8;
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const allDigits = (w: string): boolean => /^\d+$/.test(w);

interface NameRun { end: number; capitalised: boolean }
type TokKind = 'particle' | 'cap' | 'lower' | 'digits';

/** Reads the street name after the type: words, particles and short numbers up to a separator. */
function readName(text: string, pos: number): NameRun | undefined {
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: TokKind[] = [];
  let p = pos;
  while (kinds.length < MAX_NAME_TOKENS) {
    NAME_TOKEN.lastIndex = p;
    const m = NAME_TOKEN.exec(text);
    if (!m) break;
    let word = m[0];
    let end = p + word.length;
    let glued = false; // a trailing hyphen or apostrophe: the name does not go on with a space
    for (let c = word.charCodeAt(word.length - 1); c === 45 || isApostrophe(c); c = word.charCodeAt(word.length - 1)) {
      word = word.slice(0, -1); end--; glued = true;
    }
    if (word === '') break;
    let kind: TokKind;
    if (isDigit(word.charCodeAt(0))) {
      // Numbers inside names: "place du 8 Mai 1945", "rue du 4 Septembre" (after du/de/des, or a year).
      const n = kinds.length;
      const prev = n ? text.slice(starts[n - 1], ends[n - 1]).toLowerCase() : '';
      const afterDe = kinds[n - 1] === 'particle' && (prev === 'de' || prev === 'du' || prev === 'des');
      const year = word.length === 4 && kinds[n - 1] === 'cap';
      if (word.length > 4 || !allDigits(word) || !(afterDe || year)) break;
      kind = 'digits';
    } else {
      if (BOX_WORDS.has(word) && (isDigit(text.charCodeAt(end)) || (text[end] === ' ' && isDigit(text.charCodeAt(end + 1))))) break;
      const bare = word.length > 2 && isApostrophe(word.charCodeAt(1)) && 'dlDL'.includes(word[0] as string) ? word.slice(2) : word;
      if (PARTICLES.has(bare)) kind = 'particle';
      else {
        const ch = bare[0] as string;
        kind = ch !== ch.toLowerCase() ? 'cap' : 'lower';
      }
    }
    starts.push(p); ends.push(end); kinds.push(kind);
    if (glued) break;
    if (text[end] === ' ') { p = end + 1; continue; }
    if (text[end] === '.' && (word === 'St' || word === 'Ste') && text[end + 1] === ' ') { p = end + 2; continue; }
    break;
  }
  const first = kinds.findIndex((k) => k !== 'particle');
  if (first < 0) return undefined;
  const capitalised = kinds[first] === 'cap' || kinds[first] === 'digits';
  // A lower-case name ("12 place de la mairie") is an address only with its postcode line.
  if (!capitalised && !postcodeAhead(text, pos)) return undefined;
  let n = kinds.length;
  if (capitalised) {
    const lower = kinds.indexOf('lower');
    if (lower >= 0) n = lower;
  }
  // Trailing particles and numbers are not part of the name ("rue Haute et 5…"), but a year is.
  while (n > 0 && (kinds[n - 1] === 'particle' || (kinds[n - 1] === 'digits' && !((ends[n - 1] as number) - (starts[n - 1] as number) === 4 && kinds[n - 2] === 'cap')))) n--;
  if (n === 0 || !kinds.slice(0, n).some((k) => k === 'cap' || k === 'lower')) return undefined;
  return { end: ends[n - 1] as number, capitalised };
}

/** How far after a street name its postcode may be (two complements and a box line fit). */
const TAIL_REACH = 160;
const FIVE_DIGITS = /\d{5}/;
/** Cheap test before the precise tail regexes: five digits somewhere in the next TAIL_REACH characters. */
const postcodeAhead = (text: string, pos: number): boolean => FIVE_DIGITS.test(text.slice(pos, pos + TAIL_REACH));

/** One complement segment after the street line: ", appt 3", ", Hameau de Cazevieille", "⏎Bâtiment B". */
const COMPLEMENT_AFTER = /(?:[ ]*,[ ]*|[ ]+-[ ]+|[ ]*\r?\n[ \t]*)([^,\n\r]{1,48}?)(?=[ ]*,|[ ]+-[ ]|[ ]*\r?\n|[ ]+(?:F-|FR-)?\d{5}(?!\d))/uy;

/**
 * Postcode line right after `pos` (maybe after a box line, a lieu-dit line, or up to two
 * complements: "12 rue Haute, appt 3, 34000 …"); returns its end.
 */
function readTail(text: string, pos: number): number | undefined {
  if (!postcodeAhead(text, pos)) return undefined;
  let p = pos;
  for (let i = 0; i < 3; i++) {
    STREET_TAIL.lastIndex = p;
    const m = STREET_TAIL.exec(text);
    if (m) return NOT_COMMUNE.test(m.groups?.['commune']?.split(' ')[0] ?? '') ? undefined : p + m[0].length;
    if (i === 2) break;
    COMPLEMENT_AFTER.lastIndex = p;
    const c = COMPLEMENT_AFTER.exec(text);
    if (!c || !isComplement((c[1] as string).trim())) break;
    p += c[0].length;
  }
  return undefined;
}

/** All French address candidates in `text`, sorted by start, not overlapping. */
export function findFrenchAddresses(text: string, types: StreetTypes): AddressMatch[] {
  const out: AddressMatch[] = [];
  const anchor = streetAnchor(types);
  anchor.lastIndex = 0;
  let lastEnd = 0;
  let a: RegExpExecArray | null;
  while ((a = anchor.exec(text)) !== null) {
    let start = a.index;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
    const before = text[start - 1];
    const maybeRange = before === '-' || before === '/' || (before === ' ' && /[-/à]/.test(text[start - 2] ?? ''));
    const range = maybeRange ? RANGE_BEFORE.exec(text.slice(Math.max(0, start - 12), start)) : null;
    // With the range first ("15-17 rue"), then without ("SIREN 409085214 – 48 rue").
    const line = streetLineAt(text, start, range ? range[0].length : 0, lastEnd, STREET_AT);
    if (!line) continue;
    const { m } = line;
    start = line.start;
    // A time is not a street number: "à 10 h 30 place de la Comédie".
    if (TIME_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue;
    const token = m[1] as string;
    const type = matchStreetType(types, token, text, start + m[0].length);
    if (!type) continue;
    let p = type.end;
    let name: NameRun | undefined;
    if (text[p] === ' ') {
      while (text[p] === ' ') p++;
      name = readName(text, p);
    }
    if (!name && type.info.named) {
      // "12 Grand-Rue", "3 grande rue, 34000 …": the type is the name.
      const first = text[start + m[0].length - token.length] as string;
      name = { end: type.end, capitalised: first !== first.toLowerCase() };
    }
    if (!name) continue;
    const tailEnd = readTail(text, name.end);
    let kind: AddressKind;
    let end: number;
    if (tailEnd !== undefined) { kind = 'full'; end = tailEnd; }
    else if (!name.capitalised) continue;
    else {
      // Alone, a street line is doubtful when its type is an ordinary noun written with a capital
      // (titles: "2 Cours Magistraux", "1 Place Disponible"; "12 place Royale" in running text is
      // an address), or when its number looks like a year ("En 2024 Rue de Rivoli…").
      const t0 = token[0] as string;
      const year = /^(?:1[89]|20)\d\d(?!\d)/.test(m[0]);
      kind = (type.info.noun && t0 !== t0.toLowerCase()) || year ? 'street-noun' : 'street';
      end = name.end;
    }
    out.push({ start: Math.max(lastEnd, extendOverComplements(text, start)), end, kind });
    lastEnd = end;
    if (anchor.lastIndex < end) anchor.lastIndex = end;
  }
  const boxes: AddressMatch[] = [];
  let covered = 0;
  BOX_ANCHOR.lastIndex = 0;
  while ((a = BOX_ANCHOR.exec(text)) !== null) {
    const start = a.index;
    while (covered < out.length && (out[covered] as AddressMatch).end <= start) covered++;
    const c = out[covered];
    if (c && c.start <= start) continue; // already inside a street address
    BOX_LINE.lastIndex = start;
    const m = BOX_LINE.exec(text);
    if (!m || NOT_COMMUNE.test(m.groups?.['commune']?.split(' ')[0] ?? '')) continue;
    boxes.push({ start, end: start + m[0].length, kind: 'box' });
    BOX_ANCHOR.lastIndex = start + m[0].length;
  }
  return boxes.length ? [...out, ...boxes].sort((x, y) => x.start - y.start) : out;
}

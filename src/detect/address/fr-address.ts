// French postal addresses (reference §3): a numbered street line with its postcode line, or a
// BP/CS/TSA box with its postcode line; a street line alone is a weaker candidate.
import { foldForCompare } from '../text.js';
import { extendOverComplements } from './complements.js';
import { matchStreetType, type StreetTypes } from './street-types.js';

/** How an address candidate was built; the detector maps each kind to a confidence. */
export type AddressKind = 'full' | 'box' | 'street' | 'street-noun';

export interface AddressMatch {
  start: number;
  end: number;
  kind: AddressKind;
}

// Number (1–4 digits, never 0…), optional range (15-17, 15/17, 4 à 8), repetition index (bis, ter,
// B, 12bis, 149 B), optional comma, then the word that may be a street type. Starts on a consuming
// digit and checks the boundary right after it: V8 tries the pattern at every position.
const STREET_START = new RegExp(
  String.raw`[1-9](?<![\p{L}\p{N}.,/:-][1-9])\d{0,3}(?!\d)`
  + String.raw`(?:(?:[ ]?[-/][ ]?|[ ]à[ ])[1-9]\d{0,3}(?!\d))?`
  + String.raw`(?:[ ]?(?:bis|ter|quater|quinquies|BIS|TER|QUATER|QUINQUIES|Bis|Ter|Quater)|[ ]?[A-DTQ]|[a-d])?(?![\p{L}\p{N}])`
  + String.raw`[ ]?,?[ ]{1,3}(\p{L}[\p{L}-]*\.?)`,
  'gu',
);

/** Lower-case words inside street names (folded: "à" is "a", "lès" is "les"). */
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'a', 'aux', 'au', 'sur', 'sous', 'en', 'et', 'lez']);
const BOX_WORDS = new Set(['BP', 'CS', 'TSA', 'CEDEX', 'Cedex']);
const NAME_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'-]*/uy;
const MAX_NAME_TOKENS = 8;

const SEP = String.raw`(?:[ ]*,[ ]*|[ ]+-[ ]+|[ ]*\r?\n[ \t]*|[ ]+)`;
const BOX = String.raw`(?:B\.?[ ]?P\.?|CS|TSA|[Bb]o[iî]te[ ][Pp]ostale|BO[IÎ]TE[ ]POSTALE)[ ]?\d{1,6}(?!\d)`;
const LIEU_DIT_LINE = String.raw`[ \t]*\r?\n[ \t]*(?:[Ll]ieu-dit|LIEU-DIT|[Ll]ieu[ ]dit|LIEU[ ]DIT|LD)[ ]+\p{Lu}[^\n,]{0,36}`;
const COMMUNE_WORD = String.raw`(?!CEDEX|Cedex)\p{Lu}[\p{L}'-]*`;
const COMMUNE = String.raw`${COMMUNE_WORD}(?:[ ](?:(?:de|du|des|la|le|les|sur|sous|en|et|lès|lez|aux|au)[ ])?${COMMUNE_WORD}){0,5}`;
// Postcode: no French code starts with 00 or 99; the optional F- is an old international prefix.
const POSTCODE_LINE = String.raw`(?:F-|FR-)?(?:0[1-9]|[1-8]\d|9[0-8])\d{3}(?!\d)[ ]+(?<commune>${COMMUNE})(?:[ ]+(?:CEDEX|Cedex)(?:[ ]+\d{1,3}(?!\d))?)?`;

/** After a street name: [box] [lieu-dit line] postcode + commune [+ CEDEX n]. */
const STREET_TAIL = new RegExp(`(?:${SEP}${BOX})?(?:${LIEU_DIT_LINE})?${SEP}${POSTCODE_LINE}`, 'uy');
/** A box with its postcode line (an address even without a street line). */
const BOX_LINE = new RegExp(
  String.raw`[BCTb](?<![\p{L}\p{N}].)(?:(?<=B)\.?[ ]?P\.?|(?<=C)S|(?<=T)SA|(?<=b|B)o[iî]te[ ][Pp]ostale|(?<=B)O[IÎ]TE[ ]POSTALE)[ ]?\d{1,6}(?!\d)`
  + `${SEP}${POSTCODE_LINE}`,
  'gu',
);
/** Words that follow amounts and measures, never a commune (reference §1.15). */
const NOT_COMMUNE = /^(?:EUR|EUROS?|Euros?|HT|TTC|KM|Km|M2|KG|Kg|USD|GBP|CHF)$/;

interface NameRun { end: number; capitalised: boolean }

/** Reads the street name after the type: words, particles and short numbers up to a separator. */
function readName(text: string, pos: number): NameRun | undefined {
  type Tok = { start: number; end: number; kind: 'particle' | 'cap' | 'lower' | 'digits' };
  const toks: Tok[] = [];
  let p = pos;
  while (toks.length < MAX_NAME_TOKENS) {
    NAME_TOKEN.lastIndex = p;
    const m = NAME_TOKEN.exec(text);
    if (!m) break;
    let word = m[0];
    let end = p + word.length;
    let glued = false; // a trailing hyphen or apostrophe: the name does not go on with a space
    while (word.endsWith('-') || word.endsWith("'")) { word = word.slice(0, -1); end--; glued = true; }
    if (BOX_WORDS.has(word) && /^[ ]?\d/.test(text.slice(end, end + 2))) break;
    if (/^\d{5,}$/.test(word)) break;
    const bare = word.replace(/^[dlDL]'/, '');
    let kind: Tok['kind'];
    const particleCase = bare === bare.toLowerCase() || (bare.length > 1 && bare === bare.toUpperCase());
    if (particleCase && PARTICLES.has(foldForCompare(bare))) kind = 'particle';
    else if (/^\d{1,4}$/.test(bare)) kind = 'digits';
    else if (/^\d/.test(bare)) break;
    else kind = /^\p{Lu}/u.test(bare) ? 'cap' : 'lower';
    toks.push({ start: p, end, kind });
    if (glued) break;
    if (text[end] === ' ') { p = end + 1; continue; }
    if (text[end] === '.' && /^(?:St|Ste)$/.test(word) && text[end + 1] === ' ') { p = end + 2; continue; }
    break;
  }
  const first = toks.find((t) => t.kind !== 'particle');
  if (!first) return undefined;
  const capitalised = first.kind === 'cap' || first.kind === 'digits';
  let keep = toks;
  if (capitalised) {
    const lower = toks.findIndex((t) => t.kind === 'lower');
    if (lower >= 0) keep = toks.slice(0, lower);
  }
  for (;;) {
    const last = keep[keep.length - 1];
    if (!last || (last.kind !== 'particle' && last.kind !== 'digits')) break;
    // A year closes names like "avenue du 8 Mai 1945".
    if (last.kind === 'digits' && last.end - last.start === 4 && keep[keep.length - 2]?.kind === 'cap') break;
    keep = keep.slice(0, -1);
  }
  const lastTok = keep[keep.length - 1];
  if (!lastTok || !keep.some((t) => t.kind === 'cap' || t.kind === 'lower')) return undefined;
  return { end: lastTok.end, capitalised };
}

/** Postcode line (maybe after a box or lieu-dit line) right after `pos`; returns its end. */
function readTail(text: string, pos: number): number | undefined {
  STREET_TAIL.lastIndex = pos;
  const m = STREET_TAIL.exec(text);
  if (!m || NOT_COMMUNE.test(m.groups?.['commune']?.split(' ')[0] ?? '')) return undefined;
  return pos + m[0].length;
}

/** All French address candidates in `text`, sorted by start, not overlapping. */
export function findFrenchAddresses(text: string, types: StreetTypes): AddressMatch[] {
  const out: AddressMatch[] = [];
  STREET_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STREET_START.exec(text)) !== null) {
    const token = m[1] as string;
    const tokenEnd = m.index + m[0].length;
    const type = matchStreetType(types, token, text, tokenEnd);
    if (!type) continue;
    let p = type.end;
    if (text[p] !== ' ') continue;
    while (text[p] === ' ') p++;
    const name = readName(text, p);
    if (!name) continue;
    const tailEnd = readTail(text, name.end);
    let kind: AddressKind;
    let end: number;
    if (tailEnd !== undefined) { kind = 'full'; end = tailEnd; }
    else if (!name.capitalised) continue;
    else { kind = type.info.noun ? 'street-noun' : 'street'; end = name.end; }
    out.push({ start: extendOverComplements(text, m.index), end, kind });
    STREET_START.lastIndex = end;
  }
  BOX_LINE.lastIndex = 0;
  let covered = 0;
  const boxes: AddressMatch[] = [];
  while ((m = BOX_LINE.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    while (covered < out.length && (out[covered] as AddressMatch).end <= start) covered++;
    const c = out[covered];
    if (c && c.start <= start) continue; // already inside a street address
    if (NOT_COMMUNE.test(m.groups?.['commune']?.split(' ')[0] ?? '')) continue;
    boxes.push({ start, end, kind: 'box' });
  }
  return boxes.length ? [...out, ...boxes].sort((a, b) => a.start - b.start) : out;
}

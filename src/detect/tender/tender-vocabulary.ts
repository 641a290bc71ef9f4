// Words that make a text read as a tender document (reference §4.6), shared by the amount detector
// and the tender-context signal so that both always agree on what "tender context" means.
import { foldApostrophes, foldForCompare, LETTER_OR_DIGIT, onFirstUse, phraseSourceBuilder, rewriteUnits } from '../text.js';

/** One kind of evidence; several spellings (acronym, long form) count as one signal. */
interface SignalDef {
  /** Stable short name shown in reasons (`BPU`, `analyse des offres`…). */
  id: string;
  /** 2: a document of the offer or of its evaluation; 1: procedure vocabulary that also appears in public texts. */
  weight: 1 | 2;
}

/** Acronyms: matched case-sensitively (upper case), whole words, anywhere in the text. */
const ACRONYMS: Record<string, SignalDef> = {
  DCE: { id: 'DCE', weight: 2 },
  CCAP: { id: 'CCAP', weight: 2 },
  CCTP: { id: 'CCTP', weight: 2 },
  CCAG: { id: 'CCAG', weight: 1 },
  BPU: { id: 'BPU', weight: 2 },
  DQE: { id: 'DQE', weight: 2 },
  DPGF: { id: 'DPGF', weight: 2 },
  RAO: { id: 'analyse des offres', weight: 2 },
  CAO: { id: "commission d'appel d'offres", weight: 2 },
  OAB: { id: 'offre anormalement basse', weight: 2 },
  DUME: { id: 'DC1/DC2/DUME', weight: 2 },
  DC1: { id: 'DC1/DC2/DUME', weight: 2 },
  DC2: { id: 'DC1/DC2/DUME', weight: 2 },
  DC4: { id: 'DC4', weight: 2 },
  ATTRI1: { id: "acte d'engagement", weight: 2 },
  AAPC: { id: 'avis de marché', weight: 1 },
  DLRO: { id: 'remise des offres', weight: 2 },
  MAPA: { id: 'procédure adaptée', weight: 1 },
  AOO: { id: "appel d'offres", weight: 1 },
  BOAMP: { id: 'BOAMP/JOUE', weight: 1 },
  JOUE: { id: 'BOAMP/JOUE', weight: 1 },
  CPV: { id: 'CPV', weight: 1 },
  RFP: { id: 'RFP/ITT', weight: 1 },
  ITT: { id: 'RFP/ITT', weight: 1 },
  RFQ: { id: 'RFP/ITT', weight: 1 },
};

/**
 * Phrases, folded (lower case, no accents, `'` apostrophe); matched case- and accent-insensitively,
 * whole words, any run of spaces between words. A trailing `*` allows a plural `s`/`x`.
 */
const PHRASES: [string, SignalDef][] = [
  ['dossier de consultation des entreprises', ACRONYMS['DCE'] as SignalDef],
  ['reglement de la consultation', { id: 'règlement de la consultation', weight: 2 }],
  ['cahier des clauses administratives particulieres', ACRONYMS['CCAP'] as SignalDef],
  ['cahier des clauses techniques particulieres', ACRONYMS['CCTP'] as SignalDef],
  ['bordereau des prix unitaires', ACRONYMS['BPU'] as SignalDef],
  ['bordereau de prix unitaires', ACRONYMS['BPU'] as SignalDef],
  ['detail quantitatif estimatif', ACRONYMS['DQE'] as SignalDef],
  ['decomposition du prix global et forfaitaire', ACRONYMS['DPGF'] as SignalDef],
  ["acte d'engagement", { id: "acte d'engagement", weight: 2 }],
  ['memoire technique', { id: 'mémoire technique', weight: 2 }],
  ['memoires techniques', { id: 'mémoire technique', weight: 2 }],
  ['offre technique', { id: 'offre technique', weight: 2 }],
  ['offres techniques', { id: 'offre technique', weight: 2 }],
  ['offre financiere', { id: 'offre financière', weight: 2 }],
  ['offres financieres', { id: 'offre financière', weight: 2 }],
  ['prix unitaire', { id: 'prix unitaire', weight: 1 }],
  ['prix unitaires', { id: 'prix unitaire', weight: 1 }],
  ['analyse des offres', { id: 'analyse des offres', weight: 2 }],
  ['jugement des offres', { id: 'analyse des offres', weight: 2 }],
  ['classement des offres', { id: 'classement des offres', weight: 2 }],
  ['grille d\'analyse', { id: 'analyse des offres', weight: 2 }],
  ['criteres d\'attribution', { id: "critères d'attribution", weight: 1 }],
  ['critere prix', { id: 'notation', weight: 2 }],
  ['note prix', { id: 'notation', weight: 2 }],
  ['note technique', { id: 'notation', weight: 2 }],
  ['valeur technique', { id: 'notation', weight: 2 }],
  ["commission d'appel d'offres", ACRONYMS['CAO'] as SignalDef],
  ['ouverture des plis', { id: 'ouverture des plis', weight: 2 }],
  ['registre des depots', { id: 'ouverture des plis', weight: 2 }],
  ['offre anormalement basse', ACRONYMS['OAB'] as SignalDef],
  ['offres anormalement basses', ACRONYMS['OAB'] as SignalDef],
  ['soumissionnaire', { id: 'soumissionnaire', weight: 2 }],
  ['soumissionnaires', { id: 'soumissionnaire', weight: 2 }],
  ['candidat evince', { id: 'candidat évincé', weight: 2 }],
  ['candidats evinces', { id: 'candidat évincé', weight: 2 }],
  ['lettre de rejet', { id: 'candidat évincé', weight: 2 }],
  ['attributaire', { id: 'attributaire', weight: 1 }],
  ['attributaires', { id: 'attributaire', weight: 1 }],
  ['remise des offres', { id: 'remise des offres', weight: 2 }],
  ['depot des offres', { id: 'remise des offres', weight: 2 }],
  ['procedure adaptee', { id: 'procédure adaptée', weight: 1 }],
  ["appel d'offres", { id: "appel d'offres", weight: 1 }],
  ['dialogue competitif', { id: "appel d'offres", weight: 1 }],
  ['procedure negociee', { id: "appel d'offres", weight: 1 }],
  ["avis d'appel public a la concurrence", { id: 'avis de marché', weight: 1 }],
  ['avis de marche', { id: 'avis de marché', weight: 1 }],
  ['pouvoir adjudicateur', { id: 'pouvoir adjudicateur', weight: 1 }],
  ['accord-cadre', { id: 'accord-cadre', weight: 1 }],
  ['accords-cadres', { id: 'accord-cadre', weight: 1 }],
  ['marche subsequent', { id: 'accord-cadre', weight: 1 }],
  ['marche public', { id: 'marché public', weight: 1 }],
  ['marches publics', { id: 'marché public', weight: 1 }],
  ['code de la commande publique', { id: 'commande publique', weight: 1 }],
  ["profil d'acheteur", { id: "profil d'acheteur", weight: 1 }],
  ['invitation to tender', { id: 'RFP/ITT', weight: 1 }],
  ['request for proposals', { id: 'RFP/ITT', weight: 1 }],
  ['request for proposal', { id: 'RFP/ITT', weight: 1 }],
  ['bid evaluation', { id: 'bid evaluation', weight: 2 }],
  ['tender evaluation', { id: 'bid evaluation', weight: 2 }],
  ['evaluation of tenders', { id: 'bid evaluation', weight: 2 }],
  ['bidder', { id: 'bidder', weight: 2 }],
  ['bidders', { id: 'bidder', weight: 2 }],
  ['tenderer', { id: 'bidder', weight: 2 }],
  ['tenderers', { id: 'bidder', weight: 2 }],
  ['contracting authority', { id: 'contracting authority', weight: 1 }],
  ['award criteria', { id: "critères d'attribution", weight: 1 }],
  ['pricing schedule', { id: 'BPU', weight: 2 }],
];

/** Points at which a text reads as a tender document, and the minimum number of distinct signals. */
export const TENDER_MIN_POINTS = 4;
export const TENDER_MIN_SIGNALS = 2;

/** What the vocabulary scan found. */
export interface TenderEvidence {
  /** Distinct signal names, in order of first occurrence. */
  signals: string[];
  /** Sum of the signals' weights (each signal counted once). */
  points: number;
  /** True when the text reads as a tender document. */
  isTender: boolean;
}

/** Lookup key of a phrase or of a matched text: folded, hyphens as spaces, no space after `'`. */
const phraseKey = (s: string): string => foldApostrophes(foldForCompare(s))
  .replace(/[-\u2010-\u2015\s]+/g, ' ').replace(/' /g, "'");

/** The signal of each phrase, by phraseKey; made on the first phrase matched (most texts match none). */
let phraseByFold: Map<string, SignalDef> | undefined;

/**
 * Phrases and CPV codes are looked for in the first PHRASE_SCAN_LIMIT characters only (a tender
 * document names itself early; this bounds the cost on very long inputs); acronyms, which are cheap
 * to find, in the whole text.
 */
export const PHRASE_SCAN_LIMIT = 256_000;

/**
 * What a phrase letter matches, as one folding table over the text: every UTF-16 unit that a
 * case- and accent-insensitive (`iu`) match of the letter's accented class would accept becomes that
 * letter (`É` → `e`, `ſ` → `s`, Kelvin `K` → `k`), white space (`\s`) a space, `’` an apostrophe.
 * It maps one unit to one unit, so offsets in the folded text are offsets in the text, and phrases
 * become a plain ASCII alternation: V8 compiles that in well under a millisecond, where the
 * equivalent `giu` alternation of accented classes cost ~10 ms at every start-up. A test checks the
 * table against that `iu` regex on every BMP character.
 */
const FOLDED_LETTERS: Record<string, string> = {
  a: 'ÀÁÂÃÄàáâãä', c: 'Çç', e: 'ÈÉÊËèéêë', i: 'ÍÎÏíîï', n: 'Ññ', o: 'ÓÔÕÖóôõö', u: 'ÙÚÛÜùúûü', y: 'ÿŸ', s: 'ſ', k: '\u212a',
};
/** `\s` but the ASCII space (which stays as it is). */
const WHITE_SPACE = '\t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
let foldNonAscii: Map<number, number> | undefined;

/** The folded form of one UTF-16 unit: ASCII capitals, `\t`–`\r`, FOLDED_LETTERS, WHITE_SPACE, `‘` and `’`; others as they are. */
function foldUnit(c: number, nonAscii: Map<number, number>): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c >= 9 && c <= 13 ? 32 : c;
  return nonAscii.get(c) ?? c;
}

/** The text folded for phrase matching (same length, same offsets). */
export function foldForPhrases(text: string): string {
  const nonAscii = foldNonAscii ??= new Map([
    ...Object.entries(FOLDED_LETTERS).flatMap(([letter, forms]) => [...forms].map((f) => [f.charCodeAt(0), letter.charCodeAt(0)] as const)),
    ...[...WHITE_SPACE].filter((w) => w.charCodeAt(0) >= 128).map((w) => [w.charCodeAt(0), 32] as const),
    [0x2018, 39],
    [0x2019, 39],
  ]);
  return rewriteUnits(text, (units) => {
    for (let i = 0; i < units.length; i++) units[i] = foldUnit(units[i] as number, nonAscii);
    return units.length;
  });
}

const phraseOverFolded = phraseSourceBuilder({ ' ': ' +', "'": "' *", '-': '[-\u2010-\u2015 ]' });
/** Regex source of a folded phrase over folded text: a space is any run of white space, `'` may be followed by spaces, `-` is a hyphen, a dash or a space. */
function phraseSource(phrase: string): string {
  return phraseOverFolded(foldForCompare(phrase).trim());
}

/** The phrases, longest first (the order of the alternation: the first that matches wins). */
export const TENDER_PHRASES: readonly string[] = PHRASES.map(([p]) => p).sort((a, b) => b.length - a.length);

// Each built on first use, apart: a text with no phrase's leading word (mayMatchPhrase) never needs
// the phrase alternation. Boundaries are checked in code (a look-behind at every position is slow).
const acronymRegExp = onFirstUse(() => new RegExp(Object.keys(ACRONYMS).sort((a, b) => b.length - a.length).join('|'), 'g'));
// Matched on foldForPhrases(text). A CPV code (8 digits, check digit) is a strong procurement marker on its own.
const phraseRegExp = onFirstUse(() => new RegExp(`${TENDER_PHRASES.map(phraseSource).join('|')}|(?<cpv>\\d{8}-\\d)`, 'g'));

/**
 * A necessary condition for a match of the phrase alternation: a phrase's leading letters and digits
 * (a phrase match starts with them as written, in the folded text), or a digit, `-`, digit (the
 * middle of a CPV code). A text with none (most snippets) needs no phrase search, nor the ~1.5 ms
 * it takes V8 to compile the alternation.
 */
let leadingWords: readonly string[] | undefined;
function mayMatchPhrase(folded: string): boolean {
  leadingWords ??= [...new Set(TENDER_PHRASES.map((p) => /^[a-z0-9]*/.exec(foldForCompare(p).trim())?.[0] ?? ''))];
  if (leadingWords.some((w) => folded.includes(w))) return true;
  const digit = (i: number): boolean => { const c = folded.charCodeAt(i); return c >= 48 && c <= 57; };
  for (let i = folded.indexOf('-'); i >= 0; i = folded.indexOf('-', i + 1)) if (digit(i - 1) && digit(i + 1)) return true;
  return false;
}

let lastWindow: string | undefined;
let lastFolded = '';
/** foldForPhrases, remembered for the last window (a text is asked about twice: amounts, risk). */
function foldedWindow(window: string): string {
  if (window !== lastWindow) {
    lastFolded = foldForPhrases(window);
    lastWindow = window;
  }
  return lastFolded;
}

/**
 * Successive matches of the phrase alternation (or of a CPV code) in a window, as a `giu` regex of
 * accent-tolerant phrases would find them on the window itself (each search resumes at the end of
 * the previous match).
 */
export function* phraseMatches(window: string): Generator<{ start: number; end: number; cpv: boolean }> {
  const folded = foldedWindow(window);
  if (!mayMatchPhrase(folded)) return;
  const phrases = phraseRegExp();
  phrases.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = phrases.exec(folded)) !== null) yield { start: m.index, end: m.index + m[0].length, cpv: m.groups?.['cpv'] !== undefined };
}

/** Whole word (or whole code): no letter or digit right before or right after. */
function isWhole(text: string, start: number, end: number): boolean {
  return !LETTER_OR_DIGIT.test(text[start - 1] ?? ' ') && !LETTER_OR_DIGIT.test(text[end] ?? ' ');
}

/**
 * Scans a text for tender vocabulary. `stopWhenTender` ends the scan as soon as the text qualifies
 * (enough for a yes/no question); otherwise all distinct signals are collected.
 */
export function tenderEvidence(text: string, stopWhenTender = false): TenderEvidence {
  const acronyms = acronymRegExp();
  const seen = new Map<string, number>();
  let points = 0;
  const add = (def: SignalDef | undefined): boolean => {
    if (!def || seen.has(def.id)) return false;
    seen.set(def.id, def.weight);
    points += def.weight;
    return stopWhenTender && qualifies(points, seen.size);
  };
  let m: RegExpExecArray | null;
  acronyms.lastIndex = 0;
  while ((m = acronyms.exec(text)) !== null) {
    if (isWhole(text, m.index, m.index + m[0].length) && add(ACRONYMS[m[0]])) return result(seen, points);
  }
  const window = text.length > PHRASE_SCAN_LIMIT ? text.slice(0, PHRASE_SCAN_LIMIT) : text;
  for (const p of phraseMatches(window)) {
    if (!isWhole(window, p.start, p.end)) continue;
    const def = p.cpv ? CPV_SIGNAL : phraseDef(window.slice(p.start, p.end));
    if (add(def)) break;
  }
  return result(seen, points);
}

const CPV_SIGNAL: SignalDef = { id: 'CPV', weight: 1 };
const matchedDefs = new Map<string, SignalDef | undefined>();
/** The signal of a matched phrase (memoised: a text repeats the same few spellings). */
function phraseDef(matched: string): SignalDef | undefined {
  if (!matchedDefs.has(matched)) {
    if (matchedDefs.size > 1000) matchedDefs.clear();
    phraseByFold ??= new Map(PHRASES.map(([p, d]) => [phraseKey(p), d]));
    matchedDefs.set(matched, phraseByFold.get(phraseKey(matched)));
  }
  return matchedDefs.get(matched);
}

function result(seen: Map<string, number>, points: number): TenderEvidence {
  const signals = [...seen.keys()];
  return { signals, points, isTender: qualifies(points, signals.length) };
}

const qualifies = (points: number, distinct: number): boolean => points >= TENDER_MIN_POINTS && distinct >= TENDER_MIN_SIGNALS;

let lastText: string | undefined;
let lastResult = false;
/** Whether a text reads as a tender document (cached for the last text seen). */
export function isTenderText(text: string): boolean {
  if (text !== lastText) {
    lastResult = tenderEvidence(text, true).isTender;
    lastText = text;
  }
  return lastResult;
}

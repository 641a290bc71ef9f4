// The `person-names` detector: French and English person names from capitalised-word chains,
// name lists and cues (titles, greetings, labels, signatures), with one entity key per person.
import type { Candidate } from '../../types.js';
import type { DetectFn, DetectorFactory } from '../detector.js';
import {
  CAP_PARTICLES, CLOSING_BEFORE, GREETINGS, LABEL_BEFORE, LOWER_PARTICLES, ORG_LABEL_BEFORE, ORG_WORDS, TITLES, placeTypeBefore,
} from './cues.js';
import { foldWord, loadLexicon, type Lexicon, type LexiconFiles } from './lexicon.js';
import { tableNameCells } from './tables.js';
import { createTokenizer, tokenAt, wordAt, type Token, type Tokens, type Word } from './tokens.js';
import { APOSTROPHE } from '../text.js';

/** Confidence by kind of evidence (the engine drops candidates below 0.5). */
export const CONFIDENCE = {
  title: 0.9,
  firstAndSurname: 0.9,
  firstAndWord: 0.8,
  surnameThenFirst: 0.8,
  initialAndSurname: 0.8,
  labelledWords: 0.7,
  greeting: 0.85,
  chatHandle: 0.85,
  signature: 0.8,
  labelledFirst: 0.7,
  aloneOnLine: 0.65,
  coreference: 0.8,
  wordAndSurname: 0.6,
  firstInSentence: 0.55,
  tableCell: 0.85,
} as const;

/** One mention of a person before entity keys are assigned. */
export interface Mention {
  start: number;
  end: number;
  confidence: number;
  /** Folded first name(s), or an initial letter followed by '.' */
  first?: string;
  /** Folded surname without particles. */
  last?: string;
}

type Kind = 'title' | 'greeting' | 'org' | 'stop' | 'func' | 'particle' | 'initial' | 'first' | 'caps' | 'word';

interface Ctx {
  text: string;
  lex: Lexicon;
  /** Capitalised words: `tokens.start[i]`, `tokens.end[i]`, `wordAt(tokens, i)` (key, kind…). */
  tokens: Tokens<Kind>;
}

/** Kind of token `i`, or undefined out of range. */
const kindAt = (ctx: Ctx, i: number): Kind | undefined => wordAt(ctx.tokens, i)?.kind;

const BIRTH_NAME_BEFORE = /(?:^|[^a-z])(?:nee|epouse|ep\.|veuve|alias|monsieur|madame|mademoiselle|docteur|maitre)\s+$/;
// Words after which a lone surname is a person: maiden and married names, civilités written in lower case (chats).
const BIRTH_WORD = /(?:^|[^A-Za-zÀ-ÿ])(?:n[ée]e|[ée]pouse|[ée]p\.|veuve|alias|monsieur|madame|mademoiselle|docteur|ma[îi]tre) $/i;

/**
 * BIRTH_WORD on the 9 characters before `pos`. It is asked for nearly every capitalised word of
 * long prose, so the last two letters of its words are checked first, without slicing (lower-cased
 * by `| 0x20`, which maps É to é): a space, then e (née, épouse, veuve, madame, mademoiselle,
 * maître), '.' (ép.), s (alias) or r (monsieur, docteur), with the letter before it.
 */
function birthWordBefore(text: string, pos: number): boolean {
  if (pos < 4 || text.charCodeAt(pos - 1) !== 32) return false;
  const c2 = text.charCodeAt(pos - 2) | 0x20;
  const c3 = text.charCodeAt(pos - 3) | 0x20;
  const plausible = c2 === 0x65 /* e */ ? c3 === 0x65 || c3 === 0xe9 /* é */ || c3 === 0x73 || c3 === 0x76 || c3 === 0x6d || c3 === 0x6c || c3 === 0x72
    : c2 === 0x2e /* . */ ? c3 === 0x70 /* p */
      : c2 === 0x73 /* s */ ? c3 === 0x61 /* a */
        : c2 === 0x72 /* r */ && c3 === 0x75 /* u */;
  return plausible && BIRTH_WORD.test(text.slice(Math.max(0, pos - 9), pos));
}
const LIST_ITEMS = /(?:[a-z][a-z'. -]*, )+$/;
const PLACE_PREPOSITION = /(?:^|[^a-z])(?:a|au|aux|en|in|at|to|from|near|vers|sur|pour|via|de la ville de|ville de)\s*$/;
const PERSON_BEFORE = /(?:^|[^a-z])(?:avec|et|par|pour|chez|selon|contacter|appeler|voir|informer|prevenir|demander a|relancer|merci a|aupres de|with|and|by|for|ask|tell|call|thanks to|cc)\s+$/;
const PERSON_AFTER = /^,?\s+(?:a|est|va|doit|peut|sera|etait|avait|fait|dit|propose|confirme|souhaite|demande|rappelle|viendra|has|is|was|will|said|says|can|should|would|asked|confirmed|wants|et moi|and i)(?![a-z])/;
/**
 * The gap between two capitalised words of one name: one or two spaces, then lower-case particles
 * each followed by a space, then maybe d' (« Jean de la Fontaine », « Mme d'Arbaud »). Every
 * particle has at most five letters, so this is the former « [a-z]{1,5} words, each a particle »
 * test as one regex, without splitting the gap.
 */
const GAP_PARTICLES = new RegExp(`^ {1,2}(?:(?:${[...LOWER_PARTICLES].join('|')}) )*(?:d${APOSTROPHE})?$`);
// \u2022: • (see BUNDLE_CHARSET in src/build/bundle.mjs)
const LINE_START = /(?:^|\n)[ \t]*(?:[-*\u2022>]\s*)?(?:\[?\d{1,2}[:h]\d{2}(?::\d{2})?\]?\s*)?(?:\*\*)?$/;
const HANDLE_AFTER = /^(?:\*\*)?[ \t]*(?::|>|\]|\s-\s)/;


function classify(t: { key: string; initial: boolean; caps: boolean }, raw: string, lex: Lexicon): Kind {
  const k = t.key;
  if (TITLES.has(k.endsWith('.') ? k.slice(0, -1) : k)) return 'title';
  if (t.initial) return 'initial';
  if (ORG_WORDS.has(k)) return 'org';
  if (GREETINGS.has(k)) return 'greeting';
  const head = k.split('-')[0] ?? k;
  if (lex.stop.has(k) || head === 'saint' || head === 'sainte' || lex.stop.has(head)) return 'stop';
  if (CAP_PARTICLES.has(k)) return 'particle';
  if (lex.func.has(k)) return 'func';
  if (raw.length === 1) return 'func';
  if (isFirstName(k, lex) && !t.caps) return 'first';
  if (t.caps) return 'caps';
  return 'word';
}

/** A first name, or a compound of first names (Jean-Pierre, Marie-Noëlle). */
export function isFirstName(key: string, lex: Lexicon): boolean {
  if (lex.first.has(key)) return true;
  if (!key.includes('-')) return false;
  return key.split('-').every((p) => lex.first.has(p));
}

/** Folded text just before `pos` on the same line (at most `n` characters). */
function lineBefore(text: string, pos: number, n = 60): string {
  const from = Math.max(0, pos - n);
  let s = text.slice(from, pos);
  const nl = s.lastIndexOf('\n');
  if (nl >= 0) s = s.slice(nl + 1);
  return foldWord(s);
}

/**
 * ORG_LABEL_BEFORE.test(lineBefore(text, pos)). The label ends with ':', '=' or '-' and spaces, and
 * folding changes neither these nor spaces, so the last other character of the line is checked
 * first: most chains have none of these before them, and then no 60-character fold is needed.
 */
function orgLabelBefore(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 60);
  let i = pos - 1;
  while (i >= from && text.charCodeAt(i) !== 10 && SPACE.test(text.charAt(i))) i--;
  if (i < from || text.charCodeAt(i) === 10) return false;
  const c = text.charCodeAt(i);
  if (c !== 58 && c !== 61 && c !== 45) return false;
  return ORG_LABEL_BEFORE.test(lineBefore(text, pos));
}
const SPACE = /\s/;

function placeBefore(text: string, pos: number): boolean {
  return placeTypeBefore(text, Math.max(0, pos - 50), pos);
}

/** The title token right before `tokens[i]` (separated by one space, or '. '), if any. */
function titleBefore(ctx: Ctx, i: number, firstStart: number): Token | undefined {
  if (i < 1 || kindAt(ctx, i - 1) !== 'title') return undefined;
  const prev = tokenAt(ctx.tokens, i - 1);
  const gap = ctx.text.slice(prev.end, firstStart);
  return /^\.? {1,2}(?:(?:de|du|des|de la|van|von|d['\u2018\u2019]) ?)*$/.test(gap) && !/^\.? {1,2}(?:la|le) /.test(gap) ? prev : undefined;
}

/** Cheap test: can a chain without a title be a name under any rule of judgeCore? */
function promising(ctx: Ctx, core: number[], a: number): boolean {
  const { tokens, lex } = ctx;
  for (const i of core) {
    const x = kindAt(ctx, i);
    if (x === 'first' || x === 'initial' || (x === 'caps' && core.length > 1)) return true;
  }
  if (core.length === 1) {
    const start = tokens.start[a] as number;
    if (birthWordBefore(ctx.text, start)) return true;
    const prev = wordAt(tokens, a - 1);
    return prev !== undefined && GREETINGS.has(prev.key) && start - (tokens.end[a - 1] as number) <= 3;
  }
  for (let j = 1; j < core.length; j++) if (lex.surnames.has(wordAt(tokens, core[j] as number)?.key ?? '')) return true;
  return false;
}

/** Turns a run of linked tokens [a, b] into zero or one mention. */
function judgeChain(ctx: Ctx, a: number, b: number, out: Mention[]): void {
  const { tokens, text } = ctx;
  // Trim what cannot begin or end a name.
  while (a <= b && (kindAt(ctx, a) === 'func' || kindAt(ctx, a) === 'particle' && a === b)) a++;
  while (b >= a && (kindAt(ctx, b) === 'particle' || kindAt(ctx, b) === 'func')) b--;
  if (a > b) return;
  const core: number[] = [];
  for (let i = a; i <= b; i++) if (kindAt(ctx, i) !== 'particle') core.push(i);
  if (core.length === 0 || core.length > 5) return;
  const firstStart = tokens.start[a] as number;
  // Leading particles written in lower case before the first token belong to the name after a title.
  const title = titleBefore(ctx, a, firstStart);
  let start = firstStart;
  if (title) {
    const gap = text.slice(title.end, firstStart);
    const lead = gap.replace(/^\.? {1,2}/, '');
    start = firstStart - lead.length;
  }
  const n = core.length;
  if (!title && !promising(ctx, core, a)) return;
  // Without a title, a lone initial (« article R. 2123-1 ») is never a name (judgeCore drops it).
  if (!title && n === 1) {
    const only = kindAt(ctx, core[0] as number);
    if (only !== 'caps' && only !== 'word' && only !== 'first') return;
  }
  // Costlier checks of the surroundings run only for chains that may be a name.
  if (placeBefore(text, title ? title.start : start)) return;
  if (!title && orgLabelBefore(text, start)) return;
  const end = tokens.end[b] as number;
  const k = core.map((i) => kindAt(ctx, i) as Kind);
  const t = core.map((i) => tokenAt(tokens, i));
  const surnameOf = (from: number, to: number): string =>
    t.slice(from, to).map((x) => x.key).join(' ');
  const push = (confidence: number, firstName: string | undefined, lastName: string | undefined, s = start, e = end): void => {
    const m: Mention = { start: s, end: e, confidence };
    if (firstName) m.first = firstName;
    if (lastName) m.last = lastName;
    out.push(m);
  };
  if (title) {
    if (k.some((x) => x === 'func')) return;
    if (k[0] === 'first' && n >= 2) { push(CONFIDENCE.title, t[0]?.key, surnameOf(1, n)); return; }
    if (n >= 2 && k[n - 1] === 'first' && k[0] === 'caps') { push(CONFIDENCE.title, t[n - 1]?.key, surnameOf(0, n - 1)); return; }
    if (k[0] === 'initial' && n >= 2) { push(CONFIDENCE.title, t[0]?.key, surnameOf(1, n)); return; }
    push(CONFIDENCE.title, undefined, surnameOf(0, n));
    return;
  }
  // Without a title, a leading unknown word before a first name is a sentence-start word (« Hier Pierre Dupont »).
  let f = 0;
  while (f < n - 1 && k[f] === 'word' && !ctx.lex.surnames.has(t[f]?.key ?? '') && k.slice(f + 1).includes('first')) f++;
  if (f > 0) {
    const s2 = (t[f] as Token).start;
    if (placeBefore(text, s2)) return;
    judgeCore(ctx, k.slice(f), t.slice(f), s2, end, out);
    return;
  }
  judgeCore(ctx, k, t, start, end, out);
}

function judgeCore(ctx: Ctx, k: Kind[], t: Token[], start: number, end: number, out: Mention[]): void {
  const { text, lex } = ctx;
  const n = k.length;
  const push = (confidence: number, firstName: string | undefined, lastName: string | undefined): void => {
    const m: Mention = { start, end, confidence };
    if (firstName) m.first = firstName;
    if (lastName) m.last = lastName;
    out.push(m);
  };
  const sur = (from: number, to: number): string => t.slice(from, to).map((x) => x.key).join(' ');
  const nameish = (x: Kind): boolean => x === 'word' || x === 'caps' || x === 'first';
  if (n >= 2) {
    // First name(s) then surname: « Jean Dupont », « Jean-Luc de Montcalm-Gozon », « Claire D. »
    if (k[0] === 'first') {
      let j = 1;
      while (j < n - 1 && k[j] === 'first' && !lex.surnames.has(t[j]?.key ?? '')) j++;
      const rest = k.slice(j);
      if (rest.every(nameish)) {
        const strong = rest.some((x) => x === 'caps') || rest.every((_, i) => lex.surnames.has(t[j + i]?.key ?? '') || k[j + i] === 'first');
        push(strong ? CONFIDENCE.firstAndSurname : CONFIDENCE.firstAndWord, sur(0, j), sur(j, n));
        return;
      }
      if (n === 2 && k[1] === 'initial') { push(CONFIDENCE.initialAndSurname, t[0]?.key, t[1]?.key); return; }
    }
    // Surname in capitals then first name: « DUPONT Jean », « LE MINH Erwan »
    if (k[n - 1] === 'first' && k.slice(0, n - 1).every((x) => x === 'caps')) {
      push(CONFIDENCE.surnameThenFirst, t[n - 1]?.key, sur(0, n - 1));
      return;
    }
    // Initials then surname: « J. Dupont », « J.-P. Martin »
    if (k[0] === 'initial' && n === 2 && nameish(k[1] as Kind)) {
      push(CONFIDENCE.initialAndSurname, t[0]?.key, sur(1, 2));
      return;
    }
    // Known surname then first name: « Dupont Jean »
    if (n === 2 && k[1] === 'first' && k[0] === 'word' && lex.surnames.has(t[0]?.key ?? '')) {
      push(CONFIDENCE.surnameThenFirst - 0.1, t[1]?.key, sur(0, 1));
      return;
    }
    // Unknown words with a known surname or one in capitals, after a label or inside a sentence:
    // « Référent : Niamh WARD », « Participants : João Ferreira, Wojciech Kowalski »
    if (n <= 3 && k.every(nameish) && !k.every((x) => x === 'caps') && k.some((x, i) => i > 0 && (x === 'caps' || lex.surnames.has(t[i]?.key ?? '')))) {
      const before = lineBefore(text, start).replace(LIST_ITEMS, '');
      if (LABEL_BEFORE.test(before)) push(CONFIDENCE.labelledWords, undefined, sur(n - 1, n));
      else if (n === 2 && k[1] === 'word' && !lex.surnames.has(t[0]?.key ?? '') && !sentenceStart(text, start)) push(CONFIDENCE.wordAndSurname, undefined, sur(1, 2));
    }
    return;
  }
  // A single word.
  const only = t[0] as Token;
  // Only a first name or another word can be a name on its own (an initial, « R. », cannot): no
  // need to fold the line before it.
  if (k[0] !== 'caps' && k[0] !== 'word' && k[0] !== 'first') return;
  const before = lineBefore(text, start);
  // A maiden or married name: « Mme Marie MARTIN née DURAND », « épouse Benali »
  if ((k[0] === 'caps' || k[0] === 'word') && BIRTH_NAME_BEFORE.test(before)) { push(CONFIDENCE.title, undefined, only.key); return; }
  if (k[0] !== 'first' && k[0] !== 'word') return;
  const after = text.slice(end, end + 4);
  const greet = /([a-z]+)[ \t]*,?[ \t]*$/.exec(before);
  if (greet && GREETINGS.has(greet[1] ?? '') && (k[0] === 'first' || /^[ \t]*[,!]/.test(after))) {
    push(k[0] === 'first' ? CONFIDENCE.greeting : CONFIDENCE.labelledFirst, only.key, undefined);
    return;
  }
  if (k[0] !== 'first') return;
  if (LINE_START.test(text.slice(Math.max(0, start - 24), start)) && HANDLE_AFTER.test(text.slice(end, end + 5))) {
    push(CONFIDENCE.chatHandle, only.key, undefined);
    return;
  }
  const lineAlone = /^[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 3)) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, start - 8), start));
  if (lineAlone) {
    const closing = CLOSING_BEFORE.test(foldWord(text.slice(Math.max(0, start - 40), start)));
    push(closing ? CONFIDENCE.signature : CONFIDENCE.aloneOnLine, only.key, undefined);
    return;
  }
  if (LABEL_BEFORE.test(before) && /[:>]\s*$/.test(before)) { push(CONFIDENCE.labelledFirst, only.key, undefined); return; }
  // A known first name inside a sentence (« Lundi, Pierre a vu Marie »), unless it names a place (« à Florence »).
  // Only next to a word that usually introduces or follows a person (« avec Karim », « Karim a dit »).
  if (!sentenceStart(text, start) && !PLACE_PREPOSITION.test(before)
    && (PERSON_BEFORE.test(before) || PERSON_AFTER.test(foldWord(text.slice(end, end + 14))))) {
    push(CONFIDENCE.firstInSentence, only.key, undefined);
  }
}

/** True when only spaces separate `pos` from the start of the text, a line, or a sentence. */
function sentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text.charAt(i) === ' ' || text.charAt(i) === '\t' || text.charAt(i) === '«' || text.charAt(i) === '"' || text.charAt(i) === '(')) i--;
  if (i < 0) return true;
  const c = text.charAt(i);
  return c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === ';' || c === '-' || c === '*' || c === '•' || c === '|' || c === '>' || c === '#';
}

const tokenizers = new WeakMap<Lexicon, ReturnType<typeof createTokenizer<Kind>>>();
function tokenizerFor(lex: Lexicon): ReturnType<typeof createTokenizer<Kind>> {
  let t = tokenizers.get(lex);
  if (!t) {
    t = createTokenizer<Kind>((raw, info) => classify(info, raw, lex),
      // Function and stop words never take part in a name; a particle before a lower-case word neither.
      (kind, beforeLower) => kind === 'func' || kind === 'stop' || (beforeLower && kind === 'particle'));
    tokenizers.set(lex, t);
  }
  return t;
}

/** Finds chains of linked capitalised tokens and judges each. */
export function findMentions(text: string, lex: Lexicon): { mentions: Mention[]; ctx: Ctx } {
  const tokens = tokenizerFor(lex)(text);
  const ctx: Ctx = { text, lex, tokens };
  const { start: starts, end: ends, word: ids, dict, count } = tokens;
  // Kind of token i (undefined out of range), read straight from the arrays.
  const kindOf = (i: number): Kind | undefined => (i >= 0 && i < count ? (dict[ids[i] as number] as Word<Kind>).kind : undefined);
  const mentions: Mention[] = [];
  let a = 0;
  let orgBefore = false;
  const breaks = (x: Kind | undefined): boolean => x === 'stop' || x === 'title' || x === 'org' || x === 'greeting';
  for (let i = 0; i < count; i++) {
    const curStart = starts[i] as number;
    const curEnd = ends[i] as number;
    const kind = kindOf(i) as Kind;
    const nextKind = kindOf(i + 1);
    const gap = i + 1 < count ? (starts[i + 1] as number) - curEnd : 99;
    const joined = gap === 1 ? text.charCodeAt(curEnd) === 32
      : gap <= 14 && text.charCodeAt(curEnd) === 32 && GAP_PARTICLES.test(text.slice(curEnd, curEnd + gap));
    if (breaks(kind)) { orgBefore = kind === 'org' && joined; a = i + 1; continue; }
    const linked = joined && !breaks(nextKind);
    if (!linked) {
      // A run joined to an organisation word on either side is part of that organisation's name.
      // A lone unknown word or acronym is judged only after a title or a greeting (cheap exit).
      const prevKind = kindOf(i - 1);
      const lone = a === i && kind !== 'first' && kind !== 'initial' && prevKind !== 'title' && prevKind !== 'greeting'
        && !birthWordBefore(text, curStart);
      if (!lone && !orgBefore && !(joined && nextKind === 'org')) judgeChain(ctx, a, i, mentions);
      orgBefore = false;
      a = i + 1;
    }
  }
  return { mentions, ctx };
}

const PARTICLE_BEFORE_LAST = /(?:^|\s)(?:(?:de|du|des|la|le|van|von|der|den|da|di|del) |d')\S+$/iu;
const PARTICLE_LEAD = /(?:^|[ (\n])((?:(?:de|du|des|la|le|van|von|der|den|da|di|del) )+|d')$/iu;

/** Adds later (and earlier) mentions of an already-found surname or first name on their own. */
function coreference(ctx: Ctx, mentions: Mention[]): void {
  const { tokens, text } = ctx;
  // core surname token → surname key, and whether the name writes a particle before it
  const lastNames = new Map<string, { last: string; particle: boolean }>();
  const firstNames = new Set<string>();
  for (const m of mentions) {
    if (m.last) {
      const particle = PARTICLE_BEFORE_LAST.test(text.slice(m.start, m.end));
      for (const part of m.last.split(' ')) if (!CAP_PARTICLES.has(part) && part.length >= 3 && !part.endsWith('.')) lastNames.set(part, { last: m.last, particle });
    }
    if (m.first && !m.first.endsWith('.')) for (const part of m.first.split(' ')) firstNames.add(part);
  }
  if (lastNames.size === 0 && firstNames.size === 0) return;
  // Mentions sorted by start; tokens come in order, so one moving pointer tells what is covered.
  const spans = [...mentions].sort((x, y) => x.start - y.start);
  let p = 0;
  const covered = (s: number, e: number): boolean => {
    while (p < spans.length && (spans[p] as Mention).end <= s) p++;
    for (let q = p; q < spans.length && (spans[q] as Mention).start < e; q++) if ((spans[q] as Mention).end > s) return true;
    return false;
  };
  for (let i = 0; i < tokens.count; i++) {
    const word = wordAt(tokens, i) as Word<Kind>;
    const kind = word.kind;
    if (kind === 'title' || kind === 'greeting' || kind === 'org' || kind === 'stop' || kind === 'func' || kind === 'initial' || kind === 'particle') continue;
    const asLast = lastNames.get(word.key);
    const asFirst = kind === 'first' && firstNames.has(word.key);
    if (!asLast && !asFirst) continue;
    const tk = tokenAt(tokens, i);
    if (covered(tk.start, tk.end)) continue;
    // Take in particles written before the surname (« de Villeneuve-Bargemon », « Le Minh »).
    let start = tk.start;
    if (asLast) {
      const lead = PARTICLE_LEAD.exec(text.slice(Math.max(0, start - 12), start));
      if (lead?.[1] && asLast.particle) start -= lead[1].length;
    }
    if (placeBefore(text, start)) continue;
    const m: Mention = { start, end: tk.end, confidence: CONFIDENCE.coreference };
    if (asLast) m.last = asLast.last; else m.first = tk.key;
    mentions.push(m);
  }
}

const stripParticles = (s: string): string => s.split(' ').filter((w) => !CAP_PARTICLES.has(w) && !LOWER_PARTICLES.has(w)).join(' ');

/**
 * Gives every mention an entity key so that « Jean Dupont », « M. Dupont » and « Dupont » share one
 * placeholder, while « Jean Dupont » and « Marie Dupont » stay two people. A surname alone goes to
 * the only person with that surname, else to the nearest one before it; a first name alone to the
 * only person with that first name.
 */
export function assignKeys(mentions: Mention[]): Candidate[] {
  // Full mentions (first name and surname) grouped by surname without particles and by first
  // name, in text order, so that a lone surname or first name looks only at its namesakes (the
  // former scan of every full mention for every lone one was quadratic in long documents).
  const full = mentions.filter((m) => m.first && m.last && !m.first.endsWith('.'));
  const strippedLast = new Map<Mention, string>();
  const byLast = new Map<string, Mention[]>();
  const byFirst = new Map<string, Mention[]>();
  for (const p of full) {
    const last = stripParticles(p.last ?? '');
    strippedLast.set(p, last);
    const l = byLast.get(last);
    if (l) l.push(p); else byLast.set(last, [p]);
    const first = p.first as string;
    const f = byFirst.get(first);
    if (f) f.push(p); else byFirst.set(first, [p]);
  }
  const keyOf = (m: Mention): string => `${strippedLast.get(m) ?? stripParticles(m.last ?? '')}|${m.first ?? ''}`;
  const out: Candidate[] = [];
  for (const m of mentions) {
    let key: string;
    if (m.first && m.last && !m.first.endsWith('.')) key = keyOf(m);
    else if (m.last) {
      const last = stripParticles(m.last);
      const initial = m.first?.charAt(0);
      const same = (byLast.get(last) ?? []).filter((p) => !initial || p.first?.startsWith(initial));
      const firsts = new Set(same.map((p) => p.first));
      if (firsts.size === 1) key = keyOf(same[0] as Mention);
      else if (same.length > 0) {
        const before = same.filter((p) => p.start < m.start);
        key = keyOf((before[before.length - 1] ?? same[0]) as Mention);
      } else key = `${last}|${m.first ?? ''}`;
    } else {
      const same = m.first === undefined ? [] : byFirst.get(m.first) ?? [];
      const lasts = new Set(same.map((p) => strippedLast.get(p)));
      key = lasts.size === 1 ? keyOf(same[0] as Mention) : `|${m.first ?? ''}`;
    }
    out.push({ start: m.start, end: m.end, confidence: m.confidence, entityKey: key });
  }
  return out;
}

/** Removes mentions overlapping a better one (kept: higher confidence, then longer). */
function dedupe(mentions: Mention[]): Mention[] {
  const byStart = [...mentions].sort((x, y) => x.start - y.start);
  const kept: Mention[] = [];
  // Overlapping mentions form small groups; within a group, the best ones are taken greedily.
  for (let i = 0; i < byStart.length;) {
    let j = i + 1;
    let end = (byStart[i] as Mention).end;
    while (j < byStart.length && (byStart[j] as Mention).start < end) { end = Math.max(end, (byStart[j] as Mention).end); j++; }
    // Most mentions overlap no other: kept as they are, without sorting a group of one.
    if (j === i + 1) { kept.push(byStart[i] as Mention); i = j; continue; }
    const group = byStart.slice(i, j).sort((x, y) => y.confidence - x.confidence || (y.end - y.start) - (x.end - x.start));
    const chosen: Mention[] = [];
    for (const m of group) if (!chosen.some((k) => k.start < m.end && m.start < k.end)) chosen.push(m);
    kept.push(...chosen.sort((x, y) => x.start - y.start));
    i = j;
  }
  return kept;
}

/** Runs the whole detector on normalised text with a loaded lexicon (exported for tests and tools). */
export function detectPersons(text: string, lex: Lexicon): Candidate[] {
  const { mentions, ctx } = findMentions(text, lex);
  mentions.push(...tableNameCells(text, lex));
  const unique = dedupe(mentions);
  if (unique.length > 0) coreference(ctx, unique);
  return assignKeys(dedupe(unique));
}

export const personNamesDetector: DetectorFactory = (rule, env) => {
  const options = (rule.options ?? {}) as LexiconFiles & Record<string, unknown>;
  for (const [k, v] of Object.entries(options)) {
    if (!['firstNames', 'surnames', 'stopWords', 'functionWords'].includes(k)) throw new Error(`field "options.${k}": unknown option of the person-names detector`);
    if (typeof v !== 'string') throw new Error(`field "options.${k}": expected a data file path`);
  }
  if (!options.firstNames) throw new Error('field "options.firstNames": the person-names detector needs a first-name list');
  let lex: Lexicon | undefined;
  const detect: DetectFn = (text) => {
    lex ??= loadLexicon(options, env.readData, env.readDataBytes);
    return detectPersons(text, lex);
  };
  return detect;
};


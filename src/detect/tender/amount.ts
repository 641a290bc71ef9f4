// The `tender-amount` detector: money amounts (prices, totals, estimates), only in tender documents.
import type { Candidate, RuleSpec } from '../../types.js';
import type { DetectFn, DetectorFactory } from '../detector.js';
import { isTenderText } from './tender-vocabulary.js';
import { WORD_CHAR, WORD_CHARS } from '../text.js';

// Every regex below starts on a rare literal (a currency, HT/TTC, a colon, a decimal comma): V8 tries
// a pattern at every position, and one that starts on a digit is several times slower on long prose.
// The number before the anchor is then read backwards on a short slice.

/** The end of a short slice: a French or plain number (`12 450,00`, `1.250.000`, `45,5`) and a multiplier. */
const NUM_BEFORE = /(?<num>\d+(?:[ .]\d{3})*(?:,\d{1,2})?)(?<mult> ?(?:Md|[kKM]|millions?|milliards?)(?: d')?)? ?$/u;
/**
 * Units after a number, each found with `indexOf` (a single-literal scan is many times faster than
 * a regex alternation on long prose): [literal, is a currency].
 */
const UNITS: readonly (readonly [string, boolean])[] = [
  ['€', true], ['EUR', true], ['uro', true], ['HT', false], ['TTC', false], ['H.T', false], ['T.T.C', false],
];
const MULTIPLIER_END = "kKMds'";
const EN_NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:[ .]\d{3})*(?:[.,]\d{1,2})?`;
/** Currencies written before the number (`€ 12 450`, `EUR 1,250,000.00`, `£45,000`), then the number (sticky). */
const CURRENCIES_FIRST = ['€', 'EUR', 'GBP', 'USD', '£', '$'] as const;
const NUM_AFTER_CURRENCY = new RegExp(String.raw` ?(?:${EN_NUM})(?![\d,.]?\d)`, 'uy');
/** A price label ending a short slice before a colon: `Prix unitaire HT :`, `Montant total =`. */
const LABEL_BEFORE = new RegExp(String.raw`(?<![${WORD_CHARS}])(?:montant|prix|total|pu|estimation|enveloppe|offre|price|amount)(?![${WORD_CHARS}])[^\d\n:=]{0,40}$`, 'iu');
/** The bare number after the colon (sticky). */
const NUM_AFTER = /[ \t]*(\d+(?:[ .]\d{3})*(?:,\d{1,2})?)(?![\d,.]?\d|\s?(?:%|[a-zA-Zµ²³°]))/uy;
/** The decimal part of a money-formatted table cell (`| 12 450,00 |`); the integer part is read backwards. */
const CELL_DECIMALS = /,\d\d(?![\d,.]?\d)/gu;
const CELL_INT_BEFORE = /(?:^|[^\d ,.])[ ]*(\d{1,3}(?: \d{3})*|\d+)$/u;

const NON_ZERO = /[1-9]/;

/** True when the character before `at` may precede a number (not a letter, digit, `_`, or a digit group). */
function numberStartsAt(text: string, at: number): boolean {
  const c = text[at - 1];
  if (c === undefined) return true;
  if (c === '_' || WORD_CHAR.test(c)) return false;
  return !((c === ',' || c === '.') && /\d/.test(text[at - 2] ?? ''));
}

const SEPARATORS = ['|', '\t', ';'] as const;
/** A header cell naming a money column (and not a score, a rate or a quantity); \u20AC: € (see BUNDLE_CHARSET in src/build/bundle.mjs). */
const MONEY_HEADER = /prix|montant|\u20AC|\b(?:eur|euros?|ht|ttc|price|amount|cost|co[uû]t|total|sous-total|offre)\b/iu;
const NOT_MONEY_HEADER = /note|rang|\/\s*\d|%|quantit|qt[ée]|unit[ée]\b|coef|poids|pond[ée]ration|score|rank|weight/iu;

const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;
function lineEnd(text: string, at: number): number {
  const i = text.indexOf('\n', at);
  return i < 0 ? text.length : i;
}

/**
 * True when the number at [start, end) is a whole cell of a table (`|`, tab or `;` separated) whose
 * column header names money (« Prix unitaire HT », « Montant », « € »…). The header is the first
 * line of the block of lines that use the same separator.
 */
function isMoneyCell(text: string, start: number, end: number): boolean {
  const ls = lineStart(text, start);
  const le = lineEnd(text, end);
  const line = text.slice(ls, le);
  const sep = SEPARATORS.find((c) => line.includes(c));
  if (!sep) return false;
  const before = text.slice(ls, start);
  const after = text.slice(end, le);
  const left = before.replace(/ +$/, '');
  const right = after.replace(/^ +/, '');
  if (!(left === '' || left.endsWith(sep)) || !(right === '' || right.startsWith(sep) || right === '\r')) return false;
  let hs = ls;
  while (hs > 0) {
    const prev = lineStart(text, hs - 1);
    if (!text.slice(prev, hs - 1).includes(sep)) break;
    hs = prev;
  }
  if (hs === ls) return false;
  const header = text.slice(hs, lineEnd(text, hs)).split(sep);
  const cell = header[before.split(sep).length - 1];
  return cell !== undefined && MONEY_HEADER.test(cell) && !NOT_MONEY_HEADER.test(cell);
}

export interface AmountOptions {
  /** false: amounts are reported but left in the redacted copy (config `tender.amounts: report`). */
  redact?: boolean;
}

/** Finds amounts in a text that reads as a tender document (see tender-vocabulary.ts); else nothing. */
export function findAmounts(text: string, base: number, redact: boolean): Candidate[] {
  if (!isTenderText(text)) return [];
  const out: Candidate[] = [];
  const push = (start: number, end: number, confidence: number): void => {
    if (!NON_ZERO.test(text.slice(start, end))) return;
    const c: Candidate = { start, end, confidence };
    if (!redact) c.redact = false;
    out.push(c);
  };
  for (const [unit, isCurrency] of UNITS) {
    for (let hit = text.indexOf(unit); hit >= 0; hit = text.indexOf(unit, hit + 1)) {
      let at = hit;
      let end = at + unit.length;
      // `euro(s)` is found from `uro`: a literal starting with a rarer letter scans faster.
      if (unit === 'uro') { if (text[at - 1] !== 'e' && text[at - 1] !== 'E') continue; at--; if (text[end] === 's') end++; }
      else if (unit === 'H.T' || unit === 'T.T.C') { if (text[end] === '.') end++; }
      if (WORD_CHAR.test(text[end] ?? ' ') || (unit !== '€' && WORD_CHAR.test(text[at - 1] ?? ' '))) continue;
      // Cheap test first: a digit (or the last letter of a multiplier: k€, M€, Md€, millions d'euros) just before.
      const prev = text[at - 1] === ' ' ? text[at - 2] : text[at - 1];
      if (prev === undefined || !((prev >= '0' && prev <= '9') || (isCurrency && MULTIPLIER_END.includes(prev)))) continue;
      const from = Math.max(0, at - 40);
      const n = NUM_BEFORE.exec(text.slice(from, at));
      if (!n?.groups) continue;
      const start = from + n.index;
      if (!numberStartsAt(text, start)) continue;
      push(start, isCurrency ? end : start + (n.groups['num'] ?? '').length, Math.min(1, base + 0.1));
    }
  }
  for (const cur of CURRENCIES_FIRST) {
    for (let at = text.indexOf(cur); at >= 0; at = text.indexOf(cur, at + 1)) {
      if (cur.length === 3 && WORD_CHAR.test(text[at - 1] ?? ' ')) continue;
      NUM_AFTER_CURRENCY.lastIndex = at + cur.length;
      const n = NUM_AFTER_CURRENCY.exec(text);
      if (n) push(at, n.index + n[0].length, Math.min(1, base + 0.1));
    }
  }
  for (const sep of [':', '=']) {
    for (let at = text.indexOf(sep); at >= 0; at = text.indexOf(sep, at + 1)) {
      if (!LABEL_BEFORE.test(text.slice(Math.max(0, at - 56), at))) continue;
      NUM_AFTER.lastIndex = at + 1;
      const n = NUM_AFTER.exec(text);
      const num = n?.[1];
      if (n && num) push(n.index + n[0].length - num.length, n.index + n[0].length, base);
    }
  }
  if (text.includes('|') || text.includes('\t') || text.includes(';')) {
    for (const m of text.matchAll(CELL_DECIMALS)) {
      const from = Math.max(0, m.index - 16);
      const n = CELL_INT_BEFORE.exec(text.slice(from, m.index));
      const int = n?.[1];
      if (!int) continue;
      const start = m.index - int.length;
      if (isMoneyCell(text, start, m.index + m[0].length)) push(start, m.index + m[0].length, base - 0.1);
    }
  }
  return dedupe(out);
}

/** Keeps one candidate per stretch of text: the longest, then the most confident. */
function dedupe(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || b.confidence - a.confidence);
  const out: Candidate[] = [];
  for (const c of cands) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) continue;
    out.push(c);
  }
  return out;
}

export const tenderAmountDetector: DetectorFactory = (rule) => {
  const opts = (rule.options ?? {}) as AmountOptions;
  if (opts.redact !== undefined && typeof opts.redact !== 'boolean') throw new Error('field "options.redact": must be true or false');
  for (const k of Object.keys(rule.options ?? {})) if (k !== 'redact') throw new Error(`field "options.${k}": unknown option of the tender-amount detector`);
  const base = rule.confidence ?? 0.8;
  const redact = opts.redact !== false;
  const detect: DetectFn = (text) => findAmounts(text, base, redact);
  return detect;
};

/** `.caviard.yaml` `tender.amounts`: redact (default), report without redacting, or off. */
export type TenderAmountsMode = 'redact' | 'report' | 'off';

/** The spec fields a `tender.amounts` setting changes on a rule of detector `tender-amount`. */
export function tenderAmountsOverride(mode: TenderAmountsMode | undefined, spec: RuleSpec): Partial<RuleSpec> {
  if (spec.detector !== 'tender-amount' || mode === undefined || mode === 'redact') return {};
  if (mode === 'off') return { enabled: false };
  return { options: { ...spec.options, redact: false } };
}

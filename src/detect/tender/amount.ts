// The `tender-amount` detector: money amounts (prices, totals, estimates), only in tender documents.
import type { Candidate } from '../../types.js';
import type { DetectFn, DetectorFactory } from '../detector.js';
import { isTenderText } from './tender-vocabulary.js';

// A French or plain number: `12 450,00`, `1.250.000`, `45,5`, `1250000`. The first digit is consumed
// before the boundary look-behind (fast on long prose); a number never starts inside another one.
const FR_NUM = String.raw`\d(?<![\p{L}\p{N}_]\d)(?<![\d,.] \d)(?<![\d ][.,]\d)(?:\d*(?:[ .]\d{3})+|\d*)(?:,\d{1,2})?`;
const EN_NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?`;
const TAX = String.raw`\s?(?:HT|TTC|H\.T\.?|T\.T\.C\.?)(?![\p{L}\p{N}])`;
/** What may not follow a bare number (labelled or table amounts): percentages, units, dates. */
const NOT_UNIT = String.raw`(?![\d,.]?\d|\s?(?:%|[a-zA-Zµ²³°]))`;

/** Number followed by a currency (span: number + currency) or by HT/TTC alone (span: number). */
const SUFFIXED = new RegExp(
  String.raw`(?<num>${FR_NUM})(?:(?<cur>\s?(?:Md|[kKM])?€|\s?(?:millions?|milliards?|[kKM])\s?(?:d'euros|€|EUR)(?![\p{L}])|\s?(?:EUR|[Ee]uros?)(?![\p{L}]))(?:${TAX})?|${TAX})`,
  'gu',
);
/** Currency first: `€ 12 450`, `EUR 1,250,000.00`, `£45,000`. */
const PREFIXED = new RegExp(String.raw`(?:€|EUR|GBP|USD|£|\$)(?<![\p{L}\p{N}](?:EUR|GBP|USD))\s?(?:${EN_NUM}|${FR_NUM})(?![\d,.]?\d)`, 'gu');
/** A price label, a colon, a bare number: `Prix unitaire HT : 45,50`, `Montant total : 12 000`. */
const LABELLED = new RegExp(
  String.raw`(?:[Mm]ontant|MONTANT|[Pp]rix|PRIX|[Tt]otal|TOTAL|PU|[Ee]stimation|ESTIMATION|[Ee]nveloppe|[Oo]ffre|OFFRE|[Pp]rice|PRICE|[Aa]mount)(?![\p{L}\p{N}])[^\d\n:=]{0,40}[:=]\s*(?<num>${FR_NUM})${NOT_UNIT}`,
  'gu',
);
/** A money-formatted cell of a table (`| 12 450,00 |`, tab- or semicolon-separated). */
const CELL = new RegExp(String.raw`(?<num>\d(?<![\p{L}\p{N}_]\d)(?<![\d,.] \d)\d{0,2}(?: \d{3})*,\d{2})(?![\d,.]?\d)`, 'gu');

const isCellEdge = (c: string | undefined): boolean => c === undefined || c === '|' || c === '\t' || c === ';' || c === '\n' || c === '\r';

/** True when the number at [start, end) is a whole table cell: only spaces up to a separator each side. */
function isCell(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (text[i] === ' ') i--;
  let j = end;
  while (text[j] === ' ') j++;
  const left = i < 0 ? undefined : text[i];
  const right = j >= text.length ? undefined : text[j];
  if (!isCellEdge(left) || !isCellEdge(right)) return false;
  // At least one real cell separator on the line (a lone number on its own line is not a table cell).
  return left === '|' || left === '\t' || left === ';' || right === '|' || right === '\t' || right === ';';
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
    const c: Candidate = { start, end, confidence };
    if (!redact) c.redact = false;
    out.push(c);
  };
  for (const m of text.matchAll(SUFFIXED)) {
    const num = m.groups?.['num'] ?? '';
    const cur = m.groups?.['cur'];
    if (!/[1-9]/.test(num)) continue;
    push(m.index, m.index + num.length + (cur?.length ?? 0), Math.min(1, base + 0.1));
  }
  for (const m of text.matchAll(PREFIXED)) push(m.index, m.index + m[0].length, Math.min(1, base + 0.1));
  for (const m of text.matchAll(LABELLED)) {
    if (m.index > 0 && /[\p{L}\p{N}]/u.test(text[m.index - 1] as string)) continue;
    const num = m.groups?.['num'] ?? '';
    push(m.index + m[0].length - num.length, m.index + m[0].length, base);
  }
  for (const m of text.matchAll(CELL)) {
    if (isCell(text, m.index, m.index + m[0].length)) push(m.index, m.index + m[0].length, base - 0.1);
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

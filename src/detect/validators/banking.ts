// Validators of the contact and banking packs: clé RIB, payment cards (IIN + Luhn), BIC, IBAN layout, phones.
import { ibanTools, luhnOk } from './checksums.js';
import type { ValidatorFactory } from './index.js';
import { WORD_CHARS } from '../text.js';

// ---------------------------------------------------------------- RIB (reference §1.6)

/** RIB letter table (not the IBAN one): A,J→1 B,K,S→2 … I,R,Z→9. */
const RIB_LETTERS = ['', 'AJ', 'BKS', 'CLT', 'DMU', 'ENV', 'FOW', 'GPX', 'HQY', 'IRZ'];

function ribDigits(account: string): string {
  let out = '';
  for (const c of account) {
    if (c >= '0' && c <= '9') { out += c; continue; }
    const v = RIB_LETTERS.findIndex((g) => g.includes(c));
    out += v > 0 ? String(v) : '?';
  }
  return out;
}

/** Clé RIB = 97 − ((89 × bank + 15 × branch + 3 × account) mod 97); null when a part is malformed. */
export function ribKey(bank: string, branch: string, account: string): number | null {
  if (!/^\d{5}$/.test(bank) || !/^\d{5}$/.test(branch) || !/^[0-9A-Z]{11}$/.test(account)) return null;
  const acc = ribDigits(account);
  if (acc.includes('?')) return null;
  return 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(acc)) % 97n);
}

/** Full RIB check on the 23 characters bank(5) + branch(5) + account(11) + key(2). */
export function ribOk(s: string): boolean {
  const m = /^(\d{5})(\d{5})([0-9A-Z]{11})(\d{2})$/.exec(s);
  if (!m) return false;
  const [, bank, branch, account, key] = m as unknown as [string, string, string, string, string];
  if (/^0+$/.test(bank + branch) || /^0+$/.test(account)) return false;
  return ribKey(bank, branch, account) === Number(key);
}

/**
 * The RIB parts of a candidate, in order: the runs of letters/digits that contain a digit (labels
 * such as "Code guichet" or "N°" between the parts are skipped). Null unless exactly 5/5/11/2.
 */
export function ribParts(value: string): string | null {
  const runs = (value.toUpperCase().match(/[0-9A-Z]+/g) ?? []).filter((r) => /\d/.test(r));
  if (runs.length !== 4) return null;
  const [a, b, c, d] = runs as [string, string, string, string];
  if (a.length !== 5 || b.length !== 5 || c.length !== 11 || d.length !== 2) return null;
  return a + b + c + d;
}

// ---------------------------------------------------------------- Payment cards (reference §2.1)

/** One issuer range: IIN prefixes as [low, high] over the first `digits` digits, allowed lengths. */
interface CardNetwork { name: string; digits: number; low: number; high: number; lengths: readonly number[] }

const r16to19 = [16, 17, 18, 19] as const;
/** Issuer identification ranges (ISO/IEC 7812 as published by the networks). */
export const CARD_NETWORKS: readonly CardNetwork[] = [
  { name: 'visa', digits: 1, low: 4, high: 4, lengths: [13, 16, 19] },
  { name: 'mastercard', digits: 2, low: 51, high: 55, lengths: [16] },
  { name: 'mastercard', digits: 4, low: 2221, high: 2720, lengths: [16] },
  { name: 'amex', digits: 2, low: 34, high: 34, lengths: [15] },
  { name: 'amex', digits: 2, low: 37, high: 37, lengths: [15] },
  { name: 'discover', digits: 4, low: 6011, high: 6011, lengths: r16to19 },
  { name: 'discover', digits: 3, low: 644, high: 649, lengths: r16to19 },
  { name: 'discover', digits: 2, low: 65, high: 65, lengths: r16to19 },
  { name: 'jcb', digits: 4, low: 3528, high: 3589, lengths: r16to19 },
  { name: 'diners', digits: 3, low: 300, high: 305, lengths: [14, ...r16to19] },
  { name: 'diners', digits: 2, low: 36, high: 36, lengths: [14, ...r16to19] },
  { name: 'diners', digits: 2, low: 38, high: 39, lengths: [16, 17, 18, 19] },
  { name: 'unionpay', digits: 2, low: 62, high: 62, lengths: r16to19 },
  { name: 'maestro', digits: 4, low: 5018, high: 5018, lengths: r16to19 },
  { name: 'maestro', digits: 4, low: 5020, high: 5020, lengths: r16to19 },
  { name: 'maestro', digits: 4, low: 5038, high: 5038, lengths: r16to19 },
  { name: 'maestro', digits: 4, low: 6304, high: 6304, lengths: r16to19 },
  { name: 'maestro', digits: 4, low: 6759, high: 6759, lengths: r16to19 },
  { name: 'maestro', digits: 4, low: 6761, high: 6763, lengths: r16to19 },
  { name: 'mir', digits: 4, low: 2200, high: 2204, lengths: r16to19 },
];

/** The card network of a digit string by IIN and length, or undefined. */
export function cardNetwork(d: string): string | undefined {
  for (const n of CARD_NETWORKS) {
    const p = Number(d.slice(0, n.digits));
    if (p >= n.low && p <= n.high && n.lengths.includes(d.length)) return n.name;
  }
  return undefined;
}

/** Card number check: 13–19 digits, a known IIN range with its length, Luhn, not degenerate. */
export function cardOk(d: string): boolean {
  if (!/^\d{13,19}$/.test(d)) return false;
  if (/^(\d)\1+$/.test(d)) return false;
  return cardNetwork(d) !== undefined && luhnOk(d);
}

// ---------------------------------------------------------------- BIC (reference §1.8)

/**
 * Upper-case words of 8 or 11 letters that have the shape of a BIC with a real country code in
 * positions 5–6 (DOCU·ME·NT: ME is Montenegro). Headings and shouted words, French and English.
 */
const BIC_SHAPED_WORDS = new Set([
  'DOCUMENT', 'DOCUMENTS', 'CONTRATS', 'CONTRACT', 'COMMANDE', 'FACTURES', 'ADRESSES', 'BANCAIRE',
  'PAIEMENT', 'VIREMENT', 'REGLEMENT', 'SIGNATURE', 'ANNEXES', 'TITULAIRE', 'RELEVE', 'DOMICILE',
  'ECHEANCE', 'MONTANTS', 'CONDITION', 'ARTICLES', 'GENERALE', 'GENERALES', 'PARTICULIER',
  'CANDIDAT', 'CANDIDATS', 'ATTRIBUE', 'TECHNIQUE', 'FINANCES', 'SERVICES', 'MINISTERE',
  'PREFECTURE', 'COMMUNES', 'DIRECTION', 'DIRECTEUR', 'PRESIDENT', 'RESPONSABLE', 'PERSONNEL',
  'CONTACTS', 'TELEPHONE', 'REFERENCE', 'REFERENCES', 'IMPORTANT', 'URGENTES', 'CONFIDENTIEL',
  'ACCOUNTS', 'PAYMENTS', 'TRANSFER', 'TRANSFERS', 'BANKNOTE', 'BUSINESS', 'CUSTOMER', 'CUSTOMERS',
  'DELIVERY', 'SCHEDULE', 'STANDARD', 'SECURITE', 'SECURITY', 'PASSPORT', 'COMPLETE', 'COMPLETED',
  'FEATURES', 'PROGRAMME', 'PRESENTE', 'PRESENTES', 'INTERNAL', 'INTERNET', 'ETABLISSEMENT',
  'HABITANT', 'HABITANTS', 'ASSURANCE', 'MUTUELLE', 'EMPLOYEUR', 'CERTIFIE', 'ATTESTATION',
  'AVENANTS', 'AVENANT', 'OPERATION', 'OPERATIONS', 'NUMEROTE', 'COORDONNEES', 'ENTREPRISE',
  'SOCIETES', 'ORGANISME', 'BENEFICIAIRE', 'DOMICILIATION', 'INTITULE', 'IDENTITE', 'IDENTIFIANT',
]);

/** BIC (ISO 9362): 8 or 11 characters, ISO 3166 country (ibantools), not a BIC-shaped word. */
export function bicOk(s: string): boolean {
  if (!/^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/.test(s)) return false;
  if (BIC_SHAPED_WORDS.has(s)) return false;
  const lib = ibanTools();
  return lib.isValidBIC(s) && lib.extractBIC(s).valid;
}

/** A BIC/SWIFT label, then only punctuation, line breaks or label words up to the candidate ("Code BIC / SWIFT : "). */
const NOT_WORD_CHARS = new RegExp(`[^${WORD_CHARS}]`, 'gu');
const BIC_LABEL_BEFORE = new RegExp(`(?<![${WORD_CHARS}])(?:BIC|SWIFT)(?![${WORD_CHARS}])(?:[^${WORD_CHARS}]|BIC|SWIFT|code)*$`, 'iu');
/** The end of an IBAN-shaped token, then a short gap (", " or " (") up to the candidate. */
const IBAN_BEFORE = new RegExp(String.raw`[A-Z]{2}\d\d(?:[ .\-]?[0-9A-Z]){10,30}[^${WORD_CHARS}\n]{1,4}$`, 'iu');

/**
 * A BIC must sit right after its label (BIC, SWIFT, code BIC, SWIFT/BIC…) or right after an IBAN:
 * a label a few words earlier proves nothing about the next upper-case word (MONTPELLIER).
 */
export function bicPositionOk(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return BIC_LABEL_BEFORE.test(before.slice(-24)) || IBAN_BEFORE.test(before);
}

// ---------------------------------------------------------------- Phones (reference §1.9)

/**
 * ITU-T E.164 country calling codes with the national significant number length range
 * [min, max] where it is fixed (or well bounded); other assigned codes use the generic 6–12.
 */
const CC_LENGTHS: Record<string, readonly [number, number]> = {
  1: [10, 10], 7: [10, 10], 20: [8, 10], 27: [9, 9], 30: [10, 10], 31: [9, 9], 32: [8, 9], 33: [9, 9],
  34: [9, 9], 36: [8, 9], 39: [6, 11], 40: [9, 9], 41: [9, 9], 43: [4, 13], 44: [9, 10], 45: [8, 8],
  46: [7, 13], 47: [8, 8], 48: [9, 9], 49: [6, 13], 51: [8, 9], 52: [10, 10], 53: [8, 8], 54: [10, 11],
  55: [10, 11], 56: [9, 9], 57: [10, 10], 58: [10, 10], 60: [7, 10], 61: [9, 9], 62: [7, 12],
  63: [8, 10], 64: [8, 10], 65: [8, 8], 66: [8, 9], 81: [9, 10], 82: [8, 10], 84: [9, 10],
  86: [10, 11], 90: [10, 10], 91: [10, 10], 92: [9, 10], 93: [9, 9], 94: [9, 9], 95: [7, 10],
  98: [10, 10], 212: [9, 9], 213: [9, 9], 216: [8, 8], 221: [9, 9], 225: [10, 10], 237: [9, 9],
  262: [9, 9], 351: [9, 9], 352: [4, 11], 353: [7, 9], 354: [7, 9], 358: [5, 12], 359: [8, 9],
  370: [8, 8], 371: [8, 8], 372: [7, 8], 377: [8, 9], 380: [9, 9], 385: [8, 9], 386: [8, 8],
  420: [9, 9], 421: [9, 9], 508: [6, 6], 590: [9, 9], 594: [9, 9], 596: [9, 9], 681: [6, 6],
  687: [6, 6], 689: [8, 8], 852: [8, 8], 886: [8, 9], 961: [7, 8], 971: [8, 9], 972: [8, 9],
};

/** Assigned country calling codes (ITU-T E.164 list), 1–3 digits; the set is prefix-free. */
const CC_ASSIGNED = new Set([
  ...Object.keys(CC_LENGTHS),
  ...'211 218 220 222 223 224 226 227 228 229 230 231 232 233 234 235 236 238 239 240 241 242 243 244 245 246 247 248 249 250 251 252 253 254 255 256 257 258 260 261 263 264 265 266 267 268 269 290 291 297 298 299 350 355 356 357 373 374 375 376 378 379 381 382 383 387 389 423 500 501 502 503 504 505 506 507 509 591 592 593 595 597 598 599 670 672 673 674 675 676 677 678 679 680 682 683 685 686 688 690 691 692 850 853 855 856 880 960 962 963 964 965 966 967 968 970 973 974 975 976 977 992 993 994 995 996 998'.split(' '),
]);

/** Splits an international number's digits into a country code and national number, or null. */
export function splitCountryCode(digits: string): { cc: string; nsn: string } | null {
  for (let n = 1; n <= 3; n++) {
    const cc = digits.slice(0, n);
    if (CC_ASSIGNED.has(cc)) return { cc, nsn: digits.slice(n) };
  }
  return null;
}

/** North American numbering plan: NXX NXX XXXX, area code not N11, exchange not N11. */
export function nanpOk(nsn: string): boolean {
  return /^[2-9]\d{2}[2-9]\d{6}$/.test(nsn) && !/^.11/.test(nsn) && !/^\d{3}.11/.test(nsn);
}

/**
 * An international number (`+CC …`): assigned country code, national number length of that
 * country (6–12 elsewhere), NANP structure for +1, at most 15 digits (E.164), not degenerate.
 * A `(0)` trunk prefix written inside the number is ignored.
 */
export function intlPhoneOk(value: string): boolean {
  const digits = value.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 15) return false;
  const split = splitCountryCode(digits);
  if (!split) return false;
  const { cc, nsn } = split;
  const [min, max] = CC_LENGTHS[cc] ?? [6, 12];
  if (nsn.length < min || nsn.length > max) return false;
  if (cc === '1' && !nanpOk(nsn)) return false;
  return !/^(\d)\1+$/.test(nsn);
}

/**
 * A phone number that is not a placeholder or a list: its last 8 digits are not one repeated digit
 * (01 00 00 00 00, 06 11 11 11 11), and its last five pairs do not count up (lot 01 02 03 04 05).
 */
export function phoneNotDegenerate(value: string): boolean {
  // The last 10 digits, read backwards with no regex (this runs on every phone candidate).
  const d: number[] = [];
  for (let i = value.length - 1; i >= 0 && d.length < 10; i--) {
    const c = value.charCodeAt(i) - 48;
    if (c >= 0 && c <= 9) d.push(c);
  }
  let same = true;
  for (let i = 1; i < Math.min(8, d.length); i++) if (d[i] !== d[0]) { same = false; break; }
  if (same && d.length >= 6) return false;
  if (d.length < 10) return true;
  // pairs from the end: (d[1]d[0]), (d[3]d[2])… counting up by one towards the end
  for (let k = 0; k < 4; k++) {
    const later = (d[2 * k + 1] as number) * 10 + (d[2 * k] as number);
    const earlier = (d[2 * k + 3] as number) * 10 + (d[2 * k + 2] as number);
    if (later !== earlier + 1) return true;
  }
  return false;
}

// ---------------------------------------------------------------- Registry

const canon = (s: string): string => s.replace(NOT_WORD_CHARS, '').toUpperCase();

export const bankingValidators: Record<string, ValidatorFactory> = {
  /** Clé RIB over the four parts of a candidate (labels between the parts are ignored). */
  'rib-key': () => ({ value }) => {
    const parts = ribParts(value);
    return parts !== null && ribOk(parts);
  },
  /** Payment card: IIN range and length of a network, Luhn, not a run of one digit. */
  card: () => ({ value }) => cardOk(value.replace(/\D/g, '')),
  /** BIC: format, ISO 3166 country code, not an upper-case word. */
  bic: () => ({ value }) => bicOk(canon(value)),
  /** BIC right after its label or right after an IBAN. */
  'bic-position': () => ({ text, start }) => bicPositionOk(text, start),
  /** At most `arg` (default 1) line breaks inside the value: a PDF-wrapped IBAN, never a table. */
  'max-line-breaks': (arg) => {
    const max = arg === undefined ? 1 : Number(arg);
    if (!Number.isInteger(max) || max < 0) throw new Error(`max-line-breaks: bad argument "${arg}"`);
    return ({ value }) => (value.match(/\n/g)?.length ?? 0) <= max;
  },
  /** International phone number: country code, national length, NANP structure for +1. */
  'phone-intl': () => ({ value }) => intlPhoneOk(value),
  /** North American national number (NXX NXX XXXX). */
  nanp: () => ({ value }) => nanpOk(value.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '')),
  /** Rejects placeholder phone numbers whose last 8 digits are one repeated digit. */
  'phone-not-degenerate': () => ({ value }) => phoneNotDegenerate(value),
};

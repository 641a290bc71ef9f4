// Validators of French identifiers and personal documents (reference §1.1–1.5, §1.10–1.13, §1.16).
import { luhnOk, nirKey, nirOk } from './checksums.js';
import { foldForCompare, LATIN_LETTERS, WORD_CHARS } from '../text.js';
import type { Validator, ValidatorFactory, ValidatorInput } from './index.js';

// ---------------------------------------------------------------------------------------------
// Checksums and structure (inputs: canonical form, letters and digits only, upper-case)

/** SIREN: 9 digits, Luhn, not one repeated digit (000000000 passes Luhn). */
export function sirenOk(s: string): boolean {
  return /^\d{9}$/.test(s) && !/^(\d)\1{8}$/.test(s) && luhnOk(s);
}

/** SIRET: Luhn on the 14 digits and on the SIREN part; La Poste (356000000…): digit sum % 5 == 0. */
export function siretOk(s: string): boolean {
  if (!/^\d{14}$/.test(s) || !sirenOk(s.slice(0, 9))) return false;
  if (luhnOk(s)) return true;
  return s.startsWith('356000000') && [...s].reduce((a, c) => a + Number(c), 0) % 5 === 0;
}

/** French VAT key of a SIREN: (12 + 3 × (SIREN mod 97)) mod 97. */
export function vatKey(siren: string): number {
  return (12 + 3 * (Number(siren) % 97)) % 97;
}

/**
 * French VAT number `FR` + 2-digit key + 9 digits. The 9 digits are a SIREN (Luhn) except for
 * Monaco-registered businesses (`000…`). Alphabetic keys are not validated here (see `vatShape`).
 */
export function vatOk(s: string): boolean {
  const m = /^FR(\d{2})(\d{9})$/.exec(s);
  if (!m) return false;
  const [, key, num] = m as unknown as [string, string, string];
  if (!num.startsWith('000') && !sirenOk(num)) return false;
  return Number(key) === vatKey(num);
}

/** Alphabetic-key French VAT shape: key of 2 characters from 0-9A-Z without I and O, at least one letter. */
export function vatAlphaShape(s: string): boolean {
  return /^FR(?=[0-9]?[A-HJ-NP-Z])[0-9A-HJ-NP-Z]{2}\d{9}$/.test(s);
}

/** VAT number shapes of the other EU member states (and GB, XI), after the 2-letter prefix. */
const EU_VAT_SHAPES: Record<string, RegExp> = {
  AT: /^U\d{8}$/, BE: /^[01]\d{9}$/, BG: /^\d{9,10}$/, CY: /^\d{8}[A-Z]$/, CZ: /^\d{8,10}$/, DE: /^\d{9}$/,
  DK: /^\d{8}$/, EE: /^\d{9}$/, EL: /^\d{9}$/, ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/, FI: /^\d{8}$/, HR: /^\d{11}$/,
  HU: /^\d{8}$/, IE: /^\d[A-Z0-9+*]\d{5}[A-Z]{1,2}$/, IT: /^\d{11}$/, LT: /^(?:\d{9}|\d{12})$/, LU: /^\d{8}$/,
  LV: /^\d{11}$/, MT: /^\d{8}$/, NL: /^\d{9}B\d{2}$/, PL: /^\d{10}$/, PT: /^\d{9}$/, RO: /^\d{2,10}$/,
  SE: /^\d{10}01$/, SI: /^\d{8}$/, SK: /^\d{10}$/, GB: /^(?:\d{9}|\d{12})$/, XI: /^(?:\d{9}|\d{12})$/,
};

/** Non-French EU VAT number (canonical, prefix included): the member state's shape, at least 2 digits. */
export function euVatShape(s: string): boolean {
  const re = EU_VAT_SHAPES[s.slice(0, 2)];
  const rest = s.slice(2);
  return !!re && re.test(rest) && !/^(\d)\1+$/.test(rest.replace(/\D/g, '') || 'x');
}

/** NIR structure with the permissive values of reference §1.1 (sex 1-4/7/8, pseudo-months). */
const NIR_PERMISSIVE = /^[1-478]\d{2}(?:0[1-9]|1[0-2]|[2-35-9]\d|4[0-2])(?:\d{2}|2[AB])\d{6}$/;
/** NIR structure accepted by the Assurance Maladie validator: sex 1/2, month 01–12. */
const NIR_STRICT = /^[12]\d{2}(?:0[1-9]|1[0-2])(?:\d{2}|2[AB])\d{6}$/;

/** Structure of the 13-character NIR body (no key). */
export function nirBodyOk(body: string, strict = false): boolean {
  if (!(strict ? NIR_STRICT : NIR_PERMISSIVE).test(body)) return false;
  // Place of birth: département 00 does not exist (91–96 are used for births in North Africa).
  return body.slice(5, 7) !== '00';
}

/** Numéro fiscal (SPI): 13 digits, first 0–3, last 3 digits = first 10 digits mod 511. */
export function nifOk(s: string): boolean {
  if (!/^[0-3]\d{12}$/.test(s)) return false;
  const head = Number(s.slice(0, 10));
  return head !== 0 && head % 511 === Number(s.slice(10));
}

/** ICAO 9303 check digit: weights 7, 3, 1; digits = value, A–Z = 10–35, `<` = 0. */
export function icaoCheckDigit(s: string): number {
  let t = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c === 60 ? 0 : c <= 57 ? c - 48 : c - 55;
    t += v * [7, 3, 1][i % 3]!;
  }
  return t % 10;
}

const icaoOk = (field: string, check: string): boolean => check === String(icaoCheckDigit(field));

/**
 * MRZ line check (canonical, `<` kept): TD1 line 1 `IDFRA` + document number + check digit;
 * TD3 (passport) line 2 document number + check, birth date + check, expiry + check;
 * old CNI line 2: 12-character card number + check digit, birth date + check.
 * A line 1 of a passport / old CNI (names only, no check digit) is accepted on its shape.
 */
export function mrzOk(line: string): boolean {
  if (/^IDFRA[A-Z0-9<]{25}$/.test(line)) return icaoOk(line.slice(5, 14), line.charAt(14));
  if (/^(?:IDFRA[A-Z<]|P<FRA)[A-Z<]{5,}/.test(line)) return /<</.test(line);
  const td3 = /^([A-Z0-9<]{9})(\d)FRA(\d{6})(\d)[MF<](\d{6})(\d)/.exec(line);
  if (td3) return icaoOk(td3[1]!, td3[2]!) && icaoOk(td3[3]!, td3[4]!) && icaoOk(td3[5]!, td3[6]!);
  const cni = /^(\d{4}[0-9A-Z]{3}\d{5})(\d)[A-Z<]{14}(\d{6})(\d)[MF]/.exec(line);
  if (cni) return icaoOk(cni[1]!, cni[2]!) && icaoOk(cni[3]!, cni[4]!);
  return false;
}

/** Old CNI number (12 characters): YYMM of issue (month 01–12) + 3-character office + 5-digit serial. */
export function oldCniOk(s: string): boolean {
  const m = /^\d{2}(\d{2})[0-9A-Z]{3}\d{5}$/.exec(s);
  if (!m) return false;
  const mm = Number(m[1]);
  return mm >= 1 && mm <= 12;
}

/**
 * A document number written after a label (CNIe, titre de séjour, driving licence, foreign
 * passport): 6–16 upper-case letters and digits, at least 2 digits, not one repeated character.
 */
export function documentNumberOk(s: string): boolean {
  if (!/^[0-9A-Z]{6,16}$/.test(s)) return false;
  if (/^(.)\1+$/.test(s)) return false;
  return (s.match(/\d/g) ?? []).length >= 2;
}

/** CNIe number: 9 characters, at least one letter and one digit. */
export function cnieOk(s: string): boolean {
  return /^(?=[0-9A-Z]*[A-Z])(?=[0-9A-Z]*\d)[0-9A-Z]{9}$/.test(s) && documentNumberOk(s);
}

/** SIV plate (canonical AB123CD): letters without I, O, U; neither pair is SS; number not 000. */
export function sivOk(s: string): boolean {
  const m = /^([A-HJ-NP-TV-Z]{2})(\d{3})([A-HJ-NP-TV-Z]{2})$/.exec(s);
  return !!m && m[1] !== 'SS' && m[3] !== 'SS' && m[2] !== '000';
}

// ---------------------------------------------------------------------------------------------
// Dates of birth

const MONTHS: Record<string, number> = {};
const addMonths = (n: number, ...names: string[]): void => { for (const x of names) MONTHS[x] = n; };
addMonths(1, 'janvier', 'janv', 'jan', 'january');
addMonths(2, 'fevrier', 'fevr', 'fev', 'feb', 'february');
addMonths(3, 'mars', 'mar', 'march');
addMonths(4, 'avril', 'avr', 'apr', 'april');
addMonths(5, 'mai', 'may');
addMonths(6, 'juin', 'jun', 'june');
addMonths(7, 'juillet', 'juil', 'jul', 'july');
addMonths(8, 'aout', 'aug', 'august');
addMonths(9, 'septembre', 'sept', 'sep', 'september');
addMonths(10, 'octobre', 'oct', 'october');
addMonths(11, 'novembre', 'nov', 'november');
addMonths(12, 'decembre', 'dec', 'december');


/** A parsed date; `twoDigitYear` when the year was written with 2 digits; `ambiguous` for n/n/yyyy. */
export interface ParsedDate { day: number; month: number; year: number; twoDigitYear: boolean; numeric: boolean }

/** Parses the date shapes of the DATE_OF_BIRTH rule (day-first numeric, ISO, textual FR/EN). */
export function parseDate(value: string): ParsedDate | null {
  const v = foldForCompare(value).trim();
  let m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(v);
  if (m) return { year: +m[1]!, month: +m[3]!, day: +m[4]!, twoDigitYear: false, numeric: true };
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/.exec(v);
  if (m) return { day: +m[1]!, month: +m[3]!, year: +m[4]!, twoDigitYear: m[4]!.length === 2, numeric: true };
  m = /^(\d{1,2})(?:er|st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{2}|\d{4})$/.exec(v);
  if (m && MONTHS[m[2]!]) return { day: +m[1]!, month: MONTHS[m[2]!]!, year: +m[3]!, twoDigitYear: m[3]!.length === 2, numeric: false };
  m = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(v);
  if (m && MONTHS[m[1]!]) return { day: +m[2]!, month: MONTHS[m[1]!]!, year: +m[3]!, twoDigitYear: false, numeric: false };
  return null;
}

/** Calendar check (leap years included). */
export function calendarOk(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const dim = [31, (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= dim[month - 1]!;
}

/**
 * Birth labels, matched on lower-cased text. The `keywords` of the DATE_OF_BIRTH rule must cover
 * every alternative: `naissance`, `ddn`, `d.d.n`, `dob`, `d.o.b`, `birth`, `born`, `né`, `nee`, `ne le`, `ne(e)`.
 */
const NE = String.raw`(?:née?|nee|né\s*\(e\)|ne\(e\)|née?\s*/\s*née?)`;
const BIRTH_LABEL_SRC = String.raw`(?:(?:date|jour)[\s_]*(?:et[\s_]+lieu[\s_]+)?(?:de[\s_]+)?naissance|lieu[\s_]+et[\s_]+date[\s_]+de[\s_]+naissance|ddn|d\.d\.n\.?|dob|d\.o\.b\.?|date[\s_]+of[\s_]+birth|birth[\s_]*date|birthday|born(?:[\s_]+on)?|${NE}(?:\s+[^\n\d;:.]{1,50}?(?:\s*\(\d{2,3}\))?)?\s*,?\s+le|ne le|${NE}\s*:)`;
/** Header cells of tables may also say just « Naissance » or « Né(e) le ». */
const HEADER_LABEL_SRC = String.raw`(?:${BIRTH_LABEL_SRC}|naissance|${NE})`;

/** Label then the gap allowed before the date (no digits, no sentence end), anchored at the end. */
const LABEL_BEFORE = new RegExp(String.raw`(?<![${WORD_CHARS}])(${BIRTH_LABEL_SRC})(?![${WORD_CHARS}])([^\n\d.;!?]{0,30}|[^\n\d;!?]{0,4})$`, 'u');
/** Words in the gap that show the date is about something else (« délivré le », « born since »). */
const GAP_VERB = new RegExp(String.raw`(?<![${LATIN_LETTERS}])(?:d[ée]livr|[ée]tabli|fait|sign[ée]|expir|valable|[ée]mis|modifi|mis à jour|depuis|avant|apr[èe]s|entre|issued|valid|updated|signed|since|before|after|between|until|from)`, 'u');
const HEADER_CELL = new RegExp(String.raw`^[\s"'\u2018\u2019*_#\[(]*${HEADER_LABEL_SRC}(?![${WORD_CHARS}])[^\d\n]{0,25}$`, 'u');
const ENGLISH_LABEL = /^(?:dob|d\.o\.b|date[\s_]+of|birth|born)/;
/** A line that is only a birth label (« Date de naissance : », « DOB »), for form layouts. */
const LABEL_LINE = new RegExp(String.raw`^[\s*_#|-]*${BIRTH_LABEL_SRC}[\s:*_]*$`, 'u');
/** Cheap test before the label regex: every label contains one of these. */
const LABEL_HINT = /naissance|ddn|d\.d\.n|dob|d\.o\.b|birth|born|né|nee|ne le|ne\(e\)/;

/** The label before a date on its line, if any: `{ english, gap }` (gap = characters between label and date). */
function labelBefore(text: string, start: number): { english: boolean; gap: number } | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let before = text.slice(Math.max(lineStart, start - 110), start).toLowerCase();
  // Form layout: the label alone on the line above, the date at the start of its own line.
  if (lineStart > 0 && /^[\s:|*_-]*$/.test(before)) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const prev = text.slice(Math.max(prevStart, lineStart - 80), lineStart - 1).replace(/\r$/, '').toLowerCase();
    if (LABEL_LINE.test(prev)) before = prev.replace(/[\s:*_]+$/, '') + ' : ';
  }
  if (!LABEL_HINT.test(before)) return null;
  const m = LABEL_BEFORE.exec(before);
  if (!m || GAP_VERB.test(m[2]!)) return null;
  return { english: ENGLISH_LABEL.test(m[1]!), gap: m[2]!.length };
}

const CELL_SEPARATORS = ['\t', '|', ';', ','] as const;

/** Index of the cell holding offset `pos` of a row. */
function cellIndex(row: string, sep: string, pos: number): number {
  let idx = 0;
  for (let i = 0; i < pos && i < row.length; i++) if (row[i] === sep) idx++;
  return idx;
}

/**
 * Tabular data: the date sits in a CSV/TSV/Markdown row whose column header (a line above, in the
 * same block of non-empty lines, with about as many cells, and without digits in that cell) is a
 * birth label.
 */
function headerLabel(text: string, start: number): { english: boolean } | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // Cheap exit for prose: no line above, or a blank one.
  if (lineStart === 0 || !/\S/.test(text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1))) return null;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = text.length;
  const row = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const sep = CELL_SEPARATORS.find((s) => row.includes(s));
  if (!sep) return null;
  const cellsInRow = row.split(sep).length;
  const col = cellIndex(row, sep, start - lineStart);
  // Walk up the rows of the same table (about as many cells), at most 200 lines.
  let end = lineStart - 1;
  for (let n = 0; n < 200 && end > 0; n++) {
    const s = text.lastIndexOf('\n', end - 1) + 1;
    const cells = text.slice(s, end).replace(/\r$/, '').split(sep);
    if (cells.length < 2 || Math.abs(cells.length - cellsInRow) > 1) return null;
    const cell = (cells[col] ?? '').toLowerCase();
    if (HEADER_CELL.test(cell)) return { english: /birth|dob|born/.test(cell) };
    end = s - 1;
  }
  return null;
}

/** Latest plausible birth year: the current year. Oldest: 125 years ago. */
const yearBounds = (): [number, number] => {
  const now = new Date().getFullYear();
  return [now - 125, now];
};

/**
 * DATE_OF_BIRTH validator: the value must be a real calendar date with a plausible birth year, and
 * be labelled as a birth date — by a label just before it on its line (« né le », « date de
 * naissance : », DOB, born on…), or by the header of its column in tabular data. Two-digit years
 * are accepted only right after the label. Month-first order (03/25/1985) only after an English label.
 */
export function dateOfBirthCheck({ value, text, start }: ValidatorInput): boolean {
  // The label first: most dates in a document are not labelled, and that test is the cheapest.
  const label = labelBefore(text, start);
  const header = label ? null : headerLabel(text, start);
  if (!label && !header) return false;
  const d = parseDate(value);
  if (!d) return false;
  let { year } = d;
  const [oldest, latest] = yearBounds();
  if (d.twoDigitYear) {
    if (!label || label.gap > 6) return false;
    year += 2000 + year > latest ? 1900 : 2000;
  }
  if (year < oldest || year > latest) return false;
  if (calendarOk(d.day, d.month, year)) return true;
  const english = label ? label.english : header!.english;
  return d.numeric && english && calendarOk(d.month, d.day, year);
}

// ---------------------------------------------------------------------------------------------
// Context helpers

// \u20AC: € (see BUNDLE_CHARSET in src/build/bundle.mjs)
const AMOUNT_AFTER = new RegExp(String.raw`^\s?(?:\u20AC|k\u20AC|m\u20AC|eur(?:os?)?|euros?|ht|ttc|%)(?![${WORD_CHARS}])`, 'iu');
const AMOUNT_BEFORE = /(?:\u20AC|eur)\s?$/i;

/** Rejects a number written as an amount: followed by €, EUR, euros, HT, TTC, % or preceded by €. */
export function notAmount({ text, start, end }: ValidatorInput): boolean {
  return !AMOUNT_AFTER.test(text.slice(end, end + 8)) && !AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 5), start));
}

/** ASCII letters and digits, upper-cased: these identifiers are ASCII (cheaper than a Unicode class). */
const asciiUpper = (s: string): string => s.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
const canonical = (f: (s: string) => boolean): ValidatorFactory => () => ({ value }) => f(asciiUpper(value));
const plain = (v: Validator): ValidatorFactory => () => v;

/** Canonical form of an MRZ line: keep `<`. */
const mrzCanonical = (s: string): string => s.replace(/[^0-9A-Za-z<]/g, '').toUpperCase();

export const frIdentifierValidators: Record<string, ValidatorFactory> = {
  siren: canonical(sirenOk),
  siret: canonical(siretOk),
  'fr-vat': canonical(vatOk),
  'fr-vat-alpha': canonical(vatAlphaShape),
  'eu-vat': () => ({ value }) => euVatShape(value.replace(/[^0-9A-Za-z+*]/g, '').toUpperCase()),
  /** `nir-body` (13 characters, permissive structure) or `nir-body:strict`. */
  'nir-body': (arg) => ({ value }) => nirBodyOk(asciiUpper(value), arg === 'strict'),
  /**
   * Full NIR (15 characters, the key possibly introduced by « clé »): structure and key must pass.
   * `nir:strict` keeps only the strict structure (sex 1/2, month 01–12), `nir:permissive` only the
   * values of incomplete civil-status records (pseudo-months, provisional sex digits); plain `nir`
   * keeps both, adding 0.1 for the strict structure and −0.25 for the permissive one.
   */
  /**
   * A labelled NIR whose key is wrong: strict structure (sex 1/2, month 01–12, a real
   * département), a possible key (01–97) that does not match. People mistype numbers; the value
   * still identifies a person (reference §0.1), so it is reported only next to a label.
   */
  'nir-wrong-key': () => ({ value }) => {
    let s = value.replace(/[ .\-,:]/g, '').toUpperCase();
    if (s.length > 15) s = s.replace(/CL[EÉ]|KEY/, '');
    if (!/^.{13}\d{2}$/.test(s) || !nirBodyOk(s.slice(0, 13), true) || s.slice(5, 7) === '00') return false;
    const key = Number(s.slice(13));
    return key >= 1 && key <= 97 && !nirOk(s);
  },
  nir: (arg) => ({ value }) => {
    let s = value.replace(/[ .\-,:]/g, '').toUpperCase();
    if (s.length > 15) s = s.replace(/CL[EÉ]|KEY/, '');
    if (!nirOk(s) || s.slice(5, 7) === '00') return false;
    const strict = nirBodyOk(s.slice(0, 13), true);
    if (arg === 'strict') return strict;
    if (arg === 'permissive') return !strict;
    return strict ? 0.1 : -0.25;
  },
  'fr-tax-id': canonical(nifOk),
  'mrz': () => ({ value }) => mrzOk(mrzCanonical(value)),
  'old-cni': canonical(oldCniOk),
  'cnie': canonical(cnieOk),
  /** CNIe (9 characters) or old CNI (12 characters) number. */
  'id-card': canonical((s) => cnieOk(s) || oldCniOk(s)),
  'document-number': canonical(documentNumberOk),
  'siv-plate': canonical(sivOk),
  'date-of-birth': plain(dateOfBirthCheck),
  'not-amount': plain(notAmount),
};

/** Re-exported for tests: the NIR key algorithm lives in checksums.ts. */
export { nirKey };

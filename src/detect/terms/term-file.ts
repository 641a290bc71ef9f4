// Reads organisation term lists: plain text (one term a line) or YAML (terms with type/severity).
import { createRequire } from 'node:module';
import type jsYaml from 'js-yaml';
import { SEVERITIES, type Severity } from '../../types.js';
import { foldedLength, foldLinesToBuffer, type FoldedTerms } from './fold.js';

/** One term as written in a term list, with optional per-term overrides. */
export interface TermEntry {
  term: string;
  type?: string;
  severity?: Severity;
  blocking?: boolean;
  /** 1-based line in the file (for messages). */
  line: number;
}

/**
 * A parsed list. `folded`, when the reader made it (plain lists), holds entry i's folded form at
 * index i; a plain list's terms have no type, severity or blocking flag of their own, and it makes
 * its entries only when asked (100,000 of them cost ~70 ms at load on the development machine).
 */
export interface TermList {
  entries(): TermEntry[];
  folded?: FoldedTerms;
}

/** A problem in a term list, at a line: the caller turns it into a rule error (exit 2). */
export class TermListError extends Error {
  constructor(readonly line: number | undefined, problem: string) {
    super(line ? `line ${line}: ${problem}` : problem);
    this.name = 'TermListError';
  }
}

const TYPE = /^[A-Z][A-Z0-9_]*$/;
const KEYS = new Set(['term', 'type', 'severity', 'blocking']);
/** Shorter folded terms would match everywhere (a letter, a digit). */
export const MIN_TERM_LENGTH = 2;

function checkTerm(term: string, line: number): void {
  if (foldedLength(term) < MIN_TERM_LENGTH) throw new TermListError(line, `term "${term}" is too short (at least ${MIN_TERM_LENGTH} letters or digits)`);
}

/** What trim() removes: `\s`, exactly. */
const TRIMMED = /\s/;

/** The first character of text[from, to) that trim() keeps (printable ASCII is decided without the regex). */
function firstKept(text: string, from: number, to: number): number {
  let p = from;
  for (; p < to; p++) {
    const c = text.charCodeAt(p);
    if ((c > 32 && c < 127) || !TRIMMED.test(text[p] as string)) break;
  }
  return p;
}

/**
 * Plain text: one term a line; blank lines and lines starting with `#` are ignored; surrounding
 * white space is trimmed. Read without a string per line: a line's folded form tells whether it
 * holds a term (two letters or digits at least); the few others are read as written.
 */
export function readPlainTerms(text: string): TermList {
  const lines = foldLinesToBuffer(text);
  const n = lines.len.length;
  const starts = new Int32Array(n + 1);
  const termLine = new Int32Array(n);
  const from = new Int32Array(n);
  const len = new Int32Array(n);
  let count = 0;
  for (let i = 0, s = 0; i < n; i++) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    starts[i] = s;
    const l = lines.len[i] as number;
    if (l < MIN_TERM_LENGTH) {
      // Blank, a comment, or too short (folded lines are trimmed with single spaces: two code
      // units or more hold two non-spaces).
      const term = text.slice(s, e).trim();
      if (term !== '' && !term.startsWith('#')) checkTerm(term, i + 1);
    } else if (text.charCodeAt(firstKept(text, s, e)) !== 0x23 /* # */) {
      termLine[count] = i;
      from[count] = lines.from[i] as number;
      len[count] = l;
      count++;
    }
    s = e + 1;
  }
  starts[n] = text.length + 1;
  const entries = (): TermEntry[] => Array.from(termLine.subarray(0, count), (i) => ({
    term: text.slice(starts[i] as number, (starts[i + 1] as number) - 1).trim(),
    line: i + 1,
  }));
  return { entries, folded: { buf: lines.buf, from: from.subarray(0, count), len: len.subarray(0, count) } };
}

export const parsePlainTerms = (text: string): TermEntry[] => readPlainTerms(text).entries();

/** Line of each item of the top-level YAML list (`- …` at the list's indentation). */
function itemLines(text: string): number[] {
  const lines = text.split('\n');
  let indent: string | undefined;
  const out: number[] = [];
  lines.forEach((l, i) => {
    const m = /^(\s*)- /.exec(l) ?? /^(\s*)-$/.exec(l);
    if (!m) return;
    indent ??= m[1];
    if (m[1] === indent) out.push(i + 1);
  });
  return out;
}

/**
 * YAML: a list whose items are a term (string) or a mapping `{ term, type?, severity?, blocking? }`,
 * e.g. `- { term: Projet Hermès, type: CUSTOM_TERM, severity: high }`.
 */
export function parseYamlTerms(text: string): TermEntry[] {
  let doc: unknown;
  try {
    // Loaded on first use: most runs have no YAML term list, and start-up must stay cheap.
    doc = (createRequire(import.meta.url)('js-yaml') as typeof jsYaml).load(text);
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    throw new TermListError(mark?.line !== undefined ? mark.line + 1 : undefined, `invalid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (doc === undefined || doc === null) return [];
  if (!Array.isArray(doc)) throw new TermListError(1, 'expected a list of terms (`- term` or `- { term: …, type: …, severity: … }`)');
  const lines = itemLines(text);
  return doc.map((item: unknown, i): TermEntry => {
    const line = lines[i] ?? i + 1;
    if (typeof item === 'string' || typeof item === 'number') {
      checkTerm(String(item), line);
      return { term: String(item), line };
    }
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw new TermListError(line, 'expected a term or a mapping with `term`');
    const o = item as Record<string, unknown>;
    const unknown = Object.keys(o).find((k) => !KEYS.has(k));
    if (unknown) throw new TermListError(line, `unknown field "${unknown}" (known: ${[...KEYS].join(', ')})`);
    if (typeof o['term'] !== 'string' && typeof o['term'] !== 'number') throw new TermListError(line, 'missing field "term"');
    const entry: TermEntry = { term: String(o['term']), line };
    checkTerm(entry.term, line);
    if (o['type'] !== undefined) {
      if (typeof o['type'] !== 'string' || !TYPE.test(o['type'])) throw new TermListError(line, 'field "type" must be an upper-case type such as CUSTOM_TERM or PERSON');
      entry.type = o['type'];
    }
    if (o['severity'] !== undefined) {
      if (!(SEVERITIES as readonly unknown[]).includes(o['severity'])) throw new TermListError(line, `field "severity" must be one of ${SEVERITIES.join(', ')}`);
      entry.severity = o['severity'] as Severity;
    }
    if (o['blocking'] !== undefined) {
      if (typeof o['blocking'] !== 'boolean') throw new TermListError(line, 'field "blocking" must be true or false');
      entry.blocking = o['blocking'];
    }
    return entry;
  });
}

/** Reads a term list by its file name: `.yaml`, `.yml` and `.json` as YAML, anything else as plain text. */
export function readTermList(text: string, fileName: string): TermList {
  if (!/\.(?:ya?ml|json)$/i.test(fileName)) return readPlainTerms(text.replace(/^\uFEFF/, ''));
  const entries = parseYamlTerms(text);
  return { entries: () => entries };
}

export const parseTermList = (text: string, fileName: string): TermEntry[] => readTermList(text, fileName).entries();

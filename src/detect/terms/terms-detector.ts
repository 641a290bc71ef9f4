// The `terms` detector: an organisation's own words (code names, bidders, applications), whole words.
import { join, dirname } from 'node:path';
import type { Candidate, RuleSpec } from '../../types.js';
import type { CompileEnv, DetectFn, DetectorFactory } from '../detector.js';
import { RuleError } from '../../rules/rule-error.js';
import { foldedAt, foldTerms, type FoldedTerms } from './fold.js';
import { parseYamlTerms, readTermList, TermListError, type TermEntry } from './term-file.js';
import { TermTrie } from './term-trie.js';

/**
 * Rule options: `file` (a term list, relative to the rule file or absolute; read on first scan)
 * and/or `terms` (an inline list, same items as a YAML term list). Each term's type, severity and
 * blocking flag default to the rule's.
 */
const OPTION_KEYS = new Set(['file', 'terms']);

/** A loaded term list, ready to scan. */
export interface CompiledTerms {
  trie: TermTrie;
  /** Entry i's own type, severity or blocking flag; undefined for a plain list, whose terms have none. */
  entries: readonly TermEntry[] | undefined;
  /** Folded form of an entry: the identity of its findings (same term, same placeholder). */
  key(index: number): string;
}

/** Builds the trie from entries (or from a plain list's folded terms); duplicates (after folding) keep their first occurrence. */
export function compileTerms(entries: readonly TermEntry[] | undefined, folded: FoldedTerms = foldTerms((entries ?? []).map((e) => e.term))): CompiledTerms {
  const keys = new Map<number, string>();
  const key = (i: number): string => {
    let k = keys.get(i);
    if (k === undefined) keys.set(i, (k = foldedAt(folded, i)));
    return k;
  };
  return { trie: new TermTrie(folded), entries, key };
}

function readOptions(rule: RuleSpec): { file?: string; terms?: unknown[] } {
  const o = (rule.options ?? {}) as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!OPTION_KEYS.has(k)) throw new Error(`field "options.${k}": unknown option (known: file, terms)`);
  if (o['file'] !== undefined && (typeof o['file'] !== 'string' || o['file'] === '')) throw new Error('field "options.file": expected a file path');
  if (o['terms'] !== undefined && !Array.isArray(o['terms'])) throw new Error('field "options.terms": expected a list of terms');
  if (o['file'] === undefined && o['terms'] === undefined) throw new Error('field "options": a terms rule needs `file` or `terms`');
  return o as { file?: string; terms?: unknown[] };
}

function load(rule: RuleSpec, env: CompileEnv, opts: { file?: string; terms?: unknown[] }): CompiledTerms {
  let inline: TermEntry[] = [];
  if (opts.terms) {
    try {
      inline = parseYamlTerms(JSON.stringify(opts.terms));
    } catch (e) {
      throw new Error(`field "options.terms": ${(e as Error).message.replace(/^line \d+: /, '')}`);
    }
  }
  if (!opts.file) return compileTerms(inline);
  const shown = rule.source && !opts.file.startsWith('/') ? join(dirname(rule.source), opts.file) : opts.file;
  const text = env.readData(opts.file);
  let list;
  try {
    list = readTermList(text, opts.file);
  } catch (e) {
    if (e instanceof TermListError) throw new RuleError(shown, rule.id, e.message);
    throw e;
  }
  if (inline.length === 0 && list.folded) return compileTerms(undefined, list.folded);
  return compileTerms([...inline, ...list.entries()]);
}

export const termsDetector: DetectorFactory = (rule, env) => {
  const opts = readOptions(rule);
  // Inline terms are checked now (a broken rule file stops the run); files on first scan.
  let compiled: CompiledTerms | undefined = opts.file ? undefined : load(rule, env, opts);
  const base = rule.confidence ?? 0.95;
  const detect: DetectFn = (text) => {
    compiled ??= load(rule, env, opts);
    const { entries, key } = compiled;
    const out: Candidate[] = [];
    compiled.trie.scan(text, (start, end, i) => {
      const c: Candidate = { start, end, confidence: base, entityKey: key(i) };
      const e = entries?.[i];
      if (e?.type && e.type !== rule.type) c.type = e.type;
      if (e?.severity && e.severity !== rule.severity) c.severity = e.severity;
      if (e?.blocking !== undefined) c.blocking = e.blocking;
      out.push(c);
    });
    return out;
  };
  return detect;
};

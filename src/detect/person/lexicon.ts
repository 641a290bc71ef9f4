// Name lists of the person detector: read from the rule's data files on first use, kept as Sets.
import { foldForCompare } from '../text.js';

/** Folded (lower-case, accent-free) entries of the name data files. */
export interface Lexicon {
  /** Known first names. */
  first: Set<string>;
  /** Known surnames. */
  surnames: Set<string>;
  /** Capitalised words that are never part of a name (places, roles, months, brands…). */
  stop: Set<string>;
  /** Function words (le, pour, will…): not a name unless a title precedes them. */
  func: Set<string>;
}

/** Data files named by the rule's `options`, relative to the rule file. */
export interface LexiconFiles {
  firstNames?: string;
  surnames?: string;
  stopWords?: string;
  functionWords?: string;
}

/** Folds one word for lookups (cheap path for plain ASCII). */
export function foldWord(s: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s) ? s.toLowerCase() : foldForCompare(s);
}

/** Parses a one-entry-per-line list (`#` comments and blank lines ignored) into a folded Set. */
export function parseList(text: string, into = new Set<string>()): Set<string> {
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    into.add(foldWord(line));
  }
  return into;
}

/** Loads the lists a rule names; `read` is the rule's data reader. Missing options give empty Sets. */
export function loadLexicon(files: LexiconFiles, read: (rel: string) => string): Lexicon {
  const list = (rel: string | undefined): Set<string> => (rel ? parseList(read(rel)) : new Set());
  return {
    first: list(files.firstNames),
    surnames: list(files.surnames),
    stop: list(files.stopWords),
    func: list(files.functionWords),
  };
}

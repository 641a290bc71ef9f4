// Name lists of the person detector: read from the rule's data files on first use, kept as Sets.

/** Folded (lower-case, accent-free) entries of the name data files. */
export interface Lexicon {
  /** Known first names. */
  first: NameList;
  /** Known surnames. */
  surnames: NameList;
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

let foldMap: Map<string, string> | undefined;
const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_G = /[^\x00-\x7f]/g;

/** Lower-case, accent-free copy of a short string (fast path for ASCII; œ → oe, æ → ae). */
export function foldWord(s: string): string {
  const lower = s.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  if (!foldMap) {
    foldMap = new Map([['œ', 'oe'], ['æ', 'ae'], ['ß', 'ss'], ['ø', 'o'], ['ł', 'l'], ['đ', 'd']]);
    for (let c = 0xe0; c <= 0x24f; c++) {
      const ch = String.fromCharCode(c);
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (base !== ch && !foldMap.has(ch)) foldMap.set(ch, base);
    }
    foldMap.set('\u2019', "'");
  }
  const map = foldMap;
  return lower.replace(NON_ASCII_G, (c) => map.get(c) ?? c);
}

/** Parses a one-entry-per-line list (`#` comments and blank lines ignored) into a folded Set. */
export function parseList(text: string, into = new Set<string>()): Set<string> {
  for (const raw of foldWord(text).split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    into.add(line);
  }
  return into;
}

/**
 * A large list of folded names, one per line. A short text looks up a few dozen words: each is
 * found in the raw list with indexOf and remembered; past LOOKUPS_BEFORE_SET distinct words (a long
 * document) the Set is built once. So a 500-character snippet does not pay for 30 000 Set entries.
 */
export class NameList {
  private set: Set<string> | undefined;
  private readonly memo = new Map<string, boolean>();
  private readonly text: string;

  constructor(text: string) {
    this.text = `\n${NON_ASCII.test(text) || /[A-Z\r]/.test(text) ? foldWord(text).replace(/\r/g, '') : text}\n`;
  }

  has(key: string): boolean {
    if (this.set) return this.set.has(key);
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    if (this.memo.size >= LOOKUPS_BEFORE_SET) {
      this.set = parseList(this.text);
      return this.set.has(key);
    }
    const found = key !== '' && !key.includes('\n') && this.text.includes(`\n${key}\n`);
    this.memo.set(key, found);
    return found;
  }
}

const LOOKUPS_BEFORE_SET = 400;

/** Loads the lists a rule names; `read` is the rule's data reader. Missing options give empty lists. */
export function loadLexicon(files: LexiconFiles, read: (rel: string) => string): Lexicon {
  const list = (rel: string | undefined): Set<string> => (rel ? parseList(read(rel)) : new Set());
  return {
    first: new NameList(files.firstNames ? read(files.firstNames) : ''),
    surnames: new NameList(files.surnames ? read(files.surnames) : ''),
    stop: list(files.stopWords),
    func: list(files.functionWords),
  };
}

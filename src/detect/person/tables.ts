// Names in structured text: CSV / Markdown / TSV columns headed « Nom », « Prénom », « Name »…, and
// JSON / YAML / key=value fields such as "nom": "Dupont" or firstName: Jean. One span per cell.
import type { Lexicon } from './lexicon.js';
import { foldWord } from './lexicon.js';
import type { Mention } from './person-detector.js';
import { LATIN_LETTERS, LATIN_UPPER } from '../text.js';

const FIRST_HEADERS = new Set(['prenom', 'prenoms', 'first name', 'firstname', 'first_name', 'given name', 'givenname', 'given_name', 'forename']);
const LAST_HEADERS = new Set([
  'nom', 'nom de famille', "nom d'usage", 'nom de naissance', 'nom_famille', 'name', 'last name', 'lastname',
  'last_name', 'surname', 'family name', 'familyname', 'family_name', 'full name', 'fullname', 'full_name',
  'nom complet', 'nom prenom', 'nom et prenom', 'prenom nom', 'agent', 'titulaire', 'demandeur', 'contact',
  'salarie', 'employee', 'eleve', 'patient',
]);
// Starts on literals (cheap on long prose): every header or key below ends in « nom(s) » or « name ».
const HEADER_HINT = /(?:nom|name|NOM|NAME|Nom|Name)s?["'\u2018\u2019 ]*(?:[;,|\t:=}]|$)/m;
const FIELD = new RegExp(String.raw`(?:nom|pr[ée]noms?|[Nn]ame|NAME|[Ss]urname)(?:_famille|_complet)?["'\u2018\u2019]?[ \t]*[:=][ \t]*["'\u2018\u2019]?([${LATIN_UPPER}][${LATIN_LETTERS}'\u2018\u2019. -]{0,58}[${LATIN_LETTERS}.])`, 'gu');
const HEADER_WORD = /nom|name|NOM|NAME|Nom|Name|agent|titulaire|demandeur|contact|salari|employee|[ée]l[èe]ve|patient|AGENT|TITULAIRE|CONTACT|Agent|Titulaire|Contact/;
const CELL = new RegExp(`^[${LATIN_UPPER}][${LATIN_LETTERS}'\u2018\u2019. -]{0,58}[${LATIN_LETTERS}.]$`, 'u');
const DELIMS = [';', '\t', '|', ','] as const;

function cleanCell(c: string): string {
  return c.trim().replace(/^\*\*|\*\*$/g, '').replace(/^["'\u2018\u2019]|["'\u2018\u2019]$/g, '').trim();
}

const fieldKey = (raw: string): string => foldWord(raw.replace(/["'\u2018\u2019_]/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2')).replace(/\s+/g, ' ').trim();

function cellIsName(cell: string, lex: Lexicon): boolean {
  if (!CELL.test(cell)) return false;
  return !cell.split(/[ -]/).some((w) => lex.stop.has(foldWord(w)));
}

/** Mentions found in table columns and key/value fields whose header or key names a person field. */
export function tableNameCells(text: string, lex: Lexicon): Mention[] {
  if (!HEADER_HINT.test(text)) return [];
  const out: Mention[] = [];
  // 1. key/value fields
  FIELD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIELD.exec(text)) !== null) {
    const keyEnd = m[0].search(/["'\u2018\u2019]?[ \t]*[:=]/);
    const keyStart = m.index;
    // The key starts at a word boundary, or ends a compound key (firstName, last_name).
    const prev = keyStart > 0 ? text.charAt(keyStart - 1) : ' ';
    const camel = /(first|last|given|family|full|sur)_?$/i.exec(text.slice(Math.max(0, keyStart - 7), keyStart));
    let k: string;
    if (camel) k = (camel[1] ?? '').toLowerCase() === 'sur' ? 'surname' : `${(camel[1] ?? '').toLowerCase()} name`;
    else if (/[A-Za-z0-9_\u00c0-\u024f]/.test(prev)) continue;
    else k = fieldKey(m[0].slice(0, keyEnd));
    if (!FIRST_HEADERS.has(k) && !LAST_HEADERS.has(k)) continue;
    const value = m[1] ?? '';
    if (!cellIsName(value, lex)) continue;
    const start = m.index + m[0].length - value.length;
    out.push(toMention(start, value, FIRST_HEADERS.has(k)));
  }
  // 2. delimited tables with a header row
  const lines = text.split('\n');
  let offset = 0;
  let cols: { delim: string; first: Set<number>; last: Set<number>; width: number } | null = null;
  for (const line of lines) {
    const lineStart = offset;
    offset += line.length + 1;
    if (cols) {
      const cells = line.split(cols.delim);
      if (cells.length < 2 || Math.abs(cells.length - cols.width) > 1) { cols = null; } else {
        let pos = lineStart;
        cells.forEach((raw, i) => {
          const isFirst = cols?.first.has(i) ?? false;
          if (isFirst || cols?.last.has(i)) {
            const cell = cleanCell(raw);
            if (cell && cellIsName(cell, lex) && !/^-+$/.test(cell)) {
              const start = pos + raw.indexOf(cell);
              out.push(toMention(start, cell, isFirst));
            }
          }
          pos += raw.length + (cols?.delim.length ?? 1);
        });
        continue;
      }
    }
    // A header row is short and names a person column: cheap tests before any splitting.
    if (line.length > 300 || !HEADER_WORD.test(line)) continue;
    for (const delim of DELIMS) {
      if (!line.includes(delim)) continue;
      const cells = line.split(delim).map((c) => fieldKey(cleanCell(c)));
      const first = new Set<number>();
      const last = new Set<number>();
      cells.forEach((c, i) => { if (FIRST_HEADERS.has(c)) first.add(i); else if (LAST_HEADERS.has(c)) last.add(i); });
      if (first.size + last.size > 0 && cells.length >= 2) { cols = { delim, first, last, width: cells.length }; break; }
    }
  }
  return out;
}

function toMention(start: number, value: string, isFirst: boolean): Mention {
  const key = foldWord(value);
  const m: Mention = { start, end: start + value.length, confidence: 0.85 };
  if (isFirst) m.first = key; else m.last = key;
  return m;
}

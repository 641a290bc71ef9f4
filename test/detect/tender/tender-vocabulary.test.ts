// Tender phrases are matched on a folded copy of the text with a plain ASCII alternation (fast to
// compile): the same matches as the `giu` alternation of accent-tolerant phrases on the text itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForPhrases, phraseMatches, TENDER_PHRASES } from '../../../src/detect/tender/tender-vocabulary.js';
import { accentTolerantSource } from '../../../src/detect/text.js';

/** The reference: one `giu` regex of accent-tolerant phrases, run on the text itself. */
const reference = new RegExp(`${TENDER_PHRASES.map(accentTolerantSource).join('|')}|(?<cpv>\\d{8}-\\d)`, 'giu');
function referenceMatches(text: string): { start: number; end: number; cpv: boolean }[] {
  const out = [];
  reference.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = reference.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length, cpv: m.groups?.['cpv'] !== undefined });
  return out;
}

describe('foldForPhrases', () => {
  it('maps every BMP character to a letter exactly when the accent-tolerant `iu` class of that letter accepts it', () => {
    const letters = [...'abcdefghijklmnopqrstuvwxyz'].map((l) => [l, new RegExp(`^(?:${accentTolerantSource(l)})$`, 'iu')] as const);
    const space = /^\s$/u;
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const c = String.fromCharCode(code);
      const folded = foldForPhrases(c);
      const expected = letters.find(([, re]) => re.test(c))?.[0] ?? (space.test(c) ? ' ' : c === '\u2019' || c === '\u2018' ? "'" : c);
      if (folded !== expected) wrong.push(`U+${code.toString(16)} → ${JSON.stringify(folded)}, expected ${JSON.stringify(expected)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the length and leaves astral characters alone', () => {
    const text = 'Cahier des Clauses Administratives Particulières 😀 Œuvre';
    expect(foldForPhrases(text)).toHaveLength(text.length);
    expect(foldForPhrases('😀')).toBe('😀');
    expect(foldForPhrases('\ud83dA\ude00\ufeffB')).toBe('\ud83da\ude00 b');
  });
});

describe('phraseMatches', () => {
  const pieces = fc.constantFrom(
    ...TENDER_PHRASES, 'ANALYSE DES OFFRES', 'Mémoire  Technique', 'acte d’ engagement', 'accord–cadre', 'ACCORD CADRE',
    'offre\u00a0financière', 'Règlement de la\nconsultation', 'ſoumissionnaire', 'CPV 45233140-2', '452331402-2', 'x', 'É', ' ', '\n',
    ', ', "d'", '-', '’', 'marchés', 'procedure', 'appel', 'offres', '😀', 'bidders', 'tenderer\u2009s',
  );
  it('finds what the `giu` regex finds on the text itself (property)', () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 12 }), fc.array(fc.boolean(), { maxLength: 12 }), (parts, upper) => {
      const text = parts.map((p, i) => (upper[i] ? p.toUpperCase() : p)).join(' ');
      expect([...phraseMatches(text)]).toEqual(referenceMatches(text));
    }), { numRuns: 500 });
  });

  it('finds what the `giu` regex finds on the French fixtures', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'tender');
    for (const f of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
      const text = readFileSync(join(f.parentPath, f.name), 'utf8');
      expect([...phraseMatches(text)]).toEqual(referenceMatches(text));
    }
  });
});

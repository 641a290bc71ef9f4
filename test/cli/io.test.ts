import { describe, expect, it } from 'vitest';
import { pieces } from '../../src/cli/io.js';

describe('pieces (large writes encoded piece by piece)', () => {
  it('cuts a string into pieces of at most the given length that join back to it', () => {
    const s = 'Écrire à jeanne.martin@ville-exemple.fr\n'.repeat(50);
    const out = [...pieces(s, 7)];
    expect(out.join('')).toBe(s);
    expect(out.every((p) => p.length <= 7 && p.length > 0)).toBe(true);
    expect(out.length).toBe(Math.ceil(s.length / 7));
  });

  it('never separates the two halves of a surrogate pair, so each piece encodes to valid UTF-8', () => {
    const s = 'a😀b😀😀c'.repeat(20);
    for (const max of [2, 3, 4, 5]) {
      const out = [...pieces(s, max)];
      expect(out.join('')).toBe(s);
      for (const p of out) expect(Buffer.from(Buffer.from(p).toString('utf8')).equals(Buffer.from(p))).toBe(true);
      for (const p of out) expect(p).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });

  it('yields nothing for the empty string', () => {
    expect([...pieces('', 4)]).toEqual([]);
  });
});

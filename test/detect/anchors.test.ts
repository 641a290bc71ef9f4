import { describe, expect, it } from 'vitest';
import { anchorWindows } from '../../src/detect/anchors.js';
import { scanText } from '../../src/engine/scan.js';
import { rulesFromYaml } from '../helpers/rules.js';

const set = rulesFromYaml(`
- id: test.ref
  type: TENDER_REF
  title: { en: ref, fr: réf }
  severity: medium
  keywords: [réf]
  pattern: 'réf(?:érence)? ?: ?(?<value>[A-Z]{2}\\d{3})(?![\\p{L}\\p{N}])'
  flags: i
  options: { anchor: keywords, reach: 20 }
  examples: { match: [], no-match: [] }
- id: test.code
  type: FR_SIREN
  title: { en: code, fr: code }
  severity: medium
  pattern: '\\d(?<![\\p{L}\\p{N}]\\d)\\d{3}-\\d{2}(?![\\p{L}\\p{N}])'
  options: { anchor: '\\d', reach: 8 }
  examples: { match: [], no-match: [] }
`);

describe('anchored windows', () => {
  it('merges windows that touch and clips them to the text', () => {
    expect(anchorWindows('ab1cd2efghijk3', '\\d', 2)).toEqual([[0, 8], [11, 14]]);
  });

  it('finds exactly what a full scan finds, on long filler with matches at window edges', () => {
    const filler = 'Lorem ipsum dolor sit amet, consectetur. '.repeat(50);
    const text = [filler, 'Réf : AB123', filler, 'x1234-56', 'RÉF:CD456', filler, '12345-67 et 9999-99', filler, 'réf : EF789x'].join(' ');
    const fast = scanText(text, set);
    expect(fast).toEqual(scanText(text, set, { prefilter: false }));
    expect(fast.map((f) => text.slice(f.start, f.end))).toEqual(['AB123', 'CD456', '9999-99']);
  });
});

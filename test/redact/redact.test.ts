import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/engine/scan.js';
import { Placeholders } from '../../src/redact/placeholders.js';
import { redact, redactUntilClean } from '../../src/redact/redact.js';
import { builtinRuleSet } from '../../src/rules/builtin.js';
import type { Finding } from '../../src/types.js';

const set = builtinRuleSet();

const finding = (type: string, start: number, end: number, entityKey: string, severity: Finding['severity'] = 'high'): Finding => ({
  ruleId: 'x', type, severity, confidence: 1, start, end, line: 1, column: 1, endLine: 1, endColumn: 1,
  preview: '', fingerprint: '', entityKey, blocking: false,
});

describe('redact', () => {
  it('numbers placeholders per type, the same value always getting the same one', () => {
    const text = 'a@x.fr b@x.fr A@X.FR';
    const out = redact(text, scanText(text, set));
    expect(out.text).toBe('[EMAIL_1] [EMAIL_2] [EMAIL_1]');
  });

  it('compares values after normalisation (zero-width and no-break spaces do not make a new value)', () => {
    const text = 'FR76 3000 6000 0112 3456 7890 189 puis FR76\u00A03000\u00A06000\u00A00112\u00A03456\u00A07890\u00A0189 et FR76\u200B3000 6000 0112 3456 7890 189';
    const out = redact(text, scanText(text, set));
    expect(out.text).toBe('[IBAN_1] puis [IBAN_1] et [IBAN_1]');
  });

  it('shares numbering across inputs when given one Placeholders instance', () => {
    const p = new Placeholders();
    expect(redact('x', [finding('EMAIL', 0, 1, 'EMAIL:a')], { placeholders: p }).text).toBe('[EMAIL_1]');
    expect(redact('y', [finding('EMAIL', 0, 1, 'EMAIL:b')], { placeholders: p }).text).toBe('[EMAIL_2]');
    expect(redact('z', [finding('EMAIL', 0, 1, 'EMAIL:a')], { placeholders: p }).text).toBe('[EMAIL_1]');
  });

  it('replaces nested findings by one placeholder named after the widest', () => {
    const out = redact('see http://srv/?p=abc now', [finding('INTERNAL_URL', 4, 21, 'u', 'medium'), finding('SECRET', 18, 21, 's', 'critical')]);
    expect(out.text).toBe('see [INTERNAL_URL_1] now');
    expect(out.replacements).toHaveLength(1);
  });

  it('redacts again what removing a neighbour reveals, sharing the numbering', () => {
    const text = 'Cryptogramme : 737 10, quai de la Loire, 75019 Paris';
    const once = redact(text, scanText(text, set));
    const clean = redactUntilClean(text, (t) => scanText(t, set));
    expect(scanText(clean.text, set)).toEqual([]);
    expect(clean.text).not.toContain('737');
    expect(clean.passes).toBeGreaterThanOrEqual(once.text.includes('737') ? 2 : 1);
  });

  it('masks keeping the length and the line breaks', () => {
    const out = redact('a KEY\nBLOCK b', [finding('SECRET', 2, 11, 's')], { style: 'mask' });
    expect(out.text).toBe('a ███\n█████ b');
  });
});

// Every rule's own positive examples, glued with filler, separators and look-alike characters.
const samples = set.rules.flatMap((r) => r.spec.examples.match);
const filler = fc.constantFrom(' ', '\n', ', ', ' et ', '. Merci. ', '\r\n', ' — ', '\u00A0', ' (voir) ', ' : ');

describe('the redaction invariant (property)', () => {
  it('scanning the redacted text finds nothing, and no character of a finding survives', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, fc.constantFrom(...samples)), { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.map(([f, s]) => f + s).join('');
        const findings = scanText(text, set);
        const out = redact(text, findings);
        // Removing a value can change how a neighbour looks; the product redacts until clean.
        expect(scanText(redactUntilClean(text, (t) => scanText(t, set)).text, set)).toEqual([]);
        // Outside the replaced spans the text is unchanged; inside, nothing of the value is left.
        let rebuilt = '';
        let at = 0;
        for (const r of out.replacements) {
          rebuilt += text.slice(at, r.start) + r.replacement;
          at = r.end;
          expect(r.replacement).toMatch(/^\[[A-Z_]+_\d+\]$/);
        }
        expect(rebuilt + text.slice(at)).toBe(out.text);
        for (const f of findings) expect(f.start >= 0 && out.replacements.some((r) => r.start <= f.start && f.end <= r.end)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('mask style keeps the length and leaves nothing to find', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, fc.constantFrom(...samples)), { minLength: 1, maxLength: 4 }), (parts) => {
        const text = parts.map(([f, s]) => f + s).join('');
        const out = redactUntilClean(text, (t) => scanText(t, set), { style: 'mask' });
        expect([...out.text].length).toBe([...text].length);
        expect(scanText(out.text, set)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

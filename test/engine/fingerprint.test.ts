import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/engine/fingerprint.js';

describe('fingerprints', () => {
  // Allow-lists and baselines store fingerprints: a change of these values breaks them for users,
  // so it must be deliberate (and said in the release notes).
  it('keep their published values', () => {
    expect(fingerprint('fr.nir', '284058832102532')).toBe('fr.nir:ccb37091b3c28443');
    expect(fingerprint('contact.email', 'jeanne.martin@ville-exemple.fr')).toBe('contact.email:f164f6b24f1c48bb');
  });

  it('differ by rule and by value, and never show the value', () => {
    const a = fingerprint('fr.nir', '284058832102532');
    expect(fingerprint('fr.nir-permissive', '284058832102532')).not.toBe(a);
    expect(fingerprint('fr.nir', '284058832102533')).not.toBe(a);
    expect(a).not.toContain('2840588');
    expect(a).toMatch(/^fr\.nir:[0-9a-f]{16}$/);
  });
});

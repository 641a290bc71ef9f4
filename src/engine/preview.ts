// Masked previews, made when a finding is created so that no reporter can leak a raw value.

const MAX_SHOWN = 24;

/**
 * Keeps at most a few characters: for values of 12+ characters the first 2 (4 for secrets of 20+,
 * usually a public prefix such as `ghp_`), for 6+ characters the first one, and nothing for shorter
 * values. Everything else becomes `*`; separators and line breaks keep their place; long values
 * are cut with `…`.
 */
export function maskPreview(type: string, value: string): string {
  const flat = value.replace(/\r?\n/g, '⏎');
  const keep = type === 'SECRET' ? (flat.length >= 20 ? 4 : 0) : flat.length >= 12 ? 2 : flat.length >= 6 ? 1 : 0;
  let out = flat.slice(0, keep);
  for (let i = keep; i < flat.length && out.length < MAX_SHOWN; i++) {
    const c = flat[i] as string;
    out += c === ' ' || c === '⏎' || c === '-' || c === '@' || c === '.' ? c : '*';
  }
  return out.length < flat.length ? `${out}…` : out;
}

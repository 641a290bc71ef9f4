// Masked previews, made when a finding is created so that no reporter can leak a raw value.
import { shortString } from '../detect/text.js';

const MAX_SHOWN = 24;

/**
 * Public prefixes of token formats (`ghp_`, `sk-ant-`, `AKIA`, a PEM armour line…): the only part of
 * a secret a preview shows.
 */
const SECRET_PREFIX = /^(?:gh[pousr]_|github_pat_|gl[a-z]{2,6}-|GR1348941|xox[a-z]-|xapp-|sk-ant-[a-z]+\d\d-|sk-(?:proj|svcacct|admin)-|sk-|[sr]k_(?:live|test)_|whsec_|hf_|api_org_|gsk_|npm_|pypi-|dckr_[a-z]{3}_|A(?:KIA|SIA|BIA|CCA)|AIza|SG\.|key-|shp[a-z]{2}_|lin_api_|ntn_|glsa_|glc_|hv[sbr]\.|dapi|vc[a-z]_|figd_|ops_|ATBB|AT[AC]TT3|eyJ|https:\/\/hooks\.slack\.com\/|-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|PuTTY-User-Key-File-\d:)/;

/**
 * Keeps at most a few characters: for values of 12+ characters the first 2, for 6+ characters the
 * first one, and nothing for shorter values. Everything else becomes `*`; separators and line breaks
 * keep their place; long values are cut with `…`. A SECRET shows only its known public prefix, then
 * a fixed `********` that reveals neither its length nor its separators.
 */
export function maskPreview(type: string, value: string): string {
  if (type === 'SECRET') return [SECRET_PREFIX.exec(value)?.[0] ?? '', '********'].join('');
  const flat = value.includes('\n') ? value.replace(/\r?\n/g, '⏎') : value;
  const keep = flat.length >= 12 ? 2 : flat.length >= 6 ? 1 : 0;
  // Code unit by code unit, one string: a regex replace and a join allocated five per finding.
  const out = shortString();
  const end = Math.min(flat.length, MAX_SHOWN);
  for (let i = 0; i < end; i++) {
    const c = flat.charCodeAt(i);
    out.push(i < keep || isShownSeparator(c) ? c : 42); // *
  }
  if (flat.length > MAX_SHOWN) out.push(0x2026); // …
  return out.toString();
}

/** The separators a preview keeps in place: space, `-`, `@`, `.` and ⏎ (a line break). */
const isShownSeparator = (c: number): boolean => c === 32 || c === 45 || c === 64 || c === 46 || c === 0x23ce;

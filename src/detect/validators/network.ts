// Network validators: IPv4/IPv6 parsing and ranges, version/section/OID traps, URL host classes.
// Pure code on purpose: `node:net` (isIPv6) must never be loaded during a scan (offline promise).
import type { ValidatorFactory, ValidatorInput } from './index.js';
import { onFirstUse } from '../text.js';

/** Parses a dotted-quad IPv4 address (no leading zeros); null when invalid. */
export function parseIPv4(s: string): number[] | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^(?:0|[1-9]\d{0,2})$/.test(p)) return null;
    const n = Number(p);
    if (n > 255) return null;
    out.push(n);
  }
  return out;
}

/**
 * Parses an IPv6 address (RFC 4291 text forms: full, `::`-compressed, embedded IPv4 tail) into
 * eight 16-bit groups; a zone id (`%eth0`) is ignored. Null when invalid.
 */
export function parseIPv6(input: string): number[] | null {
  const zone = input.indexOf('%');
  const s = zone >= 0 ? input.slice(0, zone) : input;
  if (zone >= 0 && !/^%[0-9A-Za-z_.\-]+$/.test(input.slice(zone))) return null;
  if (s.length < 2 || s.length > 45) return null;
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const parseSide = (side: string, allowV4: boolean): number[] | null => {
    if (side === '') return [];
    const groups = side.split(':');
    const out: number[] = [];
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i] as string;
      if (allowV4 && i === groups.length - 1 && g.includes('.')) {
        const v4 = parseIPv4(g);
        if (!v4) return null;
        out.push(((v4[0] as number) << 8) | (v4[1] as number), ((v4[2] as number) << 8) | (v4[3] as number));
      } else {
        if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return null;
        out.push(parseInt(g, 16));
      }
    }
    return out;
  };
  if (halves.length === 1) {
    const all = parseSide(s, true);
    return all && all.length === 8 ? all : null;
  }
  const head = parseSide(halves[0] as string, false);
  const tail = parseSide(halves[1] as string, true);
  if (!head || !tail || head.length + tail.length > 7) return null;
  return [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}

/** IPv4 that are never findings: this-network, loopback, documentation, local multicast, netmasks, public resolvers. */
export function isNonSensitiveIPv4(o: readonly number[]): boolean {
  const [a, b, c] = o as [number, number, number, number];
  return a === 0 || a === 127
    || (a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)
    || (a === 224 && b === 0 && c === 0)
    || isNetmask(o) || PUBLIC_RESOLVERS.has(o.join('.'));
}

// Well-known public DNS resolvers (Google, Cloudflare, Quad9, OpenDNS): they identify no one.
const PUBLIC_RESOLVERS = new Set(['8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9', '149.112.112.112', '208.67.222.222', '208.67.220.220']);

/** A contiguous netmask starting with 255 (255.255.255.0, 255.255.240.0, 255.255.255.255). */
export function isNetmask(o: readonly number[]): boolean {
  if (o[0] !== 255) return false;
  const n = (((o[0] as number) << 24) | ((o[1] as number) << 16) | ((o[2] as number) << 8) | (o[3] as number)) >>> 0;
  const inv = ~n >>> 0;
  return (inv & (inv + 1)) === 0;
}

/** Private, shared (CGNAT) and link-local IPv4: hosts of an internal network. */
export function isPrivateIPv4(o: readonly number[]): boolean {
  const [a, b] = o as [number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)
    || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
}

/** IPv6 that are never findings: unspecified, loopback, documentation (2001:db8::/32, 3fff::/20), multicast. */
export function isNonSensitiveIPv6(g: readonly number[]): boolean {
  const [g0, g1] = g as [number, number];
  if (g.every((x) => x === 0)) return true;
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return true;
  if (g0 === 0x2001 && g1 === 0x0db8) return true;
  if ((g0 & 0xfff0) === 0x3ff0) return true;
  if ((g0 & 0xff00) === 0xff00) return true;
  // IPv4-mapped / -compatible: judge the embedded IPv4.
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) {
    return isNonSensitiveIPv4([(g[6] as number) >> 8, (g[6] as number) & 255, (g[7] as number) >> 8, (g[7] as number) & 255]);
  }
  return false;
}

/** Unique-local (fc00::/7) and link-local (fe80::/10) IPv6: hosts of an internal network. */
export function isPrivateIPv6(g: readonly number[]): boolean {
  const g0 = g[0] as number;
  return (g0 & 0xfe00) === 0xfc00 || (g0 & 0xffc0) === 0xfe80;
}

// Words that, right before a dotted number, make it a version, a section or an OID.
const NOT_AN_ADDRESS_BEFORE = onFirstUse(() => /(?:^|[^\p{L}\p{N}])(?:versions?|ver|v|release|build|rev|r[eé]vision|revision|firmware|fw|patch|section|sect|sections|§|chapitre|chapter|chap|paragraphe|paragraph|para|point|points|art|article|articles|annexe|appendix|partie|part|clause|titre|title|page|p|alin[eé]a|item|[eé]tape|step|oid|mib|tome|livre|lot|sous-lot)[\s.:°#n]{0,4}$/iu);
// Words that make a line about networks (a heading-shaped line that holds one is a listing, not a heading).
const NETWORK_WORDS = onFirstUse(() => /(?:^|[^\p{L}\p{N}])(?:ip|ipv4|ipv6|adresse|serveurs?|servers?|hosts?|h[oô]tes?|passerelle|gateway|dns|vpn|routeur|router|subnet|r[eé]seau|network|firewall|pare-feu|cidr|vlan|dhcp|proxy|nat|dmz|vm|nas|srv|ping|ssh)(?![\p{L}\p{N}])/iu);
// Well-known OID arcs that look like dotted quads (internet, X.500 attributes, X.509 extensions).
const OID_PREFIX = /^(?:1\.3\.6\.1|2\.5\.4\.\d+|2\.5\.29\.\d+)$/;

/** The same line's text before and after a span, at most `max` characters each side. */
function lineAround(text: string, start: number, end: number, max = 80): { before: string; after: string } {
  const from = Math.max(0, start - max);
  const before = text.slice(from, start);
  const after = text.slice(end, Math.min(text.length, end + max));
  const nl = before.lastIndexOf('\n');
  const nr = after.indexOf('\n');
  return {
    before: nl >= 0 ? before.slice(nl + 1) : from === 0 ? before : `\u0000${before}`,
    after: nr >= 0 ? after.slice(0, nr) : after,
  };
}

/**
 * `ipv4`: a valid, sensitive IPv4 (optionally `/prefix`). Drops loopback, this-network, documentation
 * ranges, netmasks, well-known OIDs, numbers right after version/section words and heading numbers
 * (`4.2.1.3 Exigences` at a line start, unless the line is about networks). Returns −0.4 for
 * section-shaped values whose components are all single digits (1.2.3.4), so that they need context.
 */
export const ipv4Validator: ValidatorFactory = () => ({ value, text, start, end }: ValidatorInput) => {
  // Boundary (here rather than in a look-behind run on every digit): not inside a word or a number.
  const prev = text[start - 1];
  if (prev !== undefined && /[\p{L}\p{N}_.]/u.test(prev)) return false;
  const slash = value.indexOf('/');
  const addr = slash >= 0 ? value.slice(0, slash) : value;
  const o = parseIPv4(addr);
  if (!o || isNonSensitiveIPv4(o) || OID_PREFIX.test(addr)) return false;
  if (slash >= 0 && Number(value.slice(slash + 1)) > 32) return false;
  const { before, after } = lineAround(text, start, end);
  const near = before.slice(-24);
  if (NOT_AN_ADDRESS_BEFORE().test(near)) return false;
  const heading = /^[\s#>*|-]*$/.test(before) && /^[.)]?[ \t]+(?:[-:|][ \t]+)?[\p{Lu}«"]/u.test(after);
  if (heading && o.every((x) => x < 100) && !NETWORK_WORDS().test(before + after)) return false;
  if (slash < 0 && o.every((x) => x < 10)) return -0.4;
  return true;
};

/** `ipv6`: a valid IPv6 (optional `/prefix`, zone id) with at least one digit, not loopback/doc/multicast. */
export const ipv6Validator: ValidatorFactory = () => ({ value, text, start }: ValidatorInput) => {
  // Boundary (checked here rather than in a look-behind that would slow the regex on every a–f):
  // not inside a word, a number or another address; `ip:2a01:…` (a label and a colon) is fine.
  const prev = text[start - 1];
  if (prev !== undefined && /[\p{L}\p{N}_.%-]/u.test(prev)) return false;
  if (prev === ':' && !/[\p{L}]/u.test(text[start - 2] ?? '')) return false;
  const slash = value.indexOf('/');
  const addr = slash >= 0 ? value.slice(0, slash) : value;
  if (!/\d/.test(addr)) return false; // `cafe::face`, `ab::cd` are identifiers in code, not addresses
  const g = parseIPv6(addr);
  if (!g || isNonSensitiveIPv6(g)) return false;
  if (slash >= 0 && !(Number(value.slice(slash + 1)) <= 128)) return false;
  return true;
};

/** Placeholder secret values (xxxx, ****, ${VAR}, <token>, {{token}}, changeme, your_token…); \u2022: • (see BUNDLE_CHARSET in src/build/bundle.mjs). */
const PLACEHOLDER = /^(?:[xX*\u2022._-]+|\$\{.*\}|\$[A-Z_][A-Z0-9_]*|<.*>|\{\{?.*\}\}?|%[A-Z_]+%|(?:your|my|votre|ton|mon)[_-]?\w*|changeme|change_me|redacted|null|undefined|none|true|false|test|example|exemple|secret|token|password|xxx\w*)$/i;

/**
 * `url-token-value`: a query-string token that looks like a real secret: at least 8 characters,
 * not a placeholder, and either 20+ characters or two character classes (letters + digits, mixed case).
 */
export const urlTokenValidator: ValidatorFactory = () => ({ value }: ValidatorInput) => {
  let v = value;
  try { v = decodeURIComponent(value); } catch { /* keep the raw value */ }
  if (v.length < 8 || PLACEHOLDER.test(v)) return false;
  if (/^(.)\1+$/.test(v)) return false;
  const classes = Number(/[a-z]/.test(v)) + Number(/[A-Z]/.test(v)) + Number(/\d/.test(v));
  return v.length >= 20 || classes >= 2;
};

export const networkValidators: Record<string, ValidatorFactory> = {
  ipv4: ipv4Validator,
  ipv6: ipv6Validator,
  'url-token-value': urlTokenValidator,
};

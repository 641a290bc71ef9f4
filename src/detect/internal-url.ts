// The `internal-url` detector: URLs and bare host names whose host is internal by design.
import { SEVERITIES, severityRank, type Candidate, type RuleSpec, type Severity } from '../types.js';
import { applyContext, compileContext } from './context.js';
import type { DetectFn, DetectorFactory } from './detector.js';
import { escapeRegExp, LETTER_OR_DIGIT, onFirstUse } from './text.js';
import { compileAllow } from './pattern.js';
import { isPrivateIPv4, isPrivateIPv6, parseIPv4, parseIPv6 } from './validators/network.js';

/** `options` of an `internal-url` rule (all lists are case-insensitive). */
export interface InternalUrlOptions {
  /** URL schemes looked at (`https`, `smb`, `postgresql`…); other schemes (`chrome://`) are ignored. */
  schemes: string[];
  /** Top-level labels that only exist inside networks (`local`, `lan`, `corp`, `home.arpa`…). */
  internalTlds: string[];
  /** Sub-domain labels (or parts of hyphenated labels) that name internal sites (`intranet`, `corp`…). */
  internalLabels: string[];
  /** Single-label hosts that are loopback or placeholders (`localhost`, `server`, `hostname`…). */
  genericHosts: string[];
  /** Internal domains of the organisation (config `internalDomains`): the domain and its sub-domains (`*.` or `.` prefix allowed). */
  domains: string[];
}

/** Why a host is internal, or null when it is not. */
export type HostClass = 'private-ip' | 'single-label' | 'internal-tld' | 'internal-label' | 'configured-domain';

/** Classifier of host names, built once per rule from its options. */
export interface HostClassifier {
  (host: string, bare: boolean): HostClass | null;
}

const RESERVED = /(?:^|\.)(?:example\.(?:com|org|net)|[^.]+\.(?:test|invalid|example|localhost)|test|invalid|example|localhost)$/;
// Second-level labels under which registrations happen one level down (ville.gouv.fr, x.co.uk).
const SLD = new Set(['gouv', 'co', 'com', 'org', 'net', 'ac', 'gov', 'asso', 'nom', 'presse', 'tm', 'edu', 'ltd', 'plc', 'sch', 'nhs', 'police', 'mod', 'mil']);
// First labels of reverse-DNS identifiers (Java/Kotlin packages, bundle ids): `com.acme.internal`.
const REVERSE_DNS_ROOT = new Set(['com', 'org', 'net', 'io', 'fr', 'de', 'eu', 'uk', 'be', 'ch', 'edu', 'gov', 'java', 'javax', 'jdk', 'kotlin', 'kotlinx', 'android', 'androidx', 'sun', 'scala', 'dev', 'app']);

const lower = (s: Severity): Severity => SEVERITIES[Math.max(0, severityRank(s) - 1)] as Severity;
const lowerSet = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));

export function hostClassifier(o: InternalUrlOptions): HostClassifier {
  const tlds = lowerSet(o.internalTlds);
  const labels = lowerSet(o.internalLabels);
  const generic = lowerSet(o.genericHosts);
  const domains = o.domains.map((d) => d.toLowerCase().replace(/^[*.]+|\.+$/g, '')).filter(Boolean);
  return (raw, bare) => {
    const host = raw.toLowerCase().replace(/\.+$/, '');
    if (host.startsWith('[')) {
      const g = parseIPv6(host.slice(1, -1).replace(/%25/, '%'));
      return g && isPrivateIPv6(g) ? 'private-ip' : null;
    }
    if (/^[\d.]+$/.test(host)) {
      const v4 = parseIPv4(host);
      return v4 && isPrivateIPv4(v4) ? 'private-ip' : null;
    }
    if (RESERVED.test(host)) return null;
    if (domains.some((d) => host === d || host.endsWith(`.${d}`))) return 'configured-domain';
    const parts = host.split('.');
    if (parts.length === 1) return bare || generic.has(host) || /^\d+$/.test(host) ? null : 'single-label';
    if (bare && parts.length >= 3 && REVERSE_DNS_ROOT.has(parts[0] as string)) return null;
    const last = parts[parts.length - 1] as string;
    // A bare `M.Loc` is an abbreviation, not a host: ask for a label of two characters or more.
    if ((tlds.has(last) || tlds.has(parts.slice(-2).join('.'))) && !(bare && (parts[parts.length - 2] as string).length < 2)) return 'internal-tld';
    const keep = parts.length >= 3 && SLD.has(parts[parts.length - 2] as string) && last.length === 2 ? 3 : 2;
    for (const label of parts.slice(0, -keep)) {
      if (labels.has(label) || label.split('-').some((p) => labels.has(p))) return 'internal-label';
    }
    return null;
  };
}

// After `scheme://`: optional user-info, host (name, IPv4 or [IPv6]), optional port, then path/query/fragment.
const AFTER_SCHEME = onFirstUse(() => /(?:[^\s/?#@]*@)?(\[[0-9A-Fa-f:.%A-Za-z_-]+\]|[\p{L}\p{N}_.-]*)(?::\d{1,5})?(?:[/?#][^\s<>"'\u2018\u2019`{}|\\^«»]*)?/uy);
// After a bare host: optional port, then a path.
const AFTER_HOST = onFirstUse(() => /(?::\d{1,5}(?![\p{L}\p{N}]))?(?:\/[^\s<>"'\u2018\u2019`{}|\\^«»]*)?/uy);
// scp-style remote (`git@gitlab.corp.fr:dsi/outils.git`): a colon then a path, not a port.
const SCP_PATH = /^:[A-Za-z_~/.]/;
const SCP_TAIL = /:[^\s<>"'\u2018\u2019`{}|\\^«»]*/uy;
const SCHEME_CHAR = /[A-Za-z0-9+.-]/;
const HOST_CHAR = /[A-Za-z0-9_.-]/;
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '\u2018', '\u2019', '"', ')', ']', '}', '»', '>', '*', '_', '…']);

/** Drops trailing punctuation from a URL end; a `)` stays when the URL opened it. */
export function trimUrlEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const ch = text[e - 1] as string;
    if (!TRAILING.has(ch)) break;
    if (ch === ')') {
      const s = text.slice(start, e);
      if ((s.match(/\(/g)?.length ?? 0) >= (s.match(/\)/g)?.length ?? 0)) break;
    }
    e--;
  }
  return e;
}

function stringList(v: unknown, field: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new Error(`field "options.${field}": expected a list of strings`);
  return v as string[];
}

export function internalUrlOptions(rule: RuleSpec): InternalUrlOptions {
  const o = rule.options ?? {};
  const known = ['schemes', 'internalTlds', 'internalLabels', 'genericHosts', 'domains'];
  const unknown = Object.keys(o).find((k) => !known.includes(k));
  if (unknown) throw new Error(`field "options.${unknown}": unknown option (known: ${known.join(', ')})`);
  return {
    schemes: stringList(o['schemes'], 'schemes'),
    internalTlds: stringList(o['internalTlds'], 'internalTlds'),
    internalLabels: stringList(o['internalLabels'], 'internalLabels'),
    genericHosts: stringList(o['genericHosts'], 'genericHosts'),
    domains: stringList(o['domains'], 'domains'),
  };
}

/**
 * Anchor of a bare host: an internal top-level label, an internal sub-label, or a configured domain.
 * The first two start on the `.`/`-` that follows a label, a rare character: fast on long prose.
 */
function anchorRegExp(o: InternalUrlOptions): RegExp | null {
  const after: string[] = [];
  const tlds = o.internalTlds.map(escapeRegExp);
  if (tlds.length) after.push(String.raw`(?<=\.)(?:${tlds.join('|')})(?![A-Za-z0-9_-])`);
  const labels = o.internalLabels.map(escapeRegExp);
  if (labels.length) after.push(String.raw`(?<=(?<![A-Za-z0-9])(?:${labels.join('|')})[.-])(?=[A-Za-z0-9])`);
  const alts = after.length ? [String.raw`[.-](?:${after.join('|')})`] : [];
  const domains = o.domains.map((d) => escapeRegExp(d.replace(/^[*.]+|\.+$/g, ''))).filter(Boolean);
  if (domains.length) alts.push(String.raw`(?<![A-Za-z0-9_-])(?:${domains.join('|')})(?![A-Za-z0-9_-])`);
  return alts.length ? new RegExp(alts.join('|'), 'gi') : null;
}

export const internalUrlDetector: DetectorFactory = (rule) => {
  const options = internalUrlOptions(rule);
  const classify = hostClassifier(options);
  const schemes = lowerSet(options.schemes);
  const anchor = anchorRegExp(options);
  const allow = compileAllow(rule);
  const context = rule.context ? compileContext(rule.context) : null;
  const base = rule.confidence ?? 0.9;

  const push = (out: Candidate[], text: string, start: number, end: number, cls: HostClass): void => {
    if (allow.some((a) => a.test(text.slice(start, end)))) return;
    let confidence: number | null = base;
    if (rule.context && context) confidence = applyContext(rule.context, context(text, start, end), confidence);
    if (confidence === null) return;
    // A single-label host (http://app:3000, a container or a NetBIOS name) says less than a full
    // internal name or address: one severity step down (never below the rule's own when it is low).
    const severity = cls === 'single-label' ? lower(rule.severity) : undefined;
    out.push({ start, end, confidence, ...(severity ? { severity } : {}) });
  };

  const detect: DetectFn = (text) => {
    const out: Candidate[] = [];
    // Stretches already covered by a scheme URL (internal or not): bare-host anchors inside are skipped.
    const covered: Array<[number, number]> = [];
    for (let i = text.indexOf('://'); i >= 0; i = text.indexOf('://', i + 3)) {
      let s = i;
      while (s > 0 && i - s < 32 && SCHEME_CHAR.test(text[s - 1] as string)) s--;
      while (s < i && !/[A-Za-z]/.test(text[s] as string)) s++;
      const scheme = text.slice(s, i).toLowerCase();
      if (!scheme || !schemes.has(scheme)) continue;
      if (text[s - 1] === ':' && /(?:^|[^A-Za-z0-9])jdbc$/i.test(text.slice(Math.max(0, s - 6), s - 1))) s -= 5;
      const afterScheme = AFTER_SCHEME();
      afterScheme.lastIndex = i + 3;
      const m = afterScheme.exec(text);
      if (!m || !m[1]) continue;
      // `user:` followed by something that is not a port (a redacted `[EMAIL_1]` password@host):
      // what looked like a host is the user name.
      if (text[i + 3 + m[0].length] === ':') continue;
      const end = trimUrlEnd(text, s, i + 3 + m[0].length);
      covered.push([s, end]);
      const host = m[1].replace(/[.-]+$/, '');
      const cls = host ? classify(host, false) : null;
      if (cls) push(out, text, s, end, cls);
    }
    if (anchor) {
      let c = 0;
      anchor.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = anchor.exec(text)) !== null) {
        const at = m.index;
        while (c < covered.length && (covered[c] as [number, number])[1] <= at) c++;
        const cov = covered[c];
        if (cov && cov[0] <= at) { anchor.lastIndex = cov[1]; continue; }
        let hs = at;
        while (hs > 0 && HOST_CHAR.test(text[hs - 1] as string)) hs--;
        let he = at + m[0].length;
        while (he < text.length && HOST_CHAR.test(text[he] as string)) he++;
        if (text[hs] === '.') { anchor.lastIndex = Math.max(he, at + 1); continue; } // .env.local: a file name
        while (hs < he && /[_-]/.test(text[hs] as string)) hs++;
        while (he > hs && /[._-]/.test(text[he - 1] as string)) he--;
        anchor.lastIndex = Math.max(he, at + 1);
        const before = text[hs - 1];
        // user@host is an e-mail address, except scp-style `git@host:path`, which is a URL.
        const scp = before === '@' && SCP_PATH.test(text.slice(he, he + 2));
        if ((before === '@' && !scp) || before === '\\' || before === '/' || (before !== undefined && LETTER_OR_DIGIT.test(before))) continue;
        const host = text.slice(hs, he);
        if (!/^(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?\.)+[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]$/.test(host)) continue;
        const cls = classify(host, true);
        if (!cls) continue;
        let start = hs;
        if (scp) { start = hs - 1; while (start > 0 && /[A-Za-z0-9._-]/.test(text[start - 1] as string)) start--; }
        const tailRe = scp ? SCP_TAIL : AFTER_HOST();
        tailRe.lastIndex = he;
        const tail = tailRe.exec(text);
        const end = trimUrlEnd(text, start, he + (tail ? tail[0].length : 0));
        anchor.lastIndex = Math.max(anchor.lastIndex, end);
        push(out, text, start, end, cls);
      }
    }
    return out;
  };
  return detect;
};

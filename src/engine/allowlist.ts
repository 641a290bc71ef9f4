// Global allow-list (configuration): values, patterns, rule ids and fingerprints that never count.
import type { Finding } from '../types.js';
import { valueKey } from './value-key.js';

/** What the configuration may allow. Values are compared after normalisation (valueKey). */
export interface Allowlist {
  values?: string[];
  /** Regexes (Unicode) tested against the raw value. */
  patterns?: string[];
  /** Fingerprints of accepted findings. */
  fingerprints?: string[];
}

export interface CompiledAllowlist {
  allows(f: Finding, value: string): boolean;
}

export function compileAllowlist(a: Allowlist): CompiledAllowlist {
  const values = a.values ?? [];
  const patterns = (a.patterns ?? []).map((p) => new RegExp(p, 'u'));
  const fps = new Set(a.fingerprints ?? []);
  const keys = new Map<string, Set<string>>();
  const keyFor = (type: string): Set<string> => {
    let s = keys.get(type);
    if (!s) { s = new Set(values.map((v) => valueKey(type, v))); keys.set(type, s); }
    return s;
  };
  return {
    allows: (f, value) => fps.has(f.fingerprint) || patterns.some((p) => p.test(value)) || (values.length > 0 && keyFor(f.type).has(f.entityKey.slice(f.type.length + 1))),
  };
}

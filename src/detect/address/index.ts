// The `postal-address` detector kind: French and English postal addresses with graded confidence.
import type { Candidate, RuleSpec } from '../../types.js';
import { applyContext, compileContext } from '../context.js';
import type { DetectFn, DetectorFactory } from '../detector.js';
import { compileAllow, compileValidators } from '../pattern.js';
import { findEnglishAddresses } from './en-address.js';
import { findFrenchAddresses, type AddressKind, type AddressMatch } from './fr-address.js';
import { parseStreetTypes, type StreetTypes } from './street-types.js';

/**
 * Options of a `postal-address` rule (all optional but `streetTypes`):
 * - `locale`: `fr` (number, type, name; default) or `en` (number, name, type; UK and US tails).
 * - `streetTypes`: data file of street types, relative to the rule file.
 * - `streetOnly`: confidence of a street line without postcode line (default 0.6).
 * - `nounStreetOnly`: the same when the type is an ordinary noun written with a capital ("2 Cours
 *   Magistraux") or the number looks like a year (default 0.4).
 * - `box`: confidence of a BP/CS/TSA line with its postcode line (default: the rule's confidence).
 * The rule's `confidence` (default 0.95) is that of a street line with its postcode line.
 */
export interface PostalAddressOptions {
  locale: 'fr' | 'en';
  streetTypes: string;
  streetOnly: number;
  nounStreetOnly: number;
  box: number | undefined;
}

const confidenceOption = (o: Record<string, unknown>, key: string, fallback: number | undefined): number | undefined => {
  const v = o[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || v < 0 || v > 1) throw new Error(`field "options.${key}": expected a number between 0 and 1`);
  return v;
};

export function readOptions(rule: RuleSpec): PostalAddressOptions {
  const o = rule.options ?? {};
  const known = new Set(['locale', 'streetTypes', 'streetOnly', 'nounStreetOnly', 'box']);
  for (const k of Object.keys(o)) if (!known.has(k)) throw new Error(`field "options.${k}": unknown option of the postal-address detector`);
  const locale = o['locale'] ?? 'fr';
  if (locale !== 'fr' && locale !== 'en') throw new Error('field "options.locale": expected "fr" or "en"');
  const streetTypes = o['streetTypes'];
  if (typeof streetTypes !== 'string' || streetTypes === '') throw new Error('field "options.streetTypes": the postal-address detector needs a street-type data file');
  return {
    locale, streetTypes,
    streetOnly: confidenceOption(o, 'streetOnly', 0.6) as number,
    nounStreetOnly: confidenceOption(o, 'nounStreetOnly', 0.4) as number,
    box: confidenceOption(o, 'box', undefined),
  };
}

/** Finding tags: what the address was recognised from. */
const TAGS: Record<AddressKind, string> = {
  full: 'street-and-postcode', box: 'box-and-postcode', street: 'street-only', 'street-noun': 'street-only',
};

export const postalAddressDetector: DetectorFactory = (rule, env) => {
  const opts = readOptions(rule);
  const checks = compileValidators(rule);
  const allow = compileAllow(rule);
  const context = rule.context ? compileContext(rule.context) : null;
  const full = rule.confidence ?? 0.95;
  const base: Record<AddressKind, number> = {
    full, box: opts.box ?? full, street: opts.streetOnly, 'street-noun': opts.nounStreetOnly,
  };
  let types: StreetTypes | undefined; // read on the first scan, never at start-up
  const find = opts.locale === 'en' ? findEnglishAddresses : findFrenchAddresses;
  const detect: DetectFn = (text) => {
    types ??= parseStreetTypes(env.readData(opts.streetTypes), opts.locale === 'en');
    const out: Candidate[] = [];
    for (const a of find(text, types) as AddressMatch[]) {
      const value = text.slice(a.start, a.end);
      if (allow.some((re) => re.test(value))) continue;
      let confidence: number | null = base[a.kind];
      for (const check of checks) {
        const r = check({ value, text, start: a.start, end: a.end });
        if (r === false) { confidence = null; break; }
        if (typeof r === 'number') confidence += r;
      }
      if (confidence === null) continue;
      if (rule.context && context) {
        confidence = applyContext(rule.context, context(text, a.start, a.end), confidence);
        if (confidence === null) continue;
      }
      out.push({ start: a.start, end: a.end, confidence: Math.max(0, Math.min(1, confidence)), tag: TAGS[a.kind] });
    }
    return out;
  };
  return detect;
};

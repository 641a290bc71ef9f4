// Writes the redacted copy of a text (design §8): typed placeholders or a length-keeping mask.
import type { Finding } from '../types.js';
import { Placeholders } from './placeholders.js';

export type RedactStyle = 'placeholder' | 'mask';

export interface RedactOptions {
  style?: RedactStyle;
  /** Shared numbering, so that one value keeps its placeholder across the inputs of a run. */
  placeholders?: Placeholders;
}

/** One replaced stretch of the original text. */
export interface Replacement {
  start: number;
  end: number;
  type: string;
  entityKey: string;
  replacement: string;
}

export interface Redacted {
  text: string;
  replacements: Replacement[];
}

/** Merges overlapping or nested findings; each group is named after its widest finding. */
function groups(findings: readonly Finding[]): { start: number; end: number; head: Finding }[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { start: number; end: number; head: Finding }[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (f.end - f.start > last.head.end - last.head.start) last.head = f;
      last.end = Math.max(last.end, f.end);
    } else {
      out.push({ start: f.start, end: f.end, head: f });
    }
  }
  return out;
}

const MASK = '█';

export function redact(text: string, findings: readonly Finding[], options: RedactOptions = {}): Redacted {
  const style = options.style ?? 'placeholder';
  const numbering = options.placeholders ?? new Placeholders();
  const parts: string[] = [];
  const replacements: Replacement[] = [];
  let at = 0;
  for (const g of groups(findings.filter((f) => f.redact !== false))) {
    parts.push(text.slice(at, g.start));
    const original = text.slice(g.start, g.end);
    const replacement = style === 'mask'
      ? original.replace(/[^\r\n]/gu, MASK)
      : numbering.for(g.head.type, g.head.entityKey);
    parts.push(replacement);
    replacements.push({ start: g.start, end: g.end, type: g.head.type, entityKey: g.head.entityKey, replacement });
    at = g.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), replacements };
}

/** At most this many passes: in practice the second pass, when there is one, finds the last values. */
const MAX_PASSES = 3;

/**
 * Redacts until a scan of the output finds nothing to redact. Removing a value changes what its
 * neighbours look like (« CVV : 737 10 rue… » hides the code behind the next number until the
 * address is gone), so the redacted text is scanned again and anything found is redacted too.
 * `replacements` of later passes are offsets in the previous pass's output.
 */
export function redactUntilClean(text: string, scan: (t: string) => readonly Finding[], options: RedactOptions = {}): Redacted & { passes: number } {
  const numbering = options.placeholders ?? new Placeholders();
  let current = text;
  const replacements: Replacement[] = [];
  let findings = scan(current);
  let passes = 0;
  while (passes < MAX_PASSES && findings.some((f) => f.redact !== false)) {
    const out = redact(current, findings, { ...options, placeholders: numbering });
    passes++;
    if (out.text === current) break;
    replacements.push(...out.replacements);
    current = out.text;
    findings = scan(current);
  }
  return { text: current, replacements, passes };
}

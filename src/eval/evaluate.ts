// Measures a scanner against an annotated corpus (format: shared/corpus/README.md). Pure.
import type { Finding, Risk } from '../types.js';
import { LETTER_OR_DIGIT } from '../detect/text.js';

export interface GoldEntity { type: string; start: number; end: number; text: string }
export interface CorpusCase { id: string; lang: string; sensitive: boolean; text: string; entities: GoldEntity[] }

export interface TypeScore {
  type: string;
  gold: number;
  found: number;
  /** Found spans overlapping a gold span of the same type. */
  truePositives: number;
  /** Gold spans overlapped by a found span of the same type. */
  goldFound: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of gold entities all of whose letters and digits fall inside redacted spans (any type). */
  leakRecall: number;
}

/** One miss or false alarm, for tuning; `value` only when asked for. */
export interface EvalError { caseId: string; kind: 'missed' | 'false-positive'; type: string; start: number; end: number; value?: string }

export interface EvalResult {
  cases: number;
  types: TypeScore[];
  overall: Omit<TypeScore, 'type'>;
  gate: { sensitive: number; blocked: number; clean: number; falseAlarms: number };
  /** Share of letters and digits redacted in `sensitive: false` cases, outside / inside `neg-public` (null: no such case). */
  negativeRedaction: { other: number | null; public: number | null };
  errors: EvalError[];
}

export type Analyzer = (text: string) => { findings: Finding[]; risk: Risk };

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const isAlnum = (c: string): boolean => LETTER_OR_DIGIT.test(c);
const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function parseCorpus(jsonl: string): CorpusCase[] {
  return jsonl.split('\n').filter((l) => l.trim() !== '').map((l, i) => {
    try {
      return JSON.parse(l) as CorpusCase;
    } catch (e) {
      throw new Error(`line ${i + 1}: invalid JSON (${(e as Error).message})`);
    }
  });
}

export function evaluate(cases: readonly CorpusCase[], analyze: Analyzer, isBlocked: (r: Risk) => boolean, withValues = false): EvalResult {
  const acc = new Map<string, { gold: number; found: number; tp: number; goldFound: number; leakSafe: number }>();
  const get = (t: string) => {
    let a = acc.get(t);
    if (!a) { a = { gold: 0, found: 0, tp: 0, goldFound: 0, leakSafe: 0 }; acc.set(t, a); }
    return a;
  };
  const gate = { sensitive: 0, blocked: 0, clean: 0, falseAlarms: 0 };
  const neg = { other: [0, 0], public: [0, 0] };
  const errors: EvalError[] = [];
  for (const c of cases) {
    const { findings, risk } = analyze(c.text);
    const redacted = new Uint8Array(c.text.length);
    for (const f of findings) redacted.fill(1, f.start, f.end);
    for (const f of findings) {
      const a = get(f.type);
      a.found++;
      if (c.entities.some((g) => g.type === f.type && overlaps(f, g))) a.tp++;
      else errors.push({ caseId: c.id, kind: 'false-positive', type: f.type, start: f.start, end: f.end, ...(withValues ? { value: c.text.slice(f.start, f.end) } : {}) });
    }
    for (const g of c.entities) {
      const a = get(g.type);
      a.gold++;
      if (findings.some((f) => f.type === g.type && overlaps(f, g))) a.goldFound++;
      else errors.push({ caseId: c.id, kind: 'missed', type: g.type, start: g.start, end: g.end, ...(withValues ? { value: g.text } : {}) });
      let safe = true;
      for (let i = g.start; i < g.end; i++) if (!redacted[i] && isAlnum(c.text[i] as string)) { safe = false; break; }
      if (safe) a.leakSafe++;
    }
    const blocked = isBlocked(risk);
    if (c.sensitive) { gate.sensitive++; if (blocked) gate.blocked++; } else { gate.clean++; if (blocked) gate.falseAlarms++; }
    if (!c.sensitive) {
      const bucket = /-neg-public-/.test(c.id) ? neg.public : neg.other;
      for (let i = 0; i < c.text.length; i++) {
        if (isAlnum(c.text[i] as string)) { bucket[0] = (bucket[0] ?? 0) + 1; if (redacted[i]) bucket[1] = (bucket[1] ?? 0) + 1; }
      }
    }
  }
  const score = (a: { gold: number; found: number; tp: number; goldFound: number; leakSafe: number }) => {
    const precision = ratio(a.tp, a.found);
    const recall = ratio(a.goldFound, a.gold);
    return {
      gold: a.gold, found: a.found, truePositives: a.tp, goldFound: a.goldFound, precision, recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
      leakRecall: ratio(a.leakSafe, a.gold),
    };
  };
  const types = [...acc].map(([type, a]) => ({ type, ...score(a) })).sort((x, y) => y.gold - x.gold || x.type.localeCompare(y.type));
  const total = [...acc.values()].reduce((s, a) => ({ gold: s.gold + a.gold, found: s.found + a.found, tp: s.tp + a.tp, goldFound: s.goldFound + a.goldFound, leakSafe: s.leakSafe + a.leakSafe }), { gold: 0, found: 0, tp: 0, goldFound: 0, leakSafe: 0 });
  return {
    cases: cases.length, types, overall: score(total), gate,
    negativeRedaction: {
      other: neg.other[0] ? (neg.other[1] ?? 0) / neg.other[0] : null,
      public: neg.public[0] ? (neg.public[1] ?? 0) / neg.public[0] : null,
    },
    errors,
  };
}

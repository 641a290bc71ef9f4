// Overlap resolution: one finding per stretch of text, except more severe findings nested inside.
import { severityRank, type Finding } from '../types.js';

const weight = (f: Finding): number => (f.blocking ? 1000 : 0) + severityRank(f.severity) * 100 + f.confidence * 10;

/**
 * Findings are taken by priority: blocking, then severity, then length, then confidence. A finding
 * that overlaps a kept one is dropped — unless every kept finding it overlaps lies wholly inside it
 * and is strictly more severe (a password inside an internal URL): then it is kept as their
 * container, both are reported, and redaction covers the union. Linear in the covered length.
 */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const byPriority = [...findings].sort((a, b) =>
    weight(b) - weight(a) || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  let lo = Infinity;
  let hi = 0;
  for (const f of findings) { lo = Math.min(lo, f.start); hi = Math.max(hi, f.end); }
  // owner[i - lo] = 1 + index in `kept` of the outermost finding covering offset i (0: free).
  const owner = new Int32Array(hi - lo);
  const kept: Finding[] = [];
  for (const f of byPriority) {
    const clashes = new Set<number>();
    for (let i = f.start; i < f.end; i++) {
      const o = owner[i - lo] ?? 0;
      if (o) clashes.add(o - 1);
    }
    const nestsAll = [...clashes].every((k) => {
      const g = kept[k] as Finding;
      return g.start >= f.start && g.end <= f.end && severityRank(g.severity) > severityRank(f.severity);
    });
    if (!nestsAll) continue;
    kept.push(f);
    owner.fill(kept.length, f.start - lo, f.end - lo);
  }
  return kept;
}

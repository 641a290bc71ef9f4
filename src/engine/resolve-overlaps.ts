// Overlap resolution: a finding wholly inside another, no more severe, is the same data twice.
import { severityRank, type Finding } from '../types.js';

const weight = (f: Finding): number => (f.blocking ? 1000 : 0) + severityRank(f.severity) * 100 + f.confidence * 10;

/**
 * Findings are taken by priority: blocking, then severity, then confidence, then length. A finding
 * that lies wholly inside a kept one and is not more severe is dropped (a SIREN inside a SIRET).
 * Everything else is kept: a more severe finding nested inside (a password inside an internal URL)
 * and findings that only partly overlap — dropping one of those would leave its other part
 * unredacted; redaction replaces the union of overlapping findings by one placeholder.
 * Near-linear: only clusters of overlapping findings are compared.
 */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  // Most findings overlap nothing: sweep by start, and resolve only clusters of overlapping ones.
  // (Findings already in reading order, as scanText passes them, sort in linear time.)
  const byStart = [...findings].sort((a, b) => a.start - b.start);
  const kept: Finding[] = [];
  // The cluster is byStart[from, i): a lone finding is kept as it is, with no array made for it.
  let from = 0;
  let clusterEnd = -1;
  for (let i = 0; i <= byStart.length; i++) {
    const f = byStart[i];
    if (f !== undefined && f.start < clusterEnd) { clusterEnd = Math.max(clusterEnd, f.end); continue; }
    if (i - from === 1) kept.push(byStart[from] as Finding);
    else if (i > from) kept.push(...resolveCluster(byStart.slice(from, i)));
    from = i;
    if (f !== undefined) clusterEnd = f.end;
  }
  return kept;
}

/** Resolves findings that overlap each other (a connected stretch of text). */
function resolveCluster(findings: Finding[]): Finding[] {
  const byPriority = [...findings].sort((a, b) =>
    weight(b) - weight(a) || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  let lo = Infinity;
  let hi = 0;
  for (const f of findings) { lo = Math.min(lo, f.start); hi = Math.max(hi, f.end); }
  // owner[i - lo] = 1 + index in `kept` of a kept finding covering offset i (0: free).
  const owner = new Int32Array(hi - lo);
  const kept: Finding[] = [];
  const keep = new Set<Finding>();
  for (const f of byPriority) {
    // Which kept findings cover it: none yet (0), exactly one (its owner number), several (-1).
    let cover = 0;
    let free = false;
    for (let i = f.start; i < f.end; i++) {
      const o = owner[i - lo] ?? 0;
      if (o === 0) free = true;
      else if (cover === 0) cover = o;
      else if (cover !== o) cover = -1;
    }
    // Wholly covered by one kept finding that is at least as severe: a duplicate.
    if (!free && cover > 0) {
      const g = kept[cover - 1] as Finding;
      if (g.start <= f.start && f.end <= g.end && severityRank(g.severity) >= severityRank(f.severity)) continue;
    }
    kept.push(f);
    keep.add(f);
    for (let i = f.start; i < f.end; i++) if (!owner[i - lo]) owner[i - lo] = kept.length;
  }
  return findings.filter((f) => keep.has(f)); // in the cluster's own order
}

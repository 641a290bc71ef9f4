// The one risk formula (design §7). Every number that shapes a score is in this file.
import { severityRank, type Finding, type Risk, type RiskLevel, type RiskReason, type Severity } from '../types.js';

/**
 * How it works:
 * 1. Each finding adds `WEIGHT[severity] × confidence` points. Repeats of one value (same
 *    entityKey) add half as much each time: 1, 1/2, 1/4… (diminishing returns).
 * 2. Combinations that identify a person add `COMBINATION_POINTS` once per combination kind:
 *    a PERSON together with an address, a national or bank identifier, a birth date, a contact…
 * 3. Callers may add reasons of their own (e.g. tender context) with their points.
 * 4. The raw sum S saturates: score = round(100 × (1 − e^(−S / SCALE))), 0..100.
 *    With SCALE = 50, one sure critical finding scores ≥ 80 (critical), one sure high finding ≥ 50,
 *    one sure medium finding ≥ 25 and one low finding stays low.
 * 5. A blocking finding (a classification marking) sets the score to at least 90: critical, blocking.
 * 6. Names alone weigh at most NAMES_ALONE_CAP points in step 1: PERSON findings of medium severity
 *    or less, however many, keep a text medium by themselves; combinations (2), raised severities
 *    (tender context) and other findings still add.
 * Levels: none 0, low 1–24, medium 25–49, high 50–79, critical 80–100.
 */
export const WEIGHT: Record<Severity, number> = { low: 4, medium: 16, high: 40, critical: 85 };
export const REPEAT_FACTOR = 0.5;
export const COMBINATION_POINTS = 20;
export const SCALE = 50;
export const BLOCKING_FLOOR = 90;
/** 1 − e^(−34/50) ≈ 49: the top of `medium`. */
export const NAMES_ALONE_CAP = 34;

/** Types that, found together with a PERSON, make that person identifiable. */
const IDENTIFYING: Record<string, string> = {
  POSTAL_ADDRESS: 'name + postal address',
  FR_NIR: 'name + social security number',
  DATE_OF_BIRTH: 'name + date of birth',
  ID_DOCUMENT: 'name + identity document',
  IBAN: 'name + bank account',
  FR_RIB: 'name + bank account',
  CREDIT_CARD: 'name + payment card',
  PHONE: 'name + phone number',
  EMAIL: 'name + e-mail',
  LICENSE_PLATE: 'name + licence plate',
  FR_TAX_ID: 'name + tax number',
};

export function levelOf(score: number): RiskLevel {
  if (score <= 0) return 'none';
  if (score < 25) return 'low';
  if (score < 50) return 'medium';
  if (score < 80) return 'high';
  return 'critical';
}

/** Scores one input's findings; `extra` reasons (already weighed by their producer) are added. */
export function scoreRisk(findings: readonly Finding[], extra: readonly RiskReason[] = []): Risk {
  const reasons: RiskReason[] = [];
  const repeats = new Map<string, number>();
  const perRule = new Map<string, { reason: RiskReason; count: number; severity: Severity }>();
  let namePoints = 0;
  for (const f of findings) {
    const n = repeats.get(f.entityKey) ?? 0;
    repeats.set(f.entityKey, n + 1);
    let points = WEIGHT[f.severity] * f.confidence * REPEAT_FACTOR ** n;
    if (f.type === 'PERSON' && severityRank(f.severity) <= severityRank('medium')) {
      points = Math.min(points, Math.max(0, NAMES_ALONE_CAP - namePoints));
      namePoints += points;
    }
    let entry = perRule.get(f.ruleId);
    if (!entry) {
      entry = { reason: { code: 'finding', message: '', points: 0, ruleId: f.ruleId, type: f.type }, count: 0, severity: f.severity };
      perRule.set(f.ruleId, entry);
      reasons.push(entry.reason);
    }
    entry.count++;
    entry.reason.points += points;
    if (severityRank(f.severity) > severityRank(entry.severity)) entry.severity = f.severity;
  }
  for (const { reason, count, severity } of perRule.values()) reason.message = `${count} × ${reason.type} (${severity}, ${reason.ruleId})`;
  const types = new Set(findings.map((f) => f.type));
  if (types.has('PERSON')) {
    for (const [t, message] of Object.entries(IDENTIFYING)) {
      if (types.has(t)) reasons.push({ code: 'combination', message, points: COMBINATION_POINTS, type: t });
    }
  }
  reasons.push(...extra);
  const sum = reasons.reduce((s, r) => s + r.points, 0);
  let score = Math.round(100 * (1 - Math.exp(-sum / SCALE)));
  const blockers = findings.filter((f) => f.blocking);
  if (blockers.length > 0) {
    score = Math.max(score, BLOCKING_FLOOR);
    reasons.push({ code: 'blocking', message: `blocking marking (${blockers[0]?.type}) at line ${blockers[0]?.line}: this text must not be pasted`, points: 0, ruleId: blockers[0]?.ruleId ?? '' });
  }
  for (const r of reasons) r.points = Math.round(r.points * 10) / 10;
  reasons.sort((a, b) => b.points - a.points);
  return { score, level: levelOf(score), blocking: blockers.length > 0, reasons };
}

// Public communiqué (issue 4): a press release or a published news item names officials in their
// public role. Their names stay findings (redacted if the user redacts) but weigh little in the risk.
import type { DocumentSignal } from '../engine/analyze.js';
import { foldForCompare } from '../detect/text.js';
import type { Finding, RiskReason } from '../types.js';

/**
 * Cues that the text itself is meant for publication (folded: lower case, no accents). Phrases
 * count anywhere near the top or the end; headings (« Communiqué – », « Council news: ») only at
 * the start of a line, since « communiqué » is also a verb (« je vous ai communiqué »).
 */
const PHRASES = [
  'communique de presse', 'contact presse', 'contacts presse', 'relations presse', 'service presse',
  'dossier de presse', 'press release', 'news release', 'for immediate release', 'media contact',
  'media enquiries', 'press office', 'publie le', 'published on', '(afp)',
];
const HEADINGS = ['communique', 'council news', 'news', 'actualites', 'actualite', 'a la une', 'breve', 'breves', 'info presse'];
const esc = (c: string): string => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CUES = new RegExp(
  `(?:^|[^a-z])(?:${PHRASES.map(esc).join('|')})|(?:^|\\n)[ \\t#*]*(?:${HEADINGS.map(esc).join('|')})[ \\t]*[-:–—]`);

/** Public roles: a name near one of them in a published text is an official in that role. */
const PUBLIC_ROLES = new RegExp(String.raw`(?:^|[^a-z])(?:maire|maires|adjoint|adjointe|president|presidente|vice-president|vice-presidente|conseiller|conseillere|conseillers|depute|deputee|senateur|senatrice|ministre|prefet|prefete|sous-prefet|recteur|rectrice|directeur general|directrice generale|directeur|directrice|elu|elue|elus|porte-parole|councillor|councilor|mayor|cabinet member|minister|secretary of state|chief executive|leader of the council|member of parliament|mp|spokesperson|commissioner)(?![a-z])`);

/**
 * Types that never appear about an official in a public text: if one is found, the text is not
 * treated as public (a « communiqué » pasted with a NIR or an IBAN is a leak, not a publication).
 */
const PRIVATE_TYPES = new Set([
  'FR_NIR', 'IBAN', 'FR_RIB', 'CREDIT_CARD', 'DATE_OF_BIRTH', 'ID_DOCUMENT', 'SECRET', 'CLASSIFICATION',
  'FR_TAX_ID', 'LICENSE_PLATE', 'POSTAL_ADDRESS',
]);

/** How far (characters each side) a public role is looked for around a name. */
export const ROLE_WINDOW = 80;
/** Share of a lowered name's weight given back as a negative risk reason. */
const RELIEF = 0.5;
const LOW_WEIGHT = 4;

/** True when the text reads as a press release or a published news item. */
export function isPublicCommunique(text: string): boolean {
  const head = foldForCompare(text.slice(0, 300));
  if (CUES.test(head)) return true;
  return text.length > 300 && CUES.test(foldForCompare(text.slice(-400)));
}

export const publicCommunique: DocumentSignal = (text: string, findings: Finding[]): RiskReason[] => {
  if (!findings.some((f) => f.type === 'PERSON')) return [];
  if (findings.some((f) => PRIVATE_TYPES.has(f.type) || f.blocking)) return [];
  if (!isPublicCommunique(text)) return [];
  const lowered = new Map<string, number>();
  for (const f of findings) {
    if (f.type !== 'PERSON') continue;
    const around = foldForCompare(text.slice(Math.max(0, f.start - ROLE_WINDOW), Math.min(text.length, f.end + ROLE_WINDOW)));
    if (!PUBLIC_ROLES.test(around)) continue;
    f.severity = 'low';
    f.tag = 'public-role';
    if (!lowered.has(f.entityKey)) lowered.set(f.entityKey, f.confidence);
  }
  if (lowered.size === 0) return [];
  // Never more than what the lowered names still add, so the score cannot go below zero.
  const relief = [...lowered.values()].reduce((s, c) => s + RELIEF * LOW_WEIGHT * c, 0);
  return [{
    code: 'public-communique',
    message: `published text (press release or news): ${lowered.size} person(s) named in a public role weigh as low`,
    points: -relief,
  }];
};

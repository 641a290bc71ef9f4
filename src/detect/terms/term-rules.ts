// Turns the configuration's `terms:` entries into rules of the `terms` detector.
import { basename, resolve } from 'node:path';
import type { Severity, RuleSpec } from '../../types.js';

/** One `terms:` entry of .caviard.yaml: a file path, or a file with defaults for its terms. */
export type TermsConfigEntry = string | { file: string; type?: string; severity?: Severity; blocking?: boolean };

const kebab = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\.[a-z0-9]+$/, '')
  .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'list';

/**
 * One rule per entry: id `terms.<file name>` (a number appended when two files share a name),
 * type CUSTOM_TERM and severity high unless the entry (or each term, in a YAML list) says otherwise.
 * Paths are relative to the configuration file's folder.
 */
export function termRuleSpecs(entries: readonly TermsConfigEntry[] | undefined, dir: string, configFile: string | null): RuleSpec[] {
  const seen = new Map<string, number>();
  return (entries ?? []).map((entry) => {
    const e = typeof entry === 'string' ? { file: entry } : entry;
    const file = resolve(dir, e.file);
    const name = kebab(basename(file));
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    const spec: RuleSpec = {
      id: `terms.${name}${n > 1 ? `-${n}` : ''}`,
      type: e.type ?? 'CUSTOM_TERM',
      title: { en: `Organisation term (${basename(file)})`, fr: `Terme propre à l'organisation (${basename(file)})` },
      description: `Terms listed in ${e.file}: whole words, regardless of case and accents.`,
      severity: e.severity ?? 'high',
      detector: 'terms',
      options: { file },
      examples: { match: [], 'no-match': [] },
      source: configFile ?? resolve(dir, '.caviard.yaml'),
    };
    if (e.blocking !== undefined) spec.blocking = e.blocking;
    return spec;
  });
}

// Finds and validates the configuration (design §9): --config, CAVIARD_CONFIG, nearest .caviard.yaml.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Allowlist } from '../engine/allowlist.js';
import type { TermsConfigEntry } from '../detect/terms/term-rules.js';
import type { Severity } from '../types.js';
import { configValidator } from './validate-config.js';

export interface Config {
  extends?: 'defaults' | 'none';
  rules?: string[];
  disable?: string[];
  severity?: Record<string, Severity>;
  failOn?: Severity | 'off';
  minConfidence?: number;
  /** Amounts in tender documents: redacted (default), reported only, or not detected. */
  tender?: { amounts?: 'redact' | 'report' | 'off' };
  /** Internal domains (and their sub-domains) reported as INTERNAL_URL (rules of detector `internal-url`). */
  internalDomains?: string[];
  /** Organisation term lists, each a rule of detector `terms` (src/detect/terms/term-rules.ts). */
  terms?: TermsConfigEntry[];
  allowlist?: Allowlist;
}

/** A configuration with the folder its relative paths are resolved from (null: built-in defaults). */
export interface LoadedConfig {
  config: Config;
  file: string | null;
  dir: string;
}

export class ConfigError extends Error {
  constructor(readonly file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ConfigError';
  }
}

export const CONFIG_NAMES = ['.caviard.yaml', '.caviard.yml'];

/** The nearest configuration file walking up from `dir`, or null. */
export function findConfig(dir: string): string | null {
  for (let d = resolve(dir); ; d = dirname(d)) {
    for (const name of CONFIG_NAMES) {
      const p = join(d, name);
      if (existsSync(p)) return p;
    }
    if (dirname(d) === d) return null;
  }
}

export async function parseConfig(text: string, file: string): Promise<Config> {
  const [{ default: yaml }, validate] = await Promise.all([import('js-yaml'), configValidator()]);
  let doc: unknown;
  try {
    doc = yaml.load(text, { filename: file }) ?? {};
  } catch (e) {
    throw new ConfigError(file, `invalid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!validate(doc)) {
    const e = validate.errors?.[0];
    const where = e?.instancePath.replace(/^\//, '').replace(/\//g, '.') ?? '';
    const what = e?.keyword === 'additionalProperties'
      ? `unknown field "${[where, (e.params as { additionalProperty: string }).additionalProperty].filter(Boolean).join('.')}"`
      : `field "${where || '(root)'}" ${e?.message ?? 'is invalid'}`;
    throw new ConfigError(file, what);
  }
  return doc as Config;
}

/**
 * Loads the configuration that applies: explicit file, CAVIARD_CONFIG, the nearest file walking up
 * from `searchFrom` (the input's folder; default `cwd`), else the nearest one above `cwd`, else
 * defaults.
 */
export async function loadConfig(explicit: string | undefined, env: NodeJS.ProcessEnv, cwd: string, searchFrom = cwd): Promise<LoadedConfig> {
  const file = explicit ? resolve(cwd, explicit) : env['CAVIARD_CONFIG'] ? resolve(cwd, env['CAVIARD_CONFIG']) : (findConfig(searchFrom) ?? findConfig(cwd));
  if (!file) return { config: {}, file: null, dir: cwd };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(file, `cannot read configuration (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return { config: await parseConfig(text, file), file, dir: dirname(file) };
}

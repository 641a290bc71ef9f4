// Shared by commands: the configuration and the rule set it selects.
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { configuredRuleSet } from '../config/build-ruleset.js';
import { loadConfig, type LoadedConfig } from '../config/load-config.js';
import { compileAllowlist, type CompiledAllowlist } from '../engine/allowlist.js';
import type { RuleSet } from '../rules/compile.js';
import type { CliIO } from './io.js';

export interface Session {
  loaded: LoadedConfig;
  ruleset: RuleSet;
  allowlist: CompiledAllowlist | undefined;
}

export interface SessionFlags {
  config?: string;
  rules?: string[];
}

/**
 * Where to look for `.caviard.yaml` (design §9: walking up from the input): the folder of the
 * first input that is a file or a folder; the current folder for standard input and globs.
 */
export function configSearchDir(inputs: readonly string[], cwd: string): string {
  const first = inputs.find((i) => i !== '-');
  if (first === undefined) return cwd;
  const abs = resolve(cwd, first);
  try {
    return statSync(abs).isDirectory() ? abs : dirname(abs);
  } catch {
    return cwd;
  }
}

export async function openSession(io: CliIO, flags: SessionFlags, inputs: readonly string[] = []): Promise<Session> {
  const loaded = await loadConfig(flags.config, io.env, io.cwd, configSearchDir(inputs, io.cwd));
  const ruleset = configuredRuleSet(loaded, flags.rules ?? [], io.cwd);
  const allowlist = loaded.config.allowlist ? compileAllowlist(loaded.config.allowlist) : undefined;
  return { loaded, ruleset, allowlist };
}

// Shared by commands: the configuration and the rule set it selects.
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

export async function openSession(io: CliIO, flags: SessionFlags): Promise<Session> {
  const loaded = await loadConfig(flags.config, io.env, io.cwd);
  const ruleset = configuredRuleSet(loaded, flags.rules ?? [], io.cwd);
  const allowlist = loaded.config.allowlist ? compileAllowlist(loaded.config.allowlist) : undefined;
  return { loaded, ruleset, allowlist };
}

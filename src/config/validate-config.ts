// The validator of .caviard.yaml against its schema. Compiled by Ajv on first use here; the bundled
// CLI (src/build/bundle.mjs) replaces this module by the same validator generated at build time with
// Ajv's standalone code, so that a run with a configuration file neither loads Ajv nor compiles the
// schema (and the JSON Schema meta-schema) again: ~100 ms at every start-up.
import type { ValidateFunction } from 'ajv';
import { configSchema } from './schema.js';

/** Ajv's options for the configuration schema (the build uses the same). */
export const CONFIG_AJV_OPTIONS = { strict: true } as const;

let compiled: ValidateFunction | undefined;
export async function configValidator(): Promise<ValidateFunction> {
  if (!compiled) {
    const { Ajv } = await import('ajv');
    compiled = new Ajv(CONFIG_AJV_OPTIONS).compile(configSchema);
  }
  return compiled;
}

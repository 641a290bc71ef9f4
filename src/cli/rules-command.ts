// `caviard rules list | show ID | test [FILE...]`.
import { resolve } from 'node:path';
import { configuredSpecs } from '../config/build-ruleset.js';
import { loadConfig } from '../config/load-config.js';
import { readRuleData } from '../rules/builtin.js';
import { compileRules } from '../rules/compile.js';
import { loadRuleFiles } from '../rules/load-rules.js';
import { testRuleExamples } from '../rules/test-examples.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import type { SessionFlags } from './session.js';

async function specs(io: CliIO, flags: SessionFlags) {
  return configuredSpecs(await loadConfig(flags.config, io.env, io.cwd), flags.rules ?? [], io.cwd);
}

export async function rulesList(flags: SessionFlags & { format: 'pretty' | 'json' }, io: CliIO): Promise<number> {
  const all = await specs(io, flags);
  if (flags.format === 'json') {
    io.stdout.write(`${JSON.stringify(all.map((s) => ({ id: s.id, type: s.type, severity: s.severity, enabled: s.enabled !== false, blocking: s.blocking ?? false, title: s.title, source: s.source })), null, 2)}\n`);
    return EXIT.OK;
  }
  const width = Math.max(...all.map((s) => s.id.length));
  for (const s of all) {
    io.stdout.write(`${s.id.padEnd(width)}  ${s.type.padEnd(15)} ${s.severity.padEnd(8)} ${s.enabled === false ? '(disabled) ' : ''}${s.title.en} / ${s.title.fr}\n`);
  }
  io.stdout.write(`${all.filter((s) => s.enabled !== false).length} active rule(s)\n`);
  return EXIT.OK;
}

export async function rulesShow(id: string, flags: SessionFlags, io: CliIO): Promise<number> {
  const s = (await specs(io, flags)).find((r) => r.id === id);
  if (!s) throw new UsageError(`no rule with id "${id}" (see caviard rules list)`);
  const { default: yaml } = await import('js-yaml');
  io.stdout.write(yaml.dump(s, { lineWidth: 120, noRefs: true }));
  return EXIT.OK;
}

export async function rulesTest(files: string[], flags: SessionFlags, io: CliIO): Promise<number> {
  const list = files.length > 0 ? loadRuleFiles(files.map((f) => resolve(io.cwd, f))) : (await specs(io, flags)).filter((s) => s.enabled !== false);
  const set = compileRules(list, readRuleData);
  let failed = 0;
  let examples = 0;
  for (const rule of set.rules) {
    examples += rule.spec.examples.match.length + rule.spec.examples['no-match'].length;
    for (const f of testRuleExamples(rule)) {
      failed++;
      const what = f.kind === 'match' ? 'not matched' : f.kind === 'no-match' ? 'matched but should not' : 'prefilter changes the result';
      io.stdout.write(`FAIL ${f.ruleId}: ${what}: ${JSON.stringify(f.example)}\n`);
    }
  }
  io.stdout.write(`${set.rules.length} rule(s), ${examples} example(s), ${failed} failure(s)\n`);
  return failed > 0 ? EXIT.FOUND : EXIT.OK;
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { configuredSpecs } from '../../src/config/build-ruleset.js';
import { ConfigError, findConfig, loadConfig } from '../../src/config/load-config.js';
import { RuleError } from '../../src/rules/rule-error.js';

const tmp = (): string => tempDir('caviard-cfg-');

describe('configuration', () => {
  it('finds the nearest .caviard.yaml walking up', () => {
    const root = tmp();
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, '.caviard.yaml'), 'failOn: critical\n');
    expect(findConfig(join(root, 'a', 'b'))).toBe(join(root, '.caviard.yaml'));
  });

  it('prefers --config, then CAVIARD_CONFIG, then the nearest file', async () => {
    const root = tmp();
    writeFileSync(join(root, '.caviard.yaml'), 'failOn: low\n');
    writeFileSync(join(root, 'env.yaml'), 'failOn: medium\n');
    writeFileSync(join(root, 'flag.yaml'), 'failOn: critical\n');
    expect((await loadConfig('flag.yaml', { CAVIARD_CONFIG: 'env.yaml' }, root)).config.failOn).toBe('critical');
    expect((await loadConfig(undefined, { CAVIARD_CONFIG: 'env.yaml' }, root)).config.failOn).toBe('medium');
    expect((await loadConfig(undefined, {}, root)).config.failOn).toBe('low');
  });

  it.each([
    ['an unknown field', 'colour: red\n', 'colour'],
    ['a bad level', 'failOn: sometimes\n', 'failOn'],
    ['invalid YAML', 'failOn: [\n', 'YAML'],
  ])('rejects %s with the file name', async (_what, text, word) => {
    const root = tmp();
    writeFileSync(join(root, '.caviard.yaml'), text);
    const err = await loadConfig(undefined, {}, root).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toContain(join(root, '.caviard.yaml'));
    expect((err as Error).message).toContain(word);
  });

  it('disables rules, overrides severities and adds rule files', async () => {
    const root = tmp();
    writeFileSync(join(root, 'extra.yaml'), "id: org.code\ntype: CUSTOM_TERM\ntitle: { en: c, fr: c }\nseverity: low\npattern: 'ZZ'\nexamples: { match: [ZZ], no-match: [z] }\n");
    writeFileSync(join(root, '.caviard.yaml'), 'rules: [extra.yaml]\ndisable: [contact.email]\nseverity: { org.code: high }\n');
    const specs = configuredSpecs(await loadConfig(undefined, {}, root), [], root);
    expect(specs.find((s) => s.id === 'contact.email')?.enabled).toBe(false);
    expect(specs.find((s) => s.id === 'org.code')?.severity).toBe('high');
  });

  it('rejects a disabled rule id that does not exist', async () => {
    const root = tmp();
    writeFileSync(join(root, '.caviard.yaml'), 'disable: [no.such-rule]\n');
    expect(() => configuredSpecs({ config: { disable: ['no.such-rule'] }, file: join(root, '.caviard.yaml'), dir: root }, [], root)).toThrow(RuleError);
  });
});

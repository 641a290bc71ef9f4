import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { runCli } from '../helpers/cli.js';

const rule = (pattern: string, match: string, noMatch: string): string =>
  `id: org.code\ntype: CUSTOM_TERM\ntitle: { en: Code, fr: Code }\nseverity: low\npattern: '${pattern}'\nexamples: { match: ['${match}'], no-match: ['${noMatch}'] }\n`;

describe('caviard rules', () => {
  it('lists rules with their type and severity, in JSON too', async () => {
    const r = await runCli(['rules', 'list', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toContainEqual(expect.objectContaining({ id: 'contact.email', type: 'EMAIL', enabled: true }));
  });

  it('shows one rule and exits 2 on an unknown id', async () => {
    const r = await runCli(['rules', 'show', 'contact.email']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^id: contact\.email$/m);
    expect((await runCli(['rules', 'show', 'no.such'])).code).toBe(2);
  });

  it('tests rule files: exit 0 when examples pass, 1 when one fails, 2 on a broken file', async () => {
    const dir = tempDir('caviard-rules-');
    writeFileSync(join(dir, 'good.yaml'), rule('ZX\\d{3}', 'code ZX123', 'code ZX12'));
    writeFileSync(join(dir, 'bad.yaml'), rule('ZX\\d{3}', 'code ZX12', 'code ZX123'));
    writeFileSync(join(dir, 'broken.yaml'), `${rule('ZX', 'ZX', 'z')}colour: red\n`);
    expect((await runCli(['rules', 'test', 'good.yaml'], { cwd: dir })).code).toBe(0);
    const bad = await runCli(['rules', 'test', 'bad.yaml'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('FAIL org.code');
    const broken = await runCli(['rules', 'test', 'broken.yaml'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('broken.yaml: rule org.code: unknown field "colour"');
  });

  it('runs every built-in rule example with exit 0', async () => {
    const r = await runCli(['rules', 'test']);
    expect(r.stdout).toMatch(/0 failure/);
    expect(r.code).toBe(0);
  });

  it('adds rules from --rules for a scan', async () => {
    const dir = tempDir('caviard-rules-');
    writeFileSync(join(dir, 'org.yaml'), rule('ZX\\d{3}', 'ZX123', 'ZX1'));
    const r = await runCli(['scan', '--rules', 'org.yaml', '--format', 'json'], { cwd: dir, stdin: 'ref ZX123' });
    expect(JSON.parse(r.stdout).inputs[0].findings[0].ruleId).toBe('org.code');
  });
});

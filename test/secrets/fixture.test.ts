// The secrets fixture: every fake secret is found with the expected rule and span, nothing in the
// "not secrets" part is reported, and no report format nor the redacted text leaks a raw value.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/engine/scan.js';
import { readRuleData, yamlFilesUnder } from '../../src/rules/builtin.js';
import { compileRules } from '../../src/rules/compile.js';
import { loadRuleFiles } from '../../src/rules/load-rules.js';
import { runCli } from '../helpers/cli.js';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'secrets');
const inputPath = join(dir, 'input.txt');
const expectedPath = join(dir, 'expected.json');
const input = readFileSync(inputPath, 'utf8');
const negativeFrom = input.indexOf('## not secrets');
const secretRules = compileRules(loadRuleFiles(yamlFilesUnder(join(import.meta.dirname, '..', '..', 'rules', 'secrets'))), readRuleData);

interface Expected { ruleId: string; line: number; start: number; end: number; value: string }
const found = (): Expected[] => scanText(input, secretRules, { withValues: true })
  .map((f) => ({ ruleId: f.ruleId, line: f.line, start: f.start, end: f.end, value: f.value ?? '' }));

if (process.env['UPDATE_FIXTURES'] === '1' || !existsSync(expectedPath)) {
  writeFileSync(expectedPath, `${JSON.stringify(found(), null, 2)}\n`);
}
const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected[];

describe('fixtures/secrets/input.txt', () => {
  it('finds exactly the expected secrets (rule, span)', () => {
    expect(found()).toEqual(expected);
  });

  it('reports nothing in the placeholders / public keys / hashes part', () => {
    expect(negativeFrom).toBeGreaterThan(0);
    expect(expected.length).toBeGreaterThan(40);
    expect(found().filter((f) => f.end > negativeFrom)).toEqual([]);
  });

  it('a multi-line private key is one finding spanning BEGIN … END', () => {
    const pem = expected.filter((f) => f.ruleId === 'secret.private-key');
    expect(pem.length).toBe(3);
    for (const f of pem) expect(f.value.startsWith('-----BEGIN')).toBe(true);
    expect(pem.filter((f) => f.value.includes('\n')).length).toBe(2);
  });
});

/** The report formats `scan` accepts, read from its own help so that a new format is covered too. */
async function scanFormats(): Promise<string[]> {
  const help = (await runCli(['scan', '--help'])).stdout.replace(/\s+/g, ' ');
  const m = /--format <format>.*?\(choices: ([^)]*?)(?:, default:[^)]*)?\)/.exec(help);
  const formats = m ? [...(m[1] as string).matchAll(/"([^"]+)"/g)].map((x) => x[1] as string) : [];
  return formats;
}

describe('no raw secret in any output', () => {
  const values = [...new Set(expected.map((f) => f.value))];
  // A value leaks if it appears as such, JSON-escaped, or (multi-line keys) as one of its body lines.
  const forms = (v: string): string[] => [v, JSON.stringify(v).slice(1, -1), ...v.split(/\n|\\n/).filter((l) => l.length >= 16 && !l.startsWith('-----'))];
  const leaks = (out: string): string[] => values.filter((v) => forms(v).some((f) => out.includes(f)));

  it('knows at least the pretty and json formats', async () => {
    expect(await scanFormats()).toEqual(expect.arrayContaining(['pretty', 'json']));
  });

  it('scan, every format, with and without --explain', async () => {
    for (const format of await scanFormats()) {
      for (const extra of [[], ['--explain']]) {
        const r = await runCli(['scan', '--format', format, ...extra, inputPath]);
        expect(r.code, `${format} exit code`).toBe(1);
        expect(leaks(r.stdout + r.stderr), `scan --format ${format}`).toEqual([]);
      }
    }
  });

  it('scan --show-values does print them (the test would notice a value it cannot see)', async () => {
    const r = await runCli(['scan', '--format', 'json', '--show-values', inputPath]);
    expect(leaks(r.stdout).length).toBe(values.length);
  });

  it.each(['placeholder', 'mask'])('redact --style %s removes every value and the whole key blocks', async (style) => {
    const r = await runCli(['redact', '--style', style, inputPath]);
    expect(r.code).toBe(0);
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
    expect(r.stdout).not.toMatch(/BEGIN (?:RSA |OPENSSH )?PRIVATE KEY|END RSA PRIVATE KEY/);
    if (style === 'placeholder') {
      expect(r.stdout).toMatch(/\[SECRET_\d+\]/);
      // The redacted text scans clean of secrets (the redaction invariant).
      expect(scanText(r.stdout, secretRules)).toEqual([]);
    }
  });
});

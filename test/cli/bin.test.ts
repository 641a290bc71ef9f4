// The packaged entry point, as a real process (after `npm run build`), and the README's commands.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { scanningSpec } from '../../src/rules/builtin.js';
import type { RuleSpec } from '../../src/types.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'caviard.js');

describe('bin/caviard.js', () => {
  it('redacts the issue example from standard input', () => {
    const out = execFileSync(process.execPath, [bin, 'redact', '-q'], {
      input: 'Virement sur FR76 3000 6000 0112 3456 7890 189, NIR 2 84 05 2A 004 012 76\n', encoding: 'utf8',
    });
    expect(out).toBe('Virement sur [IBAN_1], NIR [FR_NIR_1]\n');
  });

  it('finds what the bundle\'s Latin-1 letters spell, and V8 takes the code cache of the bundle as the bin reads it', () => {
    // The bundle is stored in Latin-1 (src/build/bundle.mjs): read as UTF-8, `né`/`née` in the
    // date-of-birth patterns would not match, and a cache written for another reading is rejected
    // without a word (every start then compiles the whole bundle).
    const out = execFileSync(process.execPath, [bin, 'redact', '-q'], { input: 'Mme Girard, née le 26/10/1971 à Sète.\n', encoding: 'utf8' });
    expect(out).toBe('Mme [PERSON_1], née le [DATE_OF_BIRTH_1] à Sète.\n');
    const check = String.raw`
      const { readFileSync } = require('node:fs');
      const { Script } = require('node:vm');
      const bundle = process.argv[1];
      const script = new Script(readFileSync(bundle, 'latin1'), { filename: bundle, cachedData: readFileSync(bundle + '.cache') });
      process.stdout.write(String(script.cachedDataRejected));`;
    const env = { ...process.env };
    delete env['NODE_OPTIONS'];
    expect(execFileSync(process.execPath, ['-e', check, join(root, 'dist', 'caviard.cjs')], { encoding: 'utf8', env })).toBe('false');
  });

  it('sets its V8 flags without a deprecation warning, and without process.binding on a Node that lacks it', () => {
    const input = 'Virement sur FR76 3000 6000 0112 3456 7890 189\n';
    const strict = spawnSync(process.execPath, ['--throw-deprecation', '--pending-deprecation', bin, 'redact', '-q'], { input, encoding: 'utf8' });
    expect([strict.status, strict.stdout, strict.stderr]).toEqual([0, 'Virement sur [IBAN_1]\n', '']);
    const dir = tempDir('caviard-binding-');
    const gone = join(dir, 'no-binding.cjs');
    writeFileSync(gone, "process.binding = () => { throw new Error('No such module: v8'); };\n");
    const without = spawnSync(process.execPath, ['--require', gone, bin, 'redact', '-q'], { input, encoding: 'utf8' });
    expect([without.status, without.stdout, without.stderr]).toEqual([0, 'Virement sur [IBAN_1]\n', '']);
  });

  it('reads standard input and writes standard output the same whether they are pipes or files', () => {
    const text = 'Écrire à jeanne.martin@ville-exemple.fr, IBAN FR76 3000 6000 0112 3456 7890 189\n'.repeat(2000);
    const piped = spawnSync(process.execPath, [bin, 'redact'], { input: text, encoding: 'utf8' });
    const dir = tempDir('caviard-bin-');
    writeFileSync(join(dir, 'in.txt'), text);
    const fds = [openSync(join(dir, 'in.txt'), 'r'), openSync(join(dir, 'out.txt'), 'w'), openSync(join(dir, 'err.txt'), 'w')];
    const files = spawnSync(process.execPath, [bin, 'redact'], { stdio: fds });
    for (const fd of fds) closeSync(fd);
    expect(piped.status).toBe(0);
    expect(files.status).toBe(0);
    expect(piped.stdout).toBe('Écrire à [EMAIL_1], IBAN [IBAN_1]\n'.repeat(2000));
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe(piped.stdout);
    expect(readFileSync(join(dir, 'err.txt'), 'utf8')).toBe(piped.stderr);
    expect(piped.stderr).toBe('caviard: 4000 value(s) redacted (EMAIL ×2000, IBAN ×2000)\n');
  });

  it('writes all of a large output to a slow reader through a socket (as Node connects a child) before it exits', async () => {
    // 740,000 code units of output: written in pieces through one reused buffer (src/cli/io.ts).
    const text = 'Écrire 😀 à jeanne.martin@ville-exemple.fr, IBAN FR76 3000 6000 0112 3456 7890 189\n'.repeat(20000);
    const child = spawn(process.execPath, [bin, 'redact', '-q']);
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => { chunks.push(d); child.stdout.pause(); setTimeout(() => child.stdout.resume(), 1); });
    child.stdin.end(text);
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(0);
    expect(Buffer.concat(chunks).toString('utf8')).toBe('Écrire 😀 à [EMAIL_1], IBAN [IBAN_1]\n'.repeat(20000));
  });

  it('sets the exit code: 1 when an input reaches --fail-on, 2 on a usage error', () => {
    const found = spawnSync(process.execPath, [bin, 'scan', 'fixtures/example/courriel-agent.txt', '--no-color'], { cwd: root, encoding: 'utf8' });
    expect(found.status).toBe(1);
    expect(found.stdout).toContain('fixtures/example/courriel-agent.txt:');
    expect(spawnSync(process.execPath, [bin, 'scan', '--nope'], { cwd: root }).status).toBe(2);
    expect(spawnSync(process.execPath, [bin, '--version'], { cwd: root, encoding: 'utf8' }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

/**
 * The built-in rules come from two prebuilt files: the full one (`rules` commands) and the one
 * scans read at start-up, without descriptions and examples (src/rules/builtin.ts).
 */
describe('prebuilt built-in rules', () => {
  const read = (name: string): RuleSpec[] => JSON.parse(readFileSync(join(root, 'dist', name), 'utf8')) as RuleSpec[];

  it('the scanning file is the full file less descriptions and examples', () => {
    const full = read('builtin-rules.json');
    expect(full.length).toBeGreaterThan(50);
    expect(full.some((s) => s.description) && full.every((s) => s.examples.match.length > 0)).toBe(true);
    expect(read('builtin-rules-scanning.json')).toEqual(full.map(scanningSpec));
  });

  it('`rules show` and `rules test` still see descriptions and examples', () => {
    const show = spawnSync(process.execPath, [bin, 'rules', 'show', 'contact.email'], { cwd: root, encoding: 'utf8' });
    expect(show.status).toBe(0);
    expect(show.stdout).toMatch(/^description: /m);
    expect(show.stdout).toMatch(/^examples:\n {2}match:\n {4}- /m);
    const test = spawnSync(process.execPath, [bin, 'rules', 'test'], { cwd: root, encoding: 'utf8' });
    expect(test.status).toBe(0);
    const [, rules, examples] = /^(\d+) rule\(s\), (\d+) example\(s\), 0 failure\(s\)$/m.exec(test.stdout) ?? [];
    expect(Number(examples)).toBeGreaterThan(2 * Number(rules));
  });
});

/**
 * Every command in the README's `sh` blocks that calls caviard runs as documented: exit 0 unless
 * the line ends with a `# exit N` comment (docs are tested, or they drift).
 */
describe('README commands', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] as string);
  const commands = blocks.flatMap((b) => b.split('\n')).filter((l) => /(^|\| )npx caviard /.test(l) && !l.startsWith('npm ci'));
  it('documents some commands', () => expect(commands.length).toBeGreaterThan(5));
  it.each(commands.map((c) => [c]))('%s', (command) => {
    const expected = Number(/# exit (\d)\s*$/.exec(command)?.[1] ?? 0);
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', command.replace(/npx caviard/g, `node ${bin}`)], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect({ status: r.status, stderr: r.status === expected ? '' : r.stderr }).toEqual({ status: expected, stderr: '' });
  });
});

/**
 * The bundled CLI validates .caviard.yaml with a validator generated at build time (Ajv standalone
 * code), the in-process CLI with Ajv at run time: both report the same errors.
 */
describe('configuration errors: bundled bin and in-process CLI agree', () => {
  const configs = [
    'colour: red\n',
    'failOn: urgent\n',
    'minConfidence: 1.5\n',
    'minConfidence: "high"\n',
    'disable: [""]\n',
    'disable: fr.nir\n',
    'severity: { fr.nir: blocking }\n',
    'tender: { amounts: hide }\n',
    'tender: { colour: red }\n',
    'internalDomains: ["exa mple.fr"]\n',
    'terms: [{ file: a.txt, type: lower }]\n',
    'terms: [{ type: X }]\n',
    'terms: [""]\n',
    'allowlist: { values: [1] }\n',
    'extends: some\n',
    'failOn: [\n',
    'failOn: critical\nminConfidence: 0.9\n',
  ];
  it.each(configs.map((c) => [c]))('%j', async (config) => {
    const { run } = await import(join(root, 'dist', 'cli', 'run.js')) as { run: (argv: string[], io: unknown) => Promise<number> };
    const { Readable } = await import('node:stream');
    const dir = tempDir('caviard-config-');
    writeFileSync(join(dir, '.caviard.yaml'), config);
    writeFileSync(join(dir, 'in.txt'), 'Bonjour\n');
    const viaBin = spawnSync(process.execPath, [bin, 'scan', 'in.txt', '--no-color'], { cwd: dir, encoding: 'utf8' });
    let out = '';
    let err = '';
    const status = await run(['scan', 'in.txt', '--no-color'], {
      stdin: Readable.from([]), stdout: { write: (s: string) => { out += s; return true; }, isTTY: false },
      stderr: { write: (s: string) => { err += s; return true; } }, env: {}, cwd: dir,
    });
    expect({ status: viaBin.status, stdout: viaBin.stdout, stderr: viaBin.stderr }).toEqual({ status, stdout: out, stderr: err });
  });
});

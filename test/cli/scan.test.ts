import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { runCli } from '../helpers/cli.js';

const EMAIL = 'jeanne.martin@ville-exemple.fr';
const tmp = (): string => tempDir('caviard-cli-');

describe('caviard scan', () => {
  it('scans standard input by default and exits 0 below the threshold', async () => {
    const r = await runCli(['--format', 'json'], { stdin: `Écrire à ${EMAIL}\n` });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.inputs[0]).toMatchObject({ path: '<stdin>', status: 'scanned', failed: false });
    expect(report.inputs[0].findings[0]).toMatchObject({ ruleId: 'contact.email', type: 'EMAIL', line: 1, column: 10, start: 9, end: 9 + EMAIL.length });
    expect(report.inputs[0].risk.level).toBe('medium');
  });

  it('never prints the raw value, nor internal keys, unless --show-values', async () => {
    const r = await runCli(['scan', '-', '--format', 'json'], { stdin: EMAIL });
    expect(r.stdout).not.toContain(EMAIL);
    expect(r.stdout).not.toContain('entityKey');
    const pretty = await runCli(['scan', '-'], { stdin: EMAIL });
    expect(pretty.stdout).not.toContain(EMAIL);
    const shown = await runCli(['scan', '-', '--format', 'json', '--show-values'], { stdin: EMAIL });
    expect(JSON.parse(shown.stdout).inputs[0].findings[0].value).toBe(EMAIL);
  });

  it.each([
    ['low', 1], ['medium', 1], ['high', 0], ['critical', 0], ['off', 0],
  ])('with --fail-on %s exits %i on a medium-risk input', async (level, code) => {
    expect((await runCli(['scan', '--fail-on', level], { stdin: EMAIL })).code).toBe(code);
  });

  it('takes failOn from the configuration when the flag is absent', async () => {
    const dir = tmp();
    writeFileSync(join(dir, '.caviard.yaml'), 'failOn: medium\n');
    expect((await runCli(['scan'], { stdin: EMAIL, cwd: dir })).code).toBe(1);
  });

  it('walks folders recursively, expands globs and skips binary files, listing them', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), `mail ${EMAIL}\n`);
    writeFileSync(join(dir, 'sub', 'b.md'), 'rien\n');
    writeFileSync(join(dir, 'sub', 'c.bin'), Buffer.from([0x50, 0x4b, 0x00, 0x01, 0x02]));
    const r = await runCli(['scan', '.', '--format', 'json'], { cwd: dir });
    const byPath = Object.fromEntries(JSON.parse(r.stdout).inputs.map((i: { path: string; status: string }) => [i.path, i.status]));
    expect(byPath).toEqual({ 'a.txt': 'scanned', 'sub/b.md': 'scanned', 'sub/c.bin': 'skipped' });
    expect(r.code).toBe(0);
    const g = await runCli(['scan', 'sub/*.md', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(g.stdout).inputs.map((i: { path: string }) => i.path)).toEqual(['sub/b.md']);
  });

  it('exits 2 naming an input it could not read, even when other inputs are clean', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'ok.txt'), 'rien\n');
    const r = await runCli(['scan', 'ok.txt', 'missing.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.txt');
    expect((await runCli(['scan', 'nothing-*.txt'], { cwd: dir })).code).toBe(2);
  });

  it.each([
    [['scan', '--bogus']],
    [['scan', '--fail-on', 'sometimes']],
    [['scan', '--format', 'xml']],
    [['frobnicate', '--x']],
  ])('exits 2 with a one-line hint on a usage error: %j', async (argv) => {
    const r = await runCli(argv, { stdin: '' });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--help');
  });

  it('exits 2 with no input on a terminal', async () => {
    expect((await runCli(['scan'])).code).toBe(2);
  });

  it('exits 2 on a broken configuration file', async () => {
    const dir = tmp();
    writeFileSync(join(dir, '.caviard.yaml'), 'colour: red\n');
    const r = await runCli(['scan'], { stdin: 'x', cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.caviard.yaml');
  });

  it('shows risk contributions with --explain', async () => {
    const r = await runCli(['scan', '--explain', '--no-color'], { stdin: EMAIL });
    expect(r.stdout).toMatch(/\+\d+(\.\d)?\s+1 × EMAIL/);
  });

  it.each([
    [{ FORCE_COLOR: '1' }, [], false, true],
    [{ FORCE_COLOR: '1' }, ['--no-color'], false, false],
    [{ NO_COLOR: '1' }, [], true, false],
    [{}, [], true, true],
    [{}, [], false, false],
  ])('colours per env %j, flags %j, terminal %s: %s', async (env, flags, tty, coloured) => {
    const r = await runCli(['scan', ...flags], { stdin: EMAIL, env, tty });
    expect(r.stdout.includes('\u001b[')).toBe(coloured);
  });
});

describe('caviard scan of a folder', () => {
  it('honours .gitignore and .caviardignore at the folder root, but not for files named explicitly', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'build'));
    writeFileSync(join(dir, '.gitignore'), 'build/\n');
    writeFileSync(join(dir, '.caviardignore'), '*.log\n');
    writeFileSync(join(dir, 'keep.txt'), 'x\n');
    writeFileSync(join(dir, 'debug.log'), 'x\n');
    writeFileSync(join(dir, 'build', 'out.txt'), 'x\n');
    const r = await runCli(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).inputs.map((i: { path: string }) => i.path)).toEqual(['keep.txt']);
    const explicit = await runCli(['scan', 'debug.log', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(explicit.stdout).inputs[0].path).toBe('debug.log');
  });
});

describe('configuration discovery', () => {
  it('finds .caviard.yaml walking up from the input, not only from the current folder', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'project', 'docs'), { recursive: true });
    writeFileSync(join(dir, 'project', '.caviard.yaml'), 'disable: [contact.email]\n');
    writeFileSync(join(dir, 'project', 'docs', 'a.txt'), `mail ${EMAIL}\n`);
    const fromInput = await runCli(['scan', 'project/docs', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(fromInput.stdout).inputs[0].findings).toEqual([]);
    const redacted = await runCli(['redact', 'project/docs/a.txt', '-q'], { cwd: dir });
    expect(redacted.stdout).toContain(EMAIL);
    const stdin = await runCli(['scan', '--format', 'json'], { cwd: dir, stdin: EMAIL });
    expect(JSON.parse(stdin.stdout).inputs[0].findings).toHaveLength(1);
  });
});

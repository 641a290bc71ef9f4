import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { runCli } from '../helpers/cli.js';

describe('caviard redact', () => {
  it('prints the redacted text on standard output and a summary on standard error', async () => {
    const r = await runCli(['redact'], { stdin: 'Écrire à a.b@ville-exemple.fr ou c.d@ville-exemple.fr.\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Écrire à [EMAIL_1] ou [EMAIL_2].\n');
    expect(r.stderr).toMatch(/2 value/);
    expect((await runCli(['redact', '-q'], { stdin: 'a.b@ville-exemple.fr' })).stderr).toBe('');
  });

  it('masks keeping the length with --style mask', async () => {
    const r = await runCli(['redact', '--style', 'mask', '-q'], { stdin: 'x a.b@ville-exemple.fr y' });
    expect(r.stdout).toBe(`x ${'█'.repeat('a.b@ville-exemple.fr'.length)} y`);
  });

  it('reads a file and exits 2 on a missing one', async () => {
    const dir = tempDir('caviard-redact-');
    writeFileSync(join(dir, 'in.txt'), 'a.b@ville-exemple.fr\n');
    expect((await runCli(['redact', 'in.txt', '-q'], { cwd: dir })).stdout).toBe('[EMAIL_1]\n');
    const missing = await runCli(['redact', 'nope.txt'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
  });

  it('leaves a clean text unchanged', async () => {
    const text = 'Réunion du conseil municipal, ordre du jour en pièce jointe.\n';
    expect((await runCli(['redact', '-q'], { stdin: text })).stdout).toBe(text);
  });
});

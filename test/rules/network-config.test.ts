// `internalDomains` in .caviard.yaml reaches the internal-url rule (CLI in-process).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { runCli } from '../helpers/cli.js';

const dir = tempDir('caviard-netcfg-');

const text = 'Voir https://ged.ad.ville-exemple.fr/dossiers/12 et le serveur srv01.ad.ville-exemple.fr.\n';

async function urls(config: string | null): Promise<{ code: number; values: string[] }> {
  const cwd = mkdtempSync(join(dir, 'case-'));
  if (config !== null) writeFileSync(join(cwd, '.caviard.yaml'), config);
  const r = await runCli(['scan', '-', '--format', 'json', '--show-values', '--fail-on', 'off'], { stdin: text, cwd });
  if (r.code === 2) return { code: r.code, values: [] };
  const report = JSON.parse(r.stdout) as { inputs: Array<{ findings: Array<{ type: string; value: string }> }> };
  return { code: r.code, values: report.inputs.flatMap((i) => i.findings).filter((f) => f.type === 'INTERNAL_URL').map((f) => f.value) };
}

describe('config internalDomains', { timeout: 30_000 }, () => {
  it('without it, a public-looking domain is not internal', async () => {
    expect(await urls(null)).toEqual({ code: 0, values: [] });
  });

  it.each(['ad.ville-exemple.fr', '"*.ad.ville-exemple.fr"', '.AD.ville-exemple.fr'])('with it (%s), URLs and host names under the domain are INTERNAL_URL', async (domain) => {
    expect(await urls(`internalDomains: [${domain}]\n`)).toEqual({
      code: 0,
      values: ['https://ged.ad.ville-exemple.fr/dossiers/12', 'srv01.ad.ville-exemple.fr'],
    });
  });

  it.each(['internalDomains: ad.ville-exemple.fr\n', 'internalDomains: ["bad domain"]\n'])('a malformed value is a configuration error (exit 2): %s', async (cfg) => {
    expect((await urls(cfg)).code).toBe(2);
  });
});

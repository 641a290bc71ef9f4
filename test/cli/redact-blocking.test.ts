// Blocking inputs: a classification marking (or a blocking organisation term) stops `redact`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { runCli } from '../helpers/cli.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const orgConfig = join(fixtures, 'org-config', '.caviard.yaml');
const isolated = tempDir('caviard-blocking-');
const run = (argv: string[], stdin?: string) => runCli(argv, { ...(stdin !== undefined ? { stdin } : {}), cwd: isolated });

// The first run compiles every built-in rule (name lists…): slow on a busy machine, so done once here.
beforeAll(async () => { await run(['redact'], 'warm-up'); }, 60_000);

describe('redact refuses a document with a marking', () => {
  it.each([
    ['DIFFUSION RESTREINTE\nPlan de crise : contact jean.dupont@ville-exemple.fr\n', 1, 'markings.fr-state', 'diffusion-restreinte'],
    ['Compte rendu\n\n[CONFIDENTIEL]\nRAS\n', 3, 'markings.fr-corporate', 'confidentiel'],
    ['Minutes – bid clarification call (TLP:AMBER+STRICT)\n', 1, 'markings.tlp', undefined],
    ['C2 - Restreint\nConvocation', 1, 'markings.c-level', undefined],
  ])('%j → exit 1, nothing printed, marking and line named', async (text, line, ruleId, tag) => {
    const r = await run(['redact'], text);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`<stdin>:${line}:`);
    expect(r.stderr).toContain(ruleId);
    if (tag) expect(r.stderr).toContain(tag);
  });

  it('--force redacts anyway (exit 0, values replaced)', async () => {
    const r = await run(['redact', '--force'], 'DIFFUSION RESTREINTE\nContact : jean.dupont@mairie-valdorbelle.fr\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[EMAIL_1]');
    expect(r.stdout).not.toContain('jean.dupont@');
  });

  it.each([
    "Le secret professionnel s'applique.\n",
    'Ce point est confidentiel.\n',
    'TLP:CLEAR – fiche réflexe\n',
    'C0 - Public\n',
    'TLP:GREEN – bulletin\n',
  ])('%j is not blocking (exit 0, printed)', async (text) => {
    const r = await run(['redact'], text);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  it('scan rates a marked document critical and blocking, and says why', async () => {
    const r = await run(['scan', '--format', 'json'], 'Note au préfet\n— DIFFUSION RESTREINTE —\n');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const text = JSON.stringify(report);
    expect(text).toContain('"blocking":true');
    expect(text).toContain('"level":"critical"');
    expect(text).toContain('"code":"blocking"');
  });
});

describe('organisation terms from the configuration', () => {
  it('redacts the configured terms with typed placeholders', async () => {
    const r = await run(['redact', '--config', orgConfig], 'Le projet HERMES et GESTAGENT.\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Le [CUSTOM_TERM_1] et [CUSTOM_TERM_2].\n');
  });

  it('uses the type given in a YAML term list', async () => {
    const r = await run(['redact', '--config', orgConfig], 'Offre de ACME Travaux.\n');
    expect(r.stdout).toBe('Offre de [ORGANISATION_1].\n');
  });

  it('a blocking term makes redact refuse the input', async () => {
    const r = await run(['redact', '--config', orgConfig], "Calendrier de l'opération Phénix.\n");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('terms.organisation-terms-2');
  });

  it('is found by scan with the nearest .caviard.yaml', async () => {
    const r = await runCli(['scan', '--format', 'json', 'note.txt'], { cwd: join(fixtures, 'org-config') });
    expect(r.code).toBe(1);
    expect(JSON.stringify(JSON.parse(r.stdout))).toContain('terms.organisation-terms');
  });

  it.each([
    ['- Hermès\n- { term: ACME, severity: huge }\n', 'org.yaml', /org\.yaml.*line 2/],
    ['Hermès\nX\n', 'org.txt', /org\.txt.*line 2/],
  ])('a bad term list is exit 2 naming file and line (%s)', async (content, name, message) => {
    const dir = tempDir('caviard-terms-');
    writeFileSync(join(dir, name), content);
    writeFileSync(join(dir, '.caviard.yaml'), `terms:\n  - ${name}\n`);
    const r = await runCli(['scan'], { stdin: 'texte', cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('rejects a malformed terms entry in the configuration (exit 2)', async () => {
    const dir = tempDir('caviard-terms-');
    writeFileSync(join(dir, '.caviard.yaml'), 'terms:\n  - { path: org.txt }\n');
    const r = await runCli(['scan'], { stdin: 'texte', cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('terms');
  });
});

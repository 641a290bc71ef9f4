// Offline promise (design §1): a full scan, `scan` and `redact` never load a network module.
// Each run happens in a fresh child `node` on dist/ (built by `npm run build`); the child lists the
// built-in modules it loaded (process.moduleLoadList: every `NativeModule x`, whether required,
// imported or loaded by another built-in) and writes them to a file. Its standard streams are files
// or ignored, never pipes or terminals (Node itself would load `net`/`tty` for those). Control runs
// prove the mechanism sees an explicit `import('node:net')`.
import { spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const NETWORK = ['net', 'http', 'https', 'http2', 'dns', 'tls', 'dgram'];

let dir = '';
beforeAll(() => {
  if (!existsSync(join(DIST, 'cli', 'run.js')) || !existsSync(join(DIST, 'builtin-rules.json'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  }
  dir = tempDir('caviard-offline-');
});

const url = (p: string): string => pathToFileURL(p).href;

/** Child script: writes the loaded built-in modules to argv[2] on exit. */
const RECORDER = `
import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  const mods = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13));
  writeFileSync(process.env.CAVIARD_MODULES_OUT, JSON.stringify(mods));
});
`;

/** Child script: a full in-process session on dist/: scanText of every kind of data, then scan and redact. */
const SESSION = `
import { readFileSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
const { run } = await import(${JSON.stringify(url(join(DIST, 'cli', 'run.js')))});
const { builtinRuleSet } = await import(${JSON.stringify(url(join(DIST, 'rules', 'builtin.js')))});
const { scanText } = await import(${JSON.stringify(url(join(DIST, 'engine', 'scan.js')))});
const input = process.env.CAVIARD_INPUT;
const text = readFileSync(input, 'utf8');
const findings = scanText(text, builtinRuleSet());
let out = '';
const io = (stdin) => ({ stdin, stdout: { write: (s) => { out += s; return true; }, isTTY: false }, stderr: { write: (s) => { out += s; return true; } }, env: {}, cwd: process.cwd() });
const scanCode = await run(['scan', input, '--format', 'json'], io(Object.assign(Readable.from([]), { isTTY: true })));
const redactCode = await run(['redact', '--force'], io(Object.assign(Readable.from([Buffer.from(text)]), { isTTY: false })));
if (process.env.CAVIARD_CONTROL) await import('node:' + process.env.CAVIARD_CONTROL);
const types = [...new Set(findings.map((f) => f.type))];
writeFileSync(process.env.CAVIARD_RESULT_OUT, JSON.stringify({ findings: findings.length, types, scanCode, redactCode, out: out.length }));
`;

interface ChildRun { modules: string[]; result: { findings: number; types: string[]; scanCode: number; redactCode: number; out: number } | null; status: number | null; stderr: string }

function runChild(args: string[], env: Record<string, string> = {}): ChildRun {
  const recorder = join(dir, 'recorder.mjs');
  writeFileSync(recorder, RECORDER);
  const modulesOut = join(dir, `modules-${Math.random().toString(36).slice(2)}.json`);
  const resultOut = `${modulesOut}.result`;
  const errFile = `${modulesOut}.stderr`;
  const out = openSync(`${modulesOut}.stdout`, 'w');
  const err = openSync(errFile, 'w');
  const r = spawnSync(process.execPath, ['--import', url(recorder), ...args], {
    cwd: dir,
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', CAVIARD_MODULES_OUT: modulesOut, CAVIARD_RESULT_OUT: resultOut, ...env },
    stdio: ['ignore', out, err],
    timeout: 60_000,
  });
  closeSync(out); closeSync(err);
  return {
    modules: existsSync(modulesOut) ? JSON.parse(readFileSync(modulesOut, 'utf8')) as string[] : [],
    result: existsSync(resultOut) ? JSON.parse(readFileSync(resultOut, 'utf8')) as ChildRun['result'] : null,
    status: r.status,
    stderr: readFileSync(errFile, 'utf8'),
  };
}

/** A text with every kind of data: each built-in rule's own match examples, plus a few lines. */
function everyKindOfData(): string {
  const specs = JSON.parse(readFileSync(join(DIST, 'builtin-rules.json'), 'utf8')) as Array<{ examples: { match: string[] } }>;
  return [
    ...specs.flatMap((s) => s.examples.match),
    'Serveur 10.12.0.5, passerelle fe80::1%eth0, intranet https://intranet.ville-exemple.fr/rh.',
    'Partage \\\\srv-fic01\\commun ; jeton https://api.acme.fr/x?access_token=ya29a0AfB_byC3d4E5f6G7h8',
  ].join('\n');
}

const networkLoaded = (mods: string[]): string[] => mods.filter((m) => NETWORK.includes(m));

describe('offline: no network module is ever loaded', { timeout: 120_000 }, () => {
  it('a full in-process session (scanText on every kind of data, run scan, run redact) loads none', () => {
    const input = join(dir, 'everything.txt');
    writeFileSync(input, everyKindOfData());
    const session = join(dir, 'session.mjs');
    writeFileSync(session, SESSION);
    const r = runChild([session], { CAVIARD_INPUT: input });
    expect(r.stderr).toBe('');
    expect(r.result).not.toBeNull();
    // The session really scanned: many findings of many types, and both commands ran.
    expect(r.result?.findings).toBeGreaterThan(50);
    expect(r.result?.types).toEqual(expect.arrayContaining(['EMAIL', 'IBAN', 'IP_ADDRESS', 'INTERNAL_URL', 'SECRET']));
    expect(r.result?.scanCode).toBe(1);
    expect(r.result?.redactCode).toBe(0);
    expect(r.result?.out).toBeGreaterThan(0);
    expect(r.modules.length).toBeGreaterThan(10);
    expect(networkLoaded(r.modules)).toEqual([]);
  });

  it.each(['scan', 'redact'])('the packaged bin (`caviard %s`, output to a file) loads none', (cmd) => {
    const input = join(dir, 'bin-input.txt');
    writeFileSync(input, everyKindOfData());
    const r = runChild([join(ROOT, 'bin', 'caviard.js'), cmd, ...(cmd === 'redact' ? ['--force'] : []), input]);
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(cmd === 'scan' ? 1 : 0);
    expect(r.modules.length).toBeGreaterThan(10);
    expect(networkLoaded(r.modules)).toEqual([]);
  });

  it.each(NETWORK)('control: an explicit import of node:%s is caught by the same mechanism', (mod) => {
    const input = join(dir, 'control.txt');
    writeFileSync(input, 'Contact : jean.dupont@ville-exemple.fr\n');
    const session = join(dir, 'session.mjs');
    writeFileSync(session, SESSION);
    const r = runChild([session], { CAVIARD_INPUT: input, CAVIARD_CONTROL: mod });
    expect(r.result).not.toBeNull();
    expect(networkLoaded(r.modules)).toContain(mod);
  });
});

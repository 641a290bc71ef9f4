// Organisation-term benchmark: a 100,000-term list, its load time and the scan speed with it on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanText } from '../../dist/engine/scan.js';
import { compileRules } from '../../dist/rules/compile.js';
import { readRuleData } from '../../dist/rules/builtin.js';
import { generateText, rng } from './corpus.js';

const MB = 1e6;
const FIRST = ['Société', 'Entreprise', 'Groupe', 'Bâtiments', 'Travaux', 'Ateliers', 'Cabinet', 'Établissements', 'Compagnie', 'Atelier'];
const SYLLABLES = ['ber', 'tal', 'mon', 'dor', 'vil', 'lan', 'gué', 'roc', 'fér', 'nau', 'pel', 'sar', 'tin', 'vau', 'zé', 'char', 'bel', 'cas', 'mor', 'rin'];
const LAST = ['SA', 'SAS', 'SARL', 'et Fils', 'Services', 'Ingénierie', 'Réseaux', 'Environnement', 'Conseil', 'Industrie'];

/** A deterministic list of `n` company-like names (two to four words, accented, unique). */
export function generateTerms(n, seed = 11) {
  const rand = rng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const word = () => { let w = ''; for (let k = 1 + Math.floor(rand() * 3); k >= 0; k--) w += pick(SYLLABLES); return w[0].toUpperCase() + w.slice(1); };
  const seen = new Set();
  while (seen.size < n) {
    const parts = [pick(FIRST), word()];
    if (rand() < 0.5) parts.push(word());
    if (rand() < 0.4) parts.push(pick(LAST));
    seen.add(parts.join(' '));
  }
  return [...seen];
}

export async function benchTerms(log) {
  const dir = mkdtempSync(join(tmpdir(), 'caviard-terms-'));
  try {
    const terms = generateTerms(100_000);
    const file = join(dir, 'companies.txt');
    writeFileSync(file, `# 100,000 generated company names\n${terms.join('\n')}\n`);
    const spec = {
      id: 'terms.companies', type: 'CUSTOM_TERM', title: { en: 'Companies', fr: 'Entreprises' }, severity: 'high',
      detector: 'terms', options: { file }, examples: { match: [], 'no-match': [] }, source: join(dir, '.caviard.yaml'),
    };
    // Load + compile: the file is read and the automaton built on the first scan (lazily).
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const set = compileRules([spec], readRuleData);
    scanText('', set);
    const loadMs = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    log(`  ${'load + compile 100,000 terms'.padEnd(44)} ${loadMs.toFixed(0).padStart(7)} ms  (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms)`);
    // ≥ 10 MB of prose, with some of the terms sprinkled in.
    const rand = rng(5);
    const parts = generateText(10 * MB).split('\n');
    for (let i = 0; i < parts.length; i += 20) parts[i] += ` Le titulaire ${terms[Math.floor(rand() * terms.length)]} a signé.`;
    const text = parts.join('\n');
    scanText(text.slice(0, 200_000), set);
    const runs = [];
    const cpuRuns = [];
    let found = 0;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const c = process.cpuUsage();
      found = scanText(text, set).length;
      runs.push(performance.now() - t);
      const u = process.cpuUsage(c);
      cpuRuns.push((u.user + u.system) / 1000);
    }
    const ms = runs.sort((a, b) => a - b)[1];
    const cpuMs = cpuRuns.sort((a, b) => a - b)[1];
    const mb = Buffer.byteLength(text) / MB;
    log(`  ${'scan with 100,000 terms on (terms rule only)'.padEnd(44)} ${(mb / (ms / 1000)).toFixed(1).padStart(7)} MB/s  (${ms.toFixed(0)} ms; CPU time: ${(mb / (cpuMs / 1000)).toFixed(1)} MB/s; ${found} findings)`);
    return { loadMs, mbPerSecond: Buffer.byteLength(text) / MB / (ms / 1000), found };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchTerms((l) => console.log(l));

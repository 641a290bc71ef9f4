// `npm run bench`: prints throughput and start-up figures. Figures, not pass/fail: no timed tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanText } from '../../dist/engine/scan.js';
import { builtinRuleSet } from '../../dist/rules/builtin.js';
import { generateText, SNIPPET } from './corpus.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'caviard.js');
const log = (line) => console.log(line);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const MB = 1e6;
const mbs = (text, ms) => (Buffer.byteLength(text) / MB / (ms / 1000)).toFixed(1).padStart(7);

const PEOPLE_PLACES = new Set(['PERSON', 'POSTAL_ADDRESS']);

/**
 * A distinct copy of the text per timed run: detectors keep small caches for the last text they saw
 * (anchor windows, the tender-context verdict), and a real scan reads a text once. Each copy is
 * decoded from UTF-8 bytes, as a file is read: one flat string, like the CLI's (a concatenation
 * would stay a rope that every pass reads through). Made just before its scan, outside the timing.
 */
const copyOf = (text, i) => Buffer.from(`${text}\n${i}`).toString('utf8');

/** Runs after the first full-size scan of a rule set; their median is the steady-state figure. */
const STEADY_RUNS = 5;

/**
 * The in-process figure: the median of STEADY_RUNS scans, each of its own copy, after a 200 KB
 * warm-up and one full-size scan that is not counted. That uncounted scan grows V8's heap to what a
 * 10 MB scan needs (fresh memory: ~10,000 page faults on the development machine) and lets V8
 * optimise the code on long text; firstScan() measures it in a fresh process, and the CLI figure
 * pays it too, with start-up and I/O. The steady state is what a process scanning document after
 * document (a CI job over a folder, a library user) runs at.
 */
function inProcess(label, text, ruleset) {
  scanText(text.slice(0, 200_000), ruleset); // warm-up: lazy data, regex compilation
  const timed = (i) => {
    const copy = copyOf(text, i);
    const t = performance.now();
    const found = scanText(copy, ruleset).length;
    return { ms: performance.now() - t, found };
  };
  const { found } = timed(0);
  const ms = median(Array.from({ length: STEADY_RUNS }, (_, i) => timed(i + 1).ms));
  log(`  ${label.padEnd(44)} ${mbs(text, ms)} MB/s  (${ms.toFixed(0)} ms, ${found} findings)`);
}

/** The first full-size scan of a fresh process (test/bench/first-scan.js), every default rule. */
function firstScan(label, generatorOptions, text) {
  const r = spawnSync(process.execPath, [join(root, 'test', 'bench', 'first-scan.js'), JSON.stringify(generatorOptions)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`first-scan.js exited ${r.status}: ${r.stderr}`);
  const { ms } = JSON.parse(r.stdout);
  log(`  ${label.padEnd(44)} ${mbs(text, ms)} MB/s  (${ms.toFixed(0)} ms)`);
}

function wall(cmd, args, input) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const all = builtinRuleSet();
const notPeople = (r) => !PEOPLE_PLACES.has(r.type);
const withoutPeople = {
  ...all,
  rules: all.rules.filter(notPeople),
  prefilter: (t) => all.prefilter(t).filter(notPeople),
  select: (t) => { const s = all.select(t); return { ...s, rules: s.rules.filter(notPeople) }; },
};
const text = generateText(10 * MB);
const prose = generateText(10 * MB, { seed: 11, every: 20 });
log(`caviard benchmark — Node ${process.version}, ${all.rules.length} default rules`);
log(`(a) scanning ${(Buffer.byteLength(text) / MB).toFixed(1)} MB of generated mixed French text`);
log('  dense: a sensitive value every 4 sentences (~1 per 400 bytes)');
inProcess('in-process, every default rule', text, all);
inProcess('in-process, without PERSON and POSTAL_ADDRESS', text, withoutPeople);
firstScan('first scan of a fresh process, every rule', {}, text);
log('  prose: a sensitive value every 20 sentences (~1 per 2 KB)');
inProcess('in-process, every default rule', prose, all);
inProcess('in-process, without PERSON and POSTAL_ADDRESS', prose, withoutPeople);
firstScan('first scan of a fresh process, every rule', { seed: 11, every: 20 }, prose);
const docs = generateText(10 * MB, { seed: 7 }).match(/[\s\S]{1,10000}(?=\s|$)/g) ?? [];
{
  const t = performance.now();
  for (const d of docs) scanText(d, all);
  const ms = performance.now() - t;
  log(`  ${`in-process, ${docs.length} documents of ~10 KB`.padEnd(44)} ${mbs(docs.join(''), ms)} MB/s`);
}
const dir = mkdtempSync(join(tmpdir(), 'caviard-bench-'));
// The 10 MB text and the configuration go, however the benchmark ends.
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'mixed.txt');
writeFileSync(file, text);
const cliMs = median([1, 2, 3].map(() => wall(process.execPath, [bin, 'scan', file, '--format', 'json'])));
log(`  ${'through the CLI (scan FILE --format json)'.padEnd(44)} ${mbs(text, cliMs)} MB/s  (${cliMs.toFixed(0)} ms)`);

const N = 21;
log(`(b) start-up: median wall time of ${N} fresh processes, 500-character snippet`);
const bare = [];
const redact = [];
const redactLean = [];
const lean = join(dir, 'lean.yaml');
writeFileSync(lean, `disable: [${all.rules.filter((r) => PEOPLE_PLACES.has(r.type)).map((r) => r.id).join(', ')}]\n`);
for (let i = 0; i < N; i++) {
  bare.push(wall(process.execPath, ['-e', '']));
  redact.push(wall(process.execPath, [bin, 'redact', '-q'], SNIPPET));
  redactLean.push(wall(process.execPath, [bin, 'redact', '-q', '--config', lean], SNIPPET));
}
const b = median(bare);
const r = median(redact);
const rl = median(redactLean);
log(`  node -e ''                                   ${b.toFixed(1).padStart(7)} ms`);
log(`  caviard redact (every default rule)          ${r.toFixed(1).padStart(7)} ms   ratio ${(r / b).toFixed(2)}×`);
log(`  caviard redact (without PERSON, ADDRESS)     ${rl.toFixed(1).padStart(7)} ms   ratio ${(rl / b).toFixed(2)}×`);

const terms = join(dirname(fileURLToPath(import.meta.url)), 'terms.js');
if (existsSync(terms)) {
  log('(c) organisation terms');
  await (await import('./terms.js')).benchTerms(log);
}

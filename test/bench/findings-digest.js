// Prints a digest of every finding on the benchmark texts, the fixtures and the dev corpus, rule by rule.
// Speed work must leave it unchanged: run it before and after (`node test/bench/findings-digest.js`).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanText } from '../../dist/engine/scan.js';
import { builtinRuleSet } from '../../dist/rules/builtin.js';
import { generateText, SNIPPET } from './corpus.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpusFile = join(root, '..', 'shared', 'corpus', 'dev.jsonl');
const texts = [generateText(2e6), generateText(2e6, { seed: 11, every: 20 }), SNIPPET];
for (const f of readdirSync(join(root, 'fixtures'), { recursive: true })) if (/\.(txt|md|csv|json)$/.test(f)) texts.push(readFileSync(join(root, 'fixtures', f), 'utf8'));
if (existsSync(corpusFile)) for (const line of readFileSync(corpusFile, 'utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).text);
const ruleset = builtinRuleSet();
const all = createHash('sha256');
const perRule = new Map();
for (const text of texts) {
  for (const f of scanText(text, ruleset)) {
    const row = [f.ruleId, f.type, f.start, f.end, f.severity, f.confidence, f.blocking, f.tag ?? '', f.redact ?? '', f.entityKey].join('|');
    all.update(row + '\n');
    const h = perRule.get(f.ruleId) ?? { n: 0, hash: createHash('sha256') };
    h.n++; h.hash.update(row + '\n');
    perRule.set(f.ruleId, h);
  }
}
for (const [id, h] of [...perRule].sort()) console.log(`${id.padEnd(36)} ${String(h.n).padStart(7)} ${h.hash.digest('hex').slice(0, 12)}`);
console.log(`ALL ${all.digest('hex')}`);

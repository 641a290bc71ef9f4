// Run by bench.js in a fresh process: the time of that process's first full-size scan (after the
// same 200 KB warm-up as the in-process figures), which also grows V8's heap to what the scan needs.
// Prints the milliseconds and the number of findings as JSON.
import { scanText } from '../../dist/engine/scan.js';
import { builtinRuleSet } from '../../dist/rules/builtin.js';
import { generateText } from './corpus.js';

const options = JSON.parse(process.argv[2] ?? '{}');
const ruleset = builtinRuleSet();
const text = Buffer.from(generateText(10e6, options)).toString('utf8');
scanText(text.slice(0, 200_000), ruleset);
const t = performance.now();
const found = scanText(text, ruleset).length;
console.log(JSON.stringify({ ms: performance.now() - t, found }));

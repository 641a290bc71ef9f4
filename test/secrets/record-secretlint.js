// Dev-only: runs secretlint's recommended preset on fixtures/secrets/input.txt and records what it
// finds (rule, span, value) in fixtures/secrets/secretlint-findings.json, which
// test/secrets/secretlint-comparison.test.ts checks caviard against.
// Usage: node test/secrets/record-secretlint.js   (needs the devDependencies secretlint and
// @secretlint/secretlint-rule-preset-recommend; run again after changing the fixture, review the diff).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintSource } from '@secretlint/core';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const inputPath = join(root, 'fixtures', 'secrets', 'input.txt');
const content = readFileSync(inputPath, 'utf8');

const result = await lintSource({
  source: { filePath: inputPath, content, contentType: 'text' },
  options: { config: { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }] } },
});

const findings = result.messages
  .map((m) => ({ ruleId: m.ruleId, start: m.range[0], end: m.range[1], value: content.slice(m.range[0], m.range[1]) }))
  .sort((a, b) => a.start - b.start || a.end - b.end);

const { version } = JSON.parse(readFileSync(join(root, 'node_modules', '@secretlint', 'secretlint-rule-preset-recommend', 'package.json'), 'utf8'));
const out = { tool: '@secretlint/secretlint-rule-preset-recommend', version, input: 'fixtures/secrets/input.txt', findings };
writeFileSync(join(root, 'fixtures', 'secrets', 'secretlint-findings.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log(`${findings.length} secretlint finding(s) recorded`);

// Writes the V8 code cache of the bundle (argv[2]) to `<bundle>.cache`, after a warm-up: the CLI
// runs in-process on every built-in rule's own examples (redact, scan, rules, help), so that the
// functions V8 compiles on first call are in the cache, not only the top level.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { Script } from 'node:vm';

const bundle = process.argv[2];
// Stored in Latin-1 (BUNDLE_ENCODING in bundle.mjs), read as bin/caviard.js reads it.
const script = new Script(readFileSync(bundle, 'latin1'), { filename: bundle });
const mod = { exports: {} };
script.runInThisContext()(createRequire(bundle), mod, mod.exports, bundle);
const { run } = mod.exports;

const specs = JSON.parse(readFileSync(join(dirname(bundle), 'builtin-rules.json'), 'utf8'));
const sample = specs.flatMap((s) => s.examples?.match ?? []).join('\n');
const io = (text) => ({
  stdin: Object.assign(Readable.from(text === null ? [] : [Buffer.from(text)]), { isTTY: text === null }),
  stdout: { write: () => true, isTTY: false },
  stderr: { write: () => true },
  env: { NO_COLOR: '1' },
  cwd: dirname(bundle),
});
for (const argv of [['--version'], ['--help'], ['redact', '-q', '--force'], ['redact', '--force'], ['scan', '--fail-on', 'off'], ['scan', '--format', 'json'], ['rules', 'list'], ['scan', '--nope']]) {
  await run(argv, io(argv[0] === 'redact' || argv[0] === 'scan' ? sample : null));
}
writeFileSync(`${bundle}.cache.tmp`, script.createCachedData());
renameSync(`${bundle}.cache.tmp`, `${bundle}.cache`);

// Build step: bundles the CLI and every run-time dependency into dist/caviard.cjs, then writes a V8
// code cache for it (dist/caviard.cjs.cache) that bin/caviard.js hands to V8 (README, Performance).
import { spawnSync } from 'node:child_process';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = join(ROOT, 'dist', 'caviard.cjs');

/**
 * The bundle is one function expression, `(function (require, module, exports, __filename) {…})`,
 * that bin/caviard.js compiles with vm.Script (so that V8 can take the code cache) and calls.
 */
const banner = '(function (require, module, exports, __filename) {\n'
  + 'var __import_meta_url = require("node:url").pathToFileURL(__filename).href;';
const footer = '})';

/** Run-time dependencies are bundled too: no module resolution in node_modules at start-up. */
const bundleEverything = {
  name: 'bundle-everything',
  setup(b) {
    // `createRequire(import.meta.url)('x')` (libraries loaded on first use) becomes `require('x')`,
    // which esbuild bundles and still evaluates on first use only.
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(args.path, 'utf8');
      return { contents: text.replaceAll('createRequire(import.meta.url)(', 'require('), loader: 'ts' };
    });
    // commander requires `child_process` eagerly, and that built-in loads `net` and `dgram`: caviard
    // never loads a network module (src/cli/commander.ts does the same for the unbundled build).
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${sep}node_modules${sep}commander${sep}`) ? { path: 'lazy-child-process', namespace: 'caviard' } : undefined);
    b.onLoad({ filter: /^lazy-child-process$/, namespace: 'caviard' }, () => ({
      contents: 'let real; module.exports = new Proxy({}, { get: (_t, key) => (real ??= require("node:" + "child_process"))[key] });',
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: [join(ROOT, 'src', 'cli', 'run.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: BUNDLE,
  define: { 'import.meta.url': '__import_meta_url' },
  banner: { js: banner },
  footer: { js: footer },
  // Libraries needed only with a configuration file, rule files or globs stay in node_modules and
  // are loaded on first use (`import()` becomes `require()`); the rest is bundled.
  external: ['ajv', 'js-yaml', 'fast-glob', 'ignore'],
  supported: { 'dynamic-import': false },
  minifyWhitespace: true,
  minifySyntax: true,
  charset: 'ascii',
  plugins: [bundleEverything],
  logLevel: 'warning',
});

// The code cache is written by a fresh `node` with no flags (V8 rejects a cache made under other
// flags), after a warm-up run so that the functions V8 compiles lazily are in it too.
const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'code-cache.mjs'), BUNDLE], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);

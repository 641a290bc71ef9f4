// Build step: bundles the CLI and every run-time dependency into dist/caviard.cjs, then writes a V8
// code cache for it (dist/caviard.cjs.cache) that bin/caviard.js hands to V8 (README, Performance).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLE = join(ROOT, 'dist', 'caviard.cjs');
/** How dist/caviard.cjs is stored (see BUNDLE_CHARSET): bin/caviard.js and code-cache.mjs read it so. */
const BUNDLE_ENCODING = 'latin1';

/**
 * The bundle is one function expression, `(function (require, module, exports, __filename) {…})`,
 * that bin/caviard.js compiles with vm.Script (so that V8 can take the code cache) and calls. It
 * knows where the package is (the bundle is dist/caviard.cjs) and its version: src/package-root.ts
 * then neither looks for package.json nor reads it at every start (~0.7 ms).
 */
const banner = '(function (require, module, exports, __filename) {\n'
  + 'var __import_meta_url = require("node:url").pathToFileURL(__filename).href;'
  + 'var __caviard_root = require("node:path").dirname(require("node:path").dirname(__filename));';
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const footer = '})';

/**
 * The configuration validator, generated now with Ajv's standalone code from the compiled schema
 * (dist/, built by tsc just before) with the options src/config/validate-config.ts uses: the
 * bundle takes it instead of that module, and never loads Ajv nor compiles a schema for it.
 */
async function standaloneConfigValidator() {
  const require = createRequire(join(ROOT, 'package.json'));
  const { Ajv } = require('ajv');
  const standaloneCode = require('ajv/dist/standalone').default;
  const { configSchema } = await import(pathToFileURL(join(ROOT, 'dist', 'config', 'schema.js')).href);
  const { CONFIG_AJV_OPTIONS } = await import(pathToFileURL(join(ROOT, 'dist', 'config', 'validate-config.js')).href);
  const ajv = new Ajv({ ...CONFIG_AJV_OPTIONS, code: { source: true, esm: true } });
  const code = standaloneCode(ajv, ajv.compile(configSchema))
    // Ajv's run-time helpers, bundled from their file (the `ajv` package itself stays external).
    .replace(/require\("(ajv\/dist\/runtime\/[\w-]+)"\)/g, (_m, p) => `require(${JSON.stringify(require.resolve(p))})`);
  if (/require\("ajv/.test(code) || !/export const validate = /.test(code)) throw new Error('bundle: the standalone config validator has an unexpected shape (Ajv changed?)');
  return `${code}\nexport async function configValidator() { return validate; }\n`;
}
const configValidatorCode = await standaloneConfigValidator();

/** Run-time dependencies are bundled too: no module resolution in node_modules at start-up. */
const bundleEverything = {
  name: 'bundle-everything',
  setup(b) {
    // `createRequire(import.meta.url)('x')` (libraries loaded on first use) becomes `require('x')`,
    // which esbuild bundles and still evaluates on first use only.
    b.onLoad({ filter: /[\\/]src[\\/]config[\\/]validate-config\.ts$/ }, () => ({ contents: configValidatorCode, loader: 'js', resolveDir: join(ROOT, 'src', 'config') }));
    // In the bundle, commander's `child_process` is the stand-in made below: src/cli/commander.ts, which
    // makes one for the unbundled build by hooking node:module's loader, becomes a plain re-export
    // (node:module is then never loaded, ~0.5 ms).
    b.onLoad({ filter: /[\\/]src[\\/]cli[\\/]commander\.ts$/ }, () => ({
      contents: "export { Command, CommanderError, InvalidArgumentError, Option } from 'commander';",
      loader: 'ts',
      resolveDir: join(ROOT, 'src', 'cli'),
    }));
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(args.path, 'utf8');
      return { contents: text.replaceAll('createRequire(import.meta.url)(', 'require('), loader: 'ts' };
    });
    // js-yaml: its own one-file minified build (43 KB, the same code) rather than its 15 modules.
    b.onResolve({ filter: /^js-yaml$/ }, () => ({ path: createRequire(join(ROOT, 'package.json')).resolve('js-yaml').replace(/index\.js$/, join('dist', 'js-yaml.min.js')) }));
    // `node:process` is the global `process` (commander and chalk import it): no built-in module to
    // load at start-up for it.
    b.onResolve({ filter: /^(node:)?process$/ }, () => ({ path: 'global-process', namespace: 'caviard' }));
    b.onLoad({ filter: /^global-process$/, namespace: 'caviard' }, () => ({ contents: 'module.exports = process;', loader: 'js' }));
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
  define: { 'import.meta.url': '__import_meta_url', CAVIARD_BUNDLE_ROOT: '__caviard_root', CAVIARD_BUNDLE_VERSION: JSON.stringify(version) },
  banner: { js: banner },
  footer: { js: footer },
  // Libraries needed only with rule files (Ajv) or folders and globs stay in node_modules and are
  // loaded on first use (`import()` becomes `require()`); the rest is bundled, js-yaml included
  // (read with every configuration file; evaluated only then, and left out of the code cache's
  // warm-up so that runs without one do not deserialise it).
  external: ['ajv', 'fast-glob', 'ignore'],
  supported: { 'dynamic-import': false },
  minifyWhitespace: true,
  minifySyntax: true,
  // Short local names: a 23% smaller bundle (285 KB) and code cache to read and deserialise at every
  // start (~1.5 ms, ~60 page faults). Messages are unchanged; an internal error's stack shows short names.
  minifyIdentifiers: true,
  charset: 'ascii',
  // Licence comments of the bundled libraries go to dist/caviard.cjs.LEGAL.txt, unchanged (some
  // have names with letters beyond Latin-1: see BUNDLE_CHARSET).
  legalComments: 'external',
  plugins: [bundleEverything],
  logLevel: 'warning',
});

/**
 * The bundle must be Latin-1 (every character at most U+00FF): bin/caviard.js reads it into a
 * one-byte V8 string, half the memory of the two-byte string a single other character makes V8
 * use for all 350 KB (a snippet's run: ~130 fewer page faults, 1–2 ms less reading and
 * compiling). esbuild's `charset: 'ascii'` escapes strings and identifiers
 * but keeps regular-expression literals and `String.raw` templates as written: in those, sources
 * write such characters as `\uXXXX` escapes. The file is then stored in Latin-1, one byte per
 * character (BUNDLE_ENCODING), which Node turns into a string by copying the bytes; decoding the
 * UTF-8 that esbuild writes took ~1 ms and ~60 more page faults at every start.
 */
const BUNDLE_CHARSET = /[^\x00-\xff]/g;
const source = readFileSync(BUNDLE, 'utf8');
const wide = [...new Set(source.match(BUNDLE_CHARSET) ?? [])];
if (wide.length > 0) {
  throw new Error(`bundle: characters beyond Latin-1 in ${BUNDLE} (${wide.map((c) => `${c} U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ')}): write them as \\u escapes in regular-expression literals and String.raw templates (see BUNDLE_CHARSET)`);
}
writeFileSync(BUNDLE, source, BUNDLE_ENCODING);

// The code cache is written by a fresh `node` with no flags, NODE_OPTIONS included (V8 rejects a
// cache made under other flags), after a warm-up run so that the functions V8 compiles lazily are in it too.
const env = { ...process.env };
delete env.NODE_OPTIONS;
const r = spawnSync(process.execPath, [join(ROOT, 'src', 'build', 'code-cache.mjs'), BUNDLE], { stdio: 'inherit', env });
if (r.status !== 0) process.exit(r.status ?? 1);

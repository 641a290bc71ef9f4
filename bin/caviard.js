#!/usr/bin/env node
// caviard command-line entry point: run the CLI, set the exit code. CommonJS (bin/package.json):
// Node then starts without its ES-module loader. The CLI and its dependencies are one bundled file,
// dist/caviard.cjs; V8 compiles it from the code cache written at build time (dist/caviard.cjs.cache,
// see README, Performance), or from source when there is none or V8 rejects it (another Node).
'use strict';
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');

const bundle = join(__dirname, '..', 'dist', 'caviard.cjs');
let cachedData;
try {
  // V8 checks the cache's V8 version, flags and source length, not the source itself: a cache older
  // than the bundle (rebuilt without its cache) is not used. npm gives packed files one date.
  if (statSync(`${bundle}.cache`).mtimeMs >= statSync(bundle).mtimeMs) cachedData = readFileSync(`${bundle}.cache`);
} catch {
  // no cache: compile from source
}
// The bundle is stored in Latin-1, one byte per character (src/build/bundle.mjs, BUNDLE_CHARSET).
const script = new Script(readFileSync(bundle, 'latin1'), { filename: bundle, cachedData });
// Regexes compile straight to native code: V8's default first interprets each one and compiles it
// again on its second run, and `redact` runs every rule's regex twice (it rescans its output).
// No baseline code (Sparkplug): in a run of some tens of milliseconds, compiling functions to
// machine code costs more than it saves (a snippet's `redact`: ~4 ms and ~100 page faults); a long
// scan gets optimised code all the same (through the CLI, 10 MB: 1–4% slower; 300 files of 10 KB:
// 3–6%). Both are set after the code cache is accepted (V8 checks flags against it).
setV8Flags('--no-regexp-tier-up --no-sparkplug');
const mod = { exports: {} };
// The bundle's `require` is this file's: it loads built-in modules and, on first use, the libraries
// left in node_modules, which resolve the same from bin/ as from dist/ (no node:module to load).
script.runInThisContext()(require, mod, mod.exports, bundle);
mod.exports.run(process.argv.slice(2)).then((code) => {
  // When all output went out with blocking writes, nothing is left to flush: exit now, without
  // Node's teardown of the heap (~4 ms). Otherwise a stream may still hold output: let Node finish.
  if (mod.exports.onlyBlockingIO()) process.exit(code);
  process.exitCode = code;
});

/**
 * v8.setFlagsFromString without loading node:v8, which loads Node's whole stream machinery for its
 * heap-snapshot streams (~3.5 ms and ~80 page faults at every start): the binding it wraps is
 * reached through process.binding('v8') while Node has it (deprecated, DEP0111: its warning is not
 * printed for this one call), else through node:v8.
 */
function setV8Flags(flags) {
  const quiet = process.noDeprecation;
  process.noDeprecation = true;
  try {
    const binding = process.binding('v8');
    if (typeof binding.setFlagsFromString === 'function') return binding.setFlagsFromString(flags);
  } catch {
    // not in this Node: node:v8 below
  } finally {
    process.noDeprecation = quiet;
  }
  return require('node:v8').setFlagsFromString(flags);
}

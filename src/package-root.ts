// Where caviard's own files live (package.json, rules/, dist/), from source, dist/ or a bundle.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let d = from; ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json')) && existsSync(join(d, 'rules'))) return d;
    if (dirname(d) === d) throw new Error(`caviard: cannot find the package folder above ${from}`);
  }
}

// Set in the CLI bundle (src/build/bundle.mjs), which knows both; undeclared elsewhere.
declare const CAVIARD_BUNDLE_ROOT: string | undefined;
declare const CAVIARD_BUNDLE_VERSION: string | undefined;
const bundled = typeof CAVIARD_BUNDLE_ROOT === 'string';

/** The package root. */
export const PACKAGE_ROOT = bundled ? CAVIARD_BUNDLE_ROOT as string : findRoot(dirname(fileURLToPath(import.meta.url)));

/** The package version, from package.json. */
export const VERSION: string = typeof CAVIARD_BUNDLE_VERSION === 'string' ? CAVIARD_BUNDLE_VERSION
  : (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** True when running compiled code (dist/ or the bundle), where prebuilt artefacts may be used. */
export const RUNNING_FROM_DIST = bundled || fileURLToPath(import.meta.url).split(/[\\/]/).includes('dist');

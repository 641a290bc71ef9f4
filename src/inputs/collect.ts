// Expands command-line inputs (files, folders, globs, `-`) into a list of sources to read.
import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** One source: a file path, or standard input. */
export type Source = { kind: 'file'; path: string; display: string } | { kind: 'stdin'; display: '<stdin>' };

/** An argument that named nothing readable. */
export interface InputError { input: string; message: string }

const IGNORED_DIRS = ['**/node_modules/**', '**/.git/**'];
/** Ignore files honoured at the root of a walked folder (gitignore syntax; design §9). */
export const IGNORE_FILES = ['.gitignore', '.caviardignore'];

/** Files under `dir` that the folder's .gitignore and .caviardignore do not exclude. */
async function notIgnored(dir: string, files: string[]): Promise<string[]> {
  const patterns = IGNORE_FILES.flatMap((name) => {
    try { return [readFileSync(join(dir, name), 'utf8')]; } catch { return []; }
  });
  if (patterns.length === 0) return files;
  const { default: ignore } = await import('ignore');
  const ig = ignore().add(patterns);
  return files.filter((f) => !ig.ignores(relative(dir, f)));
}
const GLOB_CHARS = /[*?[\]{}!]/;

export async function collectSources(args: readonly string[], cwd: string): Promise<{ sources: Source[]; errors: InputError[] }> {
  const sources: Source[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  const add = (abs: string): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    sources.push({ kind: 'file', path: abs, display: relative(cwd, abs) || abs });
  };
  let fg: typeof import('fast-glob') | undefined;
  const glob = async (pattern: string, base: string): Promise<string[]> => {
    fg ??= (await import('fast-glob')).default;
    return (await fg(pattern, { cwd: base, absolute: true, onlyFiles: true, dot: false, ignore: IGNORED_DIRS, followSymbolicLinks: false })).sort();
  };
  for (const arg of args) {
    if (arg === '-') {
      if (!seen.has('-')) { seen.add('-'); sources.push({ kind: 'stdin', display: '<stdin>' }); }
      continue;
    }
    const abs = resolve(cwd, arg);
    let st: ReturnType<typeof statSync> | undefined;
    try { st = statSync(abs); } catch { st = undefined; }
    if (st?.isDirectory()) {
      for (const f of await notIgnored(abs, await glob('**/*', abs))) add(f);
    } else if (st) {
      add(abs);
    } else if (GLOB_CHARS.test(arg)) {
      const found = await glob(arg, cwd);
      if (found.length === 0) errors.push({ input: arg, message: 'no file matches this pattern' });
      for (const f of found) add(f);
    } else {
      errors.push({ input: arg, message: 'no such file or directory' });
    }
  }
  return { sources, errors };
}

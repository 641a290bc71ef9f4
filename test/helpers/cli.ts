// Runs the CLI in-process with injected standard streams (style: run(argv, io)).
import { Readable } from 'node:stream';
import { run } from '../../src/cli/run.js';

export interface CliResult { code: number; stdout: string; stderr: string }

export async function runCli(argv: string[], opts: { stdin?: string; env?: NodeJS.ProcessEnv; cwd?: string; tty?: boolean } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const stdin = Object.assign(Readable.from(opts.stdin !== undefined ? [Buffer.from(opts.stdin)] : []), { isTTY: opts.stdin === undefined });
  const code = await run(argv, {
    stdin,
    stdout: { write: (s: string) => { stdout += s; return true; }, isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => { stderr += s; return true; } },
    env: opts.env ?? {},
    cwd: opts.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}

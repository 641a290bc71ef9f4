// What the CLI may touch, injected so that tests run it in-process (style: run(argv, io)).
import { fstatSync, readSync, writeSync } from 'node:fs';

export interface CliIO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /**
   * Set when `stdin` is the process's own standard input: this descriptor is then read directly
   * when it is a pipe, a socket or a file (see readStdin), and `stdin` is only created if it is needed.
   */
  stdinFd?: number;
}

let processStreamsUsed = false;

export function processIO(): CliIO {
  return {
    // A getter: Node builds process.stdin on first access (for a pipe, a net.Socket and the whole
    // stream machinery, ~10 ms), which a run that reads a pipe, a socket or a file directly never needs.
    get stdin() { processStreamsUsed = true; return process.stdin; },
    stdout: fdWriter(1, () => { processStreamsUsed = true; return process.stdout; }),
    stderr: fdWriter(2, () => { processStreamsUsed = true; return process.stderr; }),
    env: process.env, cwd: process.cwd(), stdinFd: 0,
  };
}

/**
 * True while no processIO() went through process.stdin, stdout or stderr: everything was read and
 * written with blocking calls, so no output can be waiting in a stream and the process may exit at
 * once (bin/caviard.js then skips Node's heap teardown, ~4 ms).
 */
export function onlyBlockingIO(): boolean {
  return !processStreamsUsed;
}

/**
 * Standard output or error: written with blocking writes when it is a pipe, a socket or a file, else (or once
 * a write fails: a full non-blocking pipe, a closed reader) through the process's stream, which
 * Node then creates. The output is the same either way.
 */
function fdWriter(fd: number, stream: () => NodeJS.WriteStream): CliIO['stdout'] {
  let direct: boolean | undefined;
  return {
    write(s: string): unknown {
      direct ??= pipeOrFile(fd);
      if (direct) {
        const buf = Buffer.from(s);
        let done = 0;
        try {
          while (done < buf.length) done += writeSync(fd, buf, done);
          return true;
        } catch {
          direct = false;
          return stream().write(buf.subarray(done));
        }
      }
      return stream().write(s);
    },
    get isTTY() {
      direct ??= pipeOrFile(fd);
      return direct ? false : stream().isTTY;
    },
  };
}

export async function readStream(stream: NodeJS.ReadableStream, chunks: Buffer[] = []): Promise<Buffer> {
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * Whether a standard stream is a pipe, a socket or a regular file (then never a terminal), without
 * creating its process stream. Sockets: a parent built on libuv (Node's child_process, so editors
 * and tools that run caviard) connects a child's standard streams through a socket pair, in
 * blocking mode, which plain reads and writes handle like a pipe.
 */
function pipeOrFile(fd: number): boolean {
  try {
    const s = fstatSync(fd);
    return s.isFIFO() || s.isSocket() || s.isFile();
  } catch {
    return false;
  }
}

/** True when standard input is a terminal (nothing piped in). */
export function stdinIsTTY(io: CliIO): boolean {
  if (io.stdinFd !== undefined && pipeOrFile(io.stdinFd)) return false;
  return io.stdin.isTTY === true;
}

/**
 * All of standard input. A pipe, a socket or a file given as the process's standard input is read with
 * blocking reads; should a read fail (a non-blocking pipe with no data yet, EAGAIN), what was read
 * is kept and the stream reads the rest. Anything else (a terminal, a test stream) is read as a
 * stream.
 */
export async function readStdin(io: CliIO): Promise<Buffer> {
  if (io.stdinFd === undefined || !pipeOrFile(io.stdinFd)) return readStream(io.stdin);
  const chunks: Buffer[] = [];
  for (;;) {
    const buf = Buffer.allocUnsafe(65536);
    let n: number;
    try {
      n = readSync(io.stdinFd, buf, 0, buf.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EOF') break; // Windows: end of a pipe
      return readStream(io.stdin, chunks);
    }
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
  }
  return Buffer.concat(chunks);
}

/** Exit codes (design §3). */
export const EXIT = { OK: 0, FOUND: 1, ERROR: 2 } as const;

/** An error the user can fix: printed as one line, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

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

/** Strings up to this many code units are encoded into a buffer of their own (Node's pooled slab). */
const SMALL_WRITE = 4096;
/** The reused encoding buffer of larger writes, and the most code units it takes at once (3 UTF-8 bytes each at most). */
const SCRATCH_BYTES = 1 << 20;
const SCRATCH_UNITS = Math.floor(SCRATCH_BYTES / 3);
let scratch: Buffer | undefined;

/** `s` encoded as UTF-8 into the scratch buffer (at most SCRATCH_UNITS code units). */
function encoded(s: string): Buffer {
  scratch ??= Buffer.allocUnsafeSlow(SCRATCH_BYTES);
  return scratch.subarray(0, scratch.write(s));
}

/**
 * `s` in pieces of at most `max` code units, never between the two halves of a surrogate pair
 * (with `max` ≥ 2, or `max` the whole length).
 */
export function* pieces(s: string, max: number): Generator<string> {
  for (let i = 0; i < s.length;) {
    let end = Math.min(s.length, i + max);
    const last = s.charCodeAt(end - 1);
    if (end < s.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield s.slice(i, end);
    i = end;
  }
}

/**
 * Standard output or error: written with blocking writes when it is a pipe, a socket or a file, else (or once
 * a write fails: a full non-blocking pipe, a closed reader) through the process's stream, which
 * Node then creates. The output is the same either way. A large write (a report's chunk) is encoded
 * piece by piece into one reused buffer: a new buffer per write is new memory, first touched at each
 * write (26 MB of JSON written to a file: ~280 ms that way, ~180 ms with the reused buffer).
 */
function fdWriter(fd: number, stream: () => NodeJS.WriteStream): CliIO['stdout'] {
  let direct: boolean | undefined;
  return {
    write(s: string): unknown {
      direct ??= pipeOrFile(fd);
      if (!direct) return stream().write(s);
      let written = 0; // code units of `s` out
      const small = s.length <= SMALL_WRITE;
      for (const piece of pieces(s, small ? s.length : SCRATCH_UNITS)) {
        const buf = small ? Buffer.from(piece) : encoded(piece);
        let done = 0;
        try {
          while (done < buf.length) done += writeSync(fd, buf, done);
        } catch {
          direct = false;
          // A copy: the stream keeps what it is given, and the scratch buffer is written again.
          const sent = stream().write(Buffer.from(buf.subarray(done)));
          const rest = s.slice(written + piece.length);
          return rest === '' ? sent : stream().write(rest);
        }
        written += piece.length;
      }
      return true;
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

// `caviard redact`: print the redacted text; refuse a blocking input unless --force (design §2, §8).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeText } from '../engine/analyze.js';
import { decode } from '../inputs/decode.js';
import { redactUntilClean, type RedactStyle } from '../redact/redact.js';
import { EXIT, readStdin, stdinIsTTY, UsageError, type CliIO } from './io.js';
import { openSession, type SessionFlags } from './session.js';

export interface RedactFlags extends SessionFlags {
  style: RedactStyle;
  force: boolean;
  quiet: boolean;
}

export async function redactCommand(input: string | undefined, flags: RedactFlags, io: CliIO): Promise<number> {
  const session = await openSession(io, flags, input === undefined ? [] : [input]);
  const fromStdin = input === undefined || input === '-';
  if (fromStdin && stdinIsTTY(io)) throw new UsageError('no input: give a file or pipe text into standard input');
  const name = fromStdin ? '<stdin>' : input;
  let buf: Buffer;
  try {
    buf = fromStdin ? await readStdin(io) : readFileSync(resolve(io.cwd, input));
  } catch (e) {
    io.stderr.write(`caviard: ${name}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return EXIT.ERROR;
  }
  const decoded = decode(buf);
  if (!('text' in decoded)) {
    io.stderr.write(`caviard: ${name}: binary file, nothing redacted\n`);
    return EXIT.ERROR;
  }
  const text = decoded.text;
  const minConfidence = session.loaded.config.minConfidence;
  const analyze = (t: string) => analyzeText(t, session.ruleset, {
    ...(minConfidence !== undefined ? { minConfidence } : {}),
    ...(session.allowlist ? { allowlist: session.allowlist } : {}),
  }).findings;
  const findings = analyze(text);
  const blocking = findings.filter((f) => f.blocking);
  if (blocking.length > 0 && !flags.force) {
    // A marking's tag names it (`diffusion-restreinte`); other blocking findings show their masked preview.
    for (const f of blocking) io.stderr.write(`caviard: ${name}:${f.line}:${f.column}: ${f.type === 'CLASSIFICATION' ? `${f.type} marking ${f.tag ?? `"${f.preview}"`}` : `blocking ${f.type} "${f.preview}"`} (${f.ruleId}): this document must not be pasted; nothing printed (use --force to redact anyway)\n`);
    return EXIT.FOUND;
  }
  const out = redactUntilClean(text, (t) => (t === text ? findings : analyze(t)), { style: flags.style });
  io.stdout.write(out.text);
  if (!flags.quiet) {
    const counts = new Map<string, number>();
    for (const r of out.replacements) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
    const list = [...counts].map(([t, n]) => `${t} ×${n}`).join(', ');
    io.stderr.write(`caviard: ${out.replacements.length} value(s) redacted${list ? ` (${list})` : ''}\n`);
  }
  return EXIT.OK;
}

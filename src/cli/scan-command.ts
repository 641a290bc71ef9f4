// `caviard scan`: report findings and risk per input; exit by threshold (design §2, §3).
import { readFileSync } from 'node:fs';
import { analyzeText } from '../engine/analyze.js';
import { decode } from '../inputs/decode.js';
import { collectSources } from '../inputs/collect.js';
import { jsonReportChunks } from '../report/json.js';
import { reaches, type InputReport, type Report } from '../report/model.js';
import { prettyReport } from '../report/pretty.js';
import type { Severity } from '../types.js';
import { chalkFor } from './color.js';
import { EXIT, readStdin, stdinIsTTY, UsageError, type CliIO } from './io.js';
import { openSession, type SessionFlags } from './session.js';
import { VERSION } from '../package-root.js';

export interface ScanFlags extends SessionFlags {
  format: 'pretty' | 'json';
  failOn?: Severity | 'off';
  showValues: boolean;
  explain: boolean;
  quiet: boolean;
  color: boolean;
  minConfidence?: number;
  prefilter: boolean;
}

export async function scanCommand(inputs: string[], flags: ScanFlags, io: CliIO): Promise<number> {
  const session = await openSession(io, flags, inputs);
  const failOn = flags.failOn ?? session.loaded.config.failOn ?? 'high';
  const args = inputs.length > 0 ? inputs : ['-'];
  if (inputs.length === 0 && stdinIsTTY(io)) throw new UsageError('no input: give files, folders or globs, or pipe text into standard input');
  const { sources, errors } = await collectSources(args, io.cwd);
  const reports: InputReport[] = errors.map((e) => ({ path: e.input, status: 'error', reason: e.message, findings: [], risk: null, failed: false }));
  const minConfidence = flags.minConfidence ?? session.loaded.config.minConfidence;
  for (const src of sources) {
    let buf: Buffer;
    try {
      buf = src.kind === 'stdin' ? await readStdin(io) : readFileSync(src.path);
    } catch (e) {
      reports.push({ path: src.display, status: 'error', reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, findings: [], risk: null, failed: false });
      continue;
    }
    const decoded = decode(buf);
    if (!('text' in decoded)) {
      reports.push({ path: src.display, status: 'skipped', reason: 'binary file', findings: [], risk: null, failed: false });
      continue;
    }
    const { findings, risk } = analyzeText(decoded.text, session.ruleset, {
      withValues: flags.showValues, prefilter: flags.prefilter,
      ...(minConfidence !== undefined ? { minConfidence } : {}),
      ...(session.allowlist ? { allowlist: session.allowlist } : {}),
    });
    reports.push({ path: src.display, status: 'scanned', findings, risk, failed: reaches(risk.level, failOn) });
  }
  const report: Report = { version: 1, tool: { name: 'caviard', version: VERSION }, failOn, inputs: reports };
  if (flags.format === 'json') {
    for (const chunk of jsonReportChunks(report)) io.stdout.write(chunk);
  } else {
    io.stdout.write(prettyReport(report, { chalk: await chalkFor(io, flags.color), explain: flags.explain, quiet: flags.quiet }));
  }
  for (const r of reports) if (r.status === 'error') io.stderr.write(`caviard: ${r.path}: ${r.reason}\n`);
  if (reports.some((r) => r.status === 'error')) return EXIT.ERROR;
  return reports.some((r) => r.failed) ? EXIT.FOUND : EXIT.OK;
}

// `caviard eval --corpus FILE`: per-type precision, recall, F1 and leak-recall on an annotated corpus.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeText } from '../engine/analyze.js';
import { evaluate, parseCorpus, type EvalResult } from '../eval/evaluate.js';
import { reaches } from '../report/model.js';
import type { Severity } from '../types.js';
import { EXIT, type CliIO } from './io.js';
import { openSession, type SessionFlags } from './session.js';

export interface EvalFlags extends SessionFlags {
  corpus: string;
  format: 'pretty' | 'json';
  failOn?: Severity;
  errors: boolean;
  showValues: boolean;
}

const pct = (x: number): string => x.toFixed(3);

export function evalTable(r: EvalResult): string {
  const rows = [['type', 'gold', 'found', 'precision', 'recall', 'F1', 'leak-recall']];
  for (const t of r.types) rows.push([t.type, String(t.gold), String(t.found), pct(t.precision), pct(t.recall), pct(t.f1), pct(t.leakRecall)]);
  const o = r.overall;
  rows.push(['ALL', String(o.gold), String(o.found), pct(o.precision), pct(o.recall), pct(o.f1), pct(o.leakRecall)]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const out = [line(rows[0]!), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.slice(1).map(line)];
  out.push('', `cases: ${r.cases}; gate: ${r.gate.blocked}/${r.gate.sensitive} sensitive cases blocked, ${r.gate.falseAlarms}/${r.gate.clean} clean cases blocked`);
  const share = (x: number | null): string => (x === null ? 'n/a' : `${(100 * x).toFixed(2)} %`);
  out.push(`letters and digits redacted in clean cases: ${share(r.negativeRedaction.other)} (neg-public: ${share(r.negativeRedaction.public)})`);
  return `${out.join('\n')}\n`;
}

export async function evalCommand(flags: EvalFlags, io: CliIO): Promise<number> {
  const session = await openSession(io, flags);
  const path = resolve(io.cwd, flags.corpus);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    io.stderr.write(`caviard: ${flags.corpus}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return EXIT.ERROR;
  }
  let cases;
  try {
    cases = parseCorpus(text);
  } catch (e) {
    io.stderr.write(`caviard: ${flags.corpus}: ${(e as Error).message}\n`);
    return EXIT.ERROR;
  }
  const failOn = flags.failOn ?? session.loaded.config.failOn ?? 'high';
  const result = evaluate(cases, (t) => analyzeText(t, session.ruleset, session.allowlist ? { allowlist: session.allowlist } : {}), (r) => reaches(r.level, failOn), flags.showValues);
  if (flags.format === 'json') {
    io.stdout.write(`${JSON.stringify(flags.errors ? result : { ...result, errors: undefined }, null, 2)}\n`);
  } else {
    io.stdout.write(evalTable(result));
    if (flags.errors) for (const e of result.errors) io.stdout.write(`${e.kind.padEnd(14)} ${e.type.padEnd(15)} ${e.caseId} [${e.start},${e.end})${e.value !== undefined ? ` ${JSON.stringify(e.value)}` : ''}\n`);
  }
  return EXIT.OK;
}

// Offsets → 1-based line and column, computed once per text.
import type { Finding } from '../types.js';

/**
 * Sets line and column of start and end on findings in reading order (starts ascending): one walk
 * over the line starts instead of a search per offset.
 */
export function setPositions(text: string, findings: readonly Finding[]): void {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  let line = 0;
  for (const f of findings) {
    while (line + 1 < starts.length && (starts[line + 1] as number) <= f.start) line++;
    f.line = line + 1;
    f.column = f.start - (starts[line] as number) + 1;
    let endLine = line;
    while (endLine + 1 < starts.length && (starts[endLine + 1] as number) <= f.end) endLine++;
    f.endLine = endLine + 1;
    f.endColumn = f.end - (starts[endLine] as number) + 1;
  }
}

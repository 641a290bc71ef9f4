// The error every rule problem becomes: it names the file, the rule and the field (exit 2).

export class RuleError extends Error {
  constructor(readonly file: string, readonly ruleId: string | undefined, readonly problem: string) {
    super(`${file}${ruleId ? `: rule ${ruleId}` : ''}: ${problem}`);
    this.name = 'RuleError';
  }
}

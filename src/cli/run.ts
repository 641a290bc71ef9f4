// The command-line program: maps flags to options and calls the commands. No logic of its own.
import { Command, CommanderError, InvalidArgumentError, Option } from './commander.js';
import { ConfigError } from '../config/load-config.js';
import { RuleError } from '../rules/rule-error.js';
import { EXIT, processIO, UsageError, type CliIO } from './io.js';

export { onlyBlockingIO } from './io.js';
import { VERSION } from '../package-root.js';

const LEVELS = ['low', 'medium', 'high', 'critical', 'off'];

const number01 = (v: string): number => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number between 0 and 1');
  return n;
};
const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

/** Options shared by every command that scans. */
const common = (): Option[] => [
  new Option('-c, --config <file>', 'configuration file (default: CAVIARD_CONFIG, else the nearest .caviard.yaml)'),
  new Option('--rules <file>', 'extra rule file (YAML); repeatable').argParser(collect),
];

const scanOptions = (): Option[] => [
  new Option('-f, --format <format>', 'report format').choices(['pretty', 'json']).default('pretty'),
  new Option('--fail-on <level>', 'exit 1 when an input reaches this risk level (default: high)').choices(LEVELS),
  new Option('--show-values', 'print raw values in reports (never do this in CI logs)').default(false),
  new Option('--explain', 'show the top contributions to each risk score').default(false),
  new Option('-q, --quiet', 'print only inputs that reach --fail-on, and errors').default(false),
  new Option('--no-color', 'no colours (also: NO_COLOR=1)'),
  new Option('--min-confidence <n>', 'drop candidates below this confidence (default 0.5)').argParser(number01),
  new Option('--no-prefilter', 'run every rule on every text (slower; same findings)').hideHelp(),
];

const redactOptions = (): Option[] => [
  new Option('-s, --style <style>', 'placeholder ([IBAN_1]) or mask (█ keeping length)').choices(['placeholder', 'mask']).default('placeholder'),
  new Option('--force', 'redact even a document with a blocking classification marking').default(false),
  new Option('-q, --quiet', 'no summary on standard error').default(false),
];

const evalOptions = (): Option[] => [
  new Option('--corpus <file>', 'annotated JSONL corpus').makeOptionMandatory(),
  new Option('-f, --format <format>', 'output format').choices(['pretty', 'json']).default('pretty'),
  new Option('--fail-on <level>', 'level counted as blocked for the gate figures (default: high)').choices(LEVELS),
  new Option('--errors', 'list every miss and false positive').default(false),
  new Option('--show-values', 'include the values in --errors').default(false),
];

function withOptions(cmd: Command, options: Option[]): Command {
  for (const o of options) cmd.addOption(o);
  return cmd;
}

/** Runs the CLI; resolves to the exit code (design §3). Never calls process.exit. */
export async function run(argv: string[], io: CliIO = processIO()): Promise<number> {
  let code: number = EXIT.OK;
  const program = new Command('caviard')
    .description('Find and redact what must not be pasted into an AI tool. Fully offline.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => {} })
    .showSuggestionAfterError(true);

  withOptions(program.command('scan', { isDefault: true }).argument('[inputs...]', 'files, folders, globs, or - for standard input'), [...scanOptions(), ...common()])
    .description('report findings and risk per input; exit 1 when an input reaches --fail-on')
    .action(async (inputs: string[], opts) => { code = await (await import('./scan-command.js')).scanCommand(inputs, opts, io); });

  withOptions(program.command('redact').argument('[input]', 'file, or - for standard input'), [...redactOptions(), ...common()])
    .description('print the redacted text on standard output')
    .action(async (input: string | undefined, opts) => { code = await (await import('./redact-command.js')).redactCommand(input, opts, io); });

  const rules = program.command('rules').description('list, show and test rules');
  withOptions(rules.command('list'), [new Option('-f, --format <format>').choices(['pretty', 'json']).default('pretty'), ...common()])
    .description('list rules (built-in, configured, extra)')
    .action(async (opts) => { code = await (await import('./rules-command.js')).rulesList(opts, io); });
  withOptions(rules.command('show').argument('<id>', 'rule id'), common())
    .description('show one rule in full')
    .action(async (id: string, opts) => { code = await (await import('./rules-command.js')).rulesShow(id, opts, io); });
  withOptions(rules.command('test').argument('[files...]', 'rule files to test (default: every active rule)'), common())
    .description("run rules' own match / no-match examples")
    .action(async (files: string[], opts) => { code = await (await import('./rules-command.js')).rulesTest(files, opts, io); });

  withOptions(program.command('eval'), [...evalOptions(), ...common()])
    .description('precision, recall, F1 and leak-recall per type on an annotated corpus')
    .action(async (opts) => { code = await (await import('./eval-command.js')).evalCommand(opts, io); });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.OK;
      io.stderr.write(`caviard: ${e.message.replace(/^error: /, '')} (see caviard --help)\n`);
      return EXIT.ERROR;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`caviard: ${e.message}${e.message.includes('(see ') ? '' : ' (see caviard --help)'}\n`);
      return EXIT.ERROR;
    }
    if (e instanceof RuleError || e instanceof ConfigError) {
      io.stderr.write(`caviard: ${e.message}\n`);
      return EXIT.ERROR;
    }
    io.stderr.write(`caviard: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return EXIT.ERROR;
  }
}

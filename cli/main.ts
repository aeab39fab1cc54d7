/**
 * pchat-topology: everything the canvas can do, for scripts and pipelines. Each command lives
 * in cli/commands/; this file only routes and turns failures into one-paragraph messages.
 */
import { parseArgs } from 'node:util';
import type { Command } from './command.ts';
import { commands } from './commands/index.ts';
import { CliError, EXIT } from './io.ts';
import type { CliIo } from './io.ts';
import { version } from './version.ts';

function generalHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'pchat-topology: design and check Lync Server 2013 Persistent Chat HA/DR topologies.',
    '',
    'Usage: pchat-topology <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  --help     show help (also: pchat-topology <command> --help)',
    '  --version  show the version',
    '',
  ].join('\n');
}

function commandHelp(c: Command): string {
  return [c.summary, '', `Usage: ${c.usage}`, '', ...c.details.map((d) => `  ${d}`), ''].join('\n');
}

function parse(command: Command, argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    // parseArgs' own wording is good ("Unknown option '--x'"); add where to look next.
    const reason = err instanceof Error ? err.message : String(err);
    throw new CliError(`${reason}\nUsage: ${command.usage}`);
  }
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(generalHelp());
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`pchat-topology: unknown command "${name}".\n\n${generalHelp()}`);
    return EXIT.badInput;
  }
  try {
    const { values, positionals } = parse(command, rest);
    if (values.help) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run({ values, positionals }, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`pchat-topology ${command.name}: ${err.message}\n`);
      return err.exitCode;
    }
    // A bug of ours: still no stack trace for the planner, unless they ask for it.
    if (process.env.PCHAT_DEBUG) io.stderr(`${err instanceof Error ? err.stack : String(err)}\n`);
    io.stderr(
      `pchat-topology ${command.name}: an internal error stopped the command (${err instanceof Error ? err.message : String(err)}). Set PCHAT_DEBUG=1 to see details.\n`,
    );
    return EXIT.badInput;
  }
}

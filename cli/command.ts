import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './io.ts';

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

/** One sub-command: its help text beside its options, so the two cannot drift apart. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Lines describing each option, shown by `pchat-topology <command> --help`. */
  details: string[];
  options: NonNullable<ParseArgsConfig['options']>;
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

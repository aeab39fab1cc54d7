/** Where a command writes; tests pass their own sinks instead of the process streams. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes the CLI promises to scripts. */
export const EXIT = {
  ok: 0,
  /** A finding reached the --fail-on level, or an export was refused. */
  findings: 1,
  /** The input could not be read, or the command line is wrong. */
  badInput: 2,
} as const;

/** An error whose message is already written for the planner; the CLI prints it without a stack. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.badInput) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

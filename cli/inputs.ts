/**
 * The files a command is given: paths as the shell passed them, and patterns the shell did not
 * expand (a quoted `designs/*.pctopo`, or any pattern on Windows, whose shells expand nothing).
 */
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CliError } from './io.ts';

export interface Inputs {
  paths: string[];
  /** Whether the command was given more than one file or a pattern, so reports come as a list. */
  many: boolean;
}

export async function expandInputs(
  positionals: readonly string[],
  what: string,
  usage: string,
): Promise<Inputs> {
  if (positionals.length === 0) throw new CliError(`Missing ${what}.\nUsage: ${usage}`);
  const paths: string[] = [];
  let patterns = 0;
  for (const given of positionals) {
    // Glob patterns escape with backslashes; on Windows a backslash is a path separator instead.
    const arg = process.platform === 'win32' ? given.replace(/\\/g, '/') : given;
    // A real file whose name has brackets in it (design[2].pctopo) stays a path: only what names
    // no file and looks like a pattern is expanded.
    if (!isDynamicPattern(arg, { caseSensitiveMatch: true }) || existsSync(given)) {
      paths.push(given);
      continue;
    }
    patterns++;
    // Matches are named the way the pattern was written: absolute for an absolute pattern.
    const matches = (
      await glob(arg, { onlyFiles: true, expandDirectories: false, dot: false, absolute: isAbsolute(arg) })
    ).sort();
    if (matches.length === 0) throw new CliError(`No file matches ${given}.`);
    paths.push(...matches);
  }
  const unique = [...new Set(paths)];
  return { paths: unique, many: unique.length > 1 || patterns > 0 };
}

/**
 * Writing what a command produces: the commands that write files (export, import, runbook) never
 * replace an existing file without --force, and say so in the same words.
 */
import { stat, writeFile } from 'node:fs/promises';
import { CliError, EXIT } from './io.ts';

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses (exit 1) to go on when `path` exists and --force was not given; `-` (standard output)
 * never exists. A command with several outputs calls it for each before writing any.
 */
export async function refuseToReplace(
  path: string,
  force: boolean,
  instead = 'choose another file with -o',
): Promise<void> {
  if (force || path === '-' || !(await exists(path))) return;
  throw new CliError(
    `${path} already exists; nothing was written. Add --force to overwrite it, or ${instead}.`,
    EXIT.findings,
  );
}

/**
 * Writes a command's output file, refusing (exit 1) to replace one that exists unless --force
 * is given; `-` is standard output. Shared by export and import.
 */
export async function writeOutput(
  path: string,
  content: Uint8Array | string,
  force: boolean,
  write: (text: string) => void,
): Promise<void> {
  if (path === '-') {
    write(typeof content === 'string' ? content : new TextDecoder().decode(content));
    return;
  }
  await refuseToReplace(path, force);
  try {
    await writeFile(path, content);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new CliError(`${path}: cannot write there (${e.code ?? e.message}).`);
  }
}

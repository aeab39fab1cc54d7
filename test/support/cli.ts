/** Runs the CLI in-process (fast) or as a real process (what a script sees). */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../cli/main.ts';
import { projectRoot } from './designs.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

export async function spawnCli(...argv: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      'node',
      [join(projectRoot, 'cli', 'bin.mjs'), ...argv],
      {
        cwd: projectRoot,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

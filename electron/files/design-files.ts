/**
 * Reading and writing the planner's files. Designs are read through the shared loader (so a
 * damaged file is refused with the loader's message) and written atomically with the previous
 * version kept as `<name>.pctopo.bak`. Every failure comes back as a FileProblem; nothing here
 * throws at the caller, and nothing here touches the design the planner has open.
 */
import { promises as fsp } from 'node:fs';
import type { DesignDocument } from '../../shared/model/types.ts';
import { loadDesign, MAX_DESIGN_BYTES, serializeDesign } from '../../shared/model/load.ts';
import { removeStaleTempFiles, writeFileAtomic, type AtomicWriteOptions } from './atomic-write.ts';
import {
  FileProblemError,
  readProblem,
  tooLargeProblem,
  writeProblem,
  type FileProblem,
} from './file-problems.ts';

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: FileProblem };

export const DESIGN_EXTENSION = '.pctopo';

async function readBoundedText(file: string, maxBytes: number): Promise<string> {
  const info = await fsp.stat(file);
  if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  if (info.size > maxBytes) throw new FileProblemError(tooLargeProblem(file, info.size));
  return fsp.readFile(file, 'utf8');
}

export async function readDesignFile(file: string): Promise<Outcome<DesignDocument>> {
  try {
    return { ok: true, value: loadDesign(await readBoundedText(file, MAX_DESIGN_BYTES)) };
  } catch (err) {
    return { ok: false, problem: readProblem(file, err) };
  }
}

/** Text files the renderer interprets itself (topology XML). */
export async function readTextFile(file: string, maxBytes = MAX_DESIGN_BYTES): Promise<Outcome<string>> {
  try {
    return { ok: true, value: await readBoundedText(file, maxBytes) };
  } catch (err) {
    return { ok: false, problem: readProblem(file, err) };
  }
}

export interface WriteOptions {
  /** Keep the replaced version as `<file>.bak` (designs do; exports are regenerated at will). */
  backup: boolean;
  /** Test seam passed through to the atomic write. */
  beforeReplace?: AtomicWriteOptions['beforeReplace'];
  platform?: NodeJS.Platform;
}

export async function writeTextFile(
  file: string,
  text: string,
  options: WriteOptions,
): Promise<Outcome<void>> {
  const platform = options.platform ?? process.platform;
  try {
    await writeFileAtomic(file, text, {
      backup: options.backup,
      platform,
      ...(options.beforeReplace ? { beforeReplace: options.beforeReplace } : {}),
    });
  } catch (err) {
    return { ok: false, problem: await writeProblem(file, err, platform) };
  }
  // Leftovers of an earlier crashed save are harmless but untidy; a failure to sweep is not the planner's concern.
  await removeStaleTempFiles(file).catch(() => 0);
  return { ok: true, value: undefined };
}

export function writeDesignFile(
  file: string,
  doc: DesignDocument,
  options: Omit<WriteOptions, 'backup'> = {},
): Promise<Outcome<void>> {
  return writeTextFile(file, serializeDesign(doc), { ...options, backup: true });
}

/** Adds `.pctopo` when a save dialog returns a name without it (Linux dialogs often do). */
export function withDesignExtension(file: string): string {
  return file.toLowerCase().endsWith(DESIGN_EXTENSION) ? file : `${file}${DESIGN_EXTENSION}`;
}

/**
 * Reading and writing the planner's files. Designs are read through the shared loader (so a
 * damaged file is refused with the loader's message) and written atomically with the previous
 * version kept as `<name>.pctopo.bak`. Every failure comes back as a FileProblem; nothing here
 * throws at the caller, and nothing here touches the design the planner has open.
 */
import { promises as fsp } from 'node:fs';
import type { DesignDocument } from '../../shared/model/types.ts';
import { loadDesign, MAX_DESIGN_BYTES, serializeDesign } from '../../shared/model/load.ts';
import { decodeTopologyBytes } from '../../shared/xml/decode.ts';
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

async function readBoundedBytes(file: string, maxBytes: number): Promise<Buffer> {
  const info = await fsp.stat(file);
  if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  if (info.size > maxBytes) throw new FileProblemError(tooLargeProblem(file, info.size));
  return fsp.readFile(file);
}

async function readBoundedText(file: string, maxBytes: number): Promise<string> {
  return (await readBoundedBytes(file, maxBytes)).toString('utf8');
}

/**
 * Whether bytes hold XML rather than a JSON design: a UTF-16 byte-order mark or UTF-16 "<"
 * (PowerShell writes topologies as UTF-16), or "<" first after an optional UTF-8 BOM and spaces.
 */
export function looksLikeXml(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  if ((bytes[0] === 0x3c && bytes[1] === 0) || (bytes[0] === 0 && bytes[1] === 0x3c)) return true;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)
  )
    i++;
  return bytes[i] === 0x3c;
}

export type OpenedContent = { kind: 'design' | 'topology'; text: string };

/**
 * A file the planner opened, told apart by content (names are not to be trusted): a design
 * checked by the shared loader, or a topology document decoded from UTF-8 or UTF-16 by the
 * shared XML module, so the page always gets text it can read.
 */
export async function readOpenableFile(file: string): Promise<Outcome<OpenedContent>> {
  try {
    const bytes = await readBoundedBytes(file, MAX_DESIGN_BYTES);
    if (looksLikeXml(bytes))
      return { ok: true, value: { kind: 'topology', text: decodeTopologyBytes(bytes) } };
    const text = bytes.toString('utf8');
    loadDesign(text);
    return { ok: true, value: { kind: 'design', text } };
  } catch (err) {
    return { ok: false, problem: readProblem(file, err) };
  }
}

/** A topology document to import, whatever its encoding. */
export async function readTopologyFile(file: string): Promise<Outcome<string>> {
  try {
    return { ok: true, value: decodeTopologyBytes(await readBoundedBytes(file, MAX_DESIGN_BYTES)) };
  } catch (err) {
    return { ok: false, problem: readProblem(file, err) };
  }
}

export async function readDesignFile(file: string): Promise<Outcome<DesignDocument>> {
  try {
    return { ok: true, value: loadDesign(await readBoundedText(file, MAX_DESIGN_BYTES)) };
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

export async function writeDesignFile(
  file: string,
  doc: DesignDocument,
  options: Omit<WriteOptions, 'backup'> = {},
): Promise<Outcome<void>> {
  let text: string;
  try {
    text = serializeDesign(doc);
  } catch (err) {
    // The loader bounds what a design holds, so this is a bug, but it is the planner's file: say so, never throw.
    return { ok: false, problem: await writeProblem(file, err, options.platform ?? process.platform) };
  }
  return writeTextFile(file, text, { ...options, backup: true });
}

/** Adds `.pctopo` when a save dialog returns a name without it (Linux dialogs often do). */
export function withDesignExtension(file: string): string {
  return file.toLowerCase().endsWith(DESIGN_EXTENSION) ? file : `${file}${DESIGN_EXTENSION}`;
}

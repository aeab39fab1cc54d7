/**
 * Turns what the operating system or the loader reports into a problem a planner can act on:
 * which file, what happened, and what to do. The design in memory is never touched by a
 * failure; the message says so where it matters.
 */
import { constants, promises as fsp } from 'node:fs';
import path from 'node:path';
import type { Locale, Params, Text } from '../../shared/i18n/text.ts';
import { LoadError, MAX_DESIGN_BYTES } from '../../shared/model/load.ts';
import { TopologyXmlError } from '../../shared/xml/errors.ts';
import { fileProblemText, say } from '../strings.ts';

export type FileProblemKind =
  | 'vanished'
  | 'read-only'
  | 'no-permission'
  | 'locked'
  | 'not-a-file'
  | 'too-large'
  | 'corrupted'
  | 'disk-full'
  | 'other';

export interface FileProblem {
  kind: FileProblemKind;
  file: string;
  text: Text;
  params: Params;
}

export class FileProblemError extends Error {
  readonly problem: FileProblem;
  constructor(problem: FileProblem) {
    super(say(problem.text, 'en', problem.params));
    this.name = 'FileProblemError';
    this.problem = problem;
  }
}

export function describeProblem(problem: FileProblem, locale: Locale): string {
  return say(problem.text, locale, problem.params);
}

function baseParams(file: string): Params {
  return { name: path.basename(file), folder: path.dirname(file) };
}

function problem(kind: FileProblemKind, file: string, text: Text, extra: Params = {}): FileProblem {
  return { kind, file, text, params: { ...baseParams(file), ...extra } };
}

function codeOf(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | null)?.code;
}

function detailOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function tooLargeProblem(file: string, bytes: number): FileProblem {
  return problem('too-large', file, fileProblemText.tooLarge, {
    size: Math.round(bytes / 1048576),
    limit: MAX_DESIGN_BYTES / 1048576,
  });
}

/** A failure while reading `file` (opening a design, importing XML, reading a draft). */
export function readProblem(file: string, err: unknown): FileProblem {
  if (err instanceof FileProblemError) return err.problem;
  if (err instanceof LoadError) {
    return problem('corrupted', file, fileProblemText.corrupted, { detail: err.message });
  }
  if (err instanceof TopologyXmlError) {
    return problem('corrupted', file, fileProblemText.notTopology, { detail: err.message });
  }
  switch (codeOf(err)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return problem('vanished', file, fileProblemText.vanished);
    case 'EACCES':
    case 'EPERM':
      return problem('no-permission', file, fileProblemText.noReadPermission);
    case 'EBUSY':
      return problem('locked', file, fileProblemText.lockedRead);
    case 'EISDIR':
      return problem('not-a-file', file, fileProblemText.notAFile);
    default:
      return problem('other', file, fileProblemText.otherRead, { detail: detailOf(err) });
  }
}

async function isWritable(file: string): Promise<boolean | null> {
  try {
    const info = await fsp.stat(file);
    if ((info.mode & 0o222) === 0) return false;
    await fsp.access(file, constants.W_OK);
    return true;
  } catch (err) {
    return codeOf(err) === 'ENOENT' ? null : false;
  }
}

/**
 * A failure while replacing `file`. Permission errors are ambiguous: the file may be
 * read-only, the folder may refuse new files, or (on Windows) another program may hold the
 * file open; looking at the file again tells them apart.
 */
export async function writeProblem(
  file: string,
  err: unknown,
  platform: NodeJS.Platform = process.platform,
): Promise<FileProblem> {
  if (err instanceof FileProblemError) return err.problem;
  switch (codeOf(err)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return problem('vanished', file, fileProblemText.folderVanished);
    case 'EROFS':
      return problem('read-only', file, fileProblemText.readOnlyDrive);
    case 'EBUSY':
    case 'ETXTBSY':
      return problem('locked', file, fileProblemText.lockedWrite);
    case 'ENOSPC':
    case 'EDQUOT':
      return problem('disk-full', file, fileProblemText.diskFull);
    case 'EISDIR':
      return problem('not-a-file', file, fileProblemText.notAFile);
    case 'EACCES':
    case 'EPERM': {
      const writable = await isWritable(file);
      if (writable === false) return problem('read-only', file, fileProblemText.readOnly);
      if (writable === true && platform === 'win32') {
        return problem('locked', file, fileProblemText.lockedWrite);
      }
      return problem('no-permission', file, fileProblemText.noWritePermission);
    }
    default:
      return problem('other', file, fileProblemText.otherWrite, { detail: detailOf(err) });
  }
}

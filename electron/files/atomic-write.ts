/**
 * Crash-safe replacement of a file: the new bytes go to a temporary file beside the target,
 * are flushed to disk, and only then renamed over the target. A crash or power cut at any
 * moment leaves either the old file or the new one, never a half-written mix. The rename
 * stays on one volume because the temporary file lives in the target's own folder.
 */
import { randomBytes } from 'node:crypto';
import { constants, promises as fsp } from 'node:fs';
import path from 'node:path';

export interface AtomicWriteOptions {
  /** Keep the version being replaced as `<target>.bak`. */
  backup?: boolean;
  /**
   * Test seam: runs once the temporary file is durable and before it replaces the target,
   * which is exactly where a crash must leave the target untouched.
   */
  beforeReplace?: (tempPath: string) => Promise<void> | void;
  /** Platform whose rename semantics apply; tests pass 'win32' to exercise the retry path. */
  platform?: NodeJS.Platform;
}

export const BACKUP_SUFFIX = '.bak';

/** Matches only our own temporary files for `baseName`, so a sweep never touches anything else. */
export function isTempFileOf(baseName: string, candidate: string): boolean {
  const prefix = `.${baseName}.`;
  if (!candidate.startsWith(prefix) || !candidate.endsWith('.tmp')) return false;
  return /^[0-9a-f]{12}$/.test(candidate.slice(prefix.length, -'.tmp'.length));
}

function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

async function statOrNull(file: string) {
  try {
    return await fsp.stat(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

function errnoError(code: string, message: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}, '${file}'`), { code, path: file });
}

async function writeDurably(file: string, data: string | Uint8Array, mode: number): Promise<void> {
  const handle = await fsp.open(file, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Windows refuses to rename over a file that a virus scanner or the search indexer has open
 * for a moment; retrying briefly rides that out, while a file held open by another program
 * still fails after the last attempt and is reported as locked.
 */
async function renameWithRetry(from: string, to: string, platform: NodeJS.Platform): Promise<void> {
  const delays = platform === 'win32' ? [20, 50, 100, 200, 400] : [];
  for (let attempt = 0; ; attempt++) {
    try {
      await fsp.rename(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const transient = code === 'EPERM' || code === 'EACCES' || code === 'EBUSY';
      const delay = delays[attempt];
      if (!transient || delay === undefined) throw err;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Makes the rename itself durable; folders cannot be opened for syncing on Windows, where NTFS journals it. */
async function syncFolder(dir: string, platform: NodeJS.Platform): Promise<void> {
  if (platform === 'win32') return;
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch {
    // Some network file systems refuse to sync a folder; the data itself is already flushed.
  } finally {
    await handle?.close();
  }
}

async function copyToBackup(target: string, platform: NodeJS.Platform): Promise<void> {
  const backup = `${target}${BACKUP_SUFFIX}`;
  const temp = tempPathFor(backup);
  try {
    await fsp.copyFile(target, temp, constants.COPYFILE_EXCL);
    const handle = await fsp.open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, backup, platform);
  } catch (err) {
    await fsp.rm(temp, { force: true });
    throw err;
  }
}

/** Replaces `target` with `data` atomically; see the file comment. */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const platform = options.platform ?? process.platform;
  const existing = await statOrNull(target);
  if (existing?.isDirectory()) throw errnoError('EISDIR', 'illegal operation on a directory', target);
  // POSIX lets rename() replace a read-only file as long as the folder is writable (and lets
  // an administrator write anything), which would silently defeat a planner who protected the
  // file; a file without write permission bits is refused as Windows refuses it.
  if (existing) {
    if ((existing.mode & 0o222) === 0) throw errnoError('EACCES', 'the file is read-only', target);
    await fsp.access(target, constants.W_OK);
  }

  const temp = tempPathFor(target);
  try {
    // A new file gets the default permissions; a replaced one keeps its own.
    await writeDurably(temp, data, existing ? existing.mode & 0o777 : 0o666);
    if (options.backup && existing) await copyToBackup(target, platform);
    await options.beforeReplace?.(temp);
    await renameWithRetry(temp, target, platform);
  } catch (err) {
    // A write that failed halfway (a full disk) must not leave its temporary file for a later sweep.
    await fsp.rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
  await syncFolder(path.dirname(target), platform);
}

/**
 * Removes temporary files a crashed save left beside `target`. Only files older than
 * `minAgeMs` go, so a save still running elsewhere is never disturbed.
 */
export async function removeStaleTempFiles(target: string, minAgeMs = 10 * 60_000): Promise<number> {
  const dir = path.dirname(target);
  const base = path.basename(target);
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  const now = Date.now();
  for (const name of names) {
    if (!isTempFileOf(base, name) && !isTempFileOf(`${base}${BACKUP_SUFFIX}`, name)) continue;
    const file = path.join(dir, name);
    const info = await statOrNull(file);
    if (!info || now - info.mtimeMs < minAgeMs) continue;
    await fsp.rm(file, { force: true });
    removed++;
  }
  return removed;
}

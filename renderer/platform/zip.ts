/**
 * The runbooks as one `.zip` for the web edition's download. Each file's bytes are its text in
 * UTF-8, byte-order mark included, exactly as the desktop shell writes them into a folder.
 */
import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';

export function zipFiles(files: readonly { name: string; text: string }[]): Uint8Array {
  const entries: Zippable = {};
  for (const f of files) entries[f.name] = strToU8(f.text);
  return zipSync(entries);
}

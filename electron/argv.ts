/**
 * Finding the design a command line names: a double-click in Explorer or Finder, "Open with",
 * `pchat-designer site.pctopo`, or the argv a second instance forwards. Chromium and the OS add
 * switches of their own (`--allow-file-access-from-files`, macOS `-psn_…`), and Linux desktops
 * may pass file:// URLs, so only a non-switch argument naming a .pctopo file counts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESIGN_EXTENSION } from './files/design-files.ts';

export interface ArgvContext {
  /** Packaged apps get [exe, ...args]; `electron .` gets [electron, app path, ...args]. */
  isPackaged: boolean;
  /** The folder relative paths are relative to (the second instance's, for forwarded argv). */
  cwd: string;
}

function asPath(arg: string): string | null {
  if (/^file:\/\//i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  return arg;
}

export function designPathFromArgv(argv: readonly string[], context: ArgvContext): string | null {
  const args = argv.slice(context.isPackaged ? 1 : 2);
  let found: string | null = null;
  for (const arg of args) {
    if (arg.startsWith('-')) continue;
    const file = asPath(arg);
    if (file && file.toLowerCase().endsWith(DESIGN_EXTENSION)) found = path.resolve(context.cwd, file);
  }
  return found;
}

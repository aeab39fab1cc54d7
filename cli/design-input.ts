/**
 * Reads the file a command is given and turns it into a design document, or a CliError that
 * says what is wrong with it and where. Never a stack trace.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { LoadError, loadDesign, MAX_DESIGN_BYTES } from '../shared/model/load.ts';
import type { DesignDocument } from '../shared/model/types.ts';
import { decodeTopologyBytes } from '../shared/xml/decode.ts';
import { importTopology, looksLikeXml, TopologyXmlError } from '../shared/xml/index.ts';
import type { ImportOutput } from '../shared/xml/index.ts';
import { CliError } from './io.ts';

function describeFsError(path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return `${path}: no such file.`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied; the file cannot be read.`;
    case 'EISDIR':
      return `${path} is a folder, not a design file.`;
    default:
      return `${path} could not be read (${err instanceof Error ? err.message : String(err)}).`;
  }
}

export async function readInputText(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.size > MAX_DESIGN_BYTES) {
      throw new CliError(
        `${path} is too large (${Math.round(info.size / 1048576)} MiB; the limit is ${MAX_DESIGN_BYTES / 1048576} MiB).`,
      );
    }
    return await readFile(path);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(describeFsError(path, err));
  }
}

/** Imports a topology XML file (.tbxml or Get-CsTopology -AsXml), or a CliError saying why not. */
export function importTopologyInput(path: string, input: Uint8Array | string): ImportOutput {
  const name = basename(path).replace(/\.(tbxml|xml)$/i, '');
  const result = importTopology(input, { name });
  if (!result.ok) throw new CliError(`${path}: ${result.error.message}`);
  return result;
}

/** A design file, or a topology XML file imported into a design on the way in. */
export async function readDesignInput(path: string): Promise<DesignDocument> {
  return designFromBytes(path, await readInputText(path)).document;
}

/** The design in bytes already read, with the text it was read from, for reports that point into it. */
export function designFromBytes(
  path: string,
  bytes: Buffer,
): { document: DesignDocument; text: string; isXml: boolean } {
  if (looksLikeXml(bytes)) {
    // Decoded once: the report points into the same text the import read.
    let text: string;
    try {
      text = decodeTopologyBytes(bytes);
    } catch (err) {
      if (err instanceof TopologyXmlError) throw new CliError(`${path}: ${err.message}`);
      throw err;
    }
    return { document: importTopologyInput(path, text).document, text, isXml: true };
  }
  const text = bytes.toString('utf8');
  try {
    return { document: loadDesign(text), text, isXml: false };
  } catch (err) {
    if (err instanceof LoadError) throw new CliError(`${path}: ${err.message}`);
    throw err;
  }
}

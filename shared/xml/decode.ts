/**
 * From bytes to the text the parser sees. Topology documents come as UTF-8 with a BOM
 * (Topology Builder) or UTF-16 LE with a BOM (PowerShell's `>` and Out-File), so both are read;
 * everything else that is not text, or that carries a DTD, is refused here before any parsing.
 */
import { TopologyXmlError } from './errors.ts';

/**
 * Real topologies are tens of kilobytes; a very large deployment stays in single megabytes.
 * The limit leaves ample room while keeping a hostile file from exhausting memory.
 */
export const MAX_TOPOLOGY_BYTES = 32 * 1024 * 1024;

const MIB = 1024 * 1024;

function tooLarge(size: number, unit: 'bytes' | 'characters'): TopologyXmlError {
  return new TopologyXmlError(
    'too-large',
    `The file is too large to be a topology document (${(size / MIB).toFixed(1)} MiB of ${unit}; the limit is ${MAX_TOPOLOGY_BYTES / MIB} MiB). Topology Builder documents are normally well under one megabyte, so this is probably not the file you meant to import.`,
  );
}

/** 1-based line and column of a character offset, for messages that point into the file. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Binary formats people pick by mistake, recognised by their first bytes. */
const MAGIC: ReadonlyArray<[number[], string]> = [
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or an Office document such as .docx or .xlsx)'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x4d, 0x5a], 'a Windows program'],
  [[0x1f, 0x8b], 'a gzip-compressed file'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old-style Office document'],
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function notText(what: string): TopologyXmlError {
  return new TopologyXmlError(
    'not-topology',
    `The file is ${what}, not a topology document. Import expects the XML that Topology Builder saves (.tbxml) or that Get-CsTopology -AsXml writes.`,
  );
}

function decodeUtf16(bytes: Uint8Array, start: number, littleEndian: boolean): string {
  if ((bytes.length - start) % 2 !== 0) {
    throw new TopologyXmlError(
      'encoding',
      'The file starts like UTF-16 text but has an odd number of bytes, so it is cut short or is not really UTF-16. Save the topology again (Get-CsTopology -AsXml | Out-File) and import the new file.',
    );
  }
  // Decoded by hand in chunks: TextDecoder's utf-16be needs ICU data that not every runtime ships.
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = start; i < bytes.length; i += CHUNK * 2) {
    const end = Math.min(bytes.length, i + CHUNK * 2);
    const codes = new Array<number>((end - i) / 2);
    for (let j = i, k = 0; j < end; j += 2, k++) {
      codes[k] = littleEndian ? bytes[j]! | (bytes[j + 1]! << 8) : (bytes[j]! << 8) | bytes[j + 1]!;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Decodes the bytes of a topology file: UTF-8 (with or without BOM) or UTF-16 with a BOM. */
export function decodeTopologyBytes(bytes: Uint8Array): string {
  if (bytes.length > MAX_TOPOLOGY_BYTES) throw tooLarge(bytes.length, 'bytes');
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 2, true);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 2, false);
  // UTF-16 without a BOM still starts with "<" and a zero byte; read it rather than fail on it.
  if (bytes.length >= 4 && bytes[0] === 0x3c && bytes[1] === 0 && bytes[3] === 0) {
    return decodeUtf16(bytes, 0, true);
  }
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0) {
    return decodeUtf16(bytes, 0, false);
  }
  for (const [magic, what] of MAGIC) if (startsWith(bytes, magic)) throw notText(what);
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    throw new TopologyXmlError(
      'encoding',
      'The file is not valid UTF-8 text and has no UTF-16 byte-order mark, so its encoding cannot be told. Topology Builder saves UTF-8 and PowerShell writes UTF-16 with a byte-order mark; save the topology again with one of them and import the new file.',
    );
  }
}

const DTD = /^<!(DOCTYPE|ENTITY)/i;

/**
 * The first `<!DOCTYPE` or `<!ENTITY` that is markup, skipping comments and CDATA sections,
 * where the words are only text (a comment may well say "no <!ENTITY here"). One pass over the
 * text, jumping from one `<!` to the next.
 */
function findDtd(text: string): { index: number; word: string } | undefined {
  let i = 0;
  for (;;) {
    const at = text.indexOf('<!', i);
    if (at < 0) return undefined;
    if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at + 4);
      if (end < 0) return undefined; // An unclosed comment is the parser's to report.
      i = end + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', at)) {
      const end = text.indexOf(']]>', at + 9);
      if (end < 0) return undefined;
      i = end + 3;
      continue;
    }
    const m = DTD.exec(text.slice(at, at + 10));
    if (m) return { index: at, word: m[1]! };
    i = at + 2;
  }
}

/**
 * Readies decoded text for parsing: BOM removed, the size limit applied, line ends normalised
 * as XML requires, and any DTD refused. No topology document has a DTD, and a DTD is how
 * entity-expansion attacks (billion laughs) and external-entity reads get in, so none is parsed.
 */
export function prepareTopologyText(raw: string): string {
  if (raw.length > MAX_TOPOLOGY_BYTES) throw tooLarge(raw.length, 'characters');
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  const dtd = findDtd(text);
  if (dtd) {
    const at = positionAt(text, dtd.index);
    const what =
      dtd.word.toUpperCase() === 'ENTITY' ? 'an entity declaration' : 'a document type declaration (DTD)';
    throw new TopologyXmlError(
      'dtd',
      `The file contains ${what} at line ${at.line}, column ${at.column}. Topology documents never have one, and a DTD can make a reader expand entities without end or read other files, so the import refuses it. Remove the <!${dtd.word} …> part, or export the topology again from Topology Builder.`,
      at,
    );
  }
  return text;
}

/** Shared helpers of the XML tests: the real documents, result unwrapping, element inventories. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { exportTopology } from '../../shared/xml/export.ts';
import type { ExportOptions, ExportOutput } from '../../shared/xml/export.ts';
import { importTopology } from '../../shared/xml/import.ts';
import type { ImportOutput } from '../../shared/xml/import.ts';
import { parseXml } from '../../shared/xml/parse.ts';
import { isSidecarComment } from '../../shared/xml/sidecar.ts';
import type { XmlElement } from '../../shared/xml/tree.ts';
import type { DesignDocument } from '../../shared/model/types.ts';

/** The real topology documents live beside the repository, never inside it (see the README there). */
export const topologiesDir = join(import.meta.dirname, '..', '..', '..', 'shared', 'reference', 'topologies');
export const haveSamples = existsSync(topologiesDir);

export const samples = [
  { file: 'sample-01.xml', flavour: 'tbxml' },
  { file: 'sample-02.xml', flavour: 'tbxml' },
  { file: 'sample-03.xml', flavour: 'published' },
  { file: 'sample-04.xml', flavour: 'published' },
  { file: 'sample-05.xml', flavour: 'published' },
] as const;

export function readSample(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(topologiesDir, file)));
}

export function imported(input: Uint8Array | string): ImportOutput {
  const result = importTopology(input);
  if (!result.ok) throw new Error(`import failed: ${result.error.message}`);
  return result;
}

export function exported(doc: DesignDocument, options?: ExportOptions): ExportOutput {
  const result = exportTopology(doc, options);
  if (!result.ok) throw new Error(`export failed: ${result.error.message}`);
  return result;
}

export function documentOf(design: DesignDocument['design']): DesignDocument {
  return { formatVersion: 1, design, layout: { nodes: {} } };
}

function signature(el: XmlElement): string {
  const attrs = el.attrs
    .filter((a) => a.name !== 'xmlns' && !a.name.startsWith('xmlns:'))
    .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
    .sort()
    .join(' ');
  const text = el.children
    .filter((c) => c.type === 'text')
    .map((c) => (c.type === 'text' ? c.value.trim() : ''))
    .join('');
  return `{${el.ns}}${el.local}[${attrs}]${text ? `"${text}"` : ''}`;
}

/** Every element as the path of signatures from the root, so "the same element in the same place". */
export function elementPaths(text: string): string[] {
  const out: string[] = [];
  const walk = (el: XmlElement, prefix: string) => {
    const path = `${prefix}/${signature(el)}`;
    out.push(path);
    for (const c of el.children) if (c.type === 'element') walk(c, path);
  };
  walk(parseXml(text).root, '');
  return out;
}

/** Elements of `original` that `candidate` lacks (a multiset difference of element paths). */
export function missingElements(original: string, candidate: string): string[] {
  const counts = new Map<string, number>();
  for (const p of elementPaths(candidate)) counts.set(p, (counts.get(p) ?? 0) + 1);
  const missing: string[] = [];
  for (const p of elementPaths(original)) {
    const n = counts.get(p) ?? 0;
    if (n === 0) missing.push(p);
    else counts.set(p, n - 1);
  }
  return missing;
}

/** The document text without the designer's sidecar comment. */
export function withoutSidecar(text: string): string {
  const doc = parseXml(text);
  const comment = doc.prolog.find((n) => n.type === 'comment' && isSidecarComment(n.value));
  if (!comment || comment.type !== 'comment') return text;
  const start = text.indexOf('<!--');
  const end = text.indexOf('-->', start) + 3;
  return text.slice(0, start) + text.slice(end);
}

/** Throws on anything not well-formed XML 1.0, characters included (saxes checks the Char production). */
export function strictParse(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let failure: Error | undefined;
  parser.on('error', (err) => {
    failure ??= err;
  });
  parser.write(xml.replace(/^\uFEFF/, '')).close();
  if (failure) throw failure;
}

/** The text as a UTF-16 LE file with its BOM, code unit by code unit, so unpaired surrogates stay. */
export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = c & 0xff;
    out[3 + i * 2] = c >> 8;
  }
  return out;
}

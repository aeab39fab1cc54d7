/**
 * Reading and writing whole documents: a .pctopo design or a Topology Builder XML document,
 * told apart by content (a planner's file names are not to be trusted).
 */
import { loadDesign, serializeDesign } from '../../shared/model/load.ts';
import type { DesignDocument } from '../../shared/model/types.ts';
import { completeLayout } from './layout.ts';

/** The XML half, from shared/xml, passed in so the renderer works (and is tested) without it. */
export interface TopologyXmlCodec {
  /** A design from topology XML; `notes` are what the planner should know (defaults assumed, oddities). */
  importTopology(xml: string, fileName?: string): { document: DesignDocument; notes: string[] };
  /** Topology Builder XML for a design, with notes on guesses made. */
  exportTopology(doc: DesignDocument, fileName?: string): { text: string; notes: string[] };
}

export type DocumentFormat = 'design' | 'topology-xml';

/** A design is saved as `.pctopo`; topology XML is exported as `.tbxml`, Topology Builder's own extension. */
export type DocumentExtension = '.pctopo' | '.tbxml';

export function sniffFormat(text: string): DocumentFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('<') ? 'topology-xml' : 'design';
}

export class XmlUnavailableError extends Error {
  constructor() {
    super('Topology XML is not available in this build');
    this.name = 'XmlUnavailableError';
  }
}

/**
 * A complete, laid-out document from a file's text, with any notes from an XML import; throws
 * LoadError (or the XML module's TopologyXmlError), whose message is written for the planner.
 */
export function readDocument(
  text: string,
  xml: TopologyXmlCodec | null,
  fileName?: string,
): { doc: DesignDocument; notes: string[] } {
  if (sniffFormat(text) === 'topology-xml') {
    if (!xml) throw new XmlUnavailableError();
    const imported = xml.importTopology(text, fileName);
    return { doc: completeLayout(imported.document), notes: imported.notes };
  }
  return { doc: completeLayout(loadDesign(text)), notes: [] };
}

export function writeDesign(doc: DesignDocument): string {
  return serializeDesign(doc);
}

/** A file name for the design: its own name when it has one that makes a usable file name. */
export function suggestedFileName(doc: DesignDocument, extension: DocumentExtension): string {
  // Characters Windows forbids in file names, and control characters, become spaces.
  const cleaned = [...doc.design.name].map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? ' ' : c)).join('');
  const base = cleaned.replace(/\s+/g, ' ').trim().slice(0, 80) || 'design';
  return `${base}${extension}`;
}

/** The current file's name with another extension, or the design's name. */
export function nameWithExtension(name: string | null, doc: DesignDocument, extension: DocumentExtension) {
  if (!name) return suggestedFileName(doc, extension);
  return name.replace(/\.(pctopo|json|xml|tbxml)$/i, '') + extension;
}

/**
 * The name of a file made from the design, named after the current file or the design:
 * `Contoso runbooks.zip` for Export Runbook's archive, `Contoso what-if.md` for Export outcome.
 */
export function companionFileName(name: string | null, doc: DesignDocument, suffix: string): string {
  return nameWithExtension(name, doc, '.pctopo').replace(/\.pctopo$/, suffix);
}

/**
 * The designer's sidecar: one XML comment, before the root element, holding the design the
 * document was exported from and which XML object each design element became. Topology
 * documents have no place for data centers, the link, SQL versions, log-shipping shares or
 * server states; the comment carries them, so that importing the document again restores the
 * design. XML readers, Topology Builder's included, skip comments; a tool that drops it (a
 * re-save in Topology Builder does) only loses what the XML cannot hold, and import then
 * derives data centers from sites instead.
 */
import { z } from 'zod';
import { designSchema } from '../model/schema.ts';
import { duplicateIdIssues } from '../model/load.ts';
import type { Design } from '../model/types.ts';
import type { XmlComment } from './tree.ts';

export const SIDECAR_MARKER = 'pchat-topology-designer';
export const SIDECAR_VERSION = 1;

export const sidecarSchema = z.object({
  sidecarVersion: z.literal(SIDECAR_VERSION),
  design: designSchema,
  /** Design element id → key of the XML object it was written as (see topology-doc.ts). */
  bindings: z.record(z.string(), z.string()),
  /** Keys of the sites the document had, so a site no data center names is not taken for a new one. */
  sites: z.array(z.string()).default([]),
  /** The site given to elements whose data center names none (see sites.ts). */
  fallbackSite: z.string().default(''),
});

export type Sidecar = z.infer<typeof sidecarSchema>;

export function isSidecarComment(value: string): boolean {
  return value.trimStart().startsWith(SIDECAR_MARKER);
}

const NOTE =
  'Written by the Persistent Chat Topology Designer. It holds the design this file was exported from (data centers, the link between them, SQL Server versions, log-shipping shares), which a topology document has no place for. Topology Builder ignores it; keep it if you want to import this file back into the designer.';

/** The comment text. "--" cannot occur in a comment; in JSON it can occur only inside a string, where \u002d is the same character. */
export function sidecarComment(
  design: Design,
  bindings: Record<string, string>,
  sites: string[],
  fallbackSite: string,
): XmlComment {
  const payload: Sidecar = { sidecarVersion: SIDECAR_VERSION, design, bindings, sites, fallbackSite };
  const json = JSON.stringify(payload).replace(/--/g, '-\\u002d');
  return { type: 'comment', value: ` ${SIDECAR_MARKER} v${SIDECAR_VERSION}\n${NOTE}\n${json}\n` };
}

export type SidecarReading =
  { status: 'absent' } | { status: 'valid'; sidecar: Sidecar } | { status: 'invalid'; reason: string };

/** Reads a sidecar comment; a damaged one is reported, never trusted in part. */
export function readSidecar(value: string): SidecarReading {
  if (!isSidecarComment(value)) return { status: 'absent' };
  const start = value.indexOf('{');
  if (start < 0) return { status: 'invalid', reason: 'it holds no design' };
  let raw: unknown;
  try {
    raw = JSON.parse(value.slice(start));
  } catch {
    return { status: 'invalid', reason: 'its design is not valid JSON' };
  }
  const parsed = sidecarSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      status: 'invalid',
      reason: `its design does not fit the design format (${first ? `${first.path.join('.')}: ${first.message}` : 'unknown reason'})`,
    };
  }
  // A design that repeats an id cannot be restored, so the comment is ignored as a damaged one.
  const repeated = duplicateIdIssues(parsed.data.design)[0];
  if (repeated)
    return { status: 'invalid', reason: `its design repeats an id (${repeated.path}: ${repeated.message})` };
  return { status: 'valid', sidecar: parsed.data };
}

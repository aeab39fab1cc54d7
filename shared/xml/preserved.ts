/**
 * What an imported topology leaves in the design document's `preservedTopology`: the document
 * exactly as it was read, its flavour, and which XML object each design element came from.
 * Keeping the source text (rather than a tree) means export re-reads it through the same
 * checks as an import, so a damaged or hand-edited .pctopo cannot smuggle anything past them.
 */
import { z } from 'zod';
import { TopologyXmlError } from './errors.ts';
import type { Flavour } from './namespaces.ts';

export const PRESERVED_KIND = 'lync-topology-xml';

export const preservedSchema = z.object({
  kind: z.literal(PRESERVED_KIND),
  version: z.literal(1),
  flavour: z.enum(['tbxml', 'published']),
  /** The document text as imported (BOM removed). */
  source: z.string(),
  /** Design element id → key of the XML object it was read from (see topology-doc.ts). */
  bindings: z.record(z.string(), z.string()),
});

export type PreservedTopology = z.infer<typeof preservedSchema>;

export function preservedTopology(
  flavour: Flavour,
  source: string,
  bindings: Record<string, string>,
): PreservedTopology {
  return { kind: PRESERVED_KIND, version: 1, flavour, source, bindings };
}

/** The preserved topology of a design, checked; undefined when the design was not imported. */
export function readPreserved(value: Record<string, unknown> | undefined): PreservedTopology | undefined {
  if (value === undefined) return undefined;
  const parsed = preservedSchema.safeParse(value);
  if (!parsed.success) {
    throw new TopologyXmlError(
      'preserved',
      'The design holds a copy of the topology it was imported from, but that copy is damaged (the .pctopo file was probably edited by hand), so exporting could lose what the topology held. Import the original topology again, or remove the "preservedTopology" part of the design to export only what the design itself contains.',
    );
  }
  return parsed.data;
}

/** Topology Builder XML: the public face of the module (see docs/xml-format.md). */
export { importTopology, importOrThrow, MAPPING_NOTE } from './import.ts';
export type { ImportOptions, ImportOutput, ImportResult, ImportSummary } from './import.ts';
export { exportTopology, exportOrThrow } from './export.ts';
export type { ExportOptions, ExportOutput, ExportResult } from './export.ts';
export { TopologyXmlError } from './errors.ts';
export type { TopologyXmlErrorCode } from './errors.ts';
export { canonicalize, canonicalizeText } from './canonical.ts';
export { looksLikeXml } from './detect.ts';
export { readPreserved } from './preserved.ts';
export { MAX_TOPOLOGY_BYTES } from './decode.ts';
export type { Flavour } from './namespaces.ts';

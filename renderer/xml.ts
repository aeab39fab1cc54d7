/**
 * The Topology Builder XML codec the toolbar uses. shared/xml is not finished yet; until it
 * exports its import and export functions, the toolbar says XML is not available.
 */
import type { TopologyXmlCodec } from './model/documents.ts';

export const topologyXml: TopologyXmlCodec | null = null;

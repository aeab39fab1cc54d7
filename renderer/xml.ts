/**
 * The Topology Builder XML codec the toolbar uses, from shared/xml: import keeps what the
 * designer does not model (written back on export), and both report what the planner should know.
 */
import { exportOrThrow } from '../shared/xml/export.ts';
import { importOrThrow, MAPPING_NOTE } from '../shared/xml/import.ts';
import type { TopologyXmlCodec } from './model/documents.ts';

export const topologyXml: TopologyXmlCodec = {
  importTopology(xml, fileName) {
    const name = fileName?.replace(/\.(xml|tbxml)$/i, '');
    const { document, summary } = importOrThrow(xml, name ? { name } : {});
    const unrecognised = summary.unrecognised.length > 0 ? [...summary.unrecognised, MAPPING_NOTE] : [];
    return { document, notes: [...summary.assumptions, ...summary.problems, ...unrecognised] };
  },
  exportTopology(doc, fileName) {
    const out = exportOrThrow(doc, fileName ? { fileName } : {});
    // Topology Builder writes UTF-8 with a byte-order mark; the saved text keeps it.
    return { text: `\uFEFF${out.text}`, notes: out.notes };
  },
};

/**
 * A parsed topology seen through the document model of its flavour. Import and export both
 * start here, so neither reaches into the other for it.
 */
import { detectFlavour } from './detect.ts';
import { PublishedDoc } from './published-flavour.ts';
import { TbxmlDoc } from './tbxml-flavour.ts';
import type { TopologyDoc } from './topology-doc.ts';
import type { XmlDocument } from './tree.ts';

export function openDocument(xml: XmlDocument): TopologyDoc {
  return detectFlavour(xml.root) === 'tbxml' ? new TbxmlDoc(xml) : new PublishedDoc(xml);
}

/**
 * Which kind of document a file is. Both topology flavours are recognised by their root
 * element and namespace; anything else is named as precisely as its first bytes allow, so the
 * planner learns what the file is, not only that it is wrong.
 */
import { TopologyXmlError } from './errors.ts';
import type { Flavour } from './namespaces.ts';
import { NS } from './namespaces.ts';
import type { XmlElement } from './tree.ts';

const EXPECTED =
  'Import expects the XML that Topology Builder saves (.tbxml, root element TopologyBuilder) or that Get-CsTopology -AsXml writes (root element Topology).';

/** Text that is not XML at all, named by its first characters. Null when it looks like XML. */
export function describeNonXml(text: string): string | null {
  const start = text.trimStart();
  if (/^<!doctype html/i.test(start)) return `The file is an HTML page, not a topology document. ${EXPECTED}`;
  if (start.startsWith('<')) return null;
  if (start === '') return 'The file is empty, so it is not a topology document.';
  if (start.startsWith('{') || start.startsWith('[')) {
    const design = /"formatVersion"\s*:/.test(start.slice(0, 2000));
    return design
      ? `The file is a Persistent Chat design (.pctopo, JSON), not a topology document; open it as a design instead of importing it. ${EXPECTED}`
      : `The file is JSON, not a topology document. ${EXPECTED}`;
  }
  return `The file is plain text, not XML, so it is not a topology document. ${EXPECTED}`;
}

function describeRoot(root: XmlElement): string {
  const ns = root.ns ? ` in the namespace ${root.ns}` : ' with no namespace';
  switch (root.local.toLowerCase()) {
    case 'html':
      return 'an HTML page';
    case 'svg':
      return 'an SVG image';
    case 'project':
      return 'a build project file';
    case 'configuration':
      return 'a .NET configuration file';
    case 'objs':
      return 'a PowerShell Export-Clixml file';
    default:
      return `an XML document whose root element is <${root.name}>${ns}`;
  }
}

/** The flavour of a parsed document, or a TopologyXmlError saying what the document is instead. */
export function detectFlavour(root: XmlElement): Flavour {
  if (root.local === 'TopologyBuilder' && root.ns === NS.topologyBuilder) return 'tbxml';
  if (root.local === 'Topology' && root.ns === NS.topology) return 'published';
  if (root.local === 'TopologyBuilder' || root.local === 'Topology') {
    throw new TopologyXmlError(
      'not-topology',
      `The root element is <${root.name}>, but in the namespace "${root.ns}" rather than the one Lync and Skype for Business topologies use, so this is not a topology document those tools would read. ${EXPECTED}`,
    );
  }
  throw new TopologyXmlError(
    'not-topology',
    `The file is ${describeRoot(root)}, not a Lync topology document. ${EXPECTED}`,
  );
}

/**
 * Whether bytes look like XML rather than a JSON design: a UTF-16 byte-order mark, or "<" as
 * the first character after an optional UTF-8 BOM and white space. Used to route a file to the
 * topology import; the import itself then says precisely what the file is.
 */
export function looksLikeXml(bytes: Uint8Array): boolean {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return true;
  }
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)
  )
    i++;
  return bytes[i] === 0x3c || (bytes[i] === 0 && bytes[i + 1] === 0x3c);
}

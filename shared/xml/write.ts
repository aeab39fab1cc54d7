/**
 * Writes a tree as Topology Builder writes its files: UTF-8 with a BOM, an XML declaration,
 * two-space indentation, attributes in their order, `<Empty />` with a space, and elements
 * holding only text kept on one line. The same tree always gives the same bytes.
 */
import type { XmlAttribute, XmlDocument, XmlElement, XmlNode } from './tree.ts';
import { toXmlChars } from './xml-chars.ts';

const BOM = '\uFEFF';

/**
 * Characters replaced by the serialisation under way (see xml-chars.ts). Writing is synchronous
 * and not re-entrant, so one counter reset by serializeXml is enough.
 */
let replacedChars = 0;

function xmlChars(value: string): string {
  const { text, replaced } = toXmlChars(value);
  replacedChars += replaced;
  return text;
}

function escapeText(value: string): string {
  return xmlChars(value).replace(/[&<>\r]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#xD;',
  );
}

/** Tabs and line ends are written as references so that attribute normalisation keeps them. */
function escapeAttribute(value: string): string {
  return xmlChars(value).replace(/[&<>"\t\n\r]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case '\t':
        return '&#x9;';
      case '\n':
        return '&#xA;';
      default:
        return '&#xD;';
    }
  });
}

function attributes(attrs: readonly XmlAttribute[]): string {
  let out = '';
  for (const a of attrs) out += ` ${a.name}="${escapeAttribute(a.value)}"`;
  return out;
}

/** Comments cannot hold "--" or end in "-"; such text is spaced out rather than lost. */
export function safeCommentText(value: string): string {
  let v = xmlChars(value);
  while (v.includes('--')) v = v.replace(/--/g, '- -');
  return v.endsWith('-') ? `${v} ` : v;
}

function writeNode(node: XmlNode, indent: string, out: string[]): void {
  switch (node.type) {
    case 'element':
      writeElement(node, indent, out);
      return;
    case 'text':
      if (node.value.trim() !== '') out.push(indent + escapeText(node.value.trim()));
      return;
    case 'cdata':
      out.push(`${indent}<![CDATA[${xmlChars(node.value).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`);
      return;
    case 'comment':
      out.push(`${indent}<!--${safeCommentText(node.value)}-->`);
      return;
    case 'pi':
      out.push(`${indent}<?${node.target}${attributes(node.attrs)}?>`);
      return;
  }
}

/** Text that carries meaning is written exactly as it is, so such elements stay on one line. */
function hasMeaningfulText(el: XmlElement): boolean {
  return el.children.some((c) => (c.type === 'text' && c.value.trim() !== '') || c.type === 'cdata');
}

function inline(node: XmlNode): string {
  switch (node.type) {
    case 'element': {
      const open = `<${node.name}${attributes(node.attrs)}`;
      if (node.children.length === 0) return `${open} />`;
      return `${open}>${node.children.map(inline).join('')}</${node.name}>`;
    }
    case 'text':
      return escapeText(node.value);
    case 'cdata':
      return `<![CDATA[${xmlChars(node.value).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
    case 'comment':
      return `<!--${safeCommentText(node.value)}-->`;
    case 'pi':
      return `<?${node.target}${attributes(node.attrs)}?>`;
  }
}

function writeElement(el: XmlElement, indent: string, out: string[]): void {
  const open = `${indent}<${el.name}${attributes(el.attrs)}`;
  const content = el.children.filter((c) => c.type !== 'text' || c.value.trim() !== '');
  if (content.length === 0) {
    // Topology Builder writes <UpaSeparator ...></UpaSeparator> for an empty string value; keep that.
    out.push(el.children.length > 0 ? `${open}></${el.name}>` : `${open} />`);
    return;
  }
  if (hasMeaningfulText(el)) {
    out.push(`${open}>${el.children.map(inline).join('')}</${el.name}>`);
    return;
  }
  out.push(`${open}>`);
  const inner = `${indent}  `;
  for (const c of content) writeNode(c, inner, out);
  out.push(`${indent}</${el.name}>`);
}

/**
 * The document as text, without the BOM; always well-formed. `stats.replaced` tells how many
 * characters XML cannot carry were written as U+FFFD.
 */
export function serializeXml(doc: XmlDocument, stats?: { replaced: number }): string {
  replacedChars = 0;
  const out: string[] = doc.declaration ? ['<?xml version="1.0" encoding="utf-8"?>'] : [];
  for (const n of doc.prolog) writeNode(n, '', out);
  writeElement(doc.root, '', out);
  for (const n of doc.epilog) writeNode(n, '', out);
  if (stats) stats.replaced = replacedChars;
  return out.join('\n');
}

/** The bytes of a topology file: a UTF-8 BOM, then the text. */
export function encodeXml(text: string): Uint8Array {
  return new TextEncoder().encode(BOM + text);
}

export { BOM };

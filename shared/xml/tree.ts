/**
 * The XML tree the module works on: ordered children, attributes in document order, and each
 * element's namespace resolved once at parse time. Namespace declarations stay ordinary
 * attributes, so a document is written back with the declarations it was read with.
 */

export interface XmlAttribute {
  /** As written, prefix included (`xmlns`, `xmlns:t`, `Fqdn`). */
  name: string;
  value: string;
}

export interface XmlElement {
  type: 'element';
  /** As written, prefix included. */
  name: string;
  /** The name without its prefix. */
  local: string;
  /** The resolved namespace URI; '' when the element is in no namespace. */
  ns: string;
  attrs: XmlAttribute[];
  children: XmlNode[];
}

export interface XmlText {
  type: 'text';
  value: string;
}

export interface XmlComment {
  type: 'comment';
  value: string;
}

export interface XmlCData {
  type: 'cdata';
  value: string;
}

export interface XmlProcessingInstruction {
  type: 'pi';
  target: string;
  /** The instruction's content as written, already in attribute form. */
  attrs: XmlAttribute[];
}

export type XmlNode = XmlElement | XmlText | XmlComment | XmlCData | XmlProcessingInstruction;

/** A parsed document: what precedes the root (comments, processing instructions) and the root. */
export interface XmlDocument {
  /** Whether the document began with an XML declaration; published topologies often do not. */
  declaration: boolean;
  prolog: XmlNode[];
  root: XmlElement;
  epilog: XmlNode[];
}

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return node !== undefined && node.type === 'element';
}

/** An unprefixed attribute's value, or undefined. Topology documents put no attribute in a namespace. */
export function attr(el: XmlElement, name: string): string | undefined {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return undefined;
}

/** Sets an attribute, keeping its place when it exists and appending it otherwise. */
export function setAttr(el: XmlElement, name: string, value: string): void {
  for (const a of el.attrs) {
    if (a.name === name) {
      a.value = value;
      return;
    }
  }
  el.attrs.push({ name, value });
}

export function removeAttr(el: XmlElement, name: string): void {
  const at = el.attrs.findIndex((a) => a.name === name);
  if (at >= 0) el.attrs.splice(at, 1);
}

/** Child elements, optionally only those with the given local name. */
export function childElements(el: XmlElement, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children)
    if (c.type === 'element' && (local === undefined || c.local === local)) out.push(c);
  return out;
}

export function firstChild(el: XmlElement, local: string): XmlElement | undefined {
  for (const c of el.children) if (c.type === 'element' && c.local === local) return c;
  return undefined;
}

/** The element's text content (text and CDATA children, concatenated). */
export function textOf(el: XmlElement): string {
  let out = '';
  for (const c of el.children) if (c.type === 'text' || c.type === 'cdata') out += c.value;
  return out;
}

export function setText(el: XmlElement, value: string): void {
  el.children = el.children.filter((c) => c.type !== 'text' && c.type !== 'cdata');
  if (value !== '') el.children.unshift({ type: 'text', value });
}

/**
 * Builds an element. `xmlns` becomes a default-namespace declaration on the element, the
 * way every real topology document declares its namespaces.
 */
export function element(
  local: string,
  ns: string,
  attrs: ReadonlyArray<readonly [string, string]> = [],
  children: XmlNode[] = [],
  declare = false,
): XmlElement {
  const list: XmlAttribute[] = attrs.map(([name, value]) => ({ name, value }));
  if (declare) list.push({ name: 'xmlns', value: ns });
  return { type: 'element', name: local, local, ns, attrs: list, children };
}

export function appendChild(parent: XmlElement, child: XmlNode): void {
  parent.children.push(child);
}

export function removeChild(parent: XmlElement, child: XmlNode): boolean {
  const at = parent.children.indexOf(child);
  if (at < 0) return false;
  parent.children.splice(at, 1);
  return true;
}

/** Inserts `child` right after `after` (or at the end when `after` is not a child). */
export function insertAfter(parent: XmlElement, after: XmlNode | undefined, child: XmlNode): void {
  const at = after ? parent.children.indexOf(after) : -1;
  if (at < 0) parent.children.push(child);
  else parent.children.splice(at + 1, 0, child);
}

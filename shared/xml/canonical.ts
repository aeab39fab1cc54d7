/**
 * A canonical text form of a topology document, used to tell whether two documents say the same
 * thing: elements by namespace and local name, attributes sorted and without namespace
 * declarations, text trimmed, whitespace-only text dropped. What it ignores is exactly what the
 * round-trip promise allows to differ: layout, attribute order and how namespaces are declared.
 * The designer's own sidecar comment is left out; other comments are kept.
 */
import { parseXml } from './parse.ts';
import { isSidecarComment } from './sidecar.ts';
import type { XmlDocument, XmlElement, XmlNode } from './tree.ts';

function attributeLines(el: XmlElement, scope: ReadonlyMap<string, string>): string {
  const list: string[] = [];
  for (const a of el.attrs) {
    if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
    const colon = a.name.indexOf(':');
    const key = colon < 0 ? a.name : `{${scope.get(a.name.slice(0, colon)) ?? ''}}${a.name.slice(colon + 1)}`;
    list.push(`${key}=${JSON.stringify(a.value)}`);
  }
  return list.sort().join(' ');
}

function scopeOf(el: XmlElement, parent: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  let scope = parent;
  for (const a of el.attrs) {
    if (a.name.startsWith('xmlns:')) {
      if (scope === parent) scope = new Map(parent);
      (scope as Map<string, string>).set(a.name.slice(6), a.value);
    }
  }
  return scope;
}

function walk(node: XmlNode, depth: number, scope: ReadonlyMap<string, string>, out: string[]): void {
  const pad = '  '.repeat(depth);
  switch (node.type) {
    case 'element': {
      const inner = scopeOf(node, scope);
      const attrs = attributeLines(node, inner);
      out.push(`${pad}{${node.ns}}${node.local}${attrs ? ` ${attrs}` : ''}`);
      for (const c of node.children) walk(c, depth + 1, inner, out);
      return;
    }
    case 'text':
    case 'cdata': {
      const v = node.value.trim();
      if (v !== '') out.push(`${pad}#text ${JSON.stringify(v)}`);
      return;
    }
    case 'comment':
      if (!isSidecarComment(node.value)) out.push(`${pad}#comment ${JSON.stringify(node.value.trim())}`);
      return;
    case 'pi':
      out.push(
        `${pad}#pi ${node.target} ${node.attrs.map((a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ')}`,
      );
      return;
  }
}

export function canonicalLines(doc: XmlDocument): string[] {
  const out: string[] = [];
  const scope = new Map<string, string>();
  for (const n of doc.prolog) walk(n, 0, scope, out);
  walk(doc.root, 0, scope, out);
  for (const n of doc.epilog) walk(n, 0, scope, out);
  return out;
}

/** The canonical form of a document, one node per line. */
export function canonicalize(doc: XmlDocument): string {
  return canonicalLines(doc).join('\n');
}

/** The canonical form of topology text (decoded, BOM or not). Throws TopologyXmlError. */
export function canonicalizeText(text: string): string {
  return canonicalize(parseXml(text));
}

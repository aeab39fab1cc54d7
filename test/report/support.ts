/**
 * The report read back as a tree: it is written as well-formed XHTML, so an XML parser (saxes)
 * reads it, and a document that does not parse fails the test that reads it.
 */
import { SaxesParser } from 'saxes';
import { designReport } from '../../shared/report/index.ts';
import type { ReportOptions } from '../../shared/report/index.ts';
import type { Design, DesignDocument } from '../../shared/model/types.ts';
import { loadExample } from '../support/designs.ts';

export interface Node {
  name: string;
  attrs: Record<string, string>;
  children: (Node | string)[];
}

export function parseReport(html: string): Node {
  const parser = new SaxesParser();
  const root: Node = { name: '#document', attrs: {}, children: [] };
  const stack: Node[] = [root];
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('opentag', (tag) => {
    const node: Node = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => void stack.at(-1)!.children.push(text));
  parser.write(html).close();
  return root;
}

export function elements(node: Node, test: (n: Node) => boolean = () => true): Node[] {
  const out: Node[] = [];
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    if (test(child)) out.push(child);
    out.push(...elements(child, test));
  }
  return out;
}

export const byName = (node: Node, name: string) => elements(node, (n) => n.name === name);

export function byId(node: Node, id: string): Node {
  const hit = elements(node, (n) => n.attrs.id === id)[0];
  if (!hit) throw new Error(`the report has no element #${id}`);
  return hit;
}

/** The text of an element, with <br /> as a line break and whitespace squeezed per line. */
export function textOf(node: Node | string): string {
  if (typeof node === 'string') return node;
  if (node.name === 'br') return '\n';
  return node.children.map(textOf).join('');
}

const squeeze = (s: string) =>
  s
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');

/** The rows of the first table under `node`, each as its cells' text. */
export function tableRows(node: Node): string[][] {
  const t = byName(node, 'table')[0];
  if (!t) throw new Error('no table');
  return byName(byName(t, 'tbody')[0]!, 'tr').map((tr) => byName(tr, 'td').map((td) => squeeze(textOf(td))));
}

export function documentOf(design: Design): DesignDocument {
  return { ...loadExample('reference-high-bandwidth'), design };
}

export function report(design: Design, options: Partial<ReportOptions> = {}): string {
  return designReport(documentOf(design), { locale: 'en', date: '2026-12-02', ...options });
}

/**
 * Well-formedness check and parse. fast-xml-parser does the work: its validator finds the line
 * and column of a mistake, and its parser, in preserveOrder mode, keeps every node in document
 * order. This file turns that output into the module's tree, decoding entities the way XML
 * defines them (the five predefined ones and character references, nothing else) and resolving
 * namespaces, since the parser itself is not namespace-aware.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { positionAt, prepareTopologyText } from './decode.ts';
import { TopologyXmlError } from './errors.ts';
import type { XmlAttribute, XmlDocument, XmlElement, XmlNode } from './tree.ts';

/** Deeper nesting than any topology needs (about 10 levels) is refused rather than recursed into. */
export const MAX_DEPTH = 100;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  commentPropName: '#comment',
  cdataPropName: '#cdata',
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: false,
  ignorePiTags: false,
  allowBooleanAttributes: false,
  maxNestedTags: MAX_DEPTH,
  // Names are kept exactly as written; preserveOrder stores them as own properties of fresh objects.
  onDangerousProperty: (name: string) => name,
});

type FxpNode = Record<string, unknown>;

function malformed(text: string, message: string, offset: number | undefined): TopologyXmlError {
  const at = offset === undefined ? undefined : positionAt(text, offset);
  const where = at ? ` at line ${at.line}, column ${at.column}` : '';
  return new TopologyXmlError(
    'malformed',
    `The file is not well-formed XML${where}: ${message} A topology document must be complete, unaltered XML; if it was edited by hand, undo the edit or export it again.`,
    at,
  );
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_:][\w.:-]*)?(;)?/g;

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Decodes references in text or an attribute value; anything else after `&` is an error. */
function decodeReferences(raw: string, source: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (whole, body: string | undefined, semi: string | undefined) => {
    const fail = (why: string) => malformed(source, why, locate(source, whole));
    if (!body || !semi) throw fail(`a "&" that does not start a reference ("${whole}…"); write it as &amp;.`);
    if (body.startsWith('#')) {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!isXmlChar(code))
        throw fail(`the character reference ${whole} names a character XML does not allow.`);
      return String.fromCodePoint(code);
    }
    const named = PREDEFINED[body];
    if (named === undefined) {
      throw fail(
        `the entity ${whole} is not defined (XML without a DTD knows only &amp; &lt; &gt; &quot; &apos;).`,
      );
    }
    return named;
  });
}

/** Best-effort offset of a bad token, for the message; the first occurrence is nearly always it. */
function locate(source: string, token: string): number | undefined {
  const at = source.indexOf(token);
  return at < 0 ? undefined : at;
}

/** XML attribute-value normalisation: literal tabs and line ends become spaces, references do not. */
function attributeValue(raw: string, source: string): string {
  const spaced = /[\t\n]/.test(raw) ? raw.replace(/[\t\n]/g, ' ') : raw;
  return decodeReferences(spaced, source);
}

// XML 1.0 allows no C0 control character other than tab and line ends; matching them is the point.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * XML 1.0's Name production. fast-xml-parser splits a tag at any JavaScript whitespace, so
 * `<\u2028Site>` reached the tree as an element with an empty name, and export wrote `< …>`.
 */
const NAME_START =
  ':A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}';
// NameChar includes the combining marks U+0300–U+036F, which is what this rule warns of.
// eslint-disable-next-line no-misleading-character-class
const XML_NAME = new RegExp(`^[${NAME_START}][${NAME_START}\\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]*$`, 'u');

/**
 * Names already found good. A topology repeats a few dozen element and attribute names
 * thousands of times, so each is tested once rather than at every use; the bound keeps a
 * hostile file of ever-new names from growing it without end.
 */
const goodNames = new Set<string>();

function checkName(name: string, what: string, source: string): void {
  if (goodNames.has(name)) return;
  if (XML_NAME.test(name)) {
    if (goodNames.size < 10_000) goodNames.add(name);
    return;
  }
  const shown = JSON.stringify(name);
  throw malformed(
    source,
    `${what} ${shown} is not a name XML allows (a name starts with a letter, "_" or ":", and nothing but XML's own spaces may separate it from what follows).`,
    name ? locate(source, name) : undefined,
  );
}

type Scope = ReadonlyMap<string, string>;

function nameParts(name: string): [prefix: string, local: string] {
  const colon = name.indexOf(':');
  return colon < 0 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
}

function tagOf(node: FxpNode): string | undefined {
  for (const key in node) if (key !== ':@') return key;
  return undefined;
}

function innerText(children: unknown): string {
  if (!Array.isArray(children)) return '';
  let out = '';
  for (const c of children as FxpNode[]) if (typeof c['#text'] === 'string') out += c['#text'];
  return out;
}

function attributesOf(node: FxpNode, source: string): XmlAttribute[] {
  const raw = node[':@'];
  if (!raw || typeof raw !== 'object') return [];
  return Object.entries(raw as Record<string, unknown>).map(([name, value]) => {
    checkName(name, 'the attribute name', source);
    return { name, value: attributeValue(typeof value === 'string' ? value : '', source) };
  });
}

function convert(nodes: FxpNode[], scope: Scope, source: string, out: XmlNode[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === undefined) continue;
    const value = node[tag];
    if (tag === '#text') {
      out.push({ type: 'text', value: decodeReferences(String(value), source) });
    } else if (tag === '#comment') {
      out.push({ type: 'comment', value: innerText(value) });
    } else if (tag === '#cdata') {
      out.push({ type: 'cdata', value: innerText(value) });
    } else if (tag.startsWith('?')) {
      if (tag !== '?xml') {
        checkName(tag.slice(1), 'the processing instruction target', source);
        out.push({ type: 'pi', target: tag.slice(1), attrs: attributesOf(node, source) });
      }
    } else {
      out.push(convertElement(tag, node, scope, source));
    }
  }
}

function convertElement(tag: string, node: FxpNode, parentScope: Scope, source: string): XmlElement {
  checkName(tag, 'the element name', source);
  const attrs = attributesOf(node, source);
  let scope = parentScope;
  for (const a of attrs) {
    if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) {
      if (scope === parentScope) scope = new Map(parentScope);
      (scope as Map<string, string>).set(a.name === 'xmlns' ? '' : a.name.slice(6), a.value);
    }
  }
  const [prefix, local] = nameParts(tag);
  const ns = scope.get(prefix);
  if (ns === undefined) {
    throw malformed(
      source,
      `the element <${tag}> uses the prefix "${prefix}", which is not declared.`,
      locate(source, `<${tag}`),
    );
  }
  const children: XmlNode[] = [];
  const value = node[tag];
  if (Array.isArray(value)) convert(value as FxpNode[], scope, source, children);
  return { type: 'element', name: tag, local, ns, attrs, children };
}

/** The parser's few errors (the validator catches the rest first), in the planner's words. */
function parserMessage(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  const reserved = /Invalid name: "([^"]+)"/.exec(raw);
  if (reserved) return `the name "${reserved[1]}" is not accepted for an element or attribute.`;
  return raw.endsWith('.') ? raw : `${raw}.`;
}

/** Checks and parses text that `prepareTopologyText` has readied. */
export function parsePreparedXml(text: string): XmlDocument {
  const bad = FORBIDDEN_CHAR.exec(text);
  if (bad) {
    throw malformed(
      text,
      `it holds the control character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which XML does not allow.`,
      bad.index,
    );
  }
  const verdict = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (verdict !== true) {
    const { msg, line, col } = verdict.err;
    const at = line ? { line, column: col ?? 1 } : undefined;
    const where = at ? ` at line ${at.line}, column ${at.column}` : '';
    const message = msg.endsWith('.') ? msg : `${msg}.`;
    throw new TopologyXmlError(
      'malformed',
      `The file is not well-formed XML${where}: ${message} A topology document must be complete, unaltered XML; if it was edited by hand, undo the edit or export it again.`,
      at,
    );
  }
  let raw: FxpNode[];
  try {
    raw = parser.parse(text) as FxpNode[];
  } catch (err) {
    if (/nested tags/i.test(err instanceof Error ? err.message : '')) {
      throw new TopologyXmlError(
        'too-large',
        `The file nests elements more than ${MAX_DEPTH} levels deep. A topology needs about ten, so this is not a topology document, and the import refuses it rather than read it.`,
      );
    }
    throw malformed(text, parserMessage(err), undefined);
  }
  const top: XmlNode[] = [];
  const scope = new Map([
    ['', ''],
    ['xml', 'http://www.w3.org/XML/1998/namespace'],
  ]);
  convert(raw, scope, text, top);
  const rootAt = top.findIndex((n) => n.type === 'element');
  const roots = top.filter((n) => n.type === 'element');
  if (rootAt < 0) throw malformed(text, 'it has no root element.', undefined);
  if (roots.length > 1) {
    const second = roots[1] as XmlElement;
    throw malformed(
      text,
      `it has more than one root element (<${(roots[0] as XmlElement).name}> and <${second.name}>).`,
      locate(text, `<${second.name}`),
    );
  }
  const stray = top.find((n) => n.type === 'text' && n.value.trim() !== '');
  if (stray) throw malformed(text, 'it has text outside the root element.', undefined);
  const keep = (n: XmlNode) => n.type === 'comment' || n.type === 'pi';
  return {
    declaration: raw.some((n) => tagOf(n) === '?xml'),
    prolog: top.slice(0, rootAt).filter(keep),
    root: top[rootAt] as XmlElement,
    epilog: top.slice(rootAt + 1).filter(keep),
  };
}

/** Parses topology text: BOM, size limit and DTD refusal first, then the checks above. */
export function parseXml(text: string): XmlDocument {
  return parsePreparedXml(prepareTopologyText(text));
}

/**
 * Topology documents to mutate: the real samples beside the repository (when present) and the
 * designer's own exports of the examples, in both flavours. Mutations work on the text, so they
 * can break anything: characters, structure, attribute values, declarations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDesign } from '../../shared/model/load.ts';
import { exportOrThrow } from '../../shared/xml/export.ts';
import { examplesDir } from '../support/designs.ts';
import { haveSamples, samples, topologiesDir, utf16le } from '../xml/support.ts';
import { hostileText, oddChars } from './hostile-values.ts';
import type { Random } from './random.ts';

export interface XmlSeed {
  name: string;
  text: string;
}

let seedCache: XmlSeed[] | undefined;

export function xmlSeeds(): XmlSeed[] {
  if (seedCache) return seedCache;
  const out: XmlSeed[] = [];
  if (haveSamples)
    for (const s of samples)
      out.push({
        name: s.file,
        text: readFileSync(join(topologiesDir, s.file), 'utf8').replace(/^\uFEFF/, ''),
      });
  for (const example of ['reference-high-bandwidth', 'low-bandwidth']) {
    const doc = loadDesign(readFileSync(join(examplesDir, `${example}.pctopo`), 'utf8'));
    for (const flavour of ['tbxml', 'published'] as const)
      out.push({ name: `${example}.${flavour}`, text: exportOrThrow(doc, { flavour }).text });
  }
  seedCache = out;
  return out;
}

const injections = [
  '<!DOCTYPE Topology [<!ENTITY x "boom">]>',
  '<!DOCTYPE Topology SYSTEM "file:///etc/passwd">',
  '<!DOCTYPE Topology [<!ENTITY % p SYSTEM "http://example.com/x.dtd"> %p;]>',
  '<!-- <!ENTITY x "in a comment"> -->',
  '<![CDATA[<!ENTITY x "in cdata">]]>',
  '&x;',
  '&#0;',
  '&#x1;',
  '&#xD800;',
  '&amp;&lt;&gt;',
  '<?xml-stylesheet href="x"?>',
  '<!-- pchat-topology-designer {"version":1,"design":{}} -->',
  '<!-- pchat-topology-designer not json -->',
  '<a xmlns="urn:other"/>',
  '</Topology>',
  '<x:y xmlns:x="urn:x"/>',
];

/** Start of each element in `text`, as [start, end) of the whole element when it can be found cheaply. */
function elementAt(text: string, rnd: Random): [number, number] | undefined {
  const starts: number[] = [];
  const re = /<[A-Za-z]/g;
  for (let m = re.exec(text); m && starts.length < 5000; m = re.exec(text)) starts.push(m.index);
  if (starts.length === 0) return undefined;
  const start = rnd.pick(starts);
  const name = /^<([^\s/>]+)/.exec(text.slice(start, start + 200))?.[1];
  if (!name) return undefined;
  const tagEnd = text.indexOf('>', start);
  if (tagEnd < 0) return undefined;
  if (text[tagEnd - 1] === '/') return [start, tagEnd + 1];
  const close = text.indexOf(`</${name}>`, tagEnd);
  return close < 0 ? undefined : [start, close + name.length + 3];
}

function attributeValues(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /="([^"]*)"/g;
  for (let m = re.exec(text); m && out.length < 5000; m = re.exec(text))
    out.push([m.index + 2, m.index + 2 + m[1]!.length]);
  return out;
}

function escapeAttr(value: string, rnd: Random): string {
  // Half the time as a parser would read it back, half raw, so both the escaping and the raw character are tried.
  return rnd.chance(0.5) ? value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;') : value;
}

function mutateOnce(text: string, rnd: Random): string {
  // Flips and truncations mostly end in 'malformed'; fewer of them leave more inputs that import.
  const which = rnd.int(8);
  switch (which < 2 && rnd.chance(0.5) ? 4 : which) {
    case 0: {
      const at = rnd.int(text.length + 1);
      const ch = rnd.chance(0.5) ? rnd.pick(oddChars) : String.fromCharCode(rnd.int(0x80));
      return text.slice(0, at) + ch + text.slice(at + 1);
    }
    case 1:
      return text.slice(0, rnd.int(text.length + 1));
    case 2: {
      const el = elementAt(text, rnd);
      if (!el) return text;
      return text.slice(0, el[1]) + text.slice(el[0], el[1]) + text.slice(el[1]);
    }
    case 3: {
      const el = elementAt(text, rnd);
      return el ? text.slice(0, el[0]) + text.slice(el[1]) : text;
    }
    case 4:
    case 5: {
      const values = attributeValues(text);
      if (values.length === 0) return text;
      const [s, e] = rnd.pick(values);
      return text.slice(0, s) + escapeAttr(hostileText(rnd), rnd) + text.slice(e);
    }
    case 6: {
      const decl = text.startsWith('<?xml') ? text.indexOf('?>') + 2 : 0;
      const at = rnd.chance(0.5) ? decl : rnd.int(text.length + 1);
      return text.slice(0, at) + rnd.pick(injections) + text.slice(at);
    }
    default: {
      // Many elements at once: the shape of a huge topology.
      const el = elementAt(text, rnd);
      if (!el) return text;
      // Kept under about 300 KB, so the time bound measures paths, not size (test/xml/scaling.test.ts does size).
      const one = text.slice(el[0], el[1]);
      const times = Math.min(
        rnd.pick([10, 100, 400]),
        Math.max(1, Math.floor((300_000 - text.length) / one.length)),
      );
      const copies = one.repeat(times);
      return text.slice(0, el[1]) + copies + text.slice(el[1]);
    }
  }
}

export interface XmlInput {
  label: string;
  bytes: Uint8Array;
}

/** One mutated document: one to four mutations of a seed, encoded as a planner's file may be. */
export function xmlInput(rnd: Random): XmlInput {
  const seed = rnd.pick(xmlSeeds());
  let text = seed.text;
  const n = 1 + rnd.int(4);
  for (let i = 0; i < n; i++) text = mutateOnce(text, rnd);
  const encoding = rnd.int(10);
  const bytes =
    encoding === 0 ? utf16le(text) : new TextEncoder().encode(encoding < 5 ? `\uFEFF${text}` : text);
  return { label: `${seed.name}, ${n} mutation${n === 1 ? '' : 's'}`, bytes };
}

/** The pieces the import and export stand on: SHA-1 and v5 GUIDs, the canonical form, the writer. */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reference } from '../support/designs.ts';
import { canonicalizeText } from '../../shared/xml/canonical.ts';
import { GuidAllocator, sha1, uuidV5 } from '../../shared/xml/guids.ts';
import { parseXml } from '../../shared/xml/parse.ts';
import { attr, firstChild } from '../../shared/xml/tree.ts';
import { serializeXml } from '../../shared/xml/write.ts';
import { documentOf, exported, imported } from './support.ts';

describe('SHA-1 and name-based GUIDs', () => {
  it('agrees with node:crypto on any input, across block boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(Buffer.from(sha1(bytes)).toString('hex')).toBe(createHash('sha1').update(bytes).digest('hex'));
      }),
    );
  });

  it('gives the RFC 9562 example UUID for www.example.com in the DNS namespace', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('never hands out a GUID the document already uses, and is stable for the same names', () => {
    const first = new GuidAllocator().forName('pool:pool1');
    const allocator = new GuidAllocator([first.toUpperCase()]);
    const second = allocator.forName('pool:pool1');
    expect(second).not.toBe(first);
    expect(new GuidAllocator([first.toUpperCase()]).forName('pool:pool1')).toBe(second);
    expect(allocator.forName('pool:pool1')).not.toBe(second);
  });
});

describe('the canonical form', () => {
  const T = 'urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008';
  const base = `<Topology xmlns="${T}" Signature="s"><Sites><CentralSite SiteId="1"><Name>A</Name></CentralSite></Sites></Topology>`;

  it('ignores whitespace, attribute order and how namespaces are declared', () => {
    const restyled = `<?xml version="1.0"?>\n<t:Topology Signature="s" xmlns:t="${T}">\n  <t:Sites>\n    <t:CentralSite SiteId="1">\n      <t:Name> A </t:Name>\n    </t:CentralSite>\n  </t:Sites>\n</t:Topology>`;
    expect(canonicalizeText(restyled)).toBe(canonicalizeText(base));
  });

  it('sees a changed value, a missing element, a changed order and another namespace', () => {
    expect(canonicalizeText(base.replace('SiteId="1"', 'SiteId="2"'))).not.toBe(canonicalizeText(base));
    expect(canonicalizeText(base.replace('<Name>A</Name>', ''))).not.toBe(canonicalizeText(base));
    const two = base.replace('</Sites>', '<CentralSite SiteId="2"/></Sites>');
    const swapped = base.replace('<Sites>', '<Sites><CentralSite SiteId="2"/>');
    expect(canonicalizeText(two)).not.toBe(canonicalizeText(swapped));
    expect(canonicalizeText(base.replace('<Name>', '<Name xmlns="urn:x">'))).not.toBe(canonicalizeText(base));
  });

  it("leaves out the designer's sidecar comment but keeps other comments", () => {
    const out = exported(documentOf(reference())).text;
    expect(canonicalizeText(out)).not.toContain('pchat-topology-designer');
    expect(canonicalizeText(base.replace('<Sites>', '<Sites><!-- note -->'))).toContain('#comment "note"');
  });
});

/** Characters XML cannot hold at all; matching control characters is the point. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

describe('the writer', () => {
  it('keeps values that need escaping exactly, tabs and line ends in attributes included', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }).filter((s) => !NOT_XML.test(s)),
        (value) => {
          const text = serializeXml({
            declaration: true,
            prolog: [],
            root: {
              type: 'element',
              name: 'r',
              local: 'r',
              ns: '',
              attrs: [{ name: 'v', value }],
              children: [],
            },
            epilog: [],
          });
          expect(attr(parseXml(text).root, 'v')).toBe(value);
        },
      ),
    );
  });

  it('writes a design whose texts hold "--", "&" and quotes into a sidecar that reads back', () => {
    const design = { ...reference(), name: 'A -- B --> C & "D"', description: 'ends with -' };
    const back = imported(exported(documentOf(design)).bytes);
    expect(back.summary.sidecar).toBe('used');
    expect(back.document.design.name).toBe(design.name);
    expect(back.document.design.description).toBe(design.description);
  });

  it('writes element text on one line and keeps the declaration choice of the source', () => {
    const text = serializeXml(parseXml('<a><b>x &amp; y</b></a>'));
    expect(text).toBe('<a>\n  <b>x &amp; y</b>\n</a>');
    expect(firstChild(parseXml(text).root, 'b')).toBeDefined();
  });
});

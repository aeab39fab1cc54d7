/**
 * Hostile and broken input: every case ends in a TopologyXmlError whose message says what is
 * wrong (and where, when there is a where), never in a crash and never in a design.
 */
import { describe, expect, it } from 'vitest';
import { reference } from '../support/designs.ts';
import { MAX_TOPOLOGY_BYTES } from '../../shared/xml/decode.ts';
import { TopologyXmlError } from '../../shared/xml/errors.ts';
import type { TopologyXmlErrorCode } from '../../shared/xml/errors.ts';
import { exportTopology } from '../../shared/xml/export.ts';
import { importTopology } from '../../shared/xml/import.ts';
import { documentOf, exported } from './support.ts';

const T = 'urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008';

function refused(input: string | Uint8Array, code: TopologyXmlErrorCode): TopologyXmlError {
  const result = importTopology(input);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('imported');
  expect(result).not.toHaveProperty('document');
  expect(result.error).toBeInstanceOf(TopologyXmlError);
  expect(result.error.code).toBe(code);
  // One paragraph, in sentences.
  expect(result.error.message).not.toContain('\n');
  expect(result.error.message).toMatch(/\.$/);
  return result.error;
}

describe('DTDs and entities', () => {
  it('refuses a billion-laughs entity expansion before expanding anything', () => {
    const laughs = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      ' <!ENTITY lol "lol">',
      ' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">',
      ' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">',
      ']>',
      `<Topology xmlns="${T}">&lol3;</Topology>`,
    ].join('\n');
    const error = refused(laughs, 'dtd');
    expect(error.message).toContain('line 2, column 1');
    expect(error.line).toBe(2);
  });

  it('refuses an external entity that would read a local file', () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE t [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<Topology xmlns="${T}"><Sites><CentralSite SiteId="1"><Name>&xxe;</Name></CentralSite></Sites></Topology>`;
    const error = refused(xxe, 'dtd');
    expect(error.message).not.toContain('root:');
    expect(error.message).toMatch(/DTD/);
  });

  it('refuses a lone entity declaration too', () => {
    refused(`<Topology xmlns="${T}"><!ENTITY x "y"></Topology>`, 'dtd');
  });

  it('reads "<!ENTITY" and "<!DOCTYPE" inside a comment or CDATA as the text they are', () => {
    const out = exported(documentOf(reference()));
    const text = out.text.replace('<Sites>', '<Sites><!-- no <!ENTITY or <!DOCTYPE here -->');
    expect(importTopology(text).ok).toBe(true);
    // The designer's own sidecar comment holds the design's texts, which may say anything.
    const design = { ...reference(), description: 'Never put <!DOCTYPE x> or <!ENTITY y> in a topology.' };
    const again = importTopology(exported(documentOf(design)).text);
    expect(again.ok && again.document.design.description).toBe(design.description);
  });

  it('still refuses a DTD that follows a comment that mentions one', () => {
    const err = refused(
      `<!-- <!ENTITY in a comment -->\n<!DOCTYPE t [<!ENTITY x "y">]><Topology xmlns="${T}"/>`,
      'dtd',
    );
    expect(err.message).toContain('line 2, column 1');
  });

  it('does not define HTML entities either: &nbsp; is an error with its position', () => {
    const error = refused(
      `<Topology xmlns="${T}">\n  <Sites>\n    <CentralSite SiteId="1"><Name>a&nbsp;b</Name></CentralSite>\n  </Sites>\n</Topology>`,
      'malformed',
    );
    expect(error.message).toContain('&nbsp;');
    expect(error.line).toBe(3);
  });

  it('decodes the predefined entities and character references in values', () => {
    const text = `<Topology xmlns="${T}"><Sites><CentralSite SiteId="1"><Name>R&amp;D &#x41;&#66; &lt;x&gt;</Name></CentralSite></Sites></Topology>`;
    const result = importTopology(text);
    expect(result.ok && result.document.design.dataCenters[0]!.lyncSite).toBe('R&D AB <x>');
  });
});

describe('size and depth limits', () => {
  it('refuses a file over the size limit and says what the limit is', () => {
    const error = refused(new Uint8Array(MAX_TOPOLOGY_BYTES + 1), 'too-large');
    expect(error.message).toContain(`${MAX_TOPOLOGY_BYTES / 1048576} MiB`);
  });

  it('refuses text over the size limit as well', () => {
    refused(`<Topology xmlns="${T}">${' '.repeat(MAX_TOPOLOGY_BYTES)}</Topology>`, 'too-large');
  });

  it('refuses absurd nesting without overflowing the stack', () => {
    const deep = '<a>'.repeat(200_000) + '</a>'.repeat(200_000);
    expect(refused(deep, 'too-large').message).toContain('100 levels');
  });
});

describe('malformed XML', () => {
  it('reports the line and column of a tag closed in the wrong place', () => {
    const text = `<?xml version="1.0"?>\n<Topology xmlns="${T}">\n  <Sites>\n    <CentralSite SiteId="1">\n  </Sites>\n</Topology>`;
    const error = refused(text, 'malformed');
    expect([error.line, error.column]).toEqual([5, 3]);
    expect(error.message).toContain('line 5, column 3');
    expect(error.message).toContain('CentralSite');
  });

  it('reports a document cut short', () => {
    const full = new TextDecoder().decode(exported(documentOf(reference())).bytes);
    refused(full.slice(0, full.length / 2), 'malformed');
  });

  it('reports a repeated attribute, an unquoted value and a stray "&"', () => {
    expect(refused(`<Topology xmlns="${T}">\n<Sites a="1" a="2"/></Topology>`, 'malformed').line).toBe(2);
    refused(`<Topology xmlns="${T}" Signature=abc/>`, 'malformed');
    refused(
      `<Topology xmlns="${T}"><Sites><CentralSite SiteId="1"><Name>A & B</Name></CentralSite></Sites></Topology>`,
      'malformed',
    );
  });

  it('reports a second root element, an undeclared prefix and a control character', () => {
    expect(refused(`<Topology xmlns="${T}"/>\n<Other/>`, 'malformed').message).toContain(
      'more than one root',
    );
    expect(refused(`<t:Topology/>`, 'malformed').message).toContain('prefix "t"');
    expect(refused(`<Topology xmlns="${T}">\u0001</Topology>`, 'malformed').message).toContain('U+0001');
  });

  it('refuses element names that would pollute JavaScript objects', () => {
    refused(`<Topology xmlns="${T}"><__proto__/></Topology>`, 'malformed');
  });

  // Found by the fuzz suite (seed 1, input 6220): U+2028 after "<" imported as an element with
  // no name, and the export wrote "< InterfaceSide=…", which nothing opens.
  it('refuses a name broken by a character only JavaScript counts as a space, and a PI without a target', () => {
    for (const space of ['\u2028', '\u00A0', '\u3000']) {
      const message = refused(`<Topology xmlns="${T}"><${space}Site/></Topology>`, 'malformed').message;
      expect(message).toContain('the element name "" is not a name XML allows');
    }
    expect(refused(`<? x?><Topology xmlns="${T}"/>`, 'malformed').message).toContain(
      'processing instruction target',
    );
  });
});

describe('documents of another kind say what they are', () => {
  it.each([
    ['an empty file', '', 'empty'],
    ['plain text', 'hello', 'plain text'],
    ['a design file', '{"formatVersion": 1, "design": {}}', 'Persistent Chat design (.pctopo'],
    ['other JSON', '[1, 2]', 'JSON'],
    ['an HTML page', '<!DOCTYPE html><html><body/></html>', 'HTML page'],
    ['an SVG image', '<svg xmlns="http://www.w3.org/2000/svg"/>', 'SVG image'],
    ['another XML document', '<Project xmlns="urn:x"/>', 'build project'],
    ['a Topology element in another namespace', '<Topology xmlns="urn:other"/>', 'namespace "urn:other"'],
  ])('%s', (_what, input, says) => {
    expect(refused(input, 'not-topology').message).toContain(says);
  });

  it.each([
    ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04, 0, 0], 'ZIP archive'],
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], 'PNG image'],
    ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d], 'PDF'],
  ])('%s', (_what, bytes, says) => {
    expect(refused(new Uint8Array(bytes), 'not-topology').message).toContain(says);
  });

  it('refuses bytes that are neither UTF-8 nor UTF-16', () => {
    refused(new Uint8Array([0x3c, 0x61, 0xc3, 0x28, 0x3e]), 'encoding');
  });

  it('refuses a Topology Builder document without its PartialTopology', () => {
    const text =
      '<TopologyBuilder xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008"><NewTopology/></TopologyBuilder>';
    expect(refused(text, 'incomplete').message).toContain('PartialTopology');
  });
});

describe('encodings', () => {
  const text = `<?xml version="1.0" encoding="utf-16"?>\r\n<Topology xmlns="${T}"><Sites><CentralSite SiteId="1"><Name>Zürich</Name></CentralSite></Sites></Topology>`;
  const utf16 = (bigEndian: boolean, bom: boolean) => {
    const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
    const units = (bom ? '\uFEFF' : '') + text;
    for (let i = 0; i < units.length; i++) {
      const c = units.charCodeAt(i);
      out[i * 2] = bigEndian ? c >> 8 : c & 0xff;
      out[i * 2 + 1] = bigEndian ? c & 0xff : c >> 8;
    }
    return out;
  };

  it.each([
    ['UTF-16 LE with a BOM', utf16(false, true)],
    ['UTF-16 BE with a BOM', utf16(true, true)],
    ['UTF-16 LE without a BOM', utf16(false, false)],
    ['UTF-8 with a BOM', new TextEncoder().encode(`\uFEFF${text}`)],
    ['UTF-8 without a BOM', new TextEncoder().encode(text)],
  ])('reads %s', (_what, bytes) => {
    const result = importTopology(bytes);
    expect(result.ok && result.document.design.dataCenters[0]!.name).toBe('Zürich');
  });

  it('refuses UTF-16 cut in the middle of a character', () => {
    refused(utf16(false, true).slice(0, 11), 'encoding');
  });
});

describe('a design whose kept topology was tampered with', () => {
  it('refuses to export rather than drop what the topology held', () => {
    const doc = {
      ...documentOf(reference()),
      preservedTopology: { kind: 'lync-topology-xml', version: 1, flavour: 'tbxml' },
    };
    const result = exportTopology(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('preserved');
  });

  it('refuses a kept topology whose text is no longer a topology', () => {
    const doc = {
      ...documentOf(reference()),
      preservedTopology: {
        kind: 'lync-topology-xml',
        version: 1,
        flavour: 'published',
        source: '<!DOCTYPE x><x/>',
        bindings: {},
      },
    };
    const result = exportTopology(doc);
    expect(!result.ok && result.error.code).toBe('dtd');
  });
});

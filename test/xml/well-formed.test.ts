/**
 * Nothing the designer writes may fail to open again. A design can hold characters XML 1.0
 * cannot carry (a name pasted from a terminal, an unpaired surrogate from a UTF-16 file); the
 * exported file must still be well-formed by a strict parser, and the planner is told which text
 * held them.
 */
import { describe, expect, it } from 'vitest';
import type { DesignDocument } from '../../shared/model/types.ts';
import { toXmlChars } from '../../shared/xml/xml-chars.ts';
import { loadExample } from '../support/designs.ts';
import { exported, imported, strictParse, utf16le } from './support.ts';

const controls = Array.from({ length: 0x20 }, (_, c) => c)
  .filter((c) => c !== 0x9 && c !== 0xa && c !== 0xd)
  .map((c) => String.fromCharCode(c));
const forbidden = [...controls, '\uFFFE', '\uFFFF', '\uD800', '\uDFFF'];

function withNames(text: string): DesignDocument {
  const doc = loadExample('reference-high-bandwidth');
  return {
    ...doc,
    design: {
      ...doc.design,
      dataCenters: doc.design.dataCenters.map((dc, i) =>
        i === 0 ? { ...dc, lyncSite: `Central${text}` } : dc,
      ),
      pools: doc.design.pools.map((p) => ({ ...p, displayName: `Chat${text}room` })),
    },
  };
}

describe('characters XML cannot carry', () => {
  it('are found one by one, and nothing else is', () => {
    for (const ch of forbidden)
      expect(toXmlChars(`a${ch}b`), JSON.stringify(ch)).toEqual({ text: 'a\uFFFDb', replaced: 1 });
    const fine = 'tab\tline\ncr\r é 😀 \uD7FF \uE000 \uFFFD';
    expect(toXmlChars(fine)).toEqual({ text: fine, replaced: 0 });
  });

  it.each(['tbxml', 'published'] as const)(
    'in a site or pool name still give a well-formed %s file that imports again, and a note naming the field',
    (flavour) => {
      for (const ch of forbidden) {
        const out = exported(withNames(ch), { flavour });
        expect(() => strictParse(out.text), `U+${ch.charCodeAt(0).toString(16)}`).not.toThrow();
        const note = out.notes.find((n) => n.includes('written as U+FFFD'));
        expect(note).toContain('displayName of pchatpool.contoso.com');
        expect(note).toContain('lyncSite of Dallas');
        const back = imported(out.bytes).document.design;
        expect(back.pools[0]!.displayName).toBe('Chat\uFFFDroom');
      }
    },
  );

  it('leave no note and the same bytes when the design has none', () => {
    const out = exported(loadExample('reference-high-bandwidth'));
    expect(out.notes.some((n) => n.includes('U+FFFD'))).toBe(false);
    expect(() => strictParse(out.text)).not.toThrow();
  });

  it('read from a UTF-16 file are reported at import, and written as U+FFFD on export', () => {
    const base = exported(loadExample('reference-high-bandwidth'), { sidecar: false }).text;
    const text = base.replace('Contoso Persistent Chat', 'Contoso \uD800 Chat');
    const utf16 = utf16le(text);
    const result = imported(utf16);
    const problem = result.summary.problems.find((p) => p.includes('XML does not allow'));
    expect(problem).toMatch(
      /^The file holds a character that XML does not allow \(the first, U\+D800, at line \d+, column \d+\)/,
    );
    const out = exported(result.document);
    expect(() => strictParse(out.text)).not.toThrow();
    expect(out.text).toContain('Contoso \uFFFD Chat');
  });
});

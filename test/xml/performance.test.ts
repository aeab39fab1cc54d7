/**
 * The XML code must stay close to fast-xml-parser's own speed. Timings are compared with the
 * parser on the same document and the same machine, so a slow CI runner does not fail the test
 * while a quadratic pass, which grows with the document, does.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { scaledDesign } from '../support/scale.ts';
import { documentOf, exported, imported } from './support.ts';

function median(run: () => void, times = 3): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

describe('speed on a 1,500-element design (a 3 MB topology)', () => {
  const design = scaledDesign(60);
  const out = exported(documentOf(design));
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false });
  const parse = median(() => parser.parse(out.text));

  it('imports within a small multiple of a bare fast-xml-parser parse', () => {
    const time = median(() => imported(out.bytes));
    expect(time / parse).toBeLessThan(6);
  });

  it('exports, and exports an imported document again, within a small multiple of that parse', () => {
    expect(median(() => exported(documentOf(design))) / parse).toBeLessThan(6);
    const back = imported(out.bytes).document;
    expect(median(() => exported(back)) / parse).toBeLessThan(8);
  });

  it('grows linearly: ten times the design takes about ten times as long to import', () => {
    const small = exported(documentOf(scaledDesign(6)));
    const ratio = median(() => imported(out.bytes)) / median(() => imported(small.bytes));
    expect(ratio).toBeLessThan(25);
  });
});

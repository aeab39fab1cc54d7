/**
 * The XML code must stay close to fast-xml-parser's own speed. Each timing is taken in turn
 * with a bare parse of the same document on the same machine, and the median ratio is what is
 * checked, so a slow or busy CI runner does not fail the test while a quadratic pass, which
 * grows with the document, does.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { scaledDesign } from '../support/scale.ts';
import { documentOf, exported, imported } from './support.ts';

/** Median of the ratios time(work) / time(baseline), the two run alternately. */
function ratio(work: () => void, baseline: () => void, rounds = 5): number {
  const ratios: number[] = [];
  const time = (f: () => void) => {
    const start = performance.now();
    f();
    return performance.now() - start;
  };
  for (let i = 0; i < rounds; i++) {
    const base = time(baseline);
    ratios.push(time(work) / base);
  }
  return ratios.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

describe('speed on a 1,500-element design (a 3 MB topology)', { timeout: 120_000 }, () => {
  const design = scaledDesign(60);
  const out = exported(documentOf(design));
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false });
  const parse = () => parser.parse(out.text);

  it('imports within a small multiple of a bare fast-xml-parser parse', () => {
    expect(ratio(() => imported(out.bytes), parse)).toBeLessThan(6);
  });

  it('exports, and exports an imported document again, within a small multiple of that parse', () => {
    expect(ratio(() => exported(documentOf(design)), parse)).toBeLessThan(6);
    const back = imported(out.bytes).document;
    expect(ratio(() => exported(back), parse)).toBeLessThan(8);
  });

  it('grows linearly: ten times the design takes about ten times as long to import', () => {
    const small = exported(documentOf(scaledDesign(6)));
    expect(
      ratio(
        () => imported(out.bytes),
        () => imported(small.bytes),
      ),
    ).toBeLessThan(25);
  });
});

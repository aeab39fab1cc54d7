/** `pchat-topology picture`: the diagram as SVG or PNG without a browser. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { svgToPng } from '../../cli/png.ts';
import { diagramSvg } from '../../shared/diagram/svg.ts';
import { byName, parseReport } from '../report/support.ts';
import { runCli } from '../support/cli.ts';
import { examplesDir, loadExample } from '../support/designs.ts';

const referenceFile = join(examplesDir, 'reference-high-bandwidth.pctopo');
const scratch = () => mkdtempSync(join(tmpdir(), 'pchat-picture-'));

/** Width and height from the PNG's IHDR chunk, which follows the 8-byte signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The decompressed scanlines (IDAT chunks joined and inflated). */
function pngData(png: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.subarray(at + 4, at + 8).toString('latin1') === 'IDAT')
      parts.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return inflateSync(Buffer.concat(parts));
}

const svgSize = () => {
  const root = byName(parseReport(diagramSvg(loadExample('reference-high-bandwidth'))), 'svg')[0]!;
  return { width: parseInt(root.attrs.width!, 10), height: parseInt(root.attrs.height!, 10) };
};

describe('pchat-topology picture', () => {
  it.each([1, 2, 3])('writes a PNG at %i× the SVG’s size, and it is not blank', async (scale) => {
    const out = join(scratch(), 'design.png');
    const r = await runCli('picture', referenceFile, '-o', out, '--scale', String(scale));
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(out);
    const png = readFileSync(out);
    const svg = svgSize();
    expect(pngSize(png)).toEqual({ width: svg.width * scale, height: svg.height * scale });
    // A blank picture is one colour: its scanlines hold a handful of byte values at most.
    expect(new Set(pngData(png)).size).toBeGreaterThan(64);
  });

  it('tells a blank PNG from a drawn one (the check above can fail)', () => {
    const blank = svgToPng(
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200" fill="#f8fafc"/></svg>',
      1,
    );
    expect(pngSize(Buffer.from(blank))).toEqual({ width: 300, height: 200 });
    expect(new Set(pngData(Buffer.from(blank))).size).toBeLessThanOrEqual(64);
  });

  it('writes the SVG when the file ends in .svg, in the language asked for', async () => {
    const out = join(scratch(), 'diseño.svg');
    expect((await runCli('picture', referenceFile, '-o', out, '--lang', 'es')).code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(byName(parseReport(svg), 'svg')).toHaveLength(1);
    expect(svg).toContain('Leyenda');
  });

  it('draws the what-if state with --fail', async () => {
    const out = join(scratch(), 'dc1-lost.svg');
    expect((await runCli('picture', referenceFile, '-o', out, '--fail', 'dc1')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('data-whatif="principal"');
    const bad = await runCli('picture', referenceFile, '-o', join(scratch(), 'x.svg'), '--fail', 'nowhere');
    expect(bad.code).toBe(2);
  });

  it('refuses --scale 4, a format it cannot write, and a missing -o, writing nothing', async () => {
    const dir = scratch();
    for (const args of [['-o', join(dir, 'a.png'), '--scale', '4'], ['-o', join(dir, 'a.gif')], []]) {
      const r = await runCli('picture', referenceFile, ...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--scale must be 1, 2 or 3|\.png or \.svg|-o <design\.png/);
    }
    expect(existsSync(join(dir, 'a.png'))).toBe(false);
    expect(existsSync(join(dir, 'a.gif'))).toBe(false);
  });

  it('never replaces a file without --force', async () => {
    const out = join(scratch(), 'design.png');
    writeFileSync(out, 'keep me');
    const refused = await runCli('picture', referenceFile, '-o', out);
    expect(refused.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await runCli('picture', referenceFile, '-o', out, '--force')).code).toBe(0);
    expect(pngSize(readFileSync(out)).width).toBe(svgSize().width);
  });

  it('puts the same diagram into the report', async () => {
    const out = join(scratch(), 'report.html');
    expect((await runCli('report', referenceFile, '-o', out, '--date', '2026-12-02')).code).toBe(0);
    const tree = parseReport(readFileSync(out, 'utf8'));
    const figure = byName(tree, 'figure').find((f) => f.attrs.class === 'diagram')!;
    expect(byName(figure, 'svg')).toHaveLength(1);
    expect(byName(figure, 'g').filter((g) => g.attrs.class?.startsWith('box ')).length).toBe(svgBoxes());
  });
});

const svgBoxes = () =>
  byName(parseReport(diagramSvg(loadExample('reference-high-bandwidth'))), 'g').filter((g) =>
    g.attrs.class?.startsWith('box '),
  ).length;

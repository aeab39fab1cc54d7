/**
 * Export picture and Export report in the web edition, as a planner does them: the toolbar's
 * Picture and report menu, the picture dialog (also from the keyboard), and the downloads read back.
 * The SVG holds one box per element of the reference design, named by its FQDN; the PNG at 2x is
 * twice the SVG's width and height (its IHDR header, bytes 16 to 23) and not blank; the report is
 * one HTML file whose sections come in order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download } from 'playwright-core';
import { expect, test } from 'vitest';
import { indexDesign } from '../../shared/model/design-index.ts';
import { collectionOf } from '../../shared/model/types.ts';
import { reportSectionIds } from '../../shared/report/index.ts';
import { placeableKinds } from '../../renderer/model/kinds.ts';
import { loadExample } from '../support/designs.ts';
import type { Designer } from './support/designer.ts';
import { describeE2e, resultsDir, useDesigner } from './support/designer.ts';

const reference = loadExample('reference-high-bandwidth').design;
const NAME = reference.name;
const elementIds = placeableKinds.flatMap((kind) => reference[collectionOf[kind]].map((e) => e.id));

async function saved(download: Download, name: string): Promise<Buffer> {
  const file = join(resultsDir, name);
  await download.saveAs(file);
  return readFileSync(file);
}

async function exportPicture(d: Designer, format: 'svg' | 'png', scale?: 1 | 2 | 3): Promise<Download> {
  await d.page.getByTestId('action-pictures').click();
  await d.page.getByTestId('action-exportPicture').click();
  const dialog = d.page.getByTestId('export-picture-dialog');
  await dialog.waitFor();
  await d.page.getByTestId(`export-picture-${format}`).check();
  if (scale) await d.page.getByTestId(`export-picture-scale-${scale}`).check();
  const [download] = await Promise.all([
    d.page.waitForEvent('download'),
    d.page.getByTestId('export-picture-confirm').click(),
  ]);
  await dialog.waitFor({ state: 'detached' });
  return download;
}

describeE2e('export picture and report', () => {
  let d: Designer;
  useDesigner((designer) => (d = designer));
  let svgWidth = 0;
  let svgHeight = 0;

  test('SVG: one box per element of the reference design, each named by its FQDN', async () => {
    const download = await exportPicture(d, 'svg');
    expect(download.suggestedFilename()).toBe(`${NAME}.svg`);
    const svg = (await saved(download, 'picture.svg')).toString('utf8');
    // Well formed, as the browser's XML parser reads it.
    const parsed = await d.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: root.localName,
        width: Number.parseFloat(root.getAttribute('width') ?? ''),
        height: Number.parseFloat(root.getAttribute('height') ?? ''),
        ids: [...doc.querySelectorAll('[data-id]')].map((e) => e.getAttribute('data-id')),
      };
    }, svg);
    expect(parsed).toMatchObject({ error: 0, root: 'svg' });
    for (const id of elementIds)
      expect(
        parsed.ids.filter((i) => i === id),
        id,
      ).toHaveLength(1);
    const index = indexDesign(reference);
    for (const id of elementIds) expect(svg).toContain(index.label(id));
    expect(parsed.width).toBeGreaterThan(0);
    expect(parsed.height).toBeGreaterThan(0);
    svgWidth = parsed.width;
    svgHeight = parsed.height;
    await expect.poll(() => d.page.getByTestId('notice').textContent()).toContain(`${NAME}.svg`);
  });

  test('PNG 2x: twice the SVG’s width and height, and not blank', async () => {
    expect(svgWidth).toBeGreaterThan(0);
    const download = await exportPicture(d, 'png', 2);
    expect(download.suggestedFilename()).toBe(`${NAME}@2x.png`);
    const png = await saved(download, 'picture@2x.png');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(Math.round(svgWidth * 2));
    expect(png.readUInt32BE(20)).toBe(Math.round(svgHeight * 2));
    // Not blank: decoded in the page, some pixel is dark (the boxes' outlines and names).
    const dark = await d.page.evaluate(async (base64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const c = canvas.getContext('2d')!;
      c.drawImage(img, 0, 0);
      const { data } = c.getImageData(0, 0, img.width, img.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && data[i]! < 128) count++;
      return count;
    }, png.toString('base64'));
    expect(dark).toBeGreaterThan(100);
  });

  test('the picture dialog works from the keyboard, and Escape gives the focus back', async () => {
    const menu = d.page.getByTestId('action-pictures');
    await menu.focus();
    await d.page.keyboard.press('Enter');
    await expect
      .poll(() => d.page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('action-exportPicture');
    await d.page.keyboard.press('Enter');
    await d.page.getByTestId('export-picture-dialog').waitFor();
    // The format first; the arrow key moves to PNG, which makes the scale choosable.
    expect(await d.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'export-picture-svg',
    );
    const scale3 = d.page.getByTestId('export-picture-scale-3');
    expect(await scale3.isDisabled()).toBe(true);
    await d.page.keyboard.press('ArrowDown');
    expect(await d.page.getByTestId('export-picture-png').isChecked()).toBe(true);
    expect(await scale3.isDisabled()).toBe(false);
    await d.page.keyboard.press('Escape');
    await d.page.getByTestId('export-picture-dialog').waitFor({ state: 'detached' });
    await expect
      .poll(() => d.page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('action-pictures');
  });

  test('Export report downloads one HTML file, the picture inside, its sections in order', async () => {
    await d.page.getByTestId('action-pictures').click();
    const [download] = await Promise.all([
      d.page.waitForEvent('download'),
      d.page.getByTestId('action-exportReport').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${NAME}.html`);
    const html = (await saved(download, 'report.html')).toString('utf8');
    const at = reportSectionIds.map((id) => html.indexOf(`<section id="${id}"`));
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(at),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const diagram = html.slice(at[1], at[2]);
    expect(diagram).toContain('<svg');
    expect(diagram).toContain(indexDesign(reference).label(elementIds[0]!));
    await expect.poll(() => d.page.getByTestId('notice').textContent()).toContain(`${NAME}.html`);
  });

  test('Print report prints the report in a hidden frame of the page, with its own styles, opening no window', async () => {
    const pages = d.page.context().pages().length;
    await d.page.getByTestId('action-pictures').click();
    await d.page.getByTestId('action-printReport').click();
    const frame = d.page.getByTestId('print-frame');
    await frame.waitFor({ state: 'attached' });
    const inside = await frame.evaluate((el) => {
      const doc = (el as HTMLIFrameElement).contentDocument!;
      const section = doc.querySelector('section#failures');
      return {
        sections: [...doc.querySelectorAll('section.part')].map((s) => s.id),
        // The report's own stylesheet applies: its body is centred at 60rem, not the browser's default.
        maxWidth: getComputedStyle(doc.body).maxWidth,
        failures: section?.textContent?.length ?? 0,
      };
    });
    expect(inside.sections).toEqual([...reportSectionIds]);
    expect(inside.maxWidth).toBe('960px');
    expect(inside.failures).toBeGreaterThan(100);
    expect(d.page.context().pages()).toHaveLength(pages);
  });
});

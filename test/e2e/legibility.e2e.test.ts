/**
 * Legibility and finding things, on the reference design the designer opens with: FQDNs readable
 * at the first view on a 1280×800 and a 1600×1000 screen, the legend out of the way on the small
 * one, find by FQDN, zoom to the selection, and alignment guides while dragging.
 */
import { expect, test } from 'vitest';
import type { Designer } from './support/designer.ts';
import { describeE2e, useDesigner } from './support/designer.ts';

interface BoxText {
  id: string;
  /** The FQDN line's font size times the canvas zoom: its size on screen, in pixels. */
  renderedPx: number;
  /** Whether the FQDN line is laid out at all (the far-out level of detail hides it). */
  shown: boolean;
}

/** The FQDN line of every box at least partly inside the canvas. */
async function visibleFqdnSizes(d: Designer): Promise<BoxText[]> {
  const zoom = await d.zoom();
  return d.page.evaluate((z) => {
    const canvas = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
    const out: { id: string; renderedPx: number; shown: boolean }[] = [];
    for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node-element')) {
      const r = node.getBoundingClientRect();
      const inside =
        r.right > canvas.left && r.left < canvas.right && r.bottom > canvas.top && r.top < canvas.bottom;
      if (!inside) continue;
      const line = node.querySelector<HTMLElement>('.element-subtitle');
      const rect = line?.getBoundingClientRect();
      out.push({
        id: node.dataset.id ?? '',
        renderedPx: line ? parseFloat(getComputedStyle(line).fontSize) * z : 0,
        shown: !!rect && rect.height > 0,
      });
    }
    return out;
  }, zoom);
}

/** Opens the designer afresh at a window size, as a planner starting it on that screen would. */
async function openAt(d: Designer, width: number, height: number): Promise<void> {
  await d.page.setViewportSize({ width, height });
  await d.page.reload();
  await d.page.locator('.react-flow__node-element').first().waitFor();
  // The first view is set once the boxes are measured: wait until the zoom stops changing.
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const z = await d.zoom();
    if (z === last && z !== 1) break;
    last = z;
    await d.page.waitForTimeout(100);
  }
}

async function overlaps(d: Designer, selector: string): Promise<string[]> {
  return d.page.evaluate((sel) => {
    const a = document.querySelector(sel)!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node-element')]
      .filter((n) => {
        const b = n.getBoundingClientRect();
        return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      })
      .map((n) => n.dataset.id ?? '');
  }, selector);
}

for (const [width, height] of [
  [1280, 800],
  [1600, 1000],
] as const) {
  describeE2e(`legibility at ${width}×${height}`, () => {
    let d: Designer;
    useDesigner((designer) => (d = designer));

    test('the first view of the reference design shows every FQDN in view at 10 px or more', async () => {
      await openAt(d, width, height);
      const boxes = await visibleFqdnSizes(d);
      // Most of the design is in view, not one box blown up.
      expect(boxes.length).toBeGreaterThanOrEqual(10);
      const small = boxes.filter((b) => !b.shown || b.renderedPx < 10);
      expect(small).toEqual([]);
      await d.screenshot(`legibility-first-view-${width}`);
    });

    test('the minimap is small and covers no box', async () => {
      const box = await d.page.locator('.react-flow__minimap').boundingBox();
      expect(box!.width).toBeLessThanOrEqual(160);
      expect(box!.height).toBeLessThanOrEqual(110);
      expect(await overlaps(d, '.react-flow__minimap')).toEqual([]);
    });
  });
}

describeE2e('legend on a small window', () => {
  let d: Designer;
  useDesigner((designer) => (d = designer));

  test('starts collapsed at 1280×800, expands on click, and keeps the choice across a reload', async () => {
    await openAt(d, 1280, 800);
    const toggle = d.page.getByTestId('legend-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await d.page.getByTestId('legend-mirror').count()).toBe(0);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await d.page.getByTestId('legend-mirror').isVisible()).toBe(true);
    await openAt(d, 1280, 800);
    expect(await d.page.getByTestId('legend-toggle').getAttribute('aria-expanded')).toBe('true');
  });
});

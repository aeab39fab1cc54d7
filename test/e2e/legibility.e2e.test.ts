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

/** The boxes lying wholly under the element `selector` picks. */
async function hidden(d: Designer, selector: string): Promise<string[]> {
  return d.page.evaluate((sel) => {
    const a = document.querySelector(sel)!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node-element')]
      .filter((n) => {
        const b = n.getBoundingClientRect();
        return a.left <= b.left && b.right <= a.right && a.top <= b.top && b.bottom <= a.bottom;
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
      // A readable view of a part of the design, the rest a pan away: not one box blown up.
      expect(await d.zoom()).toBeLessThanOrEqual(1);
      expect(boxes.length).toBeGreaterThanOrEqual(6);
      const small = boxes.filter((b) => !b.shown || b.renderedPx < 10);
      expect(small).toEqual([]);
      await d.screenshot(`legibility-first-view-${width}`);
    });

    test('the minimap is small and hides no box wholly', async () => {
      const box = await d.page.locator('.react-flow__minimap').boundingBox();
      expect(box!.width).toBeLessThanOrEqual(160);
      expect(box!.height).toBeLessThanOrEqual(110);
      const canvas = (await d.page.getByTestId('canvas').boundingBox())!;
      expect((box!.width * box!.height) / (canvas.width * canvas.height)).toBeLessThan(0.05);
      // Where the design is larger than the window the minimap lies over part of it, as in any
      // diagram tool; no box may disappear under it entirely.
      expect(await hidden(d, '.react-flow__minimap')).toEqual([]);
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

/** Whether the box lies wholly inside the canvas. */
async function inView(d: Designer, id: string): Promise<boolean> {
  const canvas = (await d.page.getByTestId('canvas').boundingBox())!;
  const box = await d.node(id).boundingBox();
  return (
    !!box &&
    box.x >= canvas.x &&
    box.y >= canvas.y &&
    box.x + box.width <= canvas.x + canvas.width &&
    box.y + box.height <= canvas.y + canvas.height
  );
}

describeE2e('find and zoom', () => {
  let d: Designer;
  useDesigner((designer) => (d = designer));

  test('Ctrl+F finds a server by FQDN; Enter selects it and brings it into view', async () => {
    await openAt(d, 1280, 800);
    expect(await inView(d, 'pc8')).toBe(false);
    await d.page.keyboard.press('Control+f');
    const input = d.page.getByTestId('find-input');
    await input.waitFor();
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.fill('PCHAT8.contoso');
    const match = d.page.getByTestId('find-match-pc8');
    expect(await match.textContent()).toContain('Persistent Chat server · Houston');
    await d.page.keyboard.press('Enter');
    await expect.poll(() => d.node('pc8').getAttribute('class')).toContain('selected');
    await expect.poll(() => inView(d, 'pc8')).toBe(true);
    expect(await d.page.getByTestId('find-box').count()).toBe(0);
    // The zoom to the match is animated: it ends at the readable zoom or closer.
    await expect.poll(() => d.zoom()).toBeGreaterThanOrEqual(0.85);
    expect(await d.page.getByTestId('field-fqdn').inputValue()).toBe('pchat8.contoso.com');
  });

  test('the arrow keys move through the matches; Escape closes the box and gives the focus back', async () => {
    const button = d.page.getByTestId('action-zoomToFit');
    await button.focus();
    await d.page.keyboard.press('Control+f');
    await d.page.getByTestId('find-input').fill('witness');
    const options = d.page.getByTestId('find-matches').getByRole('option');
    await expect.poll(() => options.count()).toBe(2);
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('true');
    await d.page.keyboard.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await d.page.keyboard.press('Escape');
    expect(await d.page.getByTestId('find-box').count()).toBe(0);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  test('Shift+2 zooms to the selected box after a zoom to fit', async () => {
    await d.page.getByTestId('action-zoomToFit').click();
    await expect.poll(() => d.zoom()).toBeLessThan(0.6);
    await d.select('fs2');
    await d.page.keyboard.press('Shift+Digit2');
    await expect.poll(() => d.zoom()).toBeGreaterThanOrEqual(0.85);
    await expect.poll(() => inView(d, 'fs2')).toBe(true);
    expect(await d.node('fs2').getAttribute('class')).toContain('selected');
  });
});

describeE2e('alignment guides', () => {
  let d: Designer;
  useDesigner((designer) => (d = designer));

  test('a box dragged nearly level with its row shows the guide while dragging and lands exactly level', async () => {
    await openAt(d, 1600, 1000);
    // Without the grid, only the guide can put the box back level.
    await d.page.getByTestId('action-toggleSnapToGrid').click();
    const level = async () => (await d.node('pc2').boundingBox())!.y;
    const row = await level();
    const start = await d.centreOf('.react-flow__node[data-id="pc1"]');
    const mouse = d.page.mouse;
    await mouse.move(start.x, start.y);
    await mouse.down();
    await mouse.move(start.x + 20, start.y + 60, { steps: 5 });
    expect(await d.page.getByTestId('alignment-guides').locator('line[data-axis="horizontal"]').count()).toBe(
      0,
    );
    // Where the box is now, under the pointer: 3 px lower than its row is 3 px more than the gap.
    const gap = (await d.node('pc1').boundingBox())!.y - row;
    await mouse.move(start.x + 20, start.y + 60 - gap + 3, { steps: 8 });
    const guides = d.page.getByTestId('alignment-guides');
    await guides.waitFor();
    expect(await guides.locator('line[data-axis="horizontal"]').count()).toBeGreaterThan(0);
    await d.screenshot('alignment-guide');
    await mouse.up();
    expect(await guides.count()).toBe(0);
    expect(Math.abs((await d.node('pc1').boundingBox())!.y - row)).toBeLessThan(0.5);
  });
});

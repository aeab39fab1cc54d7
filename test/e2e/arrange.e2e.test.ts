/**
 * Auto-arrange from the toolbar on the reference design with boxes piled on one another: after
 * it, the page's own geometry shows no two boxes overlapping and no line crossing a box it does
 * not join; one undo puts every box back where it was.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadExample } from '../support/designs.ts';
import type { Designer } from './support/designer.ts';
import { describeE2e, resultsDir, useDesigner } from './support/designer.ts';

interface Geometry {
  boxes: { id: string; x: number; y: number; width: number; height: number }[];
  edges: { id: string; routed: boolean; points: { x: number; y: number }[] }[];
}

/** Every box's screen rectangle, and points every 4 px along every line, in screen coordinates. */
async function geometry(d: Designer): Promise<Geometry> {
  return d.page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.react-flow__node-element')].map((n) => {
      const r = n.getBoundingClientRect();
      return { id: n.dataset.id ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
    });
    const edges = [...document.querySelectorAll<SVGGElement>('g[data-testid^="edge-"]')].map((g) => {
      const path = g.querySelector<SVGPathElement>('path.react-flow__edge-path')!;
      const ctm = path.getScreenCTM()!;
      const length = path.getTotalLength();
      const points: { x: number; y: number }[] = [];
      for (let at = 0; at <= length; at += 4) {
        const p = path.getPointAtLength(at);
        const s = new DOMPoint(p.x, p.y).matrixTransform(ctm);
        points.push({ x: s.x, y: s.y });
      }
      return { id: g.dataset.testid!.slice('edge-'.length), routed: g.dataset.routed === 'true', points };
    });
    return { boxes, edges };
  });
}

const overlapping = (g: Geometry) => {
  const pairs: string[] = [];
  for (let i = 0; i < g.boxes.length; i++)
    for (let j = i + 1; j < g.boxes.length; j++) {
      const [a, b] = [g.boxes[i]!, g.boxes[j]!];
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        pairs.push(`${a.id} / ${b.id}`);
    }
  return pairs;
};

/** Within `margin` px of the box (or inside it). */
const near = (p: { x: number; y: number }, box: Geometry['boxes'][number], margin: number) =>
  p.x >= box.x - margin &&
  p.x <= box.x + box.width + margin &&
  p.y >= box.y - margin &&
  p.y <= box.y + box.height + margin;

/**
 * Lines passing through a box they do not join. A line's ends are on (or, under a box taller
 * than its row's others, hidden inside) the two boxes it joins; those two are not counted, and
 * neither are the few px around each end.
 */
const crossings = (g: Geometry) => {
  const out: string[] = [];
  for (const e of g.edges) {
    const [first, last] = [e.points[0]!, e.points[e.points.length - 1]!];
    const nearEnd = (p: { x: number; y: number }) =>
      Math.hypot(p.x - first.x, p.y - first.y) < 6 || Math.hypot(p.x - last.x, p.y - last.y) < 6;
    for (const box of g.boxes) {
      if (near(first, box, 2) || near(last, box, 2)) continue;
      if (e.points.some((p) => !nearEnd(p) && near(p, box, -1))) out.push(`${e.id} crosses ${box.id}`);
    }
  }
  return out;
};

describeE2e('auto-arrange', () => {
  let d: Designer;
  useDesigner((designer) => (d = designer));

  test('tidies a piled-up reference design: no box on another, no line through a box it does not join, and one undo restores it', async () => {
    const doc = loadExample('reference-high-bandwidth');
    // Three servers dropped onto the first one, a mirror onto its principal: what a hurried planner leaves.
    const nodes = { ...doc.layout.nodes };
    for (const id of ['pc2', 'pc3', 'pc4']) nodes[id] = { ...nodes['pc1']! };
    nodes['sql-mgc-mirror'] = { ...nodes['sql-mgc']! };
    mkdirSync(resultsDir, { recursive: true });
    const file = join(resultsDir, 'piled-reference.pctopo');
    writeFileSync(file, JSON.stringify({ ...doc, layout: { nodes } }));
    await d.page.getByTestId('open-design-input').setInputFiles(file);
    await expect.poll(async () => overlapping(await geometry(d)).length).toBeGreaterThan(0);
    const before = await geometry(d);

    await d.page.getByTestId('action-autoArrange').click();
    await expect.poll(async () => (await geometry(d)).edges.every((e) => e.routed)).toBe(true);
    // The view fits the arranged design; wait for its animation to settle.
    await d.page.waitForTimeout(500);
    const after = await geometry(d);
    expect(after.boxes).toHaveLength(before.boxes.length);
    expect(after.edges.length).toBeGreaterThan(20);
    expect(overlapping(after)).toEqual([]);
    expect(crossings(after)).toEqual([]);
    await d.screenshot('auto-arranged');

    // One undo step: the piled layout is back, and nothing is left to undo.
    await d.page.getByTestId('action-undo').click();
    await expect.poll(async () => overlapping(await geometry(d)).length).toBeGreaterThan(0);
    await d.page.keyboard.press('Shift+1');
    await d.page.waitForTimeout(500);
    const undone = await geometry(d);
    expect(undone.edges.some((e) => e.routed)).toBe(false);
    expect(await d.page.getByTestId('action-undo').isDisabled()).toBe(true);
    expect(d.unexpectedProblems()).toEqual([]);
  });
});

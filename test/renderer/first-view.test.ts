import { describe, expect, test } from 'vitest';
import {
  canvasBounds,
  firstView,
  FQDN_FONT_PX,
  READABLE_TEXT_PX,
  READABLE_ZOOM,
} from '../../renderer/canvas/first-view.ts';
import { templateDocument } from '../../renderer/model/templates.ts';
import { createEditorStore } from '../../renderer/state/editor-store.ts';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/model/layout.ts';

/** A design the size of the old reference layout: the pool above two data centers of 760×620. */
const reference = { x: 0, y: -90, width: 1600, height: 710 };

describe('first view of a design', () => {
  test('the readable zoom renders the FQDN line at 10 px or more', () => {
    expect(FQDN_FONT_PX * READABLE_ZOOM).toBeGreaterThanOrEqual(READABLE_TEXT_PX);
  });

  test('a design too wide for the screen opens at the readable zoom, from its left edge, centred vertically', () => {
    const v = firstView(reference, { width: 720, height: 750 }, { margin: 20 });
    expect(v.zoom).toBe(READABLE_ZOOM);
    // The left edge of the design sits at the margin; the rest is a pan to the right.
    expect(reference.x * v.zoom + v.x).toBeCloseTo(20);
    const top = reference.y * v.zoom + v.y;
    const bottom = (reference.y + reference.height) * v.zoom + v.y;
    expect(top).toBeCloseTo(750 - bottom);
  });

  test('a design too tall starts at its top edge', () => {
    const tall = { x: 100, y: 50, width: 400, height: 3000 };
    const v = firstView(tall, { width: 1000, height: 800 }, { margin: 10 });
    expect(v.zoom).toBe(READABLE_ZOOM);
    expect(tall.y * v.zoom + v.y).toBeCloseTo(10);
    expect(tall.x * v.zoom + v.x).toBeCloseTo(1000 - (tall.x + tall.width) * v.zoom - v.x);
  });

  test('a design that fits at a readable zoom is shown whole and centred, never blown up past 1', () => {
    const small = { x: -50, y: 0, width: 300, height: 200 };
    const v = firstView(small, { width: 1200, height: 900 });
    expect(v.zoom).toBe(1);
    expect(small.x + v.x).toBeCloseTo(1200 - (small.x + small.width) - v.x);
    const mid = { x: 0, y: 0, width: 1000, height: 500 };
    const w = firstView(mid, { width: 1048, height: 1000 }, { margin: 24 });
    expect(w.zoom).toBeCloseTo(1);
    const fit = firstView(mid, { width: 948, height: 1000 }, { margin: 24 });
    expect(fit.zoom).toBeCloseTo(0.9);
  });

  test('the bounds of the reference design take in the pool above and both data centers, boxes inside theirs', () => {
    const doc = templateDocument('high-bandwidth');
    const nodes = createEditorStore(doc).getState().nodes;
    // Worked out from the saved layout: both data-center boxes, and the pool box above them
    // (its stored corner and the unmeasured box size), since every other box is inside a data center.
    const rects = [
      ...doc.design.dataCenters.map((dc) => doc.layout.nodes[dc.id]!),
      ...doc.design.pools.map((p) => ({
        ...doc.layout.nodes[p.id]!,
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
      })),
    ].map((r) => ({ x: r.x, y: r.y, right: r.x + (r.width ?? 0), bottom: r.y + (r.height ?? 0) }));
    const x = Math.min(...rects.map((r) => r.x));
    const y = Math.min(...rects.map((r) => r.y));
    expect(canvasBounds(nodes, { width: NODE_WIDTH, height: NODE_HEIGHT })).toEqual({
      x,
      y,
      width: Math.max(...rects.map((r) => r.right)) - x,
      height: Math.max(...rects.map((r) => r.bottom)) - y,
    });
    expect(canvasBounds([], { width: NODE_WIDTH, height: NODE_HEIGHT })).toBeNull();
    const inside = canvasBounds(
      [
        { id: 'dc', position: { x: 1000, y: 1000 }, width: 100, height: 100 },
        { id: 'box', parentId: 'dc', position: { x: 150, y: 20 }, measured: { width: 50, height: 30 } },
      ],
      { width: NODE_WIDTH, height: NODE_HEIGHT },
    );
    expect(inside).toEqual({ x: 1000, y: 1000, width: 200, height: 100 });
  });
});

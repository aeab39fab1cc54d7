/**
 * A data center's box always holds its contents. Boxes inside a data center are stored relative
 * to its corner (layout.ts), so a box dropped, pasted or moved past an edge would draw outside
 * it, where it looks as if it belonged to no data center. After every change of the layout the
 * box grows to hold its contents with a margin, moving its corner up or left when a box went
 * past the top or left edge (the boxes inside then keep their place on the canvas). It never
 * shrinks here: a planner's larger box stays as drawn.
 */
import { indexDesign } from './design-index.ts';
import {
  DATA_CENTER_GAP,
  DATA_CENTER_HEADER,
  DATA_CENTER_HEIGHT,
  DATA_CENTER_WIDTH,
  NODE_HEIGHT,
  NODE_WIDTH,
  SLOT_H,
  canvasPosition,
} from './layout.ts';
import type { Point } from './layout.ts';
import type { DesignDocument, NodeLayout } from './types.ts';

/** Room kept between the contents and the left, right and bottom edges. */
export const CONTENT_MARGIN = 20;
/** Room kept above the contents, for the title bar. */
export const CONTENT_TOP = DATA_CENTER_HEADER - 10;

export interface Size {
  width: number;
  height: number;
}
/** The drawn size of a box, when the canvas has measured it; the layout's or the default otherwise. */
export type SizeOf = (id: string) => Size | undefined;

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function boxSize(id: string, l: NodeLayout, sizeOf?: SizeOf): Size {
  return sizeOf?.(id) ?? { width: l.width ?? NODE_WIDTH, height: l.height ?? NODE_HEIGHT };
}

/** The extent of data center `id`'s contents, in its own coordinates; null when it holds no placed box. */
export function contentBounds(doc: DesignDocument, id: string, sizeOf?: SizeOf): Bounds | null {
  let bounds: Bounds | null = null;
  for (const child of indexDesign(doc.design).elementsByDataCenter.get(id) ?? []) {
    const l = doc.layout.nodes[child];
    if (!l) continue;
    const s = boxSize(child, l, sizeOf);
    bounds = bounds
      ? {
          minX: Math.min(bounds.minX, l.x),
          minY: Math.min(bounds.minY, l.y),
          maxX: Math.max(bounds.maxX, l.x + s.width),
          maxY: Math.max(bounds.maxY, l.y + s.height),
        }
      : { minX: l.x, minY: l.y, maxX: l.x + s.width, maxY: l.y + s.height };
  }
  return bounds;
}

/** The smallest size data center `id` may have with its contents where they are. */
export function minimumDataCenterSize(doc: DesignDocument, id: string, sizeOf?: SizeOf): Size | null {
  const b = contentBounds(doc, id, sizeOf);
  return b ? { width: b.maxX + CONTENT_MARGIN, height: b.maxY + CONTENT_MARGIN } : null;
}

/**
 * The document with every data center's box grown to hold its contents; the same document when
 * every box already does. Linear in the number of placed boxes.
 */
export function fitDataCentersToContents(doc: DesignDocument, sizeOf?: SizeOf): DesignDocument {
  let nodes: Record<string, NodeLayout> | null = null;
  const grown = new Map<string, NodeLayout>();
  for (const dc of doc.design.dataCenters) {
    const box = doc.layout.nodes[dc.id];
    if (!box) continue;
    const b = contentBounds(doc, dc.id, sizeOf);
    if (!b) continue;
    const shiftX = Math.max(0, CONTENT_MARGIN - b.minX);
    const shiftY = Math.max(0, CONTENT_TOP - b.minY);
    const width = box.width ?? DATA_CENTER_WIDTH;
    const height = box.height ?? DATA_CENTER_HEIGHT;
    const nextWidth = Math.max(width + shiftX, b.maxX + shiftX + CONTENT_MARGIN);
    const nextHeight = Math.max(height + shiftY, b.maxY + shiftY + CONTENT_MARGIN);
    if (shiftX === 0 && shiftY === 0 && nextWidth === width && nextHeight === height) continue;
    nodes ??= { ...doc.layout.nodes };
    grown.set(dc.id, box);
    nodes[dc.id] = { ...box, x: box.x - shiftX, y: box.y - shiftY, width: nextWidth, height: nextHeight };
    if (shiftX !== 0 || shiftY !== 0) {
      for (const child of indexDesign(doc.design).elementsByDataCenter.get(dc.id) ?? []) {
        const l = nodes[child];
        if (l) nodes[child] = { ...l, x: l.x + shiftX, y: l.y + shiftY };
      }
    }
  }
  if (!nodes) return doc;
  keepApart(doc, nodes, grown);
  return { ...doc, layout: { ...doc.layout, nodes } };
}

const sizeOfBox = (l: NodeLayout): Size => ({
  width: l.width ?? DATA_CENTER_WIDTH,
  height: l.height ?? DATA_CENTER_HEIGHT,
});

/**
 * A data center that grew must not come to lie over a neighbour: a box on top of two data
 * centers would land in whichever is found first. The neighbour it grew towards moves away (its
 * contents with it, being relative to its corner), keeping the usual gap, and so on down the row.
 */
function keepApart(
  doc: DesignDocument,
  nodes: Record<string, NodeLayout>,
  grown: Map<string, NodeLayout>,
): void {
  const queue = [...grown];
  const limit = doc.design.dataCenters.length ** 2 + queue.length;
  for (let step = 0; step < limit && queue.length > 0; step++) {
    const [id, old] = queue.shift()!;
    const now = nodes[id]!;
    const o = sizeOfBox(old);
    const n = sizeOfBox(now);
    for (const other of doc.design.dataCenters) {
      const box = nodes[other.id];
      if (other.id === id || !box) continue;
      const b = sizeOfBox(box);
      const rowsMeet = box.y < now.y + n.height && now.y < box.y + b.height;
      const columnsMeet = box.x < now.x + n.width && now.x < box.x + b.width;
      // The gap there was is kept, up to the usual one; a box that only grew away from it stays.
      const gap = (before: number) => Math.min(DATA_CENTER_GAP, before);
      let dx = 0;
      let dy = 0;
      if (box.x >= old.x + o.width && rowsMeet) {
        dx = Math.max(0, now.x + n.width + gap(box.x - old.x - o.width) - box.x);
      } else if (box.x + b.width <= old.x && rowsMeet) {
        dx = -Math.max(0, box.x + b.width + gap(old.x - box.x - b.width) - now.x);
      } else if (box.y >= old.y + o.height && columnsMeet) {
        dy = Math.max(0, now.y + n.height + gap(box.y - old.y - o.height) - box.y);
      }
      if (dx === 0 && dy === 0) continue;
      nodes[other.id] = { ...box, x: box.x + dx, y: box.y + dy };
      queue.push([other.id, box]);
    }
  }
}

/** A default-sized box for a new data center, to the right of every data center there is. */
export function besideDataCenters(doc: DesignDocument): NodeLayout {
  const boxes = doc.design.dataCenters.flatMap((dc) => {
    const l = doc.layout.nodes[dc.id];
    return l ? [l] : [];
  });
  if (boxes.length === 0) return { x: 0, y: 0, width: DATA_CENTER_WIDTH, height: DATA_CENTER_HEIGHT };
  const right = Math.max(...boxes.map((l) => l.x + (l.width ?? DATA_CENTER_WIDTH)));
  const top = Math.min(...boxes.map((l) => l.y));
  return { x: right + DATA_CENTER_GAP, y: top, width: DATA_CENTER_WIDTH, height: DATA_CENTER_HEIGHT };
}

/** Where a block of boxes goes in data center `id`: under what is there, or at its first cell. */
export function belowContents(doc: DesignDocument, id: string, sizeOf?: SizeOf): Point {
  const b = contentBounds(doc, id, sizeOf);
  return { x: 30, y: b ? b.maxY + (SLOT_H - NODE_HEIGHT) : DATA_CENTER_HEADER };
}

/**
 * The positions of `ids` moved as one block so that its top-left corner is at `origin`: boxes keep
 * where they stand to each other, so a split or merge does not scramble a planner's arrangement.
 */
export function asBlockAt(
  doc: DesignDocument,
  ids: readonly string[],
  origin: Point,
): Record<string, NodeLayout> {
  // Boxes from several data centers are compared on the canvas, where they are seen together.
  const placed = ids.flatMap((id) => {
    const l = doc.layout.nodes[id];
    const at = canvasPosition(doc, id);
    return l && at ? [[id, { ...l, ...at }] as const] : [];
  });
  if (placed.length === 0) return {};
  const minX = Math.min(...placed.map(([, l]) => l.x));
  const minY = Math.min(...placed.map(([, l]) => l.y));
  return Object.fromEntries(
    placed.map(([id, l]) => [id, { ...l, x: l.x - minX + origin.x, y: l.y - minY + origin.y }]),
  );
}

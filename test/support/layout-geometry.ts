/** The boxes of a laid-out document on the canvas, and the checks the layout tests make of them. */
import {
  DATA_CENTER_HEIGHT,
  DATA_CENTER_WIDTH,
  NODE_HEIGHT,
  NODE_WIDTH,
  canvasPosition,
  dataCenterOf,
} from '../../shared/model/layout.ts';
import type { DesignDocument } from '../../shared/model/types.ts';
import { collectionOf } from '../../shared/model/types.ts';

export interface Rect {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const elementCollections = [
  collectionOf.frontEndPool,
  collectionOf.pool,
  collectionOf.server,
  collectionOf.sqlInstance,
  collectionOf.fileStore,
  collectionOf.share,
] as const;

/** Every element's box in canvas coordinates (its data center's corner added). */
export function elementRects(doc: DesignDocument): Rect[] {
  const out: Rect[] = [];
  for (const collection of elementCollections) {
    for (const el of doc.design[collection]) {
      const at = canvasPosition(doc, el.id);
      if (!at) throw new Error(`${el.id} has no position`);
      out.push({ id: el.id, ...at, width: NODE_WIDTH, height: NODE_HEIGHT });
    }
  }
  return out;
}

export function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Pairs of element ids whose boxes overlap. */
export function overlappingPairs(doc: DesignDocument): string[] {
  const rects = elementRects(doc);
  const pairs: string[] = [];
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++)
      if (overlap(rects[i]!, rects[j]!)) pairs.push(`${rects[i]!.id} / ${rects[j]!.id}`);
  return pairs;
}

/** Elements whose box is not wholly inside the box of their data center. */
export function outsideTheirDataCenter(doc: DesignDocument): string[] {
  const out: string[] = [];
  for (const collection of elementCollections) {
    for (const el of doc.design[collection]) {
      const dc = dataCenterOf(doc.design, el.id);
      if (!dc) continue;
      const l = doc.layout.nodes[el.id]!;
      const d = doc.layout.nodes[dc]!;
      const inside =
        l.x >= 0 &&
        l.y >= 0 &&
        l.x + NODE_WIDTH <= (d.width ?? DATA_CENTER_WIDTH) &&
        l.y + NODE_HEIGHT <= (d.height ?? DATA_CENTER_HEIGHT);
      if (!inside) out.push(el.id);
    }
  }
  return out;
}

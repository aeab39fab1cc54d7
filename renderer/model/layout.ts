/**
 * Canvas geometry over `layout.nodes`. An element placed in a data center is stored relative to
 * that data center's corner (so a data center carries its contents when it moves); anything
 * else, Persistent Chat pools included, is stored in canvas coordinates. None of this is visible
 * to the rules.
 */
import type { DesignDocument, Layout, NodeLayout } from '../../shared/model/types.ts';
import { collectionOf } from '../../shared/model/types.ts';
import {
  defaultDataCenterLayout,
  NODE_HEIGHT,
  NODE_WIDTH,
  DATA_CENTER_HEADER,
  DATA_CENTER_HEIGHT,
  DATA_CENTER_WIDTH,
  SLOT_H,
  SLOT_W,
  dataCenterOf,
  slotPosition,
} from '../../shared/model/layout.ts';
import type { Point } from '../../shared/model/layout.ts';

export {
  completeLayout,
  defaultDataCenterLayout,
  NODE_HEIGHT,
  NODE_WIDTH,
  DATA_CENTER_HEIGHT,
  DATA_CENTER_WIDTH,
  dataCenterOf,
} from '../../shared/model/layout.ts';
export type { Point } from '../../shared/model/layout.ts';

export function dataCenterRect(doc: DesignDocument, dcId: string) {
  const at = doc.design.dataCenters.findIndex((d) => d.id === dcId);
  const l = doc.layout.nodes[dcId] ?? defaultDataCenterLayout(Math.max(at, 0));
  return { x: l.x, y: l.y, width: l.width ?? DATA_CENTER_WIDTH, height: l.height ?? DATA_CENTER_HEIGHT };
}

/** The data center whose box holds the point, or null when it is outside every data center's box. */
export function dataCenterAt(doc: DesignDocument, point: Point): string | null {
  for (const dc of doc.design.dataCenters) {
    const r = dataCenterRect(doc, dc.id);
    if (point.x >= r.x && point.x <= r.x + r.width && point.y >= r.y && point.y <= r.y + r.height) {
      return dc.id;
    }
  }
  return null;
}

/** Where a point lands in the coordinate space of `dataCenterId` (or the canvas, for null). */
export function toDataCenterCoordinates(
  doc: DesignDocument,
  dataCenterId: string | null,
  point: Point,
): Point {
  if (!dataCenterId) return point;
  const r = dataCenterRect(doc, dataCenterId);
  return { x: point.x - r.x, y: point.y - r.y };
}

function overlaps(a: Point, b: Point): boolean {
  return Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;
}

/**
 * The first grid slot in `dataCenterId` (or, for a pool, in the band above the data centers) where a new
 * element covers nobody, for elements added from the keyboard or without a drop point.
 */
export function freeSpot(doc: DesignDocument, dataCenterId: string | null): Point {
  const design = doc.design;
  const neighbours: Point[] = [];
  for (const collection of Object.values(collectionOf)) {
    for (const el of design[collection]) {
      if (el.id === dataCenterId || design.dataCenters.some((d) => d.id === el.id)) continue;
      if (dataCenterOf(design, el.id) !== dataCenterId) continue;
      const l = doc.layout.nodes[el.id];
      if (l) neighbours.push(l);
    }
  }
  if (dataCenterId) {
    const r = dataCenterRect(doc, dataCenterId);
    const columns = Math.max(1, Math.floor((r.width - 30) / SLOT_W));
    for (let slot = 0; slot < 400; slot++) {
      const p = slotPosition(dataCenterId, slot, columns);
      if (!neighbours.some((n) => overlaps(n, p))) return p;
    }
    return { x: 30, y: DATA_CENTER_HEADER };
  }
  const top = Math.min(0, ...design.dataCenters.map((d) => dataCenterRect(doc, d.id).y));
  for (let slot = 0; slot < 400; slot++) {
    const p = { x: slot * SLOT_W, y: top - SLOT_H - Math.floor(slot / 10) * SLOT_H };
    if (!neighbours.some((n) => overlaps(n, p))) return p;
  }
  return { x: 0, y: top - SLOT_H };
}

/** The layout with `id`'s entry replaced. */
export function withNodeLayout(layout: Layout, id: string, entry: NodeLayout): Layout {
  return { ...layout, nodes: { ...layout.nodes, [id]: entry } };
}

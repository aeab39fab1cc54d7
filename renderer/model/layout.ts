/**
 * Canvas geometry over `layout.nodes`. An element placed in a data center is stored relative to
 * that site's corner (so a site carries its contents when it moves); anything else, Persistent
 * Chat pools included, is stored in canvas coordinates. None of this is visible to the rules.
 */
import { indexDesign } from '../../shared/model/design-index.ts';
import type { Design, DesignDocument, ElementKind, Layout, NodeLayout } from '../../shared/model/types.ts';
import { collectionOf } from '../../shared/model/types.ts';
import { isSited } from './kinds.ts';

export interface Point {
  x: number;
  y: number;
}

export const SITE_WIDTH = 760;
export const SITE_HEIGHT = 620;
export const SITE_GAP = 80;
export const NODE_WIDTH = 160;
export const NODE_HEIGHT = 64;
/** Room under a site's title bar before the first row of elements. */
const SITE_HEADER = 50;
const SLOT_W = 180;
const SLOT_H = 90;

/** The site (data center) an element is drawn in, when it has one the design knows. */
export function siteOf(design: Design, id: string): string | null {
  const hit = indexDesign(design).byId.get(id);
  if (!hit || !isSited(hit.kind)) return null;
  const dc = (hit.element as { dataCenterId: string | null }).dataCenterId;
  return dc && indexDesign(design).dataCenter(dc) ? dc : null;
}

export function defaultSiteLayout(position: number): NodeLayout {
  return { x: position * (SITE_WIDTH + SITE_GAP), y: 0, width: SITE_WIDTH, height: SITE_HEIGHT };
}

export function siteRect(doc: DesignDocument, dcId: string) {
  const at = doc.design.dataCenters.findIndex((d) => d.id === dcId);
  const l = doc.layout.nodes[dcId] ?? defaultSiteLayout(Math.max(at, 0));
  return { x: l.x, y: l.y, width: l.width ?? SITE_WIDTH, height: l.height ?? SITE_HEIGHT };
}

/** Canvas coordinates of an element's top-left corner. */
export function absolutePosition(doc: DesignDocument, id: string): Point {
  const own = doc.layout.nodes[id] ?? { x: 0, y: 0 };
  const site = siteOf(doc.design, id);
  if (!site) return { x: own.x, y: own.y };
  const r = siteRect(doc, site);
  return { x: r.x + own.x, y: r.y + own.y };
}

/** The data center whose box holds the point, or null when it is outside every site. */
export function siteAt(doc: DesignDocument, point: Point): string | null {
  for (const dc of doc.design.dataCenters) {
    const r = siteRect(doc, dc.id);
    if (point.x >= r.x && point.x <= r.x + r.width && point.y >= r.y && point.y <= r.y + r.height) {
      return dc.id;
    }
  }
  return null;
}

/** Where a point lands in the coordinate space of `siteId` (or the canvas, for null). */
export function toSiteCoordinates(doc: DesignDocument, siteId: string | null, point: Point): Point {
  if (!siteId) return point;
  const r = siteRect(doc, siteId);
  return { x: point.x - r.x, y: point.y - r.y };
}

function overlaps(a: Point, b: Point): boolean {
  return Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;
}

/**
 * The first grid slot in `siteId` (or, for a pool, in the band above the sites) where a new
 * element covers nobody, for elements added from the keyboard or without a drop point.
 */
export function freeSpot(doc: DesignDocument, siteId: string | null): Point {
  const design = doc.design;
  const neighbours: Point[] = [];
  for (const collection of Object.values(collectionOf)) {
    for (const el of design[collection]) {
      if (el.id === siteId || design.dataCenters.some((d) => d.id === el.id)) continue;
      if (siteOf(design, el.id) !== siteId) continue;
      const l = doc.layout.nodes[el.id];
      if (l) neighbours.push(l);
    }
  }
  if (siteId) {
    const r = siteRect(doc, siteId);
    const columns = Math.max(1, Math.floor((r.width - 30) / SLOT_W));
    for (let slot = 0; slot < 400; slot++) {
      const p = { x: 30 + (slot % columns) * SLOT_W, y: SITE_HEADER + Math.floor(slot / columns) * SLOT_H };
      if (!neighbours.some((n) => overlaps(n, p))) return p;
    }
    return { x: 30, y: SITE_HEADER };
  }
  const top = Math.min(0, ...design.dataCenters.map((d) => siteRect(doc, d.id).y));
  for (let slot = 0; slot < 400; slot++) {
    const p = { x: slot * SLOT_W, y: top - SLOT_H - Math.floor(slot / 10) * SLOT_H };
    if (!neighbours.some((n) => overlaps(n, p))) return p;
  }
  return { x: 0, y: top - SLOT_H };
}

const layoutOrder: ElementKind[] = ['frontEndPool', 'server', 'sqlInstance', 'fileStore', 'share', 'pool'];

function slotPosition(siteId: string | null, slot: number, columns: number): Point {
  if (siteId)
    return { x: 30 + (slot % columns) * SLOT_W, y: SITE_HEADER + Math.floor(slot / columns) * SLOT_H };
  return { x: (slot % 10) * SLOT_W, y: -SLOT_H - Math.floor(slot / 10) * SLOT_H };
}

/**
 * Gives every site and element without a position one, leaving placed ones where they are. A
 * design imported from Topology Builder XML has no layout at all, and older files may lack parts.
 * Linear in the size of the design: occupied grid cells are looked up, not searched.
 */
export function completeLayout(doc: DesignDocument): DesignDocument {
  const design = doc.design;
  const missing = (id: string) => !doc.layout.nodes[id];
  const anyMissing =
    design.dataCenters.some((d) => missing(d.id)) ||
    layoutOrder.some((kind) => design[collectionOf[kind]].some((el) => missing(el.id)));
  if (!anyMissing) return doc;
  const nodes: Record<string, NodeLayout> = { ...doc.layout.nodes };
  const grown = new Set<string>();
  design.dataCenters.forEach((dc, i) => {
    if (!nodes[dc.id]) {
      nodes[dc.id] = defaultSiteLayout(i);
      grown.add(dc.id);
    }
  });
  const columns = Math.max(1, Math.floor((SITE_WIDTH - 30) / SLOT_W));
  const cell = (site: string | null, p: Point) =>
    site
      ? `${site}/${Math.round((p.x - 30) / SLOT_W)}/${Math.round((p.y - SITE_HEADER) / SLOT_H)}`
      : `/${Math.round(p.x / SLOT_W)}/${Math.round(p.y / SLOT_H)}`;
  const occupied = new Set<string>();
  for (const kind of layoutOrder) {
    for (const el of design[collectionOf[kind]]) {
      const l = nodes[el.id];
      if (l) occupied.add(cell(siteOf(design, el.id), l));
    }
  }
  const nextSlot = new Map<string | null, number>();
  for (const kind of layoutOrder) {
    for (const el of design[collectionOf[kind]]) {
      if (nodes[el.id]) continue;
      const site = siteOf(design, el.id);
      let slot = nextSlot.get(site) ?? 0;
      let p = slotPosition(site, slot, columns);
      while (occupied.has(cell(site, p))) p = slotPosition(site, ++slot, columns);
      nextSlot.set(site, slot + 1);
      occupied.add(cell(site, p));
      nodes[el.id] = p;
      const siteLayout = site ? nodes[site] : undefined;
      if (site && siteLayout && grown.has(site)) {
        nodes[site] = {
          ...siteLayout,
          height: Math.max(siteLayout.height ?? SITE_HEIGHT, p.y + SLOT_H + 20),
        };
      }
    }
  }
  return { ...doc, layout: { ...doc.layout, nodes } };
}

/** The layout with `id`'s entry replaced. */
export function withNodeLayout(layout: Layout, id: string, entry: NodeLayout): Layout {
  return { ...layout, nodes: { ...layout.nodes, [id]: entry } };
}

export function withoutNodeLayout(layout: Layout, ids: Iterable<string>): Layout {
  const nodes = { ...layout.nodes };
  for (const id of ids) delete nodes[id];
  return { ...layout, nodes };
}

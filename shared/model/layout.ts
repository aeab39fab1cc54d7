/**
 * Where elements without a position go: each data center gets a default box, and each element a
 * free cell of a grid inside its data center's box (pools, which span both, above the data
 * centers). The canvas, the XML import and the example generator all place elements this way, so
 * an imported topology opens looking like a design made on the canvas. Positions inside a data
 * center are relative to its corner; none of this is visible to the rules.
 */
import { indexDesign } from './design-index.ts';
import { relationById } from './relations.ts';
import type { Design, DesignDocument, ElementKind, NodeLayout } from './types.ts';
import { collectionOf, livesInDataCenter } from './types.ts';

export interface Point {
  x: number;
  y: number;
}

export const DATA_CENTER_WIDTH = 760;
export const DATA_CENTER_HEIGHT = 620;
export const DATA_CENTER_GAP = 80;
export const NODE_WIDTH = 160;
export const NODE_HEIGHT = 64;
/** Room under a data center's title bar before the first row of elements. */
export const DATA_CENTER_HEADER = 50;
/** The grid new elements are placed on. */
export const SLOT_W = 180;
export const SLOT_H = 90;

/** The data center an element is drawn in, when it has one the design knows. */
export function dataCenterOf(design: Design, id: string): string | null {
  const index = indexDesign(design);
  const hit = index.byId.get(id);
  if (!hit || !livesInDataCenter(hit.kind)) return null;
  const dc = (hit.element as { dataCenterId: string | null }).dataCenterId;
  return dc && index.dataCenter(dc) ? dc : null;
}

/** Where a box is on the canvas: its stored position, its data center's corner added. */
export function canvasPosition(doc: DesignDocument, id: string): Point | null {
  const l = doc.layout.nodes[id];
  if (!l) return null;
  const dc = dataCenterOf(doc.design, id);
  const corner = dc ? doc.layout.nodes[dc] : undefined;
  return corner ? { x: l.x + corner.x, y: l.y + corner.y } : { x: l.x, y: l.y };
}

export function defaultDataCenterLayout(position: number): NodeLayout {
  return {
    x: position * (DATA_CENTER_WIDTH + DATA_CENTER_GAP),
    y: 0,
    width: DATA_CENTER_WIDTH,
    height: DATA_CENTER_HEIGHT,
  };
}

const layoutOrder: ElementKind[] = ['frontEndPool', 'server', 'sqlInstance', 'fileStore', 'share', 'pool'];

/** Slot `slot` of a data center's grid, or of the band above them for what has none. */
export function slotPosition(dataCenterId: string | null, slot: number, columns: number): Point {
  if (dataCenterId)
    return { x: 30 + (slot % columns) * SLOT_W, y: DATA_CENTER_HEADER + Math.floor(slot / columns) * SLOT_H };
  return { x: (slot % 10) * SLOT_W, y: -SLOT_H - Math.floor(slot / 10) * SLOT_H };
}

/**
 * Gives every data center and element without a position one, leaving placed ones where they are. A
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
      nodes[dc.id] = defaultDataCenterLayout(i);
      grown.add(dc.id);
    }
  });
  const columns = Math.max(1, Math.floor((DATA_CENTER_WIDTH - 30) / SLOT_W));
  const cell = (dc: string | null, p: Point) =>
    dc
      ? `${dc}/${Math.round((p.x - 30) / SLOT_W)}/${Math.round((p.y - DATA_CENTER_HEADER) / SLOT_H)}`
      : `/${Math.round(p.x / SLOT_W)}/${Math.round(p.y / SLOT_H)}`;
  const occupied = new Set<string>();
  for (const kind of layoutOrder) {
    for (const el of design[collectionOf[kind]]) {
      const l = nodes[el.id];
      if (l) occupied.add(cell(dataCenterOf(design, el.id), l));
    }
  }
  const nextSlot = new Map<string | null, number>();
  for (const kind of layoutOrder) {
    for (const el of design[collectionOf[kind]]) {
      if (nodes[el.id]) continue;
      const dc = dataCenterOf(design, el.id);
      let slot = nextSlot.get(dc) ?? 0;
      let p = slotPosition(dc, slot, columns);
      while (occupied.has(cell(dc, p))) p = slotPosition(dc, ++slot, columns);
      nextSlot.set(dc, slot + 1);
      occupied.add(cell(dc, p));
      nodes[el.id] = p;
      const dataCenterLayout = dc ? nodes[dc] : undefined;
      if (dc && dataCenterLayout && grown.has(dc)) {
        nodes[dc] = {
          ...dataCenterLayout,
          height: Math.max(dataCenterLayout.height ?? DATA_CENTER_HEIGHT, p.y + SLOT_H + 20),
        };
      }
    }
  }
  return { ...doc, layout: { ...doc.layout, nodes } };
}

/** The document without the positions `drop` picks; the same document when it picks none. */
function withoutPositions(doc: DesignDocument, drop: (id: string) => boolean): DesignDocument {
  const ids = Object.keys(doc.layout.nodes).filter(drop);
  if (ids.length === 0) return doc;
  const nodes: Record<string, NodeLayout> = { ...doc.layout.nodes };
  for (const id of ids) delete nodes[id];
  return { ...doc, layout: { ...doc.layout, nodes } };
}

/** The document without the routes of lines its design no longer has (auto-arrange's, layout.edges). */
function withoutStaleRoutes(doc: DesignDocument): DesignDocument {
  const routes = doc.layout.edges;
  if (!routes) return doc;
  const relations = relationById(doc.design);
  const gone = Object.keys(routes).filter((id) => !relations.has(id));
  if (gone.length === 0) return doc;
  const edges = { ...routes };
  for (const id of gone) delete edges[id];
  return { ...doc, layout: { ...doc.layout, edges } };
}

/**
 * Keeps the layout in step with the design: positions of elements that are gone, and routes of
 * lines that are gone, are dropped so saved files stay clean, and new elements (from a paste, an
 * import) get one (completeLayout).
 */
export function normalizeLayout(doc: DesignDocument): DesignDocument {
  const index = indexDesign(doc.design);
  return completeLayout(withoutStaleRoutes(withoutPositions(doc, (id) => !index.byId.has(id))));
}

/**
 * The document after an edit of its design that the canvas did not lay out itself: a quick fix,
 * an inspector change. Positions inside a data center are relative to its corner, so an element
 * whose data center changed would keep its old cell in the new data center, often exactly on
 * top of another box there, which then looks deleted. Its position is dropped, as are those of
 * elements that are gone, and completeLayout puts it, and every added element, on a free cell.
 * Everything else stays where the planner put it. Drags are not edits of this kind: the canvas
 * knows where the box was dropped and writes that position itself.
 */
export function layoutAfterEdit(doc: DesignDocument, design: Design): DesignDocument {
  if (design === doc.design) return doc;
  const before = indexDesign(doc.design);
  const after = indexDesign(design);
  const gone = (id: string) => !after.byId.has(id);
  const moved = (id: string) =>
    before.byId.has(id) && dataCenterOf(doc.design, id) !== dataCenterOf(design, id);
  return completeLayout(
    withoutStaleRoutes(withoutPositions({ ...doc, design }, (id) => gone(id) || moved(id))),
  );
}

/**
 * Auto-arrange: a new layout for a whole design, by rows of roles. The Persistent Chat pools go
 * in a band above the data centers, the data centers side by side, and inside each the rows of
 * arrange-rows.ts, aligned across data centers so that one gutter runs through all of them. The
 * data centers fit their contents, and every line gets a route along the gutters
 * (arrange-routes.ts). The same design always gets the same layout. Used by the canvas (the
 * Auto-arrange command, import, paste), the CLI's `arrange` and the example generator.
 */
import { indexDesign } from './design-index.ts';
import { dataCenterRows } from './arrange-rows.ts';
import type { DataCenterRows, GridRow } from './arrange-rows.ts';
import { routeRelations } from './arrange-routes.ts';
import type { Box } from './arrange-routes.ts';
import { DATA_CENTER_GAP, DATA_CENTER_HEADER, NODE_HEIGHT, NODE_WIDTH, dataCenterOf } from './layout.ts';
import { relationsOf } from './relations.ts';
import type { DesignDocument, NodeLayout } from './types.ts';
import { collectionOf } from './types.ts';

/** Gutters between columns and rows: room for lines in lanes, and for a label on a horizontal run. */
export const ARRANGE_GAP_X = 48;
export const ARRANGE_GAP_Y = 56;
/** A data center's inner margin left, right and below. */
const PAD = ARRANGE_GAP_X;
/** The top of a data center's first row: under its title bar, with a whole gutter above the row. */
const TOP = DATA_CENTER_HEADER + ARRANGE_GAP_Y / 2 + 8;
const CELL_W = NODE_WIDTH + ARRANGE_GAP_X;
const CELL_H = NODE_HEIGHT + ARRANGE_GAP_Y;
const BETWEEN_DATA_CENTERS = Math.max(DATA_CENTER_GAP, 2 * ARRANGE_GAP_X);

const placedKinds = ['frontEndPool', 'server', 'sqlInstance', 'fileStore', 'share'] as const;

export interface ArrangeOptions {
  /** Elements laid out as one block below what their data center already holds (a paste). */
  only?: readonly string[];
}

/** The elements of each data center, in design order, and those drawn above the data centers. */
function membersByDataCenter(doc: DesignDocument) {
  const design = doc.design;
  const inside = new Map<string, string[]>(design.dataCenters.map((d) => [d.id, []]));
  const above: string[] = design.pools.map((p) => p.id);
  const home = new Map<string, string | null>();
  for (const kind of placedKinds) {
    for (const el of design[collectionOf[kind]]) {
      const dc = dataCenterOf(design, el.id);
      home.set(el.id, dc);
      if (dc) inside.get(dc)!.push(el.id);
      else above.push(el.id);
    }
  }
  return { inside, above, home };
}

function bandsOf(rows: DataCenterRows): GridRow[][] {
  return [rows.frontEnd, rows.servers, rows.sql, rows.stores];
}

function place(rows: readonly GridRow[], top: number, nodes: Record<string, NodeLayout>) {
  rows.forEach((row, r) =>
    row.forEach((id, c) => {
      if (id) nodes[id] = { x: PAD + c * CELL_W, y: top + r * CELL_H };
    }),
  );
}

/** The whole design laid out anew, with a route for every line. */
export function arrangeDocument(doc: DesignDocument): DesignDocument {
  const design = doc.design;
  const { inside, above, home } = membersByDataCenter(doc);
  const relations = relationsOf(design);
  const crossingCount = new Map<string, number>();
  for (const r of relations) {
    const a = home.get(r.source) ?? null;
    const b = home.get(r.target) ?? null;
    if (a && b && a !== b) {
      crossingCount.set(r.source, (crossingCount.get(r.source) ?? 0) + 1);
      crossingCount.set(r.target, (crossingCount.get(r.target) ?? 0) + 1);
    }
  }
  const crossing = (id: string) => crossingCount.get(id) ?? 0;
  const rowsOf = design.dataCenters.map((dc, i) =>
    dataCenterRows(design, inside.get(dc.id)!, { facing: i === 0 ? 'right' : 'left', crossing }),
  );

  // One height per band across the data centers, so every row gutter runs through them all.
  const bandHeights = [0, 1, 2, 3].map((b) => Math.max(0, ...rowsOf.map((rows) => bandsOf(rows)[b]!.length)));
  const bandTops: number[] = [];
  let rowCount = 0;
  for (const h of bandHeights) {
    bandTops.push(TOP + rowCount * CELL_H);
    rowCount += h;
  }
  const height = TOP + Math.max(rowCount, 1) * CELL_H;

  const nodes: Record<string, NodeLayout> = {};
  const boxes = new Map<string, Box>();
  const gutters: number[] = [];
  let x = 0;
  design.dataCenters.forEach((dc, i) => {
    const rows = rowsOf[i]!;
    const width = 2 * PAD + rows.columns * CELL_W - ARRANGE_GAP_X;
    if (i === 0) gutters.push(x - BETWEEN_DATA_CENTERS / 2);
    nodes[dc.id] = { x, y: 0, width, height };
    bandsOf(rows).forEach((band, b) => place(band, bandTops[b]!, nodes));
    for (let c = 0; c <= rows.columns; c++) gutters.push(x + PAD + c * CELL_W - ARRANGE_GAP_X / 2);
    for (const id of inside.get(dc.id)!) {
      const l = nodes[id]!;
      boxes.set(id, { x: x + l.x, y: l.y, width: NODE_WIDTH, height: NODE_HEIGHT });
    }
    x += width + BETWEEN_DATA_CENTERS;
    gutters.push(x - BETWEEN_DATA_CENTERS / 2);
  });
  const span = Math.max(0, x - BETWEEN_DATA_CENTERS);
  const bandWidth = above.length * CELL_W - ARRANGE_GAP_X;
  const left = Math.round((span - bandWidth) / 2);
  above.forEach((id, i) => {
    nodes[id] = { x: left + i * CELL_W, y: -(NODE_HEIGHT + ARRANGE_GAP_Y) };
    boxes.set(id, { ...nodes[id]!, width: NODE_WIDTH, height: NODE_HEIGHT });
  });

  const edges = routeRelations(relations, boxes, gutters, ARRANGE_GAP_Y);
  return { ...doc, layout: { ...doc.layout, nodes, edges } };
}

/**
 * The elements `ids` (just pasted) laid out by the same rows as one block, below everything else
 * their data center holds, which grows to take it. Nothing else moves, and lines keep their
 * routes; those of the block are drawn from handle to handle until the next auto-arrange.
 */
export function arrangeBlock(doc: DesignDocument, ids: readonly string[]): DesignDocument {
  const design = doc.design;
  const index = indexDesign(design);
  const wanted = new Set(ids);
  const byDataCenter = new Map<string, string[]>();
  for (const kind of placedKinds) {
    for (const el of design[collectionOf[kind]]) {
      const dc = wanted.has(el.id) ? dataCenterOf(design, el.id) : null;
      if (dc) byDataCenter.set(dc, [...(byDataCenter.get(dc) ?? []), el.id]);
    }
  }
  if (byDataCenter.size === 0) return doc;
  const nodes: Record<string, NodeLayout> = { ...doc.layout.nodes };
  for (const [dc, members] of byDataCenter) {
    const box = nodes[dc];
    if (!box || !index.dataCenter(dc)) continue;
    const width = box.width ?? 2 * PAD + 3 * CELL_W - ARRANGE_GAP_X;
    const fits = Math.max(1, Math.floor((width - 2 * PAD + ARRANGE_GAP_X) / CELL_W));
    const rows = dataCenterRows(design, members, { facing: 'right', crossing: () => 0, maxColumns: fits });
    let bottom = TOP - ARRANGE_GAP_Y;
    for (const [id, l] of Object.entries(doc.layout.nodes)) {
      if (!wanted.has(id) && index.byId.has(id) && dataCenterOf(design, id) === dc) {
        bottom = Math.max(bottom, l.y + NODE_HEIGHT);
      }
    }
    const blockRows = bandsOf(rows).flat();
    place(blockRows, bottom + ARRANGE_GAP_Y, nodes);
    nodes[dc] = {
      ...box,
      width: Math.max(width, 2 * PAD + rows.columns * CELL_W - ARRANGE_GAP_X),
      height: Math.max(box.height ?? 0, bottom + ARRANGE_GAP_Y + blockRows.length * CELL_H),
    };
  }
  return { ...doc, layout: { ...doc.layout, nodes } };
}

/** arrangeDocument, or arrangeBlock with `options.only`, behind a promise for callers that await a layout. */
export async function arrange(doc: DesignDocument, options: ArrangeOptions = {}): Promise<DesignDocument> {
  return options.only ? arrangeBlock(doc, options.only) : arrangeDocument(doc);
}

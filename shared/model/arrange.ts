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
const BETWEEN_DATA_CENTERS = Math.max(DATA_CENTER_GAP, 2 * ARRANGE_GAP_X);
/**
 * How tall a box is taken to be when nobody measured it (the CLI, the examples, an import): a box
 * grows past NODE_HEIGHT with its chips and badges, and a line must pass below it, not through it.
 */
export const UNMEASURED_HEIGHT = Math.round(NODE_HEIGHT * 1.5);

export interface BoxSize {
  width: number;
  height: number;
}

const placedKinds = ['frontEndPool', 'server', 'sqlInstance', 'fileStore', 'share'] as const;

export interface ArrangeOptions {
  /** Elements laid out as one block below what their data center already holds (a paste). */
  only?: readonly string[];
  /** Each box's size as drawn (the canvas measures them); unmeasured boxes are NODE_WIDTH × UNMEASURED_HEIGHT. */
  sizeOf?: (id: string) => BoxSize | null | undefined;
}

type Sizer = (id: string) => BoxSize;

function sizer(options: ArrangeOptions): Sizer {
  return (id) => options.sizeOf?.(id) ?? { width: NODE_WIDTH, height: UNMEASURED_HEIGHT };
}

/** The height of each sub-row: its tallest box, and never less than NODE_HEIGHT. */
function rowHeights(rows: readonly GridRow[], size: Sizer): number[] {
  return rows.map((row) => Math.max(NODE_HEIGHT, ...row.map((id) => (id ? size(id).height : 0))));
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

/** Puts the rows' boxes at their cells: columns `cellWidth` apart, rows at `tops`. */
function place(
  rows: readonly GridRow[],
  tops: readonly number[],
  cellWidth: number,
  nodes: Record<string, NodeLayout>,
) {
  rows.forEach((row, r) =>
    row.forEach((id, c) => {
      if (id) nodes[id] = { x: PAD + c * cellWidth, y: tops[r]! };
    }),
  );
}

/** The whole design laid out anew, with a route for every line. */
export function arrangeDocument(doc: DesignDocument, options: ArrangeOptions = {}): DesignDocument {
  const design = doc.design;
  const size = sizer(options);
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
  const everyId = [...above, ...[...inside.values()].flat()];
  const cellWidth = Math.max(NODE_WIDTH, ...everyId.map((id) => size(id).width)) + ARRANGE_GAP_X;

  // One height per sub-row across the data centers, so every row gutter runs through them all.
  const tops: number[][] = [[], [], [], []];
  const heights: number[][] = [[], [], [], []];
  let y = TOP;
  for (let b = 0; b < 4; b++) {
    const count = Math.max(0, ...rowsOf.map((rows) => bandsOf(rows)[b]!.length));
    for (let r = 0; r < count; r++) {
      const height = Math.max(
        NODE_HEIGHT,
        ...rowsOf.map((rows) => rowHeights(bandsOf(rows)[b]!.slice(r, r + 1), size)[0] ?? 0),
      );
      tops[b]!.push(y);
      heights[b]!.push(height);
      y += height + ARRANGE_GAP_Y;
    }
  }
  const height = Math.max(y, TOP + NODE_HEIGHT + ARRANGE_GAP_Y);

  const nodes: Record<string, NodeLayout> = {};
  const boxes = new Map<string, Box>();
  const gutters: number[] = [];
  let x = 0;
  design.dataCenters.forEach((dc, i) => {
    const rows = rowsOf[i]!;
    const width = 2 * PAD + rows.columns * cellWidth - ARRANGE_GAP_X;
    if (i === 0) gutters.push(x - BETWEEN_DATA_CENTERS / 2);
    nodes[dc.id] = { x, y: 0, width, height };
    bandsOf(rows).forEach((band, b) => {
      place(band, tops[b]!, cellWidth, nodes);
      band.forEach((row, r) => {
        for (const id of row) {
          if (!id) continue;
          const l = nodes[id]!;
          const rowTop = tops[b]![r]!;
          boxes.set(id, { x: x + l.x, y: l.y, ...size(id), rowTop, rowBottom: rowTop + heights[b]![r]! });
        }
      });
    });
    for (let c = 0; c <= rows.columns; c++) gutters.push(x + PAD + c * cellWidth - ARRANGE_GAP_X / 2);
    x += width + BETWEEN_DATA_CENTERS;
    gutters.push(x - BETWEEN_DATA_CENTERS / 2);
  });
  const span = Math.max(0, x - BETWEEN_DATA_CENTERS);
  const bandWidth = above.length * cellWidth - ARRANGE_GAP_X;
  const left = Math.round((span - bandWidth) / 2);
  const bandHeight = rowHeights([above], size)[0]!;
  above.forEach((id, i) => {
    const top = -(bandHeight + ARRANGE_GAP_Y);
    nodes[id] = { x: left + i * cellWidth, y: top };
    boxes.set(id, { ...nodes[id]!, ...size(id), rowTop: top, rowBottom: -ARRANGE_GAP_Y });
  });

  const edges = routeRelations(relations, boxes, gutters, ARRANGE_GAP_Y);
  return { ...doc, layout: { ...doc.layout, nodes, edges } };
}

/**
 * The elements `ids` (just pasted) laid out by the same rows as one block, below everything else
 * their data center holds, which grows to take it. Nothing else moves, and lines keep their
 * routes; those of the block are drawn from handle to handle until the next auto-arrange.
 */
export function arrangeBlock(
  doc: DesignDocument,
  ids: readonly string[],
  options: ArrangeOptions = {},
): DesignDocument {
  const design = doc.design;
  const size = sizer(options);
  const cellWidth = NODE_WIDTH + ARRANGE_GAP_X;
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
    const width = box.width ?? 2 * PAD + 3 * cellWidth - ARRANGE_GAP_X;
    const fits = Math.max(1, Math.floor((width - 2 * PAD + ARRANGE_GAP_X) / cellWidth));
    const rows = dataCenterRows(design, members, { facing: 'right', crossing: () => 0, maxColumns: fits });
    let bottom = TOP - ARRANGE_GAP_Y;
    for (const [id, l] of Object.entries(doc.layout.nodes)) {
      if (!wanted.has(id) && index.byId.has(id) && dataCenterOf(design, id) === dc) {
        bottom = Math.max(bottom, l.y + size(id).height);
      }
    }
    const blockRows = bandsOf(rows).flat();
    const tops: number[] = [];
    let y = bottom + ARRANGE_GAP_Y;
    for (const h of rowHeights(blockRows, size)) {
      tops.push(y);
      y += h + ARRANGE_GAP_Y;
    }
    place(blockRows, tops, cellWidth, nodes);
    nodes[dc] = {
      ...box,
      width: Math.max(width, 2 * PAD + rows.columns * cellWidth - ARRANGE_GAP_X),
      height: Math.max(box.height ?? 0, y),
    };
  }
  return { ...doc, layout: { ...doc.layout, nodes } };
}

/** arrangeDocument, or arrangeBlock with `options.only`, behind a promise for callers that await a layout. */
export async function arrange(doc: DesignDocument, options: ArrangeOptions = {}): Promise<DesignDocument> {
  return options.only ? arrangeBlock(doc, options.only, options) : arrangeDocument(doc, options);
}

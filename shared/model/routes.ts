/**
 * Keeping auto-arrange's routes honest. A route was drawn around the boxes where they stood; once
 * a box it joins moves by hand (or its data center does), or a moved box lands on it, the route is
 * dropped and the line is drawn from handle to handle again. Routes of lines that are gone are
 * dropped by normalizeLayout (layout.ts).
 */
import { indexDesign } from './design-index.ts';
import { NODE_HEIGHT, NODE_WIDTH, canvasPosition } from './layout.ts';
import type { Point } from './layout.ts';
import { relationById } from './relations.ts';
import type { DesignDocument, EdgeRoute } from './types.ts';

/** The grid the moved boxes are filed in, so a route is tested only against boxes near it. */
const CELL = 256;
const cellKey = (cx: number, cy: number) => `${cx},${cy}`;

/**
 * The moved boxes, filed by the grid cells they overlap. Testing every route against every
 * moved box would be quadratic when a data center with hundreds of boxes is dragged.
 */
interface Filed {
  cells: ReadonlyMap<string, readonly Point[]>;
  all: readonly Point[];
  /** Boxes too far out to file in the grid; every segment is tested against them directly. */
  far: readonly Point[];
}

function fileBoxes(boxes: Iterable<Point>): Filed {
  const cells = new Map<string, Point[]>();
  const all: Point[] = [];
  const far: Point[] = [];
  for (const at of boxes) {
    all.push(at);
    // A box far out (a hostile file) is only in the flat list; the grid would need too many cells.
    if (!Number.isFinite(at.x) || !Number.isFinite(at.y) || Math.abs(at.x) > 1e7 || Math.abs(at.y) > 1e7)
      continue;
    for (let cx = Math.floor(at.x / CELL); cx <= Math.floor((at.x + NODE_WIDTH) / CELL); cx++) {
      for (let cy = Math.floor(at.y / CELL); cy <= Math.floor((at.y + NODE_HEIGHT) / CELL); cy++) {
        const key = cellKey(cx, cy);
        const list = cells.get(key);
        if (list) list.push(at);
        else cells.set(key, [at]);
      }
    }
  }
  return { cells, all, far };
}

function overlapsBox(lx: number, ly: number, hx: number, hy: number, at: Point): boolean {
  return hx >= at.x && lx <= at.x + NODE_WIDTH && hy >= at.y && ly <= at.y + NODE_HEIGHT;
}

/** Whether any filed box lies on the route; a route's segments are orthogonal, so each is a thin rectangle. */
function crossesAnyBox(route: EdgeRoute, filed: Filed): boolean {
  const { cells, all, far } = filed;
  for (let i = 1; i < route.points.length; i++) {
    const a = route.points[i - 1]!;
    const b = route.points[i]!;
    const [lx, hx] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
    const [ly, hy] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
    if (far.some((at) => overlapsBox(lx, ly, hx, hy, at))) return true;
    const spanned =
      (Math.floor(hx / CELL) - Math.floor(lx / CELL) + 1) *
      (Math.floor(hy / CELL) - Math.floor(ly / CELL) + 1);
    // A segment across more cells than there are boxes (or a hostile coordinate far away) is
    // tested against the boxes themselves rather than walked cell by cell.
    if (!(spanned <= all.length)) {
      if (all.some((at) => overlapsBox(lx, ly, hx, hy, at))) return true;
      continue;
    }
    for (let cx = Math.floor(lx / CELL); cx <= Math.floor(hx / CELL); cx++) {
      for (let cy = Math.floor(ly / CELL); cy <= Math.floor(hy / CELL); cy++) {
        for (const at of cells.get(cellKey(cx, cy)) ?? []) if (overlapsBox(lx, ly, hx, hy, at)) return true;
      }
    }
  }
  return false;
}

/**
 * `after` without the routes that `before` already had and that no longer fit: an end or its
 * data center moved, or a moved box now covers the route. Fresh routes (a new arrange) stay.
 */
export function routesInStep(before: DesignDocument, after: DesignDocument): DesignDocument {
  const routes = after.layout.edges;
  if (!routes || after.layout.nodes === before.layout.nodes) return after;
  const old = before.layout.edges ?? {};
  const index = indexDesign(after.design);
  const moved = new Map<string, Point | null>();
  for (const id of index.byId.keys()) {
    const was = canvasPosition(before, id);
    const now = canvasPosition(after, id);
    if (!was || !now || was.x !== now.x || was.y !== now.y) moved.set(id, now);
  }
  if (moved.size === 0) return after;
  const relations = relationById(after.design);
  // Filed once, and only if some route survives the cheaper checks.
  let filed: Filed | undefined;
  const landed = function* () {
    for (const at of moved.values()) if (at !== null) yield at;
  };
  const kept: Record<string, EdgeRoute> = {};
  let dropped = false;
  for (const [id, route] of Object.entries(routes)) {
    const r = relations.get(id);
    const stale =
      route === old[id] &&
      (!r ||
        moved.has(r.source) ||
        moved.has(r.target) ||
        crossesAnyBox(route, (filed ??= fileBoxes(landed()))));
    if (stale) dropped = true;
    else kept[id] = route;
  }
  return dropped ? { ...after, layout: { ...after.layout, edges: kept } } : after;
}

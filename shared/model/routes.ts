/**
 * Keeping auto-arrange's routes honest. A route was drawn around the boxes where they stood; once
 * a box it joins moves by hand (or its data center does), or a moved box lands on it, the route is
 * dropped and the line is drawn from handle to handle again. Routes of lines that are gone are
 * dropped by normalizeLayout (layout.ts).
 */
import { indexDesign } from './design-index.ts';
import { NODE_HEIGHT, NODE_WIDTH, dataCenterOf } from './layout.ts';
import type { Point } from './layout.ts';
import { relationById } from './relations.ts';
import type { DesignDocument, EdgeRoute } from './types.ts';

/** Where a box is on the canvas, its data center's corner added. */
function canvasPosition(doc: DesignDocument, id: string): Point | null {
  const l = doc.layout.nodes[id];
  if (!l) return null;
  const dc = dataCenterOf(doc.design, id);
  const d = dc ? doc.layout.nodes[dc] : undefined;
  return d ? { x: l.x + d.x, y: l.y + d.y } : { x: l.x, y: l.y };
}

function crossesBox(route: EdgeRoute, at: Point): boolean {
  const [x0, y0, x1, y1] = [at.x, at.y, at.x + NODE_WIDTH, at.y + NODE_HEIGHT];
  for (let i = 1; i < route.points.length; i++) {
    const a = route.points[i - 1]!;
    const b = route.points[i]!;
    const [lx, hx] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
    const [ly, hy] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
    if (hx >= x0 && lx <= x1 && hy >= y0 && ly <= y1) return true;
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
  const kept: Record<string, EdgeRoute> = {};
  let dropped = false;
  for (const [id, route] of Object.entries(routes)) {
    const r = relations.get(id);
    const stale =
      route === old[id] &&
      (!r ||
        moved.has(r.source) ||
        moved.has(r.target) ||
        [...moved.values()].some((at) => at !== null && crossesBox(route, at)));
    if (stale) dropped = true;
    else kept[id] = route;
  }
  return dropped ? { ...after, layout: { ...after.layout, edges: kept } } : after;
}

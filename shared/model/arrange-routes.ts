/**
 * Orthogonal routes for the lines of an arranged design. Auto-arrange puts every box on a grid
 * whose rows are a gutter apart across all data centers and whose columns are a gutter apart
 * within each; a line leaves its box into the gutter beside it, runs along gutters only and
 * enters the other box from the gutter beside that one, so it never crosses a box it does not
 * join. Its label sits on one of its horizontal gutter runs, where no box can be under it.
 */
import type { Relation } from './relations.ts';
import type { EdgeRoute } from './types.ts';
import type { Point } from './layout.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The top and bottom of the box's row: the gutters run a half gap beyond them. */
  rowTop: number;
  rowBottom: number;
}

type Side = 'top' | 'bottom';

/** Lines sharing a gutter are spread over five lanes this far apart: more than half the 14 px a line takes clicks in, so a click on one line never goes to its neighbour. */
const LANE = 8;

function laneOffset(k: number): number {
  return ((k % 5) - 2) * LANE;
}

/** Drops repeated points and the middle of three points on one straight line. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (
      before &&
      last &&
      ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))
    ) {
      out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}

/** The middle of the longest horizontal run (always in a gutter): the label's place. */
function labelPoint(points: Point[]): Point {
  // A straight line between neighbouring rows runs only through their gutter: its middle is clear.
  const [first, second] = [points[0]!, points[1]!];
  let best: Point = { x: (first.x + second.x) / 2, y: (first.y + second.y) / 2 };
  let length = -1;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (a.y !== b.y) continue;
    const run = Math.abs(b.x - a.x);
    if (run > length) {
      length = run;
      best = { x: (a.x + b.x) / 2, y: a.y };
    }
  }
  return best;
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Routes `relations` between `boxes` (canvas coordinates). `gapY` is the height of the gutters
 * between rows, `verticalGutters` the x of every gutter free from the top band to the bottom of
 * the data centers.
 */
export function routeRelations(
  relations: readonly Relation[],
  boxes: ReadonlyMap<string, Box>,
  verticalGutters: readonly number[],
  gapY: number,
): Record<string, EdgeRoute> {
  const cx = (b: Box) => b.x + b.width / 2;
  const sidesOf = (a: Box, b: Box): [Side, Side] => {
    if (b.rowTop > a.rowTop) return ['bottom', 'top'];
    if (b.rowTop < a.rowTop) return ['top', 'bottom'];
    return ['bottom', 'bottom'];
  };
  const routed = relations.filter((r) => boxes.has(r.source) && boxes.has(r.target) && r.source !== r.target);

  // Where each line meets its box: the lines on one side of a box are spread along it, ordered by
  // where their other end is, so they leave without crossing one another.
  const ports = new Map<string, { relation: string; end: 0 | 1; towards: number }[]>();
  for (const r of routed) {
    const a = boxes.get(r.source)!;
    const b = boxes.get(r.target)!;
    const [sa, sb] = sidesOf(a, b);
    const push = (id: string, side: Side, end: 0 | 1, towards: number) => {
      const key = `${id}|${side}`;
      const list = ports.get(key) ?? [];
      list.push({ relation: r.id, end, towards });
      ports.set(key, list);
    };
    push(r.source, sa, 0, cx(b));
    push(r.target, sb, 1, cx(a));
  }
  const portX = new Map<string, number>();
  for (const [key, list] of ports) {
    const box = boxes.get(key.slice(0, key.lastIndexOf('|')))!;
    list.sort((p, q) => p.towards - q.towards || (p.relation < q.relation ? -1 : 1) || p.end - q.end);
    const step = list.length > 1 ? Math.min(16, (box.width - 32) / (list.length - 1)) : 0;
    list.forEach((p, i) => portX.set(`${p.relation}|${p.end}`, cx(box) + (i - (list.length - 1) / 2) * step));
  }

  const lanes = new Map<string, number>();
  const lane = (key: string) => {
    const k = lanes.get(key) ?? 0;
    lanes.set(key, k + 1);
    return laneOffset(k);
  };
  const gutters = [...verticalGutters].sort((p, q) => p - q);

  const out: Record<string, EdgeRoute> = {};
  for (const r of routed) {
    const a = boxes.get(r.source)!;
    const b = boxes.get(r.target)!;
    const [sa, sb] = sidesOf(a, b);
    const xa = portX.get(`${r.id}|0`)!;
    const xb = portX.get(`${r.id}|1`)!;
    const edgeA = sa === 'bottom' ? a.y + a.height : a.y;
    const edgeB = sb === 'bottom' ? b.y + b.height : b.y;
    const gutterA = sa === 'bottom' ? a.rowBottom + gapY / 2 : a.rowTop - gapY / 2;
    const gutterB = sb === 'bottom' ? b.rowBottom + gapY / 2 : b.rowTop - gapY / 2;
    let points: Point[];
    if (gutterA === gutterB) {
      const y = gutterA + lane(`h|${gutterA}`);
      points = [
        { x: xa, y: edgeA },
        { x: xa, y },
        { x: xb, y },
        { x: xb, y: edgeB },
      ];
    } else {
      // The gutter column closest to the way from one end to the other.
      let xv = xb;
      let cost = Infinity;
      for (const g of gutters) {
        const c = Math.abs(g - xa) + Math.abs(g - xb);
        if (c < cost) {
          cost = c;
          xv = g;
        }
      }
      const ya = gutterA + lane(`h|${gutterA}`);
      const yb = gutterB + lane(`h|${gutterB}`);
      const x = xv + lane(`v|${xv}`);
      points = [
        { x: xa, y: edgeA },
        { x: xa, y: ya },
        { x, y: ya },
        { x, y: yb },
        { x: xb, y: yb },
        { x: xb, y: edgeB },
      ];
    }
    const simple = simplify(points.map((p) => ({ x: round(p.x), y: round(p.y) })));
    out[r.id] = { points: simple, label: labelPoint(simple) };
  }
  return out;
}

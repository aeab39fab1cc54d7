/** An auto-arrange route (layout.edges) as the SVG path and label point React Flow's edges take. */
import type { EdgeRoute } from '../../../shared/model/types.ts';

export function routedPath(route: EdgeRoute): [path: string, labelX: number, labelY: number] {
  const path = route.points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ');
  const middle = route.points[Math.floor(route.points.length / 2)]!;
  const label = route.label ?? middle;
  return [path, label.x, label.y];
}

/**
 * The view a design opens at. A fit of the whole design shrinks the reference design to a zoom
 * of 0.4 on a 1280×800 screen, where an FQDN is a few pixels high. The first view never goes
 * below the zoom at which the FQDN line of a box is READABLE_TEXT_PX high on screen: when the
 * whole design does not fit at that zoom, the view starts at its top-left corner (the pool and
 * the first data center) and the rest is a pan away. Only the planner's own "Zoom to fit" may
 * go smaller.
 */

/** Font size of the FQDN line of a box, in canvas units (`.element-subtitle` in styles.css). */
export const FQDN_FONT_PX = 12;
/** The smallest FQDN text, in screen pixels, the canvas shows unasked. */
export const READABLE_TEXT_PX = 10;
/** The zoom at which FQDN_FONT_PX renders READABLE_TEXT_PX high, rounded up to a step of 0.05. */
export const READABLE_ZOOM = Math.ceil((READABLE_TEXT_PX / FQDN_FONT_PX) * 20) / 20;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface FirstViewOptions {
  /** Screen pixels kept free around the design. */
  margin: number;
  /** The zoom is never above this: a small design is not blown up. */
  maxZoom: number;
  minZoom: number;
}

const defaults: FirstViewOptions = { margin: 24, maxZoom: 1, minZoom: READABLE_ZOOM };

/**
 * The viewport that shows `bounds` (canvas units) on a screen area of `size` pixels: the whole of
 * it, centred, when it fits at `minZoom` or more; otherwise at `minZoom`, centred along the axis
 * that fits and starting at the top or left edge along the one that does not.
 */
export function firstView(
  bounds: Rect,
  size: { width: number; height: number },
  options: Partial<FirstViewOptions> = {},
): Viewport {
  const { margin, maxZoom, minZoom } = { ...defaults, ...options };
  const room = { width: Math.max(1, size.width - 2 * margin), height: Math.max(1, size.height - 2 * margin) };
  const fit = Math.min(room.width / Math.max(1, bounds.width), room.height / Math.max(1, bounds.height));
  const zoom = Math.max(minZoom, Math.min(maxZoom, fit));
  const along = (start: number, length: number, screen: number) => {
    const shown = length * zoom;
    return shown <= screen - 2 * margin ? (screen - shown) / 2 - start * zoom : margin - start * zoom;
  };
  return {
    x: along(bounds.x, bounds.width, size.width),
    y: along(bounds.y, bounds.height, size.height),
    zoom,
  };
}

/** What canvasBounds needs of a canvas node (React Flow's node shape, as the store derives it). */
export interface PlacedNode {
  id: string;
  position: { x: number; y: number };
  parentId?: string;
  width?: number;
  height?: number;
  measured?: { width?: number; height?: number };
}

/**
 * The rectangle around every node, in canvas units; null for an empty canvas. Read from the
 * store's nodes, not from React Flow's measurements, so a design just opened has its first view
 * at once; a box not yet measured counts at its nominal size (shared/model/layout.ts).
 */
export function canvasBounds(
  nodes: readonly PlacedNode[],
  nominal: { width: number; height: number },
): Rect | null {
  if (nodes.length === 0) return null;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const n of nodes) {
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    const x = n.position.x + (parent?.position.x ?? 0);
    const y = n.position.y + (parent?.position.y ?? 0);
    const width = n.measured?.width ?? n.width ?? nominal.width;
    const height = n.measured?.height ?? n.height ?? nominal.height;
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + width);
    bottom = Math.max(bottom, y + height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}
